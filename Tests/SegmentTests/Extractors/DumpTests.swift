import Testing
import Foundation
@testable import Segment
import PlanModel

/// `VNPLAN_DUMP=/tmp/out.txt swift test --filter ExtractorDump` writes the appendices of seeds 001 and 003
/// (rows and cells) and how long parsing them took: a look at the cuts, not a test of speed.
@Suite struct ExtractorDump {
    @Test func dumpAppendices() throws {
        guard let out = ProcessInfo.processInfo.environment["VNPLAN_DUMP"] else { return }
        var report = ""
        func print(_ s: String) { report += s + "\n" }
        for name in ["001_a820fea86ef87c1d", "003_80b10907ed40827a"] {
            let (p, l) = SeedRegions.appendixRegion(try SeedRegions.normalized(name))
            let clock = ContinuousClock()
            var appendices: [Appendix] = []
            let elapsed = clock.measure { appendices = AppendixParser.parse(p, lines: l) }
            print("== \(name): \(l.count) lines parsed in \(elapsed)")
            for a in appendices {
                print("== \(a.label) | \(a.title ?? "-")")
                for b in a.blocks { print("  block \(b.lines): \(b.text)") }
                for t in a.tables {
                    print("  columns: \(t.columns)")
                    for r in t.rows { print("  \(r.lines) " + r.cells.map { "[\($0)]" }.joined(separator: " ")) }
                }
            }
        }
        try report.write(toFile: out, atomically: true, encoding: .utf8)
    }
}
