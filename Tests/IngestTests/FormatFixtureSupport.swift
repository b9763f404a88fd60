import Foundation
import PlanModel
import TestSupport
@testable import Ingest

/// The fixture plan and its renderings in Tests/Fixtures/formats (scripts/make-format-fixtures.sh).
enum FormatFixtures {
    static func path(_ name: String) -> String { TestPaths.fixtures.appendingPathComponent("formats/\(name)").path }

    static var plainLines: [String] {
        let text = (try? String(contentsOf: TestPaths.fixtures.appendingPathComponent("plans/ke-hoach-dong-hai.txt"),
                                encoding: .utf8)) ?? ""
        return TextLines.split(text)
    }

    /// The plain lines as the legacy encodings carry them ("≥" does not exist there).
    static var legacyLines: [String] { plainLines.map { $0.replacingOccurrences(of: "≥", with: ">=") } }

    static func isTableRow(_ line: String) -> Bool { line.contains("\t") }

    /// Non-table text with line breaks and blank lines folded to single spaces.
    static func runningText(_ lines: [String]) -> String {
        lines.filter { !isTableRow($0) }.joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func extract(_ name: String, options: Ingester.Options = .init()) throws(IngestError) -> ExtractedText {
        try Ingester(options: options).extract(path: path(name))
    }
}
