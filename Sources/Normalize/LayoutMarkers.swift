import PlanModel

/// The numbering markers and bullets that may start a paragraph, as layout repair needs them:
/// enough to tell "2. Cụ thể hóa …" (a heading) from "2030 ngày …" (a wrapped line).
/// The section tree (module Segment) decides what each marker means.
enum LayoutMarkers {
    enum Style: Hashable { case upperLetter, roman, arabic, decimal(depth: Int), paren, lowerLetter }

    struct Marker: Hashable {
        var style: Style
        /// The number's components: [4, 1] for "4.1.", [3] for "(3)", letters and Roman
        /// numerals as their position in their sequence (a = 1, đ = 5, IV = 4).
        var components: [Int]
    }

    /// Vietnamese point letters: a b c d đ e g h i k l m n o p q r s t u v x y.
    static let letters: [Character] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n",
                                       "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    /// The marker at the start of `text`, if any. A marker must be followed by a space and
    /// some text: "1. Mục tiêu", "1.2 Tuyên truyền", "(3) Đề án", "a) Mục tiêu:", "II. NỘI DUNG".
    static func marker(_ text: String) -> Marker? {
        guard MarkerStart.plausible(text.utf8) else { return nil }
        return parse(text)
    }

    /// `marker` without the byte filter (which must never turn away a marker: LayoutMarkerTests).
    static func parse(_ text: String) -> Marker? {
        let chars = leadingCharacters(text, 16)
        guard chars.count >= 3 else { return nil }
        // (12) or (12).
        if chars[0] == "(" {
            var i = 1, value = 0
            while i < chars.count, i <= 3, let d = asciiDigit(chars[i]) { value = value * 10 + d; i += 1 }
            guard i > 1, i < chars.count, chars[i] == ")" else { return nil }
            i += 1
            if i < chars.count, chars[i] == "." { i += 1 }
            return followedByText(chars, i) ? Marker(style: .paren, components: [value]) : nil
        }
        // 1. / 1) / 1.2 / 1.2.
        if asciiDigit(chars[0]) != nil {
            var parts: [Int] = []
            var i = 0
            while true {
                var value = 0, digits = 0
                while i < chars.count, let d = asciiDigit(chars[i]) { value = value * 10 + d; digits += 1; i += 1 }
                guard (1...2).contains(digits) else { return nil }
                parts.append(value)
                if i + 1 < chars.count, chars[i] == ".", asciiDigit(chars[i + 1]) != nil { i += 1; continue }
                break
            }
            if parts.count == 1 {
                guard i < chars.count, chars[i] == "." || chars[i] == ")" || isDashOrSlash(chars[i]) else { return nil }
                return followedByText(chars, i + 1) ? Marker(style: .arabic, components: parts) : nil
            }
            if i < chars.count, chars[i] == "." { i += 1 }
            return followedByText(chars, i) ? Marker(style: .decimal(depth: parts.count), components: parts) : nil
        }
        // a) / đ)
        if let index = letterIndex(chars[0]), chars[1] == ")" || chars[1] == "." || isDashOrSlash(chars[1]) {
            return followedByText(chars, 2) ? Marker(style: .lowerLetter, components: [index + 1]) : nil
        }
        // I. / IV. / A.
        var i = 0
        while i < chars.count, let a = chars[i].asciiValue, a == 0x49 || a == 0x56 || a == 0x58 || a == 0x4C { i += 1 }
        if i > 0, i < chars.count, chars[i] == "." || isDashOrSlash(chars[i]), followedByText(chars, i + 1), let value = RomanNumeral.value(String(chars[0..<i]), canonical: false) {
            return Marker(style: .roman, components: [value])
        }
        if chars[0].isUppercase, chars[0].isLetter, chars[1] == "." || isDashOrSlash(chars[1]), followedByText(chars, 2),
           let value = upperLetterValue(chars[0]) {
            return Marker(style: .upperLetter, components: [value])
        }
        return nil
    }

    /// The value of an ASCII digit Character (`isASCII` and `wholeNumberValue`); CR LF, whose
    /// `asciiValue` is LF's, is no digit either way.
    @inline(__always)
    static func asciiDigit(_ c: Character) -> Int? {
        guard let a = c.asciiValue, a >= 0x30 && a <= 0x39 else { return nil }
        return Int(a - 0x30)
    }

    /// `letters.firstIndex(of: c)` from the Character's scalar: every point letter is one
    /// scalar that no other Character is canonically equivalent to.
    static func letterIndex(_ c: Character) -> Int? {
        let scalars = c.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return letterScalars.firstIndex(of: first.value)
    }

    static let letterScalars: [UInt32] = letters.compactMap { $0.unicodeScalars.first?.value }

