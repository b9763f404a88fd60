import Testing
import Foundation
import PlanModel
import Ingest
import Normalize
@testable import Segment
import TestSupport

/// The hand scanners of the header must find exactly what the Swift Regex patterns they
/// replace find: checked on every line and paragraph of the seeds and fixtures and on
/// generated text full of near misses.
@Suite struct HeaderScannerTests {
    // MARK: The Regex reference, as the code read before the scanners

    func regexLong(_ text: String) -> (String?, Range<String.Index>)? {
        text.firstMatch(of: HeaderPatterns.longDate).map {
            (DocumentDates.iso(day: String($0.1), month: String($0.2), year: String($0.3)), $0.range)
        }
    }

    func regexShort(_ text: String) -> (String?, Range<String.Index>)? {
        text.firstMatch(of: HeaderPatterns.shortDate).map {
            (DocumentDates.iso(day: String($0.1), month: String($0.2), year: String($0.3)), $0.range)
        }
    }

    func regexNumbers(_ text: String) -> [(String, Range<String.Index>)] {
        text.matches(of: HeaderPatterns.documentNumber).compactMap { match in
            let symbol = String(match.3).filter { $0 != " " }.map { $0 == "–" ? "-" : $0 }
            guard symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).contains(where: { $0.count >= 2 }) else {
                return nil
            }
            let separator = match.2 == "–" ? "-" : String(match.2)
            return (String(match.1) + separator + String(symbol), match.range)
        }
    }

    func regexNumberLine(_ text: String) -> (String, String)? {
        text.firstMatch(of: HeaderPatterns.numberLine).map { (String($0.1), String($0.2)) }
    }

    func regexHeading(_ text: String) -> Bool {
        text.firstMatch(of: HeaderPatterns.heading) != nil || text.lowercased().hasPrefix("phần ")
    }

    func offsets(_ text: String, _ range: Range<String.Index>) -> Range<Int> {
        text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    func check(_ text: String) {
        let long = DocumentDates.longForm(in: text), longRef = regexLong(text)
        #expect(long?.date == longRef?.0 && long.map { offsets(text, $0.range) } == longRef.map { offsets(text, $0.1) },
                "longForm: \(text)")
        let short = DocumentDates.shortForm(in: text), shortRef = regexShort(text)
        #expect(short?.date == shortRef?.0 && short.map { offsets(text, $0.range) } == shortRef.map { offsets(text, $0.1) },
                "shortForm: \(text)")
        let numbers = DocumentNumbers.all(in: text), numbersRef = regexNumbers(text)
        #expect(numbers.map(\.number) == numbersRef.map(\.0), "numbers: \(text)")
        #expect(numbers.map { offsets(text, $0.range) } == numbersRef.map { offsets(text, $0.1) }, "number ranges: \(text)")
        let line = NumberLine.parse(text)
        let lineRef = regexNumberLine(text).flatMap { ref -> NumberLine.Result? in
            var number = ref.0
            let rest = ref.1.trimmingCharacters(in: " \t")
            if number.hasPrefix("/") || number.hasPrefix("-") || number.isEmpty { number = "" }
            guard number.isEmpty || number.first?.isNumber == true else { return nil }
            var restText = String(rest)
            if !number.isEmpty { (number, restText) = NumberLine.rejoined(number, restText) }
            return NumberLine.Result(number: number.isEmpty ? nil : number, rest: restText.isEmpty ? nil : restText)
        }
        #expect(line?.number == lineRef?.number && line?.rest == lineRef?.rest && (line == nil) == (lineRef == nil),
                "number line: \(text)")
        #expect(HeaderParserImpl.startsWithHeading(text) == regexHeading(text), "heading: \(text)")
    }

    @Test func realTextAgreesWithRegex() throws {
        var files = TestPaths.seedNames.map { TestPaths.seed("\($0).txt").path }
        let plans = TestPaths.fixtures.appendingPathComponent("plans")
        for name in try FileManager.default.contentsOfDirectory(atPath: plans.path) where name.hasSuffix(".txt") {
            files.append(plans.appendingPathComponent(name).path)
        }
        var checked = 0
        for path in files {
            let extracted = try Ingester().extract(path: path)
            for line in extracted.lines { check(line.text); checked += 1 }
            for paragraph in Normalizer().normalize(extracted).paragraphs { check(paragraph.text); checked += 1 }
        }
        #expect(checked > 5000)
    }

    @Test func generatedTextAgreesWithRegex() {
        let pieces = ["ngày", "Ngày", "NGÀY", "tháng", "năm", "Số", "số", "SỐ", "Sô", "Số:", "Phần", "PHẦN", "phần ",
                      "0", "1", "2", "9", "12", "05", "2025", "20251", "123", "/", "-", "–", "—", " ", "  ", "\t",
                      "\u{A0}", ":", ".", ",", ";", "(", ")", "KH", "NQ", "CTr", "UBND", "ĐU", "Đ", "đ", "HĐND",
                      "a", "b", "z", "A", "B", "I", "V", "X", "L", "C", "IV.", "A.", "1.", "12.", "ĐA", "TU",
                      "ư", "ơ", "Ư", "é", "²", "½", "٣", "e\u{301}", "\u{301}", "\u{200D}", "\n", "\r\n", "“", "”",
                      "ß", "ǅ", "ẞ", "\u{2028}", "Ⅳ", "K", "\u{212A}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        for _ in 0..<6000 {
            var text = ""
            for _ in 0..<(1 + next() % 14) { text += pieces[next() % pieces.count] }
            check(text)
        }
    }

    @Test func everySimpleScalarIsClassedAsRegexClassesIt() {
        var scalars: [Unicode.Scalar] = []
        for range in [0x09...0x09, 0x20...0x7E, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E] {
            for v in range { if let s = Unicode.Scalar(v) { scalars.append(s) } }
        }
        for s in scalars {
            let c = String(s)
            for text in ["1\(c)/KH", "12 \(c)- KH", "ngày\(c)5 tháng 1 năm 2025", "ngày 5\(c)tháng 1 năm 2025",
                         "\(c)2/3/2025", "1/2/2025\(c)", "12\(c)/2/2025", "Số\(c)12/KH", "Số: 12\(c)KH x",
                         "\(c). Mục", "I.\(c)x", "1\(c)1. x", "09-\(c)U/ĐU", "09-C\(c)/TU", "09/K\(c)-HĐ\(c)D"] {
                check(text)
            }
        }
    }
}

@Suite struct ReferencePiecesTests {
    @Test func lastMatchAgreesWithRanges() {
        let clauses = ["Đề án số 04-ĐA/TU và Nghị quyết số 05-NQ/TU", "Nghị quyết Nghị quyết số 1/NQ-TW Kế hoạch",
                       "Kế hoạchKế hoạch số 2/KH-UBND", "Luật Luật", "Chỉ thị\u{301} số 3/CT-TTg", "Quyết định 5/QĐ-UBND Quyết định",
                       "", "Thông tư", "Nghi\u{323} quyết số 7/NQ-CP"]
        for clause in clauses {
            for word in References.kindWords {
                for cut in 0...clause.count {
                    let before = clause.prefix(cut)
                    #expect(References.lastMatch(of: word, in: Substring(before)) == before.ranges(of: word).last?.lowerBound,
                            "\(word) in \(before)")
                }
            }
        }
        // The kind words are simple text (so NFC): bytes compare as characters.
        for word in References.kindWords { #expect(SimpleText.withSimpleBytes(word) { _ in true } == true) }
    }
}
