import Testing
import Foundation
import TestSupport
@testable import Diff
@testable import Pipeline

/// The known-edit scenario on hand-built and fixture plans: the diff reports exactly the
/// expected changes, nothing for untouched or re-wrapped sections.
@Suite struct KnownEditsTests {
    static func check(_ plan: Plan, allowMissing: Bool = false) throws {
        // allowMissing: the plan is too small for every kind of edit (the fixture pair).

        let edits = KnownEdits(plan)
        // A plan without appendix tables cannot have a cell edited.
        let hasRows = plan.appendices.contains { $0.tables.contains { $0.rows.contains { $0.cells.count >= 2 } } }
        let missing = edits.missing.filter { hasRows || !$0.hasPrefix("appendix") }
        if !allowMissing { #expect(missing.isEmpty, "\(missing)") }
        let diff = PlanDiffer().diff(old: plan, new: edits.replacement)
        let reported = diff.changes.map(KnownEdits.Expected.init)
        #expect(Set(reported) == Set(edits.expected),
                "unexpected: \(Set(reported).subtracting(edits.expected)); missing: \(Set(edits.expected).subtracting(reported))")
        #expect(reported.count == edits.expected.count)
        let swapped = diff.changes.filter { edits.swapped.contains($0.oldId ?? "") }
        #expect(swapped.filter(\.moved).count == (edits.swapped.isEmpty ? 0 : 1))
        #expect(!diff.changes.contains { $0.moved && !edits.swapped.contains($0.oldId ?? "") })
        if let rewrapped = edits.rewrapped { #expect(!diff.changes.contains { $0.oldId == rewrapped }) }
        #expect(try SchemaValidator.errors(json: PlanJSON.encode(diff), schema: "plan-diff.schema.json") == [])
    }

    @Test func editorRenumbersFollowingSiblingsAndTheirChildren() {
        var editor = PlanEditor(Sample.base())
        editor.remove(at: [2, 3])   // III.4
        let tasks = editor.plan.sections[2].children
        #expect(tasks.map(\.id) == ["III.1", "III.2", "III.3", "III.4"])
        #expect(tasks[3].title == "Cải cách hành chính và chuyển đổi số")
        #expect(tasks[3].children.map(\.id) == ["III.4.1", "III.4.2"])
        #expect(tasks[3].children.map(\.number) == ["4.1", "4.2"])
        #expect(editor.plan.assignments.map(\.sectionId) == ["III.2"])
    }

    @Test func sampleWithEveryEdit() throws {
        var base = Sample.base()
        base.assignments.append(Assignment(sectionId: "III.1", lead: ["Ban Xây dựng Đảng"], deadline: "Hằng năm",
                                           text: "Ban Xây dựng Đảng chủ trì", lines: LineSpan(line: 12)))
        base.appendices = [Appendix(label: "PHỤ LỤC 1", title: "CHỈ TIÊU", tables: [
            Table(columns: ["TT", "Chỉ tiêu", "Năm 2030"], rows: [
                TableRow(cells: ["1", "Thu ngân sách", "14%"], lines: LineSpan(line: 90)),
                TableRow(cells: ["2", "Đô thị hóa", "100%"], lines: LineSpan(line: 91)),
            ])])]
        try Self.check(base, allowMissing: false)
    }

    @Test func fixturePlanWithEveryEdit() throws {
        let data = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("diff/old-plan.json"))
        try Self.check(try PlanJSON.decodePlan(data), allowMissing: true)
    }
}
