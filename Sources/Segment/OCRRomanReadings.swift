import PlanModel

/// A paragraph start that OCR may have printed for a Roman heading, with the numerals it
/// may stand for. Only the numbering context of a repaired text decides whether it is one
/// (`OCRRomanReadings.readings`); `NumberingMarkers.parse` never offers it.
struct OCRRomanCandidate: Hashable, Sendable {
    /// The glyphs as OCR printed them, with the full stop when there is one: "lL", "Iv.", "11.".
    var printed: String
    /// The text after the marker.
    var rest: String
    /// The numerals the glyphs may stand for, read through the confusion set (see `OCRRoman`).
    var values: [Int]
    /// The glyphs' value when they are digit ones only ("11." → 11): they may be an Arabic number.
    var digits: Int?

    func marker(_ value: Int) -> NumberingMarker {
        NumberingMarker(style: .roman, marker: printed, number: RomanNumeral.string(value), components: [value], rest: rest)
    }
}

/// How OCR misprints Roman numerals: the confusion set, one class per Roman digit.
/// - I: a capital I, a small l or i, a digit one, a bar "|", an "!", and a capital L after
///   the first glyph (tesseract reads "I." as "lL", the full stop as an L);
/// - II: a U, whose two stems the serifs join ("II." read "U1.", "tu.");
/// - V: V or v ("IV." read "Iv."); X: X or x.
/// Repair, run before, may have put a mark on a glyph ("lL" → "lí", "U1." → "Ủi."): the
/// glyphs are read without their marks.
/// OCR also loses or adds one I of a numeral ("II." read "I.", "III." read "Il."), so a
/// reading stands for its own value and for the values one I more or less gives. Digit-only
/// glyphs ("1.", "11.") are read exactly, never with an I more or less: they are Arabic
/// numbers far more often.
enum OCRRoman {
    static let iGlyphs: Set<Character> = ["I", "l", "i", "1", "|", "!", "L"]
    static let vGlyphs: Set<Character> = ["V", "v"]
    static let xGlyphs: Set<Character> = ["X", "x"]
    static let iiGlyphs: Set<Character> = ["U", "u"]

    /// The glyph under a mark repair may have added: "í" → "i", "Ủ" → "U".
    private static let unmarked: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (base, letters) in [("i", "íìỉĩị"), ("u", "úùủũụưứừửữự")] as [(Character, String)] {
            for letter in letters {
                table[letter] = base
                if let upper = letter.uppercased().first, let baseUpper = base.uppercased().first { table[upper] = baseUpper }
            }
        }
        return table
    }()

    private static func glyph(_ c: Character) -> Character? {
        let g = unmarked[c] ?? c
        return iGlyphs.contains(g) || vGlyphs.contains(g) || xGlyphs.contains(g) || iiGlyphs.contains(g) ? g : nil
    }

    /// The candidate at the start of `text`: one to four glyphs of the confusion set, then a
    /// full stop and the text, or (the full stop lost) a space and a heading in capitals.
    /// A single "L." is the letter L.
    static func candidate(_ text: String) -> OCRRomanCandidate? {
        guard let first = text.first, glyph(first) != nil else { return nil }
        let chars = Array(text.prefix(8))
        var glyphs: [Character] = []
        while glyphs.count < chars.count, glyphs.count < 4, let g = glyph(chars[glyphs.count]) { glyphs.append(g) }
        let n = glyphs.count
        guard n >= 1, n < chars.count else { return nil }
        let digitOnes = glyphs.allSatisfy { $0 == "1" }
        let printed: String, rest: String
        if chars[n] == "." {
            if n == 1, glyphs.first == "L" { return nil }
            guard let after = NumberingMarkers.rest(text, after: n + 1) else { return nil }
            printed = String(chars[0...n])
            rest = after
        } else if chars[n] == " ", !digitOnes {
            guard let after = NumberingMarkers.rest(text, after: n), isCapitals(after) else { return nil }
            printed = String(chars[0..<n])
            rest = after
        } else {
            return nil
        }
        // Digit ones and small letters are far more often Arabic numbers and points: they are
        // taken only before a heading in capitals, as Roman headings are printed.
        if digitOnes || glyphs.allSatisfy(\.isLowercase), !isCapitals(rest) { return nil }
        // A U stands for II only beside another glyph or before a full stop: "U CHỈ" is a word.
        if glyphs.contains(where: iiGlyphs.contains), n == 1, !printed.hasSuffix(".") { return nil }
        let mapped = glyphs.map { iGlyphs.contains($0) ? "I" : vGlyphs.contains($0) ? "V" : xGlyphs.contains($0) ? "X" : "II" }
            .joined()
        let values = digitOnes ? RomanNumeral.value(mapped, canonical: true).map { [$0] } ?? [] : oneIApart(mapped)
        guard !values.isEmpty else { return nil }
        return OCRRomanCandidate(printed: printed, rest: rest, values: values,
                                 digits: digitOnes ? Int(String(glyphs)) : nil)
    }

    /// The values of `numeral` and of the numerals one I more or one I less gives, canonical
    /// ones only: "II" → 2, 1, 3; "IV" → 4; "V" → 5, 4, 6.
    static func oneIApart(_ numeral: String) -> [Int] {
        let chars = Array(numeral)
        var spellings = [numeral]
        for i in chars.indices where chars[i] == "I" {
            var fewer = chars
            fewer.remove(at: i)
            spellings.append(String(fewer))
        }
        for i in 0...chars.count {
            var more = chars
            more.insert("I", at: i)
            spellings.append(String(more))
        }
        var values: [Int] = []
        for spelling in spellings where !spelling.isEmpty {
            if let value = RomanNumeral.value(spelling, canonical: true), !values.contains(value) { values.append(value) }
        }
        return values
    }

    /// A heading in capitals: at least three letters in its first words, four in five of them upper case.
    static func isCapitals(_ text: String) -> Bool {
        let letters = text.prefix(40).filter(\.isLetter)
        guard letters.count >= 3 else { return false }
        return letters.filter(\.isUppercase).count * 5 >= letters.count * 4
    }
}

