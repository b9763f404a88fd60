import Foundation
import Testing
import PlanModel
import Segment
import TestSupport

/// The section tree of each seed against a golden dump checked by hand against the document,
/// line by line. `VNPLAN_RECORD=1 swift test --filter SectionGoldenTests` re-records them.
@Suite struct SectionGoldenTests {
    static let record = ProcessInfo.processInfo.environment["VNPLAN_RECORD"] == "1"

    @Test(arguments: TestPaths.seedNames)
    func seedTreeMatchesGolden(seed: String) throws {
        let dump = SectionDump.render(try SegmentFixture.plan(seed: seed).sections)
        let golden = TestPaths.fixtures.appendingPathComponent("golden/\(seed).sections.txt")
        if Self.record {
            try dump.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let got = dump.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, pair) in zip(got, want).enumerated() where pair.0 != pair.1 {
            Issue.record("\(seed) line \(index + 1):\n  got  \(pair.0)\n  want \(pair.1)")
            break
        }
        #expect(got.count == want.count)
    }

    @Test func sectionCounts() throws {
        let counts = try TestPaths.seedNames.map { SegmentFixture.flat(try SegmentFixture.plan(seed: $0)).count }
        #expect(counts == [54, 55, 57])
    }

    /// Every numbering defect of the seeds, each reported once.
    @Test func seedNumberingDefects() throws {
        // 001's body is numbered without a slip; its PHỤ LỤC 2 numbers two rows 7.6 (lines 3369
        // and 3397), found once the appendix parser gives the table's rows.
        let plan001 = try SegmentFixture.plan(seed: "001_a820fea86ef87c1d")
        #expect(SegmentFixture.numberingWarnings(plan001)
                == (plan001.appendices.isEmpty ? [] : ["numbering-duplicate - 3397"]))
        let plan003 = try SegmentFixture.plan(seed: "003_80b10907ed40827a")
        #expect(SegmentFixture.numberingWarnings(plan003) == ["numbering-gap I.2 25"])
        #expect(plan003.warnings.first { $0.code == .numberingGap }?.message
                == "the numbering under I starts at 2. (line 25): 1. is missing")
        let plan004 = try SegmentFixture.plan(seed: "004_a55728677e93c42b")
        #expect(SegmentFixture.numberingWarnings(plan004) == ["numbering-duplicate II.12.5#2 405"])
        #expect(plan004.warnings.first { $0.code == .numberingDuplicate }?.message
                == "12.5. is used twice under II.12: at line 393 and again at line 405")
    }

    @Test func seedsHaveStructure() throws {
        for seed in TestPaths.seedNames {
            let plan = try SegmentFixture.plan(seed: seed)
            #expect(!plan.warnings.contains { $0.code == .noStructure }, "\(seed)")
        }
    }

    /// Ids are unique in each seed.
    @Test(arguments: TestPaths.seedNames)
    func idsAreUnique(seed: String) throws {
        let ids = SegmentFixture.flat(try SegmentFixture.plan(seed: seed)).map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
