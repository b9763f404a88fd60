import Testing
import Foundation
import ICU
import TestSupport
@testable import Normalize

/// The scalar fast path of `RepairTokenizer.tokenize` must give exactly what the Character
/// tokenizer gives.
@Suite struct RepairTokenizerFastPathTests {
    static let files: [URL] = {
        let ocr = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.shared.appendingPathComponent("ocr-dev").path)) ?? []
        return TestPaths.seedNames.map { TestPaths.seed("\($0).txt") }
            + ocr.sorted().map { TestPaths.shared.appendingPathComponent("ocr-dev/\($0)") }
    }()

    @Test func sameTokensOnSeedsAndOCRFiles() throws {
        #expect(Self.files.count == 9)
        var lines = 0
        for url in Self.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                for line in [String(raw), ICU.nfc(String(raw))] {
                    lines += 1
                    #expect(RepairTokenizer.tokenize(line) == RepairTokenizer.tokenizeByCharacters(line), "\(url.lastPathComponent): \(line)")
                }
            }
        }
        #expect(lines > 5000)
    }

    @Test(arguments: [
        "ĐIỀ U KHO ẢN thi hành.", "Số 12/KH-UBND ngày 3/4/2024; (x4, S6 b@)", "hoa\u{300} va\u{301} ",
        "a\r\nb", "e\u{301}\u{323}p đẹp", "“Kế hoạch” – …, ½ ² Ⅻ XII 1.000,5 ﬁnh", "\t  \u{A0}x\u{2028}y  ",
        "cv' u' ' '' ''a", "", "   ", "!!!", "a.b. c; d: e? f!", "👍🏽 ok 🇻🇳 x", "한국어 텍스트",
    ])
    func sameTokensOnEdgeCases(line: String) {
        #expect(RepairTokenizer.tokenize(line) == RepairTokenizer.tokenizeByCharacters(line))
    }

    @Test func scalarPredicatesMatchCharacters() {
        var checked = 0
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), RepairTokenizer.isOwnCharacter(scalar) else { continue }
            let character = Character(scalar)
            #expect(RepairTokenizer.isLetter(scalar) == character.isLetter, "\(value)")
            #expect(RepairTokenizer.isNumber(scalar) == character.isNumber, "\(value)")
            #expect(RepairTokenizer.isWhitespace(scalar) == character.isWhitespace, "\(value)")
            #expect(RepairTokenizer.isOCRVowelLike(scalar) == RepairTokenizer.ocrVowelLike.contains(character), "\(value)")
            #expect(RepairTokenizer.classify(scalars: [scalar][...]) == RepairTokenizer.classify([character][...]), "\(value)")
            checked += 1
        }
        #expect(checked > 900)
    }
}

@Suite struct RepairFastChecksTests {
    @Test func vietnameseMarkScalarsAsBefore() {
        for value in UInt32(0)...0x2FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let before = scalar.value > 0xFF || "âêôãõÂÊÔÃÕ".unicodeScalars.contains(scalar)
            #expect(SyllableJoiner.isVietnameseMark(scalar) == before, "\(value)")
        }
    }

    @Test func knownWordAsLowercasedLookup() throws {
        let path = TestPaths.repository.appendingPathComponent(LexiconLocation.relativePath).path
        let repairer = Repairer(lexicon: try Lexicon(path: path))
        #expect(repairer.knownFormsAreLowercase)
        var words = 0
        for name in TestPaths.seedNames {
            let text = try String(contentsOf: TestPaths.seed("\(name).txt"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                for token in RepairTokenizer.tokenize(ICU.nfc(String(line))) where token.kind == .word {
                    words += 1
                    #expect(repairer.isKnownWord(token.text) == repairer.isKnown(token.text.lowercased()), "\(token.text)")
                }
            }
        }
        #expect(words > 10000)
    }

    /// The letter case of ASCII tokens is read from bytes: the same answers as the Character
    /// path gives their marked twins (and as the type documents).
    @Test(arguments: [
        ("ban", "bàn", RepairToken.Case.lower), ("Ban", "Bàn", .title), ("BAN", "BÀN", .upper),
        ("B", "Đ", .title), ("bAn", "bÀn", .other), ("S6", "Số", .title), ("UBND2", "ĐBND2", .upper),
        ("123", "1²3", .other), ("x4", "xã", .lower),
    ])
    func letterCaseOfASCIIAgreesWithMarkedTwin(ascii: String, marked: String, expected: RepairToken.Case) {
        let plain = RepairToken(kind: .word, text: ascii, offset: 0, endsSentence: false)
        let twin = RepairToken(kind: .word, text: marked, offset: 0, endsSentence: false)
        #expect(plain.letterCase == expected)
        #expect(twin.letterCase == expected)
    }
}
