import Foundation
import Ingest
import Normalize
import PlanModel
import Testing
import TestSupport
@testable import Segment

/// The scalar fast paths (`FastText`) must give what the original `Character` code gives.
/// Both run on every paragraph, sentence and clause of the seeds and of their OCR versions.
@Suite struct FastPathEquivalenceTests {
    static func texts() throws -> [String] {
        let ocr = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.shared.appendingPathComponent("ocr-dev").path)) ?? []
        let paths = ["001_a820fea86ef87c1d", "003_80b10907ed40827a", "004_a55728677e93c42b"].map { TestPaths.seed("\($0).txt") }
            + ocr.sorted().map { TestPaths.shared.appendingPathComponent("ocr-dev/\($0)") }
        var out: [String] = []
        for path in paths {
            let text = Normalizer().normalize(try Ingester().extract(path: path.path))
            out += text.paragraphs.map(\.text)
        }
        return out
    }

    @Test func extractorsAgreeWithTheCharacterCode() throws {
        let paragraphs = try Self.texts()
        #expect(paragraphs.count > 1000)
        var simple = 0
        for raw in paragraphs {
            #expect(Emphasis.strip(raw) == Emphasis.stripCharacters(raw))
            #expect(HeadingTitle.split(raw) == HeadingTitle.splitCharacters(raw))
            let paragraph = Emphasis.strip(raw)
            guard FastText.isSimple(paragraph) else { continue }
            simple += 1
            #expect(IndicatorExtractorImpl.headingMode(paragraph) == IndicatorExtractorImpl.headingModeCharacters(paragraph))
            #expect(AssignmentExtractorImpl.isDutiesHeading(paragraph) == AssignmentExtractorImpl.isDutiesHeadingCharacters(paragraph))
            #expect(Deadline.find(in: paragraph) == Deadline.findCharacters(in: paragraph))
            #expect(ClosingParserImpl.cleanRecipient(paragraph) == ClosingParserImpl.cleanRecipientCharacters(paragraph))
            #expect(IndicatorExtractorImpl.indicators(in: paragraph, sectionId: "s", lines: LineSpan(line: 1))
                    == IndicatorExtractorImpl.indicatorsCharacters(in: paragraph, sectionId: "s", lines: LineSpan(line: 1)))
            #expect(DocumentRegions.isClosingStart(raw) == (("NnTKQ*".utf8.contains(raw.utf8.first ?? 0))
                    && DocumentRegions.isClosingStartCharacters(Emphasis.stripCharacters(raw))))
            let sentences = ClauseSplitter.sentences(paragraph)
            #expect(sentences == ClauseSplitter.sentencesCharacters(paragraph))
            for sentence in sentences {
                let clauses = ClauseSplitter.clauses(sentence)
                #expect(clauses == ClauseSplitter.clausesCharacters(sentence))
                for clause in clauses {
                    #expect(QuantityScanner.scan(clause) == QuantityScannerCharacters.scan(clause))
                    #expect(QuantityScanner.targetYear(in: clause) == QuantityScannerCharacters.targetYear(in: clause))
                    #expect(ClauseSplitter.quantityParts(clause) == ClauseSplitter.quantityPartsCharacters(clause))
                    #expect(IndicatorExtractorImpl.clean(clause) == IndicatorExtractorImpl.cleanCharacters(clause))
                    #expect(UnitNames.units(clause) == UnitNames.unitsCharacters(clause, cutAtTask: true))
                    #expect(UnitNames.cutBeforeTask(clause) == UnitNames.cutBeforeTaskCharacters(clause))
                    #expect(UnitNames.split(clause) == UnitNames.splitCharacters(clause))
                    #expect(UnitNames.clean(clause) == UnitNames.cleanCharacters(clause))
                    #expect(AssignmentExtractorImpl.cooperatingUnits(after: clause) == AssignmentExtractorImpl.cooperatingUnitsCharacters(after: clause))
                    #expect(AssignmentExtractorImpl.fromSentence(clause, sectionId: "s", lines: LineSpan(line: 1))
                            == AssignmentExtractorImpl.fromSentenceCharacters(clause, sectionId: "s", lines: LineSpan(line: 1)))
                }
            }
        }
        #expect(simple > 1000)
    }
}
