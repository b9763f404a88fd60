import Testing
import Foundation
import PlanModel
import TestSupport
@testable import Diff
import Pipeline

/// The preamble (căn cứ) and the closing formula left the sections for `document.preamble` and
/// `document.closing`: a change there is still a change, reported as a document field.
@Suite struct DocumentTextChangeTests {
    @Test func preambleAndClosingEditsAreDocumentFields() throws {
        let (extracted, plan) = try SeedDiffTests.load("003_80b10907ed40827a")
        try #require(!plan.document.preamble.isEmpty && !plan.document.closing.isEmpty)
        let lines = extracted.lines.map { line -> String in
            line.text
                .replacingOccurrences(of: "Chương trình hành động số 15-CTr/ĐU", with: "Chương trình hành động số 16-CTr/ĐU")
                .replacingOccurrences(of: "Trên đây là Kế hoạch phát triển", with: "Trên đây là Kế hoạch điều chỉnh phát triển")
        }
        let diff = PlanDiffer().diff(old: plan, new: SeedDiffTests.convert(extracted, lines: lines))
        let document = try #require(diff.changes.first { $0.target == .document })
        let paths = Set(document.fields.map(\.path))
        #expect(paths.isSuperset(of: ["document.preamble", "document.closing"]), "\(paths)")
        #expect(diff.changes.filter { $0.target != .document }.isEmpty, "\(SeedDiffTests.describe(diff.changes))")
    }

    /// The same plan as DOCX text (tab rows, a paragraph a line) and as a PDF (printed lines
    /// joined by the layout repair, which parts the preamble's paragraphs differently): no change.
    @Test func preambleParagraphBoundariesAreLayout() throws {
        let text = try Converter().convert(path: TestPaths.fixtures.appendingPathComponent("plans/hai-cot-noi-nhan.txt").path)
        let pdf = try Converter().convert(path: TestPaths.fixtures.appendingPathComponent("formats/two-column-header.pdf").path)
        try #require(text.document.preamble.count != pdf.document.preamble.count)
        let diff = PlanDiffer().diff(old: text, new: pdf)
        #expect(diff.changes.isEmpty, "\(SeedDiffTests.describe(diff.changes))")
    }
}
