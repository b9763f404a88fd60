import Testing
@testable import Segment
@testable import Normalize
import PlanModel

@Suite struct SegmenterSmokeTests {
    @Test func emptyStructureGivesWarning() {
        let source = SourceInfo(path: "x", format: .text, sha256: "", encoding: "utf-8")
        let text = NormalizedText(source: source, lines: [], paragraphs: [])
        #expect(!Segmenter().segment(text).warnings.isEmpty)
    }
}
