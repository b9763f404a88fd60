import Testing
import PlanModel
import Segment
import TestSupport

/// Layouts the seeds do not show but real exports do: DOCX-extracted plans whose header and
/// closing are two-column tables (tab-separated rows), a kind label the layout joined with its
/// lower-case summary, and a short plan with no blank lines between its paragraphs.
@Suite struct LayoutVariantFixtureTests {
    /// A district party committee's programme: "ĐẢNG BỘ TỈNH …" | "ĐẢNG CỘNG SẢN VIỆT NAM",
    /// "HUYỆN ỦY …" on its own row, "*" | place and date, "CHƯƠNG TRÌNH HÀNH ĐỘNG" followed by
    /// "thực hiện Nghị quyết …" in lower case, "Nơi nhận:" | "T/M BAN THƯỜNG VỤ".
    @Test func partyProgrammeWithTabHeader() throws {
        let plan = try SegmentFixture.plan(fixture: "bang-tab-nhan-dinh-dang.txt")
        let doc = plan.document
        #expect(doc.kind == .chuongTrinhHanhDong)
        #expect(doc.kindLabel == "CHƯƠNG TRÌNH HÀNH ĐỘNG")
        #expect(doc.number == "27-CTr/HU")
        #expect(doc.issuer == "HUYỆN ỦY TÂN PHÚ")
        #expect(doc.place == "Tân Phú")
        #expect(doc.date == "2026-03-12")
        #expect(doc.title == "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XV, nhiệm kỳ 2025 - 2030 về phát triển nông nghiệp xanh")
        #expect(doc.references.map(\.number) == ["05-NQ/TU", "112/KH-UBND"])
        #expect(plan.sections.map(\.id) == ["I", "II", "III", "IV"])

        // "Giao … chủ trì, phối hợp với … . Thời gian thực hiện: …" in one paragraph.
        let technology = try #require(plan.assignments.first { $0.sectionId == "III.4" })
        #expect(technology.lead == ["Phòng Nông nghiệp và Môi trường"])
        #expect(technology.cooperating == ["Trung tâm Dịch vụ nông nghiệp"])
        #expect(technology.deadline == "năm 2026 - 2027")

        #expect(plan.recipients == ["Tỉnh ủy Bình An (b/c)", "Các đồng chí Huyện ủy viên",
                                    "Các chi bộ, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"])
        #expect(plan.signature == Signature(authority: "T/M BAN THƯỜNG VỤ", title: "PHÓ BÍ THƯ", name: "Trần Văn Hùng"))
        #expect(SegmentFixture.numberingWarnings(plan) == ["numbering-duplicate III.2.2.b#2 34", "numbering-gap III.4 35"])
    }

    /// A commune's plan: "ỦY BAN NHÂN DÂN" | quốc hiệu, "XÃ AN BÌNH" | tiêu ngữ, "Số: …" |
    /// place and date; "Công chức …" as the lead unit; "Nơi nhận:" | "KT. CHỦ TỊCH".
    @Test func communePlanWithTwoColumnClosing() throws {
        let plan = try SegmentFixture.plan(fixture: "hai-cot-noi-nhan.txt")
        let doc = plan.document
        #expect(doc.kind == .keHoach)
        #expect(doc.issuer == "ỦY BAN NHÂN DÂN XÃ AN BÌNH")
        #expect(doc.number == "58/KH-UBND")
        #expect(doc.place == "An Bình")
        #expect(doc.date == "2026-02-03")
        #expect(doc.title == "Triển khai thực hiện chuyển đổi số trên địa bàn xã An Bình năm 2026")
        #expect(plan.assignments.map { "\($0.sectionId) \($0.lead) \($0.cooperating) \($0.deadline ?? "-")" } == [
            "III.2 [\"Công chức Văn phòng - Thống kê\"] [\"Công an xã\"] Quý II năm 2026",
            "IV.1 [\"Công chức Văn hóa - Xã hội\"] [] trước ngày 30/6/2026",
        ])
        #expect(plan.recipients == ["UBND huyện (b/c)", "TT Đảng ủy, HĐND xã", "Chủ tịch, các PCT UBND xã",
                                    "Các thôn", "Lưu: VT"])
        #expect(plan.signature == Signature(authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Lê Thị Mai"))
        #expect(plan.indicators.map(\.value) == [100, 80, 70])
        #expect(SegmentFixture.numberingWarnings(plan) == ["numbering-gap III.3.(4) 26"])
    }

    /// Short lines and no blank lines (read as printed lines): "Nơi nhận:" after a full last
    /// line of the body still opens the closing; "trước ngày 15 hằng tháng" keeps its period.
    @Test func closingAfterAFullLineAndMonthlyDeadline() throws {
        let plan = try SegmentFixture.plan(fixture: "chi-tieu-khong-dong-trong.txt")
        #expect(plan.document.issuer == "ỦY BAN NHÂN DÂN PHƯỜNG TÂY SƠN")
        #expect(plan.indicators.map { "\($0.comparator?.rawValue ?? "-") \($0.value.map { "\($0)" } ?? "-") \($0.unit ?? "-")" } == [
            ">= 8.0 %", "= 125.6 tỷ đồng", "= 10.0 %", "<= 1.5 %", "= 1200.0 lao động", "= 100.0 %", ">= 98.0 %",
            "<= 5.0 %", "= 2.0 tuyến",
        ])
        #expect(plan.assignments.map(\.deadline) == ["trước ngày 15 hằng tháng", "Quý IV/2026"])
        #expect(plan.assignments.last?.lines == LineSpan(18, 18))
        #expect(plan.recipients == ["UBND thành phố", "Lưu: VT"])
        #expect(plan.signature == Signature(authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Phạm Minh Tuấn"))
    }

    /// A council resolution whose body is articles ("Điều 1.") holding numbered points: each
    /// article is a top-level section (style arabic, marker "Điều 1."), its points below it;
    /// "Căn cứ …", "Xét …" and "QUYẾT NGHỊ:" stay separate preamble paragraphs; the targets
    /// announced by "… với các chỉ tiêu chủ yếu sau:" are indicators.
    @Test func resolutionWithArticles() throws {
        let plan = try SegmentFixture.plan(fixture: "nghi-quyet-dieu.txt")
        #expect(plan.document.kind == .nghiQuyet)
        #expect(plan.document.issuer == "HỘI ĐỒNG NHÂN DÂN XÃ PHÚ AN")
        #expect(SectionDump.render(plan.sections) == """
        1 | Điều 1. | arabic | Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026 với … | 12-14
          1.1 | 1. | arabic | Tổng thu ngân sách trên địa bàn đạt 45 tỷ đồng | 13-13
          1.2 | 2. | arabic | Tỷ lệ hộ nghèo giảm còn dưới 1% | 14-14
        2 | Điều 2. | arabic | Tổ chức thực hiện | 15-17
          2.1 | 1. | arabic | Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết | 16-16
          2.2 | 2. | arabic | Thường trực Hội đồng nhân dân xã giám sát việc thực hiện Ngh… | 17-17
        3 | Điều 3. | arabic | Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 | 18-18

        """)
        #expect(plan.document.preamble.map(\.text).suffix(3) == [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Xét Tờ trình số 88/TTr-UBND ngày 01/12/2025 của Ủy ban nhân dân xã;", "QUYẾT NGHỊ:",
        ])
        #expect(plan.indicators.map { "\($0.sectionId) \($0.value.map { "\($0)" } ?? "-") \($0.unit ?? "-")" } == [
            "1.1 45.0 tỷ đồng", "1.2 1.0 %",
        ])
        #expect(plan.assignments.map { "\($0.sectionId) \($0.lead)" } == [
            "2.1 [\"Ủy ban nhân dân xã\"]", "2.2 [\"Thường trực Hội đồng nhân dân xã\"]",
        ])
        #expect(plan.warnings.isEmpty)
    }
}
