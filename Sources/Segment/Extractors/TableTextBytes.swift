#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte- and scalar-level helpers for the table and stated-count extractors, so that their hot
/// paths avoid `Character` iteration, `lowercased()` and per-call allocations.
///
/// The fast paths are exact only on *simple* text: every scalar is its own grapheme cluster,
/// NFC-stable and canonically equivalent to no other scalar (ASCII and Latin up to U+02FF
/// without CR, Latin Extended Additional — all precomposed Vietnamese — and common
/// punctuation, arrows and symbols). On simple text a `Character` is one scalar and two
/// characters are equal exactly when their scalars are, so scalar code gives the results the
/// `Character` code gives. Callers keep the `Character` code for any other text.
enum TableTextBytes {
    /// Whether a scalar keeps simple text simple (see the type's note; checked by a test).
    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        if v < 0x300 { return v != 0x0D }
        switch v {
        case 0x1E00...0x1EFF, 0x2002...0x200A, 0x2010...0x2027, 0x2030...0x205E,
             0x2190...0x2328, 0x232B...0x23FF, 0x2460...0x27BF:
            return true
        default:
            return false
        }
    }

    /// Whether every scalar of `text` is simple.
    static func isSimple(_ text: String) -> Bool {
        for s in text.unicodeScalars where !isSimple(s.value) { return false }
        return true
    }

    /// Whether `bytes` (UTF-8) hold only simple scalars.
    static func isSimple(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return false }
                i += 1
                continue
            }
            let (v, len) = decode(bytes, i)
            if !isSimple(v) { return false }
            i += len
        }
        return true
    }

    /// The scalar value starting at `i` (valid UTF-8) and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: [UInt8], _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }

    // MARK: lowercasing

    /// Single-scalar lowercase mappings of U+0080…U+024F and U+1E00…U+1EFF (0: the mapping is
    /// not one scalar), taken from the Unicode data `String.lowercased()` uses.
    private static let lowerLatin: [UInt32] = (0x80..<0x250).map(singleLower)
    private static let lowerExtended: [UInt32] = (0x1E00..<0x1F00).map(singleLower)

    private static func singleLower(_ v: Int) -> UInt32 {
        guard let s = Unicode.Scalar(UInt32(v)) else { return 0 }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first?.value ?? 0 : 0
    }

    /// Appends the UTF-8 of `text.lowercased()` to `out`: `String.lowercased()` maps scalar by
    /// scalar (`Unicode.Scalar.Properties.lowercaseMapping`), and so does this.
    static func appendLowercased(_ text: String, to out: inout [UInt8]) {
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
                continue
            }
            var mapped: UInt32 = 0
            if v < 0x250 { mapped = lowerLatin[Int(v) - 0x80] } else if v >= 0x1E00 && v < 0x1F00 { mapped = lowerExtended[Int(v) - 0x1E00] }
            if mapped != 0, let m = Unicode.Scalar(mapped) {
                appendUTF8(m, to: &out)
            } else {
                out.append(contentsOf: s.properties.lowercaseMapping.utf8)
            }
        }
    }

    /// Appends the lowercase mapping of the non-ASCII scalar `v`, whose UTF-8 is
    /// `bytes[at..<at + length]` (see `appendLowercased(_:to:)`).
    @inline(__always)
    static func appendLowercased(value v: UInt32, bytes: UnsafeBufferPointer<UInt8>, at: Int, length: Int,
                                 to out: inout [UInt8]) {
        var mapped: UInt32 = 0
        if v < 0x250 { mapped = lowerLatin[Int(v) - 0x80] } else if v >= 0x1E00 && v < 0x1F00 { mapped = lowerExtended[Int(v) - 0x1E00] }
        if mapped == v {
            for k in at..<(at + length) { out.append(bytes[k]) }
        } else if mapped != 0, let m = Unicode.Scalar(mapped) {
            appendUTF8(m, to: &out)
        } else if let s = Unicode.Scalar(v) {
            out.append(contentsOf: s.properties.lowercaseMapping.utf8)
        }
    }

    /// The UTF-8 of `text.lowercased()`.
    static func lowercased(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        appendLowercased(text, to: &out)
        return out
    }

    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    // MARK: searching

    /// Whether `needle` occurs in `haystack` starting at `at`.
    @inline(__always)
    static func matches(_ haystack: [UInt8], _ at: Int, _ needle: [UInt8]) -> Bool {
        guard at >= 0, at + needle.count <= haystack.count else { return false }
        var k = 0
        while k < needle.count {
            if haystack[at + k] != needle[k] { return false }
            k += 1
        }
        return true
    }

    /// The offset of the first `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard let first = needle.first else { return from }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, matches(haystack, i, needle) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` (UTF-8) occurs in `text`'s UTF-8: `TextSearch.contains` with the
    /// needle's bytes made once.
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ h -> Bool in
            guard let first = needle.first else { return true }
            let n = needle.count
            guard h.count >= n, let base = h.baseAddress else { return false }
            // Each candidate start found by memchr, the rest compared in place.
            var i = 0
            let last = h.count - n
            while i <= last {
                guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var k = 1
                while k < n, h[i + k] == needle[k] { k += 1 }
                if k == n { return true }
                i += 1
            }
            return false
        }) { return found }
        return find(needle, in: Array(text.utf8)) != nil
    }

    /// `Unicode.Scalar.Properties.isWhitespace`, ASCII answered directly (tab to carriage
    /// return and space are White_Space).
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    /// `String.trimmed()` without building a new string when there is nothing to trim: the
    /// first character's whitespace property is its first scalar's; the last character is
    /// its last scalar alone when that scalar is simple and not a line feed.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              !isWhitespace(first), last.value != 0x0A, isSimple(last.value),
              !isWhitespace(last) else { return text.trimmed() }
        return text
    }
}
