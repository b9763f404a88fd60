import Testing
import PlanModel
@testable import Segment
import Ingest
import Normalize
import TestSupport

/// Where each seed's body, closing (Nơi nhận, signature) and appendices start.
@Suite struct DocumentRegionsTests {
    static func regions(_ seed: String) throws -> (regions: DocumentRegions, paragraphs: [Paragraph]) {
        let text = Normalizer().normalize(try Ingester().extract(path: TestPaths.seed("\(seed).txt").path))
        return (DocumentRegions.find(text.paragraphs, bodyStart: 0), text.paragraphs)
    }

    /// The source lines of the first and last paragraph of a region.
    static func span(_ range: Range<Int>?, _ paragraphs: [Paragraph]) -> [Int]? {
        guard let range, !range.isEmpty else { return nil }
        return [paragraphs[range.lowerBound].lines.first, paragraphs[range.upperBound - 1].lines.last]
    }

    @Test func seed001() throws {
        let (r, p) = try Self.regions("001_a820fea86ef87c1d")
        #expect(Self.span(r.closing, p) == [1210, 1242])
        #expect(p[try #require(r.appendix).lowerBound].text == "PHỤ LỤC 1")
        #expect(Self.span(r.appendix, p)?.first == 1243)
        #expect(p[r.body.upperBound - 1].lines.last == 1208)
    }

    @Test func seed003() throws {
        let (r, p) = try Self.regions("003_80b10907ed40827a")
        #expect(Self.span(r.closing, p) == [201, 217])
        #expect(Self.span(r.appendix, p) == [219, 258])
    }

    @Test func seed004() throws {
        let (r, p) = try Self.regions("004_a55728677e93c42b")
        #expect(Self.span(r.closing, p) == [431, 447])
        #expect(r.appendix == nil)
    }
}
