import Testing
import Foundation
@testable import Segment
import PlanModel

@Suite struct ExtractorDump {
    @Test func dumpAppendices() throws {
        guard ProcessInfo.processInfo.environment["VNPLAN_DUMP"] != nil else { return }
        for name in ["001_a820fea86ef87c1d", "003_80b10907ed40827a"] {
            let (p, l) = SeedRegions.appendixRegion(try SeedRegions.normalized(name))
            for a in AppendixParser.parse(p, lines: l) {
                print("== \(a.label) | \(a.title ?? "-")")
                for b in a.blocks { print("  block \(b.lines): \(b.text)") }
                for t in a.tables {
                    print("  columns: \(t.columns)")
                    for r in t.rows { print("  \(r.lines) " + r.cells.map { "[\($0)]" }.joined(separator: " ")) }
                }
            }
        }
    }
}