/// The Roman readings that the numbering context of an OCR'd text asks for.
enum OCRRomanReadings {
    /// What a reading costs: a break in the sequence (a gap or a repeat), a printed Roman
    /// numeral read one I apart, a candidate left as text where it fits the sequence, and one
    /// left as text where it does not (glyphs of the confusion set before a heading are some
    /// evidence of a heading wherever they stand). Two readings one I apart cost more than one
    /// break ("I.", "I.", "II." stay a repeat) and less than leaving out two candidates.
    static let breakCost = 5, editCost = 3, rejectFitCost = 5, rejectMisfitCost = 2

    private enum Entry {
        case part
        case roman(offset: Int, marker: NumberingMarker)
        case candidate(offset: Int, OCRRomanCandidate)
    }

    /// The readings by paragraph offset. The Roman headings of each part (from one capital
    /// letter "A."/"B." to the next) are read as the sequence I, II, III… that costs least:
    /// each printed numeral as printed, or one I apart (`editCost`); each candidate as the
    /// next numeral when its glyphs allow it, or as text (`reject…Cost`); every break in the
    /// sequence costs `breakCost`. So "lL", "I.", "Il.", "Iv." are I–IV, while "I.", "I.",
    /// "II." stay a repeat. A candidate opens a part's list only when the next Roman heading
    /// of the part can be II (`mayOpen`), and "11." is never read right after an Arabic "10.".
    /// `texts` are the paragraphs with emphasis stripped (table rows as "").
    static func readings(_ texts: [String]) -> [Int: NumberingMarker] {
        var entries: [Entry] = []
        var result: [Int: NumberingMarker] = [:]
        var lastArabic = 0
        for (offset, text) in texts.enumerated() {
            let parsed = NumberingMarkers.parse(text)
            if let roman = parsed.first(where: { $0.style == .roman }) {
                entries.append(.roman(offset: offset, marker: roman))
            } else if let candidate = OCRRoman.candidate(text), candidate.digits.map({ $0 != lastArabic + 1 }) ?? true {
                entries.append(.candidate(offset: offset, candidate))
                if let digits = candidate.digits { lastArabic = digits }
            } else if parsed.contains(where: { $0.style == .upperLetter }) {
                entries.append(.part)
            } else if let arabic = parsed.first(where: { $0.style == .arabic }) {
                lastArabic = arabic.ordinal
            } else if parsed.isEmpty, let arabic = commaMarker(text) {
                // Only a reading: the tree takes it where the numbering context has room for it.
                result[offset] = arabic
                lastArabic = arabic.ordinal
            }
        }
        var part: [Entry] = []
        for entry in entries + [.part] {
            if case .part = entry {
                read(part, into: &result)
                part = []
            } else {
                part.append(entry)
            }
        }
        return result
    }

