import Testing
import PlanModel
@testable import Segment
import Normalize

/// Fixes found while checking the seeds' goldens by hand (Tests/Fixtures/golden/REVIEW.md),
/// each on a small plan written for it.
@Suite struct GoldenReviewTests {
    /// Segments a DOCX-like text: one paragraph a line, a blank line between paragraphs.
    static func plan(_ paragraphs: [String]) -> Plan {
        var lines: [SourceLine] = []
        for text in paragraphs {
            lines.append(SourceLine(number: lines.count + 1, text: text))
            lines.append(SourceLine(number: lines.count + 1, text: ""))
        }
        let source = SourceInfo(path: "review.txt", format: .text, sha256: "", encoding: "utf-8")
        let extracted = ExtractedText(source: source, lines: lines, layout: .paragraphs)
        return Segmenter().segment(Normalizer().normalize(extracted))
    }

    static let head = [
        "ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN", "Số: 12/KH-UBND", "An Biên, ngày 03 tháng 3 năm 2026",
        "KẾ HOẠCH", "Phát triển kinh tế - xã hội phường An Biên năm 2026",
    ]

    /// The căn cứ / thực hiện paragraphs between the title and the first heading are kept.
    @Test func preambleIsKept() {
        let plan = Self.plan(Self.head + [
            "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân phường;",
            "Ủy ban nhân dân phường xây dựng Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Triển khai kịp thời các nhiệm vụ.",
        ])
        #expect(plan.document.preamble.map(\.text) == [
            "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân phường;",
            "Ủy ban nhân dân phường xây dựng Kế hoạch như sau:",
        ])
        #expect(plan.document.preamble.first?.lines == LineSpan(line: 11))
        #expect(plan.document.preamble.allSatisfy { $0.kind == .paragraph })
        #expect(plan.sections.map(\.id) == ["I"])
    }

    /// A bracketed note after the last item of a (1) (2) list is the list's, not the last item's;
    /// one between two items stays with the item before it.
    @Test func noteAfterListGoesToTheList() {
        let plan = Self.plan(Self.head + [
            "I. NỘI DUNG",
            "1. Các chỉ tiêu chủ yếu",
            "(1) Thu ngân sách tăng bình quân 10%/năm.",
            "(Chi tiết tại Phụ lục 1)",
            "(2) Tỷ lệ hộ nghèo giảm còn dưới 1%.",
            "(Phân công nhiệm vụ cụ thể tại phụ lục đính kèm)",
            "2. Nhiệm vụ",
            "Triển khai kịp thời các nhiệm vụ.",
        ])
        let list = SegmentFixture.section(plan, "I.1")
        #expect(list?.blocks.map(\.text) == ["(Phân công nhiệm vụ cụ thể tại phụ lục đính kèm)"])
        #expect(list?.lines == LineSpan(13, 21))
        #expect(SegmentFixture.section(plan, "I.1.(1)")?.blocks.map(\.text) == ["(Chi tiết tại Phụ lục 1)"])
        #expect(SegmentFixture.section(plan, "I.1.(2)")?.blocks.isEmpty == true)
        #expect(SegmentFixture.section(plan, "I.1.(2)")?.lines == LineSpan(line: 19))
    }

    /// Outside a chỉ tiêu heading: the sentences after "mục tiêu:" and any sentence opening
    /// with a share are targets; "Mục tiêu đến năm …" and the misspelt "Phần đầu" open aims.
    @Test func statedAimsOutsideTargetHeadings() {
        let plan = Self.plan(Self.head + [
            "I. NỘI DUNG",
            "1. Tăng cường pháp chế",
            "Bảo đảm kỷ cương xã hội với mục tiêu: 100% văn bản được ban hành đúng trình tự. 100% sự kiện hộ tịch được đăng ký kịp thời.",
            "2. Văn hóa",
            "Xây dựng tổ dân phố kiểu mẫu. Phần đầu hằng năm, tỷ lệ gia đình văn hóa đạt trên 95%. Hằng năm, 100% các chi đoàn đăng ký thi đua.",
            "3. Môi trường",
            "Mục tiêu đến năm 2030, tỷ lệ thu gom chất thải rắn đạt 100%; tỷ lệ nước thải được xử lý đạt 40% trở lên.",
            "4. Phòng cháy",
            "Phấn đấu 100% học sinh các trường Tiểu học, THCS, THPT được tập huấn, 70% trở lên cơ sở không có vi phạm, không xảy ra cháy lớn.",
            "5. Kết quả",
            "Năm 2025 thu ngân sách đạt 95% dự toán.",
        ])
        let got = plan.indicators.map { "\($0.sectionId) \($0.value.map { String($0) } ?? "-") \($0.year.map(String.init) ?? "-") \($0.text)" }
        #expect(got == [
            "I.1 100.0 - 100% văn bản được ban hành đúng trình tự",
            "I.1 100.0 - 100% sự kiện hộ tịch được đăng ký kịp thời",
            "I.2 95.0 - Phần đầu hằng năm, tỷ lệ gia đình văn hóa đạt trên 95%",
            "I.2 100.0 - Hằng năm, 100% các chi đoàn đăng ký thi đua",
            "I.3 100.0 2030 đến năm 2030, tỷ lệ thu gom chất thải rắn đạt 100%",
            "I.3 40.0 2030 tỷ lệ nước thải được xử lý đạt 40% trở lên",
            "I.4 100.0 - Phấn đấu 100% học sinh các trường Tiểu học, THCS, THPT được tập huấn",
            "I.4 70.0 - 70% trở lên cơ sở không có vi phạm, không xảy ra cháy lớn",
        ])
    }

    /// A quantity set for a year ahead or bounded as targets are is a target without an opener.
    @Test func yearAheadAndBoundedQuantitiesAreTargets() {
        let plan = Self.plan(Self.head + [
            "I. NỘI DUNG",
            "1. An toàn thực phẩm",
            "Tăng cường kiểm tra. Tỷ lệ thực phẩm tươi sống được kiểm soát đến năm 2030 đạt 50%, đến năm 2045 đạt trên 70%.",
            "2. Giáo dục",
            "Hằng năm, chi ngân sách cho giáo dục đạt tối thiểu 20% tổng chi ngân sách. Đến năm 2027 có ít nhất 4-5 bác sỹ.",
            "3. Quốc phòng",
            "Xây dựng lực lượng dân quân vững mạnh; hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ hằng năm.",
            "4. Kết quả",
            "Năm 2025 thu ngân sách đạt 95% dự toán.",
        ])
        let got = plan.indicators.map { "\($0.value.map { String($0) } ?? "-") \($0.unit ?? "-") \($0.comparator?.rawValue ?? "-") \($0.year.map(String.init) ?? "-")" }
        #expect(got == ["50.0 % = 2030", "70.0 % >= 2045", "20.0 % >= -", "4.0 bác sỹ >= 2027", "100.0 % = -"])
        #expect(plan.indicators.last?.text == "hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ hằng năm")
    }

    /// A reference stops before the sentence's main clause and before the words leading into a
    /// document it names.
    @Test func referenceTextsStopAtTheirDocument() {
        let refs = References.collect(title: "Thực hiện Chương trình số 01/CTr-UBND ngày 11/3/2026 của UBND thành phố về việc thực hiện Đề án số 04-ĐA/TU",
                                      preamble: ["Thực hiện Kế hoạch số 109/KH-UBND ngày 06/4/2026 của Ủy ban nhân dân thành phố về phát triển kinh tế - xã hội, Ủy ban nhân dân phường xây dựng kế hoạch thực hiện như sau:"])
        #expect(refs.map(\.text) == [
            "Chương trình số 01/CTr-UBND ngày 11/3/2026 của UBND thành phố",
            "Đề án số 04-ĐA/TU",
            "Kế hoạch số 109/KH-UBND ngày 06/4/2026 của Ủy ban nhân dân thành phố về phát triển kinh tế - xã hội",
        ])
        #expect(refs.map(\.date) == ["2026-03-11", nil, "2026-04-06"])
    }

    /// A footnote printed at the foot of the page, after a later heading, goes to the section
    /// whose text carries its mark.
    @Test func footnoteGoesToItsMark() {
        let plan = Self.plan(Self.head + [
            "I. NỘI DUNG",
            "1. Xây dựng chính quyền",
            "Thực hiện tốt “nụ cười công sở”, “4 xin”¹ trong giao tiếp với Nhân dân.",
            "2. Phát triển kinh tế",
            "¹“4 xin”: Xin chào, xin lỗi, xin cảm ơn, xin phép.",
            "Thu ngân sách tăng bình quân 10%/năm.",
        ])
        #expect(SegmentFixture.section(plan, "I.1")?.blocks.map(\.text) == [
            "Thực hiện tốt “nụ cười công sở”, “4 xin”¹ trong giao tiếp với Nhân dân.",
            "¹“4 xin”: Xin chào, xin lỗi, xin cảm ơn, xin phép.",
        ])
        #expect(SegmentFixture.section(plan, "I.2")?.blocks.map(\.text) == ["Thu ngân sách tăng bình quân 10%/năm."])
    }

    /// "Trên đây là Kế hoạch …" and the note after it close the document, not the last section.
    @Test func closingFormulaLeavesTheLastSection() {
        let plan = Self.plan(Self.head + [
            "I. TỔ CHỨC THỰC HIỆN",
            "1. Giao Văn phòng HĐND và UBND phường theo dõi, đôn đốc thực hiện Kế hoạch.",
            "Trên đây là Kế hoạch phát triển kinh tế - xã hội năm 2026 của phường An Biên.",
            "(Kế hoạch này thay thế Kế hoạch số 70/KH-UBND ngày 25/02/2026)./.",
            "Nơi nhận:",
            "- UBND thành phố;",
            "- Lưu: VT.",
        ])
        #expect(plan.document.closing.map(\.text) == [
            "Trên đây là Kế hoạch phát triển kinh tế - xã hội năm 2026 của phường An Biên.",
            "(Kế hoạch này thay thế Kế hoạch số 70/KH-UBND ngày 25/02/2026)./.",
        ])
        #expect(plan.document.closing.first?.lines == LineSpan(line: 15))
        #expect(SegmentFixture.section(plan, "I.1")?.blocks.isEmpty == true)
        #expect(SegmentFixture.section(plan, "I.1")?.lines == LineSpan(line: 13))
        #expect(SegmentFixture.section(plan, "I")?.lines == LineSpan(11, 13))
        #expect(plan.assignments.first?.lines == LineSpan(line: 13))
    }

    /// A figure inside a bracket left open by the clause split is stated by the bracket's text.
    @Test func openBracketStartsTheStatement() {
        #expect(IndicatorExtractorImpl.clean("tăng tỷ trọng dịch vụ, giảm tỷ trọng nông nghiệp (phấn đấu công nghiệp tăng trên 15,2%/năm;")
                == "phấn đấu công nghiệp tăng trên 15,2%/năm")
        #expect(IndicatorExtractorImpl.clean("(dịch vụ tăng 10%/năm") == "dịch vụ tăng 10%/năm")
        #expect(IndicatorExtractorImpl.clean("trường đạt chuẩn (mức độ 2) đạt 100%") == "trường đạt chuẩn (mức độ 2) đạt 100%")
    }
}
