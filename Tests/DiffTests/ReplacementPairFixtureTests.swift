import Testing
import Foundation
import PlanModel
import TestSupport
@testable import Diff
import Pipeline

/// A replacement pair written for the tests, not tuned on (a ward's digital-transformation plan
/// and the plan that replaces it): the new plan has a new number and date, a preamble that names
/// the plan it replaces, an indicator raised, a lead unit changed, III.2 and III.3 swapped (one a
/// deadline moved), a section added before III.4 (which becomes III.5 with its children), III.5
/// dropped, a report deadline moved, and two appendix cells changed. The new plan is checked both
/// as DOCX text and as PDF text (printed lines wrapped, a page start, the table linearised cell by
/// cell): the layout must not change the answer.
@Suite struct ReplacementPairFixtureTests {
    static func plan(_ name: String) throws -> Plan {
        try Converter().convert(path: TestPaths.fixtures.appendingPathComponent("diff/\(name)").path)
    }

    /// One line per change: kind, target, old → new id, renumbered/moved, and every field whose
    /// old and new values are short (long texts are given by path only).
    static func describe(_ changes: [Change]) -> [String] {
        changes.map { change in
            var line = "\(change.kind.rawValue) \(change.target.rawValue) \(change.oldId ?? "∅") → \(change.newId ?? "∅")"
            if change.renumbered { line += " renumbered" }
            if change.moved { line += " moved" }
            for field in change.fields {
                let short = [field.old, field.new].allSatisfy { ($0?.count ?? 0) <= 40 }
                line += short ? " | \(field.path): \(field.old ?? "∅") → \(field.new ?? "∅")" : " | \(field.path)"
            }
            return line
        }
    }

    static let expected = [
        "changed document 45/KH-UBND → 52/KH-UBND | document.number: 45/KH-UBND → 52/KH-UBND"
            + " | document.date: 2026-01-12 → 2026-03-20 | document.references | document.preamble",
        "changed section II.1 → II.1 | title | indicator.value: 80% → 85%",
        "changed section III.1 → III.1 | text | assignment.lead: Văn phòng HĐND và UBND phường → Phòng Văn hóa - Xã hội",
        "changed section III.3 → III.2 renumbered moved",
        "changed section III.2 → III.3 renumbered | text | assignment.deadline: Quý II/2026 → Quý III/2026",
        "added section ∅ → III.4 | text",
        "changed section III.4 → III.5 renumbered",
        "removed section III.5 → ∅ | text",
        "changed section IV.1 → IV.1 | title | assignment.deadline: trước ngày 15/12/2026 → trước ngày 10/12/2026",
        "changed document PHỤ LỤC → PHỤ LỤC | appendix.text",
        "changed appendix-row PHỤ LỤC#1.1 → PHỤ LỤC#1.1 | cell.Chỉ tiêu: 80% → 85%",
        "changed appendix-row PHỤ LỤC#1.3 → PHỤ LỤC#1.3 | cell.Chỉ tiêu: 50 người → 60 người",
    ]

    @Test(arguments: ["chuyen-doi-so-moi.txt", "chuyen-doi-so-moi-in-pdf.txt"])
    func everyEditIsReportedOnceAndNothingElse(newName: String) throws {
        let old = try Self.plan("chuyen-doi-so-cu.txt")
        let new = try Self.plan(newName)
        let diff = PlanDiffer().diff(old: old, new: new)
        #expect(Self.describe(diff.changes) == Self.expected)
        #expect(diff.summary.added == 1 && diff.summary.removed == 1 && diff.summary.changed == 8)
        #expect(diff.summary.renumbered == 3 && diff.summary.moved == 1 && diff.summary.unchanged == 13)
        // The children of the renumbered III.4 follow it without being reported.
        #expect(!diff.changes.contains { $0.oldId == "III.4.1" || $0.oldId == "III.4.2" })
        #expect(try SchemaValidator.errors(json: PlanJSON.encode(diff), schema: "plan-diff.schema.json") == [])
    }

    @Test func theNewPlanAsDOCXTextAndAsPDFTextIsTheSamePlan() throws {
        let diff = PlanDiffer().diff(old: try Self.plan("chuyen-doi-so-moi.txt"),
                                     new: try Self.plan("chuyen-doi-so-moi-in-pdf.txt"))
        #expect(diff.changes.isEmpty, "\(Self.describe(diff.changes))")
    }

    @Test func thePreambleSentenceNamingTheReplacedPlanIsAReference() throws {
        let new = try Self.plan("chuyen-doi-so-moi.txt")
        let replaced = try #require(new.document.references.first { $0.number == "45/KH-UBND" })
        #expect(replaced.date == "2026-01-12")
        #expect(new.document.references.map(\.number) == ["57-NQ/TW", "12/KH-UBND", "45/KH-UBND"])
    }
}
