/// Scalar-level text work for the extractors' hot paths.
///
/// The extractors were written on `Character`s; grapheme breaking and canonical-equivalence
/// comparison then dominate their cost. In "simple" text every Unicode scalar is a grapheme of
/// its own and its own canonical form, so an index in `[Unicode.Scalar]` is an index in
/// `[Character]`, scalar equality is `Character` equality and `lowercased()` maps each scalar to
/// one scalar. Simple text is what the normaliser gives for Vietnamese (ASCII, Latin-1, Latin
/// Extended-A/B, Latin Extended Additional, general punctuation, symbols); anything else
/// (combining marks, CR, Hangul, singletons like the Kelvin sign, `İ`, `Ⱥ`) takes the original
/// `Character` code path, so results are the same either way.
enum FastText {
    /// Whether every scalar of `text` is in the ranges described above.
    static func isSimple(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x0D { return false }
                    i += 1
                    continue
                }
                let (scalar, length) = decode(bytes, i)
                if !isSimple(scalar) { return false }
                i += length
            }
            return true
        }
    }

    /// The scalar starting at `bytes[i]` (valid UTF-8) and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b = UInt32(bytes[i])
        var v: UInt32, n: Int
        if b < 0x80 { return (Unicode.Scalar(UInt8(b)), 1) }
        if b < 0xE0 { v = b & 0x1F; n = 2 } else if b < 0xF0 { v = b & 0x0F; n = 3 } else { v = b & 0x07; n = 4 }
        var k = 1
        while k < n, i + k < bytes.count {
            v = (v << 6) | (UInt32(bytes[i + k]) & 0x3F)
            k += 1
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
    }

    /// The scalars of `text` when it is simple, else nil.
    static func simpleScalars(_ text: String) -> [Unicode.Scalar]? {
        var text = text
        return text.withUTF8 { bytes -> [Unicode.Scalar]? in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x0D { return nil }
                    out.append(Unicode.Scalar(b))
                    i += 1
                    continue
                }
                let (scalar, length) = decode(bytes, i)
                if !isSimple(scalar) { return nil }
                out.append(scalar)
                i += length
            }
            return out
        }
    }

    /// Whether the UTF-8 of `text` holds the byte `a` or `b`.
    static func containsByte(_ text: String, _ a: UInt8, _ b: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] == a || bytes[i] == b { return true }
                i += 1
            }
            return false
        }
    }

    @inline(__always)
    static func isSimple(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v != 0x0D }
        // İ lowercases to two scalars; Ⱥ, Ⱦ and ẞ to a scalar of another UTF-8 length.
        if v < 0x300 { return v != 0x130 && v != 0x23A && v != 0x23E }
        if v >= 0x1E00 && v < 0x1F00 { return v != 0x1E9E }
        if v >= 0x2010 && v < 0x2028 { return true }
        if v >= 0x2030 && v < 0x2060 { return true }
        if v >= 0x2070 && v < 0x20D0 { return true }
        if v >= 0x2100 && v < 0x2C00 {
            return v != 0x2126 && v != 0x212A && v != 0x212B && v != 0x2329 && v != 0x232A
        }
        return false
    }

    /// The scalars of a simple text.
    @inline(__always)
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decode(bytes, i)
                out.append(scalar)
                i += length
            }
            return out
        }
    }

    /// `String.lowercased()` of one scalar of simple text (one scalar). The Latin letters of
    /// Vietnamese are computed; other scalars ask the Unicode tables (`FastTextTests` checks
    /// the whole simple range against them).
    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(UInt8(v + 32)) }
            return s
        }
        if v < 0xC0 { return s }
        if v < 0x100 { return v <= 0xDE && v != 0xD7 ? scalar(v + 0x20, s) : s }
        if v < 0x180 { return latinExtendedA(v, s) }
        if v >= 0x1E00 && v < 0x1F00 {
            if v >= 0x1E96 && v < 0x1EA0 { return slowLower(s) }
            return v & 1 == 0 ? scalar(v + 1, s) : s
        }
        if v == 0x1A0 || v == 0x1AF { return scalar(v + 1, s) }   // Ơ, Ư
        if v == 0x1A1 || v == 0x1B0 { return s }
        return slowLower(s)
    }

    @inline(__always)
    private static func scalar(_ v: UInt32, _ fallback: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(v) ?? fallback
    }

    /// U+0100–U+017F: pairs, uppercase first, shifted by one in U+0139–U+0148 and U+0179–U+017E.
    @inline(__always)
    private static func latinExtendedA(_ v: UInt32, _ s: Unicode.Scalar) -> Unicode.Scalar {
        switch v {
        case 0x130, 0x131, 0x138, 0x149, 0x17F: return slowLower(s)
        case 0x178: return "\u{FF}"
        case 0x139...0x148, 0x179...0x17E: return v & 1 == 1 ? scalar(v + 1, s) : s
        default: return v & 1 == 0 ? scalar(v + 1, s) : s
        }
    }

    static func slowLower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? (mapped.first ?? s) : s
    }

    /// The lowercased scalars of a simple text.
    static func lowerScalars(_ chars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = chars
        for i in out.indices { out[i] = lower(out[i]) }
        return out
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String { string(scalars[...]) }

    /// The string of `scalars`, encoded straight into the string's UTF-8 storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    /// `Character.isUppercase` of a one-scalar character.
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return Character(s).isUppercase
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isDashLike(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "–" || s == "—" }

    /// Whether `chars[at...]` starts with `word`, for scalars and for `Character`s alike.
    @inline(__always)
    static func matches<U: TextUnit>(_ chars: [U], _ at: Int, _ word: [U]) -> Bool {
        guard at >= 0, at + word.count <= chars.count else { return false }
        var k = 0
        while k < word.count {
            if chars[at + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `chars[..<end]` ends with `word`.
    @inline(__always)
    static func endsWith(_ chars: [Unicode.Scalar], _ end: Int, _ word: [Unicode.Scalar]) -> Bool {
        matches(chars, end - word.count, word)
    }

    /// The first index of `word` in `chars` from `from`.
    static func find(_ word: [Unicode.Scalar], in chars: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard let first = word.first, chars.count >= word.count else { return nil }
        var i = from
        let last = chars.count - word.count
        while i <= last {
            if chars[i] == first && matches(chars, i, word) { return i }
            i += 1
        }
        return nil
    }

    /// The first index of `word` inside `chars[range]`.
    static func find(_ word: [Unicode.Scalar], in chars: [Unicode.Scalar], within range: Range<Int>) -> Int? {
        guard let first = word.first else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - word.count
        while i <= last {
            if chars[i] == first && matches(chars, i, word) { return i }
            i += 1
        }
        return nil
    }

    /// `trimmed()` bounds of `chars[range]` (whitespace off both ends).
    @inline(__always)
    static func trim(_ chars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b, isWhitespace(chars[a]) { a += 1 }
        while b > a, isWhitespace(chars[b - 1]) { b -= 1 }
        return a..<b
    }

    static func array(_ word: String) -> [Unicode.Scalar] { Array(word.unicodeScalars) }
}
