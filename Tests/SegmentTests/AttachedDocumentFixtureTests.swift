import Testing
import PlanModel
@testable import Segment
import TestSupport

/// A decision (Quyết định) that issues a plan "kèm theo": after the decision's articles, Nơi nhận
/// and signature, the plan follows with its own header and numbered sections. Before, the plan's
/// sections were lost and its bullets read as recipients.
@Suite struct AttachedDocumentFixtureTests {
    @Test(arguments: ["quyet-dinh-kem-ke-hoach.txt", "quyet-dinh-kem-ke-hoach-in-pdf.txt"])
    func theAttachedPlanJoinsTheTreeAfterTheArticles(fixture: String) throws {
        let plan = try SegmentFixture.plan(fixture: fixture)
        let doc = plan.document
        #expect(doc.kind == .quyetDinh)
        #expect(doc.number == "215/QĐ-UBND")
        #expect(doc.issuer == "ỦY BAN NHÂN DÂN XÃ AN PHÚ")
        #expect(doc.date == "2026-04-03")
        #expect(doc.title == "Về việc ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn xã An Phú năm 2026")
        #expect(doc.preamble.first?.text == "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ")

        #expect(plan.sections.map(\.id) == ["1", "2", "3", "I", "II", "III", "IV"])
        #expect(plan.sections.map(\.marker) == ["Điều 1.", "Điều 2.", "Điều 3.", "I.", "II.", "III.", "IV."])
        #expect(plan.sections[3].children.map(\.title) == ["Mục đích", "Yêu cầu"])
        #expect(plan.sections[5].children.map(\.id) == ["III.1", "III.2", "III.3"])
        // The plan's last paragraph ends before its own signature ("CHỦ TỊCH", a name).
        #expect(plan.sections[6].blocks.map(\.text) == ["Các thành viên Ban Chỉ huy căn cứ nhiệm vụ được phân công triển khai thực hiện; báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 15/11/2026."])

        #expect(plan.indicators.map(\.sectionId) == ["II.1", "II.2"])
        #expect(plan.indicators.map(\.value) == [100, 95])
        #expect(plan.indicators.map(\.comparator) == [.equal, .atLeast])
        #expect(plan.assignments.map(\.sectionId) == ["III.1", "III.2"])
        #expect(plan.assignments.map(\.lead) == [["Công chức Văn phòng - Thống kê"], ["Công an xã"]])
        #expect(plan.assignments.map(\.deadline) == ["trước ngày 30/4/2026", "tháng 5/2026"])

        // The decision's closing only: the plan's "Yêu cầu" bullets are not recipients.
        #expect(plan.recipients == ["Như Điều 3", "UBND huyện", "Lưu: VT"])
        #expect(plan.signature == Signature(authority: nil, title: "CHỦ TỊCH", name: "Lê Hoàng Nam"))
        #expect(plan.warnings.isEmpty, "\(plan.warnings)")
    }

    /// An attached plan numbered like the articles ("1.", "2.") keeps ids unique the way the tree
    /// builder makes a repeated number unique: "1#2", its children "1#2.1".
    @Test func idsTheArticlesAlreadyUseAreMadeUnique() {
        let child = Section(id: "1.1", marker: "1.1.", number: "1.1", style: .decimal, title: "Mục đích", lines: LineSpan(line: 1))
        let first = Section(id: "1", marker: "1.", number: "1", style: .arabic, title: "MỤC ĐÍCH", children: [child], lines: LineSpan(line: 1))
        let third = Section(id: "3", marker: "3.", number: "3", style: .arabic, title: "TỔ CHỨC THỰC HIỆN", lines: LineSpan(line: 2))
        let result = AttachedDocument.uniqued([first, third], against: ["1", "2"])
        #expect(result.map(\.id) == ["1#2", "3"])
        #expect(result[0].children.map(\.id) == ["1#2.1"])
    }
}