    /// An Arabic marker whose full stop OCR read as a comma: "1, Nâng cao …" (one or two
    /// digits, a comma, a space and a capital letter).
    static func commaMarker(_ text: String) -> NumberingMarker? {
        let chars = Array(text.prefix(6))
        var n = 0, value = 0
        while n < chars.count, n < 2, chars[n].isASCII, let d = chars[n].wholeNumberValue { value = value * 10 + d; n += 1 }
        guard n > 0, value > 0, n + 2 < chars.count, chars[n] == ",", chars[n + 1] == " ", chars[n + 2].isUppercase,
              let rest = NumberingMarkers.rest(text, after: n + 1) else { return nil }
        return NumberingMarker(style: .arabic, marker: String(chars[0...n]), number: String(chars[0..<n]),
                               components: [value], rest: rest)
    }

    /// Whether the candidate at `k` may open its part's list as I: the next Roman entry of the
    /// part (other digit ones aside: "1. CÁC CHƯƠNG TRÌNH", "1. Công tác …", "II. …") can be
    /// II. A lone reading at the opening is too little evidence of a Roman list.
    private static func mayOpen(_ part: [Entry], at k: Int) -> Bool {
        for entry in part[(k + 1)...] {
            switch entry {
            case .roman(_, let marker):
                return marker.ordinal == 2 || OCRRoman.oneIApart(marker.number).contains(2)
            case .candidate(_, let other):
                if other.digits == 1 { continue }
                return other.values.contains(2)
            case .part:
                return false
            }
        }
        return false
    }

    /// The least costly reading of one part's Roman entries (a shortest path over the last
    /// numeral read), written into `result` where it differs from the printed reading.
    private static func read(_ part: [Entry], into result: inout [Int: NumberingMarker]) {
        guard !part.isEmpty else { return }
        let limit = 40
        struct Step { var cost: Int; var from: Int; var value: Int? }
        var costs = [Int?](repeating: nil, count: limit + 1)
        costs[0] = 0
        var steps: [[Step?]] = []
        for (k, entry) in part.enumerated() {
            var next = [Step?](repeating: nil, count: limit + 1)
            func offer(_ to: Int, _ cost: Int, from: Int, value: Int?) {
                guard to <= limit else { return }
                if let old = next[to], old.cost <= cost { return }
                next[to] = Step(cost: cost, from: from, value: value)
            }
            for last in 0...limit {
                guard let base = costs[last] else { continue }
                switch entry {
                case .roman(_, let marker):
                    let printed = marker.ordinal
                    offer(printed, base + (printed == last + 1 ? 0 : breakCost), from: last, value: printed)
                    // A list that starts at a printed II stays as printed: only a numeral
                    // inside the sequence (a repeat or a gap) is read one I apart.
                    if last > 0, printed != last + 1, OCRRoman.oneIApart(marker.number).contains(last + 1) {
                        offer(last + 1, base + editCost, from: last, value: last + 1)
                    }
                case .candidate(_, let candidate):
                    if candidate.values.contains(last + 1), last > 0 || mayOpen(part, at: k) {
                        offer(last + 1, base, from: last, value: last + 1)
                        offer(last, base + rejectFitCost, from: last, value: nil)
                    } else {
                        offer(last, base + rejectMisfitCost, from: last, value: nil)
                    }
                case .part:
                    break
                }
            }
            steps.append(next)
            costs = next.map { $0?.cost }
        }
        guard var state = costs.indices.filter({ costs[$0] != nil }).min(by: { costs[$0] ?? 0 < costs[$1] ?? 0 })
        else { return }
        for k in part.indices.reversed() {
            guard let step = steps[k][state] else { return }
            switch part[k] {
            case .roman(let offset, let marker):
                if let value = step.value, value != marker.ordinal {
                    var read = marker
                    read.components = [value]
                    read.number = RomanNumeral.string(value)
                    result[offset] = read
                }
            case .candidate(let offset, let candidate):
                if let value = step.value { result[offset] = candidate.marker(value) }
            case .part:
                break
            }
            state = step.from
        }
    }
}
