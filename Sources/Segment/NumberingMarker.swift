import PlanModel

/// A numbering marker at the start of a paragraph, in one of its readings: "I." is a Roman
/// one or the letter after H; "C." is a letter.
struct NumberingMarker: Hashable, Sendable {
    var style: NumberingStyle
    /// As printed: "2.1.", "(1)", "(1).", "a)", "1.2".
    var marker: String
    /// Without trailing "." or ")" and without parentheses: "2.1", "1", "a", "III".
    var number: String
    /// Positions in their sequences: [2, 1] for "2.1", [5] for "đ" and for "V".
    var components: [Int]
    /// The text after the marker.
    var rest: String
    /// An article of a resolution or decision ("Điều 1."): printed as `.arabic` with its word
    /// in `marker`, but a list of its own, above the "1." points inside an article.
    var article = false

    var ordinal: Int { components.last ?? 0 }
    var prefix: [Int] { Array(components.dropLast()) }

    /// Whether `other` continues the same list: same style, and for decimals the same depth
    /// and the same leading components ("4.2" continues "4.1", not "3.1").
    func sameList(as other: NumberingMarker) -> Bool {
        style == other.style && article == other.article && components.count == other.components.count
            && prefix == other.prefix
    }
}

/// Reads numbering markers: `A.`, `I.`, `1.`, `1)`, `1.1`, `1.1.`, `(1)`, `(1).`, `a)`, `a.`.
enum NumberingMarkers {
    /// Vietnamese point letters: no f, j, w, z; đ follows d.
    static let letters: [Character] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n",
                                       "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    /// Every reading of the marker that starts `text` (emphasis already stripped).
    static func parse(_ text: String) -> [NumberingMarker] {
        guard plausibleStart(text.utf8) else { return [] }
        let chars = Array(text.prefix(24))
        guard chars.count >= 3 else { return [] }
        if chars[0] == "(" { return paren(chars, text) }
        // "Điều 1." is an article; "Đ." stays the capital letter after D.
        if chars[0] == "Đ", let found = article(chars, text) { return [found] }
        if chars[0].isASCII, chars[0].isNumber { return numeric(chars, text) }
        var result: [NumberingMarker] = []
        if let index = letters.firstIndex(of: chars[0]), chars[1] == ")" || chars[1] == ".",
           let rest = rest(text, after: 2) {
            result.append(NumberingMarker(style: .lowerLetter, marker: String(chars[0...1]), number: String(chars[0]),
                                          components: [index + 1], rest: rest))
        }
        var i = 0
        while i < chars.count, "IVXLl".contains(chars[i]) { i += 1 }
        if i > 0, i < chars.count, chars[i] == ".", let number = ocrRoman(String(chars[0..<i])),
           let value = RomanNumeral.value(number, canonical: true), let rest = rest(text, after: i + 1) {
            result.append(NumberingMarker(style: .roman, marker: String(chars[0...i]), number: number,
                                          components: [value], rest: rest))
        }
        if chars[0].isUppercase, chars[1] == ".", let index = letters.firstIndex(of: Character(chars[0].lowercased())),
           let rest = rest(text, after: 2) {
            result.append(NumberingMarker(style: .upperLetter, marker: String(chars[0...1]), number: String(chars[0]),
                                          components: [index + 1], rest: rest))
        }
        return result
    }

    /// "Điều 1.", "Điều 12:" — an article; the number is read as printed.
    private static func article(_ chars: [Character], _ text: String) -> NumberingMarker? {
        guard chars.count > 7, String(chars[0..<5]) == "Điều " else { return nil }
        var i = 5, value = 0
        while i < chars.count, i <= 7, chars[i].isASCII, let d = chars[i].wholeNumberValue { value = value * 10 + d; i += 1 }
        guard i > 5, i < chars.count, chars[i] == "." || chars[i] == ":", value > 0 else { return nil }
        let number = String(chars[5..<i])
        guard let rest = rest(text, after: i + 1) else { return nil }
        return NumberingMarker(style: .arabic, marker: String(chars[0...i]), number: number, components: [value],
                               rest: rest, article: true)
    }

    private static func paren(_ chars: [Character], _ text: String) -> [NumberingMarker] {
        var i = 1, value = 0
        while i < chars.count, i <= 3, chars[i].isASCII, let d = chars[i].wholeNumberValue { value = value * 10 + d; i += 1 }
        guard i > 1, i < chars.count, chars[i] == ")" else { return [] }
        let number = String(chars[1..<i])
        i += 1
        if i < chars.count, chars[i] == "." { i += 1 }
        guard let rest = rest(text, after: i) else { return [] }
        return [NumberingMarker(style: .paren, marker: String(chars[0..<i]), number: number, components: [value], rest: rest)]
    }

