import Foundation
import Ingest
import Normalize
import PlanModel
import TestSupport

/// Seeds run through Ingest and Normalize, sliced the way the Segmenter slices them.
enum SeedRegions {
    static func normalized(_ name: String) throws -> NormalizedText {
        let path = TestPaths.seed("\(name).txt").path
        return Normalizer().normalize(try Ingester().extract(path: path))
    }

    static func normalized(fixture: String) throws -> NormalizedText {
        let path = TestPaths.fixtures.appendingPathComponent("extractors/\(fixture)").path
        return Normalizer().normalize(try Ingester().extract(path: path))
    }

    static func isAppendixLabel(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("PHỤ LỤC") else { return false }
        return t.count <= 14
    }

    /// Paragraphs and cleaned lines from the first `PHỤ LỤC` label to the end.
    static func appendixRegion(_ text: NormalizedText) -> ([Paragraph], [SourceLine]) {
        guard let start = text.paragraphs.firstIndex(where: { isAppendixLabel($0.text) }) else { return ([], []) }
        let first = text.paragraphs[start].lines.first
        return (Array(text.paragraphs[start...]), text.lines.filter { $0.number >= first })
    }

    /// Paragraphs from `Nơi nhận` up to the first appendix label.
    static func closingRegion(_ text: NormalizedText) -> [Paragraph] {
        guard let start = text.paragraphs.firstIndex(where: { $0.text.hasPrefix("Nơi nhận") }) else { return [] }
        let end = text.paragraphs.firstIndex(where: { isAppendixLabel($0.text) }) ?? text.paragraphs.count
        return Array(text.paragraphs[start..<max(start, end)])
    }
}
