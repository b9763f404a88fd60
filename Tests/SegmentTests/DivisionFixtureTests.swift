import Testing
import PlanModel
@testable import Segment
import TestSupport

/// Plans divided into parts ("PHẦN I" with its title on the next line, "Phần thứ hai") or
/// chapters ("CHƯƠNG II"): each part is a top-level section holding the numbered sections.
/// Before, the parts were lost: "PHẦN I" went to the preamble, "PHẦN II" into a paragraph of
/// the last section, and "1." of each part was reported as a duplicate of the first part's.
@Suite struct DivisionFixtureTests {
    @Test func partsHoldTheirNumberedSections() throws {
        let plan = try SegmentFixture.plan(fixture: "phan-muc-tieu.txt")
        #expect(plan.document.title == "Phát triển văn hóa, xã hội phường Bình Minh giai đoạn 2026 - 2030")
        #expect(plan.document.preamble.map(\.text) == ["Căn cứ Nghị quyết số 03-NQ/ĐU ngày 20/01/2026 của Đảng ủy phường Bình Minh;"])
        #expect(plan.sections.map(\.id) == ["I", "II", "III"])
        #expect(plan.sections.map(\.marker) == ["PHẦN I", "PHẦN II", "PHẦN III"])
        #expect(plan.sections.map(\.style) == [.roman, .roman, .roman])
        #expect(plan.sections.map(\.title) == ["KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025",
                                               "MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030", "TỔ CHỨC THỰC HIỆN"])
        #expect(plan.sections.map(\.lines) == [LineSpan(10, 19), LineSpan(20, 35), LineSpan(36, 39)])
        #expect(plan.sections.map { $0.children.map(\.id) } == [["I.1", "I.2"], ["II.1", "II.2"], ["III.1", "III.2"]])
        let targets = try #require(SegmentFixture.section(plan, "II.1.2"))
        #expect(targets.children.map(\.id) == ["II.1.2.1", "II.1.2.2", "II.1.2.3"])
        #expect(SegmentFixture.section(plan, "I.1.1")?.children.map(\.id) == ["I.1.1.a", "I.1.1.b"])
        // Only the targets: "2. Nhiệm vụ, giải pháp" under "MỤC TIÊU, NHIỆM VỤ …" holds tasks.
        #expect(plan.indicators.map(\.sectionId) == ["II.1.2.1", "II.1.2.2", "II.1.2.3"])
        #expect(plan.indicators.map(\.value) == [96, 95, 0.5])
        // "… thực hiện; thời gian thực hiện: …" and "X là cơ quan thường trực, theo dõi …".
        #expect(plan.assignments.map(\.sectionId) == ["II.2.1", "III.1", "III.2"])
        #expect(plan.assignments.map(\.lead) == [["Phòng Văn hóa - Xã hội"], ["Phòng Văn hóa - Xã hội"], ["Các tổ dân phố"]])
        #expect(plan.assignments.first?.deadline == "năm 2026 - 2027")
        #expect(plan.warnings.isEmpty, "\(plan.warnings)")
    }

    @Test(arguments: [
        ("PHẦN I", "PHẦN I", "I", NumberingStyle.roman, ""),
        ("PHẦN II. MỤC TIÊU, NHIỆM VỤ", "PHẦN II.", "II", .roman, "MỤC TIÊU, NHIỆM VỤ"),
        ("Phần III: Tổ chức thực hiện", "Phần III:", "III", .roman, "Tổ chức thực hiện"),
        ("PHẦN THỨ HAI", "PHẦN THỨ HAI", "2", .arabic, ""),
        ("Phần thứ nhất - ĐÁNH GIÁ KẾT QUẢ", "Phần thứ nhất", "1", .arabic, "ĐÁNH GIÁ KẾT QUẢ"),
        ("CHƯƠNG 3 - QUY ĐỊNH CHUNG", "CHƯƠNG 3", "3", .arabic, "QUY ĐỊNH CHUNG"),
        ("Chương II", "Chương II", "II", .roman, ""),
    ])
    func partAndChapterMarkers(text: String, marker: String, number: String, style: NumberingStyle, rest: String) throws {
        let reading = try #require(NumberingMarkers.parse(text).first)
        #expect(reading.marker == marker)
        #expect(reading.number == number)
        #expect(reading.style == style)
        #expect(reading.rest == rest)
        #expect(reading.division != nil)
    }

    @Test(arguments: ["Phần vốn còn lại do ngân sách phường bảo đảm.", "Chương trình hành động số 09-CTr/ĐU",
                      "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Phần I của Kế hoạch này", "PHẦN MỀM QUẢN LÝ"])
    func sentencesThatStartWithTheWordAreNotDivisions(text: String) {
        #expect(!NumberingMarkers.parse(text).contains { $0.division != nil }, "\(text)")
    }
}
