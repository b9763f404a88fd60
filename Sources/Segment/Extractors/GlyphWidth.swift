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
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    /// A scalar's width without building a `Character`: ASCII from the table, Vietnamese
    /// letters by their block's case layout (Latin-1 capitals before small letters; Latin
    /// Extended-A and Additional alternate capital/small), combining marks zero.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> Int { of(value: scalar.value) }

    /// `of(_:)` from a scalar's value.
    @inline(__always)
    static func of(value v: UInt32) -> Int {
        if v < 128 { return ascii[Int(v)] }
        switch v {
        case 0x300...0x36F: return 0
        case 0xCC, 0xCD, 0x128, 0x1EC8, 0x1ECA: return 333
        case 0xEC, 0xED, 0x129, 0x1EC9, 0x1ECB: return 278
        case 0x110: return 722
        case 0x111: return 500
        case 0xC0...0xDE: return v == 0xD7 ? 564 : 700
        case 0xDF...0xFF: return v == 0xF7 ? 564 : 470
        case 0x100...0x17F: return v % 2 == 0 ? 700 : 470
        case 0x1A0, 0x1AF: return 700
        case 0x1A1, 0x1B0: return 470
        case 0x1EA0...0x1EF9: return v % 2 == 0 ? 700 : 470
        case 0x2013, 0x2014: return 333
        case 0x2264, 0x2265: return 564
        default: return 400
        }
    }

    /// Width of the first word of `text`.
    static func firstWord<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            if scalar == " " { break }
            total += of(scalar)
        }
        return total
    }
}
