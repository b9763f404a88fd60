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
    /// A numbered division named by a word: a part ("PHẦN I", "Phần thứ hai"), a chapter
    /// ("CHƯƠNG II") or an article ("Điều 1."). The word is in `marker`; the style is the
    /// numeral's (`.roman` for "PHẦN II", `.arabic` for "Điều 1" and for ordinal words, whose
    /// `number` is their value: "PHẦN THỨ HAI" → "2"). Each is a list of its own.
    var division: Division?

    enum Division: Hashable, Sendable { case part, chapter, article }

    /// An article of a resolution or decision ("Điều 1."), above the "1." points inside it.
    var article: Bool { division == .article }

    var ordinal: Int { components.last ?? 0 }
    var prefix: [Int] { Array(components.dropLast()) }

    /// Whether `other` continues the same list: same style, and for decimals the same depth
    /// and the same leading components ("4.2" continues "4.1", not "3.1").
    func sameList(as other: NumberingMarker) -> Bool {
        style == other.style && division == other.division && components.count == other.components.count
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
        let chars = leadingCharacters(text, 24)
        guard chars.count >= 3 else { return [] }
        if chars[0] == "(" { return paren(chars, text) }
        // "Điều 1." is an article; "Đ." stays the capital letter after D.
        if chars[0] == "Đ", let found = article(chars, text) { return [found] }
        if chars[0] == "P" || chars[0] == "C", let found = partOrChapter(text) { return [found] }
        if chars[0].isASCII, chars[0].isNumber { return numeric(chars, text) }
        var result: [NumberingMarker] = []
        if let index = letters.firstIndex(of: chars[0]), chars[1] == ")" || chars[1] == "." || isDashOrSlash(chars[1]),
           let rest = rest(text, after: 2) {
            result.append(NumberingMarker(style: .lowerLetter, marker: String(chars[0...1]), number: String(chars[0]),
                                          components: [index + 1], rest: rest))
        }
        var i = 0
        while i < chars.count, "IVXLl".contains(chars[i]) { i += 1 }
        if i > 0, i < chars.count, chars[i] == "." || isDashOrSlash(chars[i]), let number = ocrRoman(String(chars[0..<i])),
           let value = RomanNumeral.value(number, canonical: true), let rest = rest(text, after: i + 1) {
            result.append(NumberingMarker(style: .roman, marker: String(chars[0...i]), number: number,
                                          components: [value], rest: rest))
        }
        if chars[0].isUppercase, chars[1] == "." || isDashOrSlash(chars[1]), let index = letters.firstIndex(of: Character(chars[0].lowercased())),
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
                               rest: rest, division: .article)
    }

    /// The words that name a part or a chapter, as printed.
    private static let divisionWords: [(String, NumberingMarker.Division)] = [
        ("PHẦN", .part), ("Phần", .part), ("CHƯƠNG", .chapter), ("Chương", .chapter),
    ]

    private static func isNumeralEnd(_ c: Character) -> Bool { c == " " || c == "." || c == ":" }

    /// The division words with their space, as UTF-8, for `plausibleStart`.
    private static let divisionWordBytes: [[UInt8]] = divisionWords.map { Array(($0.0 + " ").utf8) }

    /// Ordinal words after "thứ": "PHẦN THỨ NHẤT", "Phần thứ hai".
    private static let ordinalWords: [String: Int] = ["nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
                                       "bảy": 7, "tám": 8, "chín": 9, "mười": 10]

    /// "PHẦN I", "PHẦN I. KẾT QUẢ …", "Phần II:", "CHƯƠNG 2 - …", "PHẦN THỨ NHẤT": a part or a
    /// chapter. The title may follow on the same line after ".", ":" or a dash, or stand on
    /// the next line (`rest` is then empty). A sentence that starts with the word ("Phần vốn
    /// còn lại …") is not one: a numeral must follow it.
    private static func partOrChapter(_ text: String) -> NumberingMarker? {
        guard let (word, division) = divisionWords.first(where: { text.hasPrefix($0.0 + " ") }) else { return nil }
        let afterWord = text.dropFirst(word.count + 1)
        let tokenEnd = afterWord.firstIndex(where: isNumeralEnd) ?? afterWord.endIndex
        var token = String(afterWord[..<tokenEnd])
        var style = NumberingStyle.roman
        var value: Int
        var numberEnd = tokenEnd
        if let roman = RomanNumeral.value(token, canonical: true), token.allSatisfy({ "IVXL".contains($0) }) {
            value = roman
        } else if !token.isEmpty, token.count <= 2, token.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(token), n > 0 {
            value = n
            style = .arabic
        } else if token.lowercased() == "thứ" {
            let afterThu = afterWord[tokenEnd...].drop { $0 == " " }
            let end: Substring.Index = afterThu.firstIndex(where: isNumeralEnd) ?? afterThu.endIndex
            guard let n = ordinalWords[afterThu[..<end].lowercased()] else { return nil }
            value = n
            style = .arabic
            numberEnd = end
            token = String(n)
        } else {
            return nil
        }
        var restStart = numberEnd
        var tail = afterWord[numberEnd...]
        if let first = tail.first, first == "." || first == ":" {
            restStart = tail.index(after: tail.startIndex)
            tail = afterWord[restStart...]
        }
        var body = tail.drop { $0 == " " }
        if let dash = body.first, dash == "-" || dash == "–" { body = body.dropFirst().drop { $0 == " " } }
        // Nothing, or a title in capitals, may follow: "Phần I của Kế hoạch …" is a sentence.
        if let first = body.first, !(first.isUppercase || first.isNumber || "“\"(".contains(first)) { return nil }
        let marker = String(String(text[..<restStart]).trimmingSpaces())
        return NumberingMarker(style: style, marker: marker, number: token, components: [value],
                               rest: String(body), division: division)
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
            guard i < chars.count, chars[i] == "." || chars[i] == ")" || isDashOrSlash(chars[i]),
                  let rest = rest(text, after: i + 1) else { return [] }
            return [NumberingMarker(style: .arabic, marker: String(chars[0...i]), number: String(chars[0..<numberEnd]),
                                    components: parts, rest: rest)]
        }
        if i < chars.count, chars[i] == "." { i += 1 }
        guard let rest = rest(text, after: i) else { return [] }
        return [NumberingMarker(style: .decimal, marker: String(chars[0..<i]), number: String(chars[0..<numberEnd]),
                                components: parts, rest: rest)]
    }

    /// "1- ", "a/ ", "I- ": a dash or slash after the number, as the Party's documents print
    /// it ("I- MỤC ĐÍCH", "1/ Tăng cường …"); `rest` then wants a space after it.
    private static func isDashOrSlash(_ c: Character) -> Bool { c == "-" || c == "/" }

    /// The text after a marker that ends at character `offset`: there must be a space, then
    /// a letter, a digit, a quote or a bracket; or, right after the marker's "." or ")", a
    /// capital letter ("1.1.Đẩy mạnh", as some DOCX files have it).
    static func rest(_ text: String, after offset: Int) -> String? {
        let tail = text.dropFirst(offset)
        if let first = tail.first, first != " ", first.isUppercase, offset > 0 {
            let marker = text.prefix(offset)
            return marker.last == "." || marker.last == ")" ? String(tail) : nil
        }
        guard tail.first == " " else { return nil }
        let body = tail.drop { $0 == " " }
        guard let first = body.first, first.isLetter || first.isNumber || "“\"'(«‘".contains(first) else { return nil }
        return String(body)
    }

    /// `Array(text.prefix(n))`, made from the scalars when each is a Character of its own
    /// (simple text: no grapheme breaking needed), the scalar after them included.
    static func leadingCharacters(_ text: String, _ n: Int) -> [Character] {
        var chars: [Character] = []
        chars.reserveCapacity(n)
        for scalar in text.unicodeScalars {
            guard TableTextBytes.isSimple(scalar.value) else { return Array(text.prefix(n)) }
            if chars.count == n { break }
            chars.append(Character(scalar))
        }
        return chars
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
        case 0x61...0x7A:
            return second == 0x29 || second == 0x2E || second == 0x2D || second == 0x2F || (first == 0x6C && second == 0x6C)
        // "C." / "P." (letters), or "PHẦN …", "Phần …", "CHƯƠNG …", "Chương …" (parts, chapters).
        case 0x43, 0x50:
            if second == 0x2E || second == 0x2D || second == 0x2F { return true }
            return divisionWordBytes.contains { utf8.starts(with: $0) }
        case 0x41...0x5A: return second == 0x2E || second == 0x2D || second == 0x2F
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
