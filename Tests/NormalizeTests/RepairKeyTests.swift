import Testing
import Foundation
@testable import Normalize

@Suite struct RepairKeyTests {
    @Test func skeletonRemovesMarksAndBar() {
        #expect(SyllableKeys.skeleton("Đông Hải") == "dong hai")
        #expect(SyllableKeys.skeleton("hiệu quả") == "hieu qua")
        #expect(SyllableKeys.skeleton("ĐƯỢC") == "duoc")
    }

    @Test(arguments: [
        ("S6", "Số"), ("1y", "lý"), ("Iần", "lần"), ("x4", "xã"), ("Pông", "Đông"), ("Bông", "Đông"),
        ("dwoc", "được"), ("hi€u", "hiệu"), ("b@", "bở"), ("t0", "tô"),
    ])
    func ocrKeyJoinsConfusions(ocr: String, truth: String) {
        #expect(SyllableKeys.ocrKey(ocr) == SyllableKeys.ocrKey(truth))
    }

    @Test func ocrKeyKeepsDistinctSyllablesApart() {
        #expect(SyllableKeys.ocrKey("tin") != SyllableKeys.ocrKey("tan"))
        #expect(SyllableKeys.ocrKey("mặt") != SyllableKeys.ocrKey("một"))
    }

    @Test func nfdStripAgreesWithTransliterator() {
        for letter in VietnameseLetters.lowercase {
            for form in [String(letter), String(letter).uppercased()] {
                #expect(VietnameseLetters.strip(form) == VietnameseLetters.transliterate(form))
            }
        }
    }

    @Test func lettersTableComesFromICU() {
        // 23 plain letters (with đ), ă â ê ô ơ ư, and 12 vowels × 5 tones.
        #expect(VietnameseLetters.lowercase.count == 23 + 6 + 12 * 5)
        let i = VietnameseLetters.index["ệ"]
        #expect(i != nil)
        if let i {
            #expect(VietnameseLetters.base[i] == "e")
            #expect(VietnameseLetters.family[i] == "ê")
            #expect(VietnameseLetters.marked[i])
        }
    }

    @Test func tokenizerSeparatesCodesNumbersAndOCRWords() {
        let tokens = RepairTokenizer.tokenize("S6 09-CTr/ĐU, khóa XII; dwogc 2025-2030 (hiéu)")
        #expect(tokens.map(\.text) == ["S6", "09-CTr/ĐU", "khóa", "XII", "dwogc", "2025-2030", "hiéu"])
        #expect(tokens.map(\.kind) == [.ocrWord, .other, .word, .number, .word, .number, .word])
        #expect(tokens[3].endsSentence)
    }
}

@Suite struct FastLogTests {
    @Test func closeToLog() {
        for x in [1e-12, 3.7e-7, 0.001, 0.25, 0.5, 0.999, 1, 1.5, 2, 10, 12345.678] {
            #expect(abs(fastLog(x) - log(x)) < 1e-4)
        }
    }
}
