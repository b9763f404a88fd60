import Testing
import PlanModel
@testable import Segment
import TestSupport

/// Markers with a dash or a slash after the number, as Party documents print them ("I- MỤC
/// ĐÍCH", "1- …", "1/ …", "a/ …"). Before, none was read: no section at all, the whole body in
/// the preamble, and "2- Việc" taken for a document number among the references.
@Suite struct DashMarkerFixtureTests {
    @Test func partyPlanWithDashAndSlashMarkers() throws {
        let plan = try SegmentFixture.plan(fixture: "dang-uy-gach-ngang.txt")
        #expect(plan.document.issuer == "ĐẢNG ỦY PHƯỜNG HÒA AN")
        #expect(plan.document.number == "14-KH/ĐU")
        #expect(plan.document.references.map(\.number) == ["05-CT/TU"])
        #expect(plan.document.preamble.isEmpty)
        #expect(plan.sections.map(\.marker) == ["I-", "II-", "III-"])
        #expect(plan.sections.map(\.title) == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"])
        #expect(plan.sections.map { $0.children.map(\.id) } == [["I.1", "I.2"], ["II.1", "II.2"], ["III.1", "III.2"]])
        #expect(plan.sections[1].children.map(\.marker) == ["1/", "2/"])
        #expect(SegmentFixture.section(plan, "II.1")?.children.map(\.id) == ["II.1.a", "II.1.b"])
        #expect(plan.assignments.map(\.sectionId) == ["II.2", "III.1", "III.2"])
        #expect(plan.assignments.first?.cooperating == ["Ủy ban Mặt trận Tổ quốc phường"])
        #expect(plan.assignments.last?.deadline == "trước ngày 30/11/2026")
        #expect(plan.signature == Signature(authority: "T/M ĐẢNG ỦY", title: "PHÓ BÍ THƯ", name: "Nguyễn Thị Hoa"))
        #expect(plan.warnings.isEmpty, "\(plan.warnings)")
    }

    @Test(arguments: [("I- MỤC ĐÍCH", NumberingStyle.roman, "I"), ("1- Nâng cao", .arabic, "1"),
                      ("1/ Tăng cường", .arabic, "1"), ("a/ Đổi mới", .lowerLetter, "a"), ("b- Phấn đấu", .lowerLetter, "b")])
    func dashAndSlashMarkers(text: String, style: NumberingStyle, number: String) {
        #expect(NumberingMarkers.parse(text).contains { $0.style == style && $0.number == number }, "\(text)")
    }

    /// A dash or slash needs a space after it: "1/2 số hộ", "2-3 người", "I-ốt" are text.
    @Test(arguments: ["1/2 số hộ được hỗ trợ", "2-3 người mỗi tổ", "a/b là tỷ lệ", "I-ốt"])
    func dashOrSlashWithoutSpaceIsText(text: String) {
        #expect(NumberingMarkers.parse(text).isEmpty, "\(text)")
    }
}
