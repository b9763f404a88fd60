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
            #expect(IndicatorExtractorImpl.aims(in: paragraph, sectionId: "s", lines: LineSpan(line: 1))
                    == IndicatorExtractorImpl.aimsCharacters(in: paragraph, sectionId: "s", lines: LineSpan(line: 1)))
            #expect(DocumentRegions.isClosingStart(raw) == (("NnTKQ*".utf8.contains(raw.utf8.first ?? 0))
                    && DocumentRegions.isClosingStartCharacters(Emphasis.stripCharacters(raw))))
            let sentences = ClauseSplitter.sentences(paragraph)
            #expect(sentences == ClauseSplitter.sentencesCharacters(paragraph))
            for sentence in sentences {
                let clauses = ClauseSplitter.clauses(sentence)
                #expect(clauses == ClauseSplitter.clausesCharacters(sentence))
                for clause in clauses {
                    #expect(QuantityScanner.scan(clause) == QuantityScanner.scanCharacters(clause))
                    #expect(QuantityScanner.targetYear(in: clause) == QuantityScanner.targetYearCharacters(in: clause))
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

    /// The aim and statement rules of the goldens review (`GoldenReviewTests`) give the same on
    /// the scalar path and on the `Character` path, which also serves text that is not simple.
    @Test func reviewRulesHoldOnBothPaths() {
        let aims = [
            "Bảo đảm kỷ cương xã hội với mục tiêu: 100% văn bản được ban hành đúng trình tự. 100% sự kiện hộ tịch được đăng ký kịp thời.",
            "Xây dựng tổ dân phố kiểu mẫu. Phần đầu hằng năm, tỷ lệ gia đình văn hóa đạt trên 95%. Hằng năm, 100% các chi đoàn đăng ký thi đua.",
            "Mục tiêu đến năm 2030, tỷ lệ thu gom chất thải rắn đạt 100%; tỷ lệ nước thải được xử lý đạt 40% trở lên.",
            "Phấn đấu 100% học sinh các trường Tiểu học, THCS, THPT được tập huấn, 70% trở lên cơ sở không có vi phạm, không xảy ra cháy lớn.",
            "Tăng cường kiểm tra. Tỷ lệ thực phẩm tươi sống được kiểm soát đến năm 2030 đạt 50%, đến năm 2045 đạt trên 70%.",
            "Hằng năm, chi ngân sách cho giáo dục đạt tối thiểu 20% tổng chi ngân sách. Đến năm 2027 có ít nhất 4-5 bác sỹ.",
            "Xây dựng lực lượng dân quân vững mạnh; hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ hằng năm.",
        ]
        let counts = aims.map { text -> Int in
            let fast = IndicatorExtractorImpl.aims(in: text, sectionId: "s", lines: LineSpan(line: 1))
            #expect(fast == IndicatorExtractorImpl.aimsCharacters(in: text, sectionId: "s", lines: LineSpan(line: 1)))
            // A sentence that is not simple sends the whole text down the Character path.
            let mixed = text + " Xem 中."
            #expect(!FastText.isSimple(mixed))
            #expect(IndicatorExtractorImpl.aims(in: mixed, sectionId: "s", lines: LineSpan(line: 1)) == fast)
            return fast.count
        }
        #expect(counts == [2, 2, 2, 2, 2, 2, 1])
        #expect(IndicatorExtractorImpl.aims(in: "Năm 2025 thu ngân sách đạt 95% dự toán. Xem 中.", sectionId: "s", lines: LineSpan(line: 1)).isEmpty)
        for (text, expected) in [
            ("tăng tỷ trọng dịch vụ, giảm tỷ trọng nông nghiệp (phấn đấu công nghiệp tăng trên 15,2%/năm;", "phấn đấu công nghiệp tăng trên 15,2%/năm"),
            ("(dịch vụ tăng 10%/năm", "dịch vụ tăng 10%/năm"),
            ("trường đạt chuẩn (mức độ 2) đạt 100%", "trường đạt chuẩn (mức độ 2) đạt 100%"),
        ] {
            #expect(IndicatorExtractorImpl.clean(text) == expected)
            #expect(IndicatorExtractorImpl.cleanCharacters(text) == expected)
        }
    }
}
