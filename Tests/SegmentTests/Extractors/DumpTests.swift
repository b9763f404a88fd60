import Testing
import Foundation
@testable import Segment
import PlanModel

/// Every appendix row of seeds 001 and 003 has one cell per column. With
/// `VNPLAN_DUMP=/tmp/out.txt swift test --filter ExtractorDump` the rows and cells are also
/// written to that file with the parse time, to look at the cuts (not a test of speed).
@Suite struct ExtractorDump {
    @Test func appendixRowsHaveOneCellPerColumn() throws {
        var report = ""
        for name in ["001_a820fea86ef87c1d", "003_80b10907ed40827a"] {
            let (p, l) = SeedRegions.appendixRegion(try SeedRegions.normalized(name))
            let clock = ContinuousClock()
            var appendices: [Appendix] = []
            let elapsed = clock.measure { appendices = AppendixParser.parse(p, lines: l) }
            report += "== \(name): \(l.count) lines parsed in \(elapsed)\n"
            #expect(!appendices.isEmpty)
            for a in appendices {
                report += "== \(a.label) | \(a.title ?? "-")\n"
                for b in a.blocks { report += "  block \(b.lines): \(b.text)\n" }
                for t in a.tables {
                    report += "  columns: \(t.columns)\n"
                    for r in t.rows {
                        #expect(r.cells.count == t.columns.count, "\(a.label) row \(r.lines)")
                        report += "  \(r.lines) " + r.cells.map { "[\($0)]" }.joined(separator: " ") + "\n"
                    }
                }
            }
        }
        if let out = ProcessInfo.processInfo.environment["VNPLAN_DUMP"] {
            try report.write(toFile: out, atomically: true, encoding: .utf8)
        }
    }
}
