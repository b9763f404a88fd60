/// Approximate printed widths (Times New Roman advance widths, 1/1000 em) used to tell where a
/// linearised table's cell ended: a wrapped line stops because its next word would not fit
/// the column; a cell's last line stops because the cell ended.
enum GlyphWidth {
    private static let lower: [Character: Int] = [
        "a": 444, "b": 500, "c": 444, "d": 500, "e": 444, "f": 333, "g": 500, "h": 500, "i": 278, "j": 278,
        "k": 500, "l": 278, "m": 778, "n": 500, "o": 500, "p": 500, "q": 500, "r": 333, "s": 389, "t": 278,
        "u": 500, "v": 500, "w": 722, "x": 500, "y": 500, "z": 444, "đ": 500,
    ]
    private static let upper: [Character: Int] = [
        "A": 722, "B": 667, "C": 667, "D": 722, "E": 611, "F": 556, "G": 722, "H": 722, "I": 333, "J": 389,
        "K": 722, "L": 611, "M": 889, "N": 722, "O": 722, "P": 556, "Q": 722, "R": 667, "S": 556, "T": 611,
        "U": 722, "V": 722, "W": 944, "X": 722, "Y": 722, "Z": 611, "Đ": 722,
    ]
    private static let narrowVowels: Set<Character> = ["í", "ì", "ỉ", "ĩ", "ị"]
    private static let narrowUpperVowels: Set<Character> = ["Í", "Ì", "Ỉ", "Ĩ", "Ị"]

    /// Widths of the ASCII characters, indexed by code.
    private static let ascii: [Int] = (0..<128).map { code -> Int in
        let ch = Character(Unicode.Scalar(UInt8(code)))
        if let w = lower[ch] ?? upper[ch] { return w }
        if ch == " " { return 250 }
        if ch.isASCIIDigitChar { return 500 }
        switch ch {
        case ".", ",", ":", ";": return 260
        case "-", "(", ")", "/": return 333
        case "%": return 833
        case "=", "+", "<", ">": return 564
        default: return 400
        }
    }

    static func of(_ ch: Character) -> Int {
        if let a = ch.asciiValue { return ascii[Int(a)] }
        if ch == "đ" { return 500 }
        if ch == "Đ" { return 722 }
        if narrowVowels.contains(ch) { return 278 }
        if narrowUpperVowels.contains(ch) { return 333 }
        if ch == "–" { return 333 }
        if ch == "≥" || ch == "≤" { return 564 }
        if ch.isLetter { return ch.isUppercase ? 700 : 470 }
        return 400
    }

    /// The width of a text, scalar by scalar (NFC Vietnamese letters are one scalar each).
    static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                total += ascii[Int(scalar.value)]
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                total += of(Character(scalar))
            }
        }
        return total
    }

    /// Width of the first word of `text`.
    static func firstWord<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            if scalar == " " { break }
            total += scalar.isASCII ? ascii[Int(scalar.value)] : of(Character(scalar))
        }
        return total
    }
}