    /// `Array(text.prefix(count))`, built from the scalars when each of them (and the one after
    /// the last) is a character of its own: printable ASCII, a tab, or a plain scalar.
    static func leadingCharacters(_ text: String, _ count: Int) -> [Character] {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> [Character]? in
            var result: [Character] = []
            result.reserveCapacity(count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                var v = UInt32(b), length = 1
                if b < 0x80 {
                    guard b >= 0x20 && b != 0x7F || b == 0x09 else { return nil }
                } else {
                    guard let (scalar, n) = TextBytes.scalar(bytes, i), TextBytes.isPlainScalar(scalar) else { return nil }
                    (v, length) = (scalar, n)
                }
                if result.count == count { break }
                guard let scalar = Unicode.Scalar(v) else { return nil }
                result.append(Character(scalar))
                i += length
            }
            return result
        }
        return (fast ?? nil) ?? Array(text.prefix(count))
    }

    /// A space, then a letter, digit, quote or bracket; or a capital right after the marker.
    /// "1- ", "a/ ", "I- ": the dash or slash some documents (the Party's in particular) print
    /// after a number instead of a full stop; a space must follow it (`followedByText`).
    @inline(__always)
    static func isDashOrSlash(_ c: Character) -> Bool { c == "-" || c == "/" }

    private static func followedByText(_ chars: [Character], _ i: Int) -> Bool {
        if i < chars.count, i > 0, chars[i].isUppercase, chars[i - 1] == "." || chars[i - 1] == ")" { return true }
        guard i + 1 < chars.count, chars[i] == " " else { return false }
        let next = chars[i + 1]
        return next.isLetter || next.isNumber || "“\"'(*«‘".contains(next)
    }

    static func upperLetterValue(_ character: Character) -> Int? {
        let lower = Character(character.lowercased())
        return letters.firstIndex(of: lower).map { $0 + 1 }
    }

    /// A bullet at the start of a line: "- ", "+ ", "• ", "* ", "– ", "▪ ", or "-" right
    /// before a capital ("-Xây dựng").
    static func bullet(_ text: String) -> Character? {
        // Every bullet starts with "-", "+", "*" or a byte of 0xC2 and above (no Vietnamese
        // letter's first byte, 0xC3–0xC6 or 0xE1, starts one, nor a canonical equivalent).
        guard let byte = text.utf8.first, byte == 0x2D || byte == 0x2B || byte == 0x2A
            || (byte >= 0xC2 && !(0xC3...0xC6).contains(byte) && byte != 0xE1) else { return nil }
        guard let first = text.first, bullets.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard let second = rest.first else { return nil }
        if second != " " { return first == "-" && second.isUppercase ? first : nil }
        guard rest.dropFirst().first != nil else { return nil }
        return first
    }

    static let bullets: Set<Character> = ["-", "+", "•", "*", "–", "▪", "◦", "·", "❖", "➢"]

    /// A numbering marker with nothing after it: "I.", "II.", "2.", "1.2.", "(3)", "a)".
    static func isBareMarker(_ text: String) -> Bool {
        // `text + " X"` starts with the same two bytes when there are two.
        guard text.utf8.count <= 10, MarkerStart.plausible(text.utf8), (2...7).contains(text.count) else { return false }
        return marker(text + " X") != nil
    }

    /// A line of dashes, stars or underscores ("-----", "___").
    /// - Complexity: O(n) in the bytes. Each character of a separator is one of these
    ///   scalars, none of which joins a neighbour, so the bytes tell and count the characters.
    static func isSeparator(_ text: String) -> Bool {
        // "-", "_", "=", "*", "." or the first byte of "–" and "—".
        guard let first = text.utf8.first, first == 0x2D || first == 0x5F || first == 0x3D || first == 0x2A
            || first == 0x2E || first == 0xE2 else { return false }
        var characters = 0
        var iterator = text.utf8.makeIterator()
        while let b = iterator.next() {
            switch b {
            case 0x2D, 0x5F, 0x3D, 0x2A, 0x2E, 0x20: break
            case 0xE2:   // – U+2013, — U+2014
                guard iterator.next() == 0x80, let last = iterator.next(), last == 0x93 || last == 0x94 else { return false }
            default: return false
            }
            characters += 1
        }
        return characters >= 3
    }
}

/// A cheap test on a line's first bytes that rules out most lines before markers are read.
enum MarkerStart {
    static func plausible(_ utf8: String.UTF8View) -> Bool {
        var iterator = utf8.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return false }
        switch first {
        case 0x28: return true                                          // "("
        case 0x30...0x39:                                               // digits: at most two
            guard second >= 0x30 && second <= 0x39, let third = iterator.next(), third >= 0x30 && third <= 0x39 else {
                return true
            }
            // A third ASCII digit character (the byte after it is ASCII: no mark joins it).
            guard let fourth = iterator.next() else { return false }
            return fourth >= 0x80
        case 0xC4:                                                      // "đ)", "đ.", "Đ."
            guard second == 0x90 || second == 0x91, let third = iterator.next() else { return false }
            return third == 0x29 || third == 0x2E || third == 0x2D || third == 0x2F
        case 0x61...0x7A: return second == 0x29 || second == 0x2E || second == 0x2D || second == 0x2F  // "a)", "a.", "a-", "a/"
        case 0x49, 0x56, 0x58, 0x4C:                                    // I V X L
            // "IV." or "V.": a run of I V X L (one byte each, one Character each when the
            // byte after is ASCII), then "."; anything else is no Roman numeral nor "A.".
            var next: UInt8? = second
            while let b = next, b == 0x49 || b == 0x56 || b == 0x58 || b == 0x4C { next = iterator.next() }
            return next == 0x2E || next == 0x2D || next == 0x2F
        case 0x41...0x5A: return second == 0x2E || second == 0x2D || second == 0x2F  // "A.", "A-", "A/"
        default: return false
        }
    }
}