    private static func numeric(_ chars: [Character], _ text: String) -> [NumberingMarker] {
        var parts: [Int] = []
        var i = 0
        while true {
            var value = 0, digits = 0
            while i < chars.count, chars[i].isASCII, let d = chars[i].wholeNumberValue { value = value * 10 + d; digits += 1; i += 1 }
            // "1.000 người", "2030 ngày": three or more digits are a quantity, not a number.
            guard (1...2).contains(digits) else { return [] }
            parts.append(value)
            if i + 1 < chars.count, chars[i] == ".", chars[i + 1].isASCII, chars[i + 1].isNumber { i += 1; continue }
            break
        }
        let numberEnd = i
        if parts.count == 1 {
            guard i < chars.count, chars[i] == "." || chars[i] == ")", let rest = rest(text, after: i + 1) else { return [] }
            return [NumberingMarker(style: .arabic, marker: String(chars[0...i]), number: String(chars[0..<numberEnd]),
                                    components: parts, rest: rest)]
        }
        if i < chars.count, chars[i] == "." { i += 1 }
        guard let rest = rest(text, after: i) else { return [] }
        return [NumberingMarker(style: .decimal, marker: String(chars[0..<i]), number: String(chars[0..<numberEnd]),
                                components: parts, rest: rest)]
    }

    /// The text after a marker that ends at character `offset`: there must be a space, then
    /// a letter, a digit, a quote or a bracket; or, right after the marker's "." or ")", a
    /// capital letter ("1.1.Đẩy mạnh", as some DOCX files have it).
    static func rest(_ text: String, after offset: Int) -> String? {
        let tail = text.dropFirst(offset)
        if let first = tail.first, first != " ", first.isUppercase, offset > 0 {
            let marker = text.dropLast(text.count - offset)
            return marker.last == "." || marker.last == ")" ? String(tail) : nil
        }
        guard tail.first == " " else { return nil }
        let body = tail.drop { $0 == " " }
        guard let first = body.first, first.isLetter || first.isNumber || "“\"'(«‘".contains(first) else { return nil }
        return String(body)
    }

    /// OCR reads the I of "II." and "III." as a small l ("Il.", "Ill."): such a numeral, of
    /// I and l only with at least one I, is read as the Roman numeral it stands for.
    static func ocrRoman(_ text: String) -> String? {
        guard text.contains("l") else { return text }
        guard text.count <= 3, text.contains("I"), text.allSatisfy({ $0 == "I" || $0 == "l" }) else { return nil }
        return String(repeating: "I", count: text.count)
    }

    /// Rules out most paragraphs from their first two bytes: a marker starts with "(", a
    /// digit, đ/Đ, a small letter before ")" or ".", a Roman digit (I, V, X, L, or OCR's l),
    /// or a capital before ".".
    static func plausibleStart(_ utf8: String.UTF8View) -> Bool {
        var iterator = utf8.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return false }
        switch first {
        case 0x28, 0x30...0x39, 0xC4, 0x49, 0x56, 0x58, 0x4C: return true
        case 0x61...0x7A: return second == 0x29 || second == 0x2E || (first == 0x6C && second == 0x6C)
        case 0x41...0x5A: return second == 0x2E
        default: return false
        }
    }

    /// How a number of a style is printed, for messages: 4 → "IV", "4", "d", "D".
    static func printed(_ ordinal: Int, style: NumberingStyle, prefix: [Int]) -> String {
        switch style {
        case .roman: return RomanNumeral.string(ordinal)
        case .arabic: return String(ordinal)
        case .paren: return "(\(ordinal))"
        case .decimal: return (prefix + [ordinal]).map(String.init).joined(separator: ".")
        case .lowerLetter: return ordinal >= 1 && ordinal <= letters.count ? String(letters[ordinal - 1]) : "?"
        case .upperLetter: return ordinal >= 1 && ordinal <= letters.count ? letters[ordinal - 1].uppercased() : "?"
        }
    }

    /// A missing number printed the way `marker` prints its own: "IV.", "4.", "(4)", "đ)", "12.4.".
    static func printedMarker(_ ordinal: Int, like marker: NumberingMarker) -> String {
        let number = printed(ordinal, style: marker.style, prefix: marker.prefix)
        switch marker.style {
        case .paren: return marker.marker.hasSuffix(".") ? number + "." : number
        default:
            let suffix = marker.marker.dropFirst(marker.number.count)
            return number + suffix
        }
    }
}
