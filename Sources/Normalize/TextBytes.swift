#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level answers to `Character`-level questions on the hot path of normalisation, each
/// exactly what the `Character` code answers: where the bytes cannot tell (a combining mark
/// or another scalar that may join a grapheme), the `Character` code decides.
enum TextBytes {
    /// Whether `text` is certainly NFC without asking ICU: every scalar is ASCII, a Latin
    /// letter (U+00A0–U+024F, U+1E00–U+1EFF, Vietnamese included), general punctuation
    /// (U+2010–U+2027, U+2030–U+205E), an arrow or a mathematical operator (U+2190–U+22FF:
    /// "≥"; the precomposed negations are NFC), a shape or a dingbat (U+2500–U+27BF: "▪",
    /// "❖"). None of these decomposes to a singleton or composes with a neighbour, so such
    /// text is NFC. Other text may still be NFC; ICU decides.
    static func isCertainlyNFC(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                guard let (v, length) = scalar(bytes, i) else { return false }
                guard isPlainScalar(v) else { return false }
                i += length
            }
            return true
        }
        return answer ?? false
    }

    /// The scalar value and length of the two- or three-byte sequence at `i`; nil for others.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        let b = bytes[i]
        if b >= 0xC2 && b <= 0xDF, i + 1 < bytes.count {
            return (UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b >= 0xE0 && b <= 0xEF, i + 2 < bytes.count {
            return (UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return nil
    }

    /// Latin letters, general punctuation, arrows, operators, shapes, dingbats: single-scalar characters that never join a
    /// neighbour into one grapheme and are NFC.
    @inline(__always)
    static func isPlainScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2500...0x27BF: return true
        default: return false
        }
    }

    /// Whether the UTF-8 of `text` holds `byte` (an ASCII byte: it is never part of another scalar).
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? text.utf8.contains(byte)
    }

    /// `text.hasPrefix(prefix)` for an ASCII `prefix` without "K", ";" or "`" (the only ASCII
    /// characters other scalars are canonically equivalent to).
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            prefix.utf8.withContiguousStorageIfAvailable { p -> Bool? in
                guard bytes.count >= p.count else { return false }
                for k in 0..<p.count where bytes[k] != p[k] { return false }
                // The prefix's last character ends there unless a mark follows.
                if bytes.count == p.count || bytes[p.count] < 0x80 { return true }
                if let (v, _) = scalar(bytes, p.count), isPlainScalar(v) { return true }
                return nil
            } ?? nil
        } ?? nil
        return answer ?? text.hasPrefix(prefix)
    }

    /// `text.hasSuffix(suffix)` for an ASCII `suffix` without "K", ";" or "`".
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            suffix.utf8.withContiguousStorageIfAvailable { s -> Bool? in
                guard bytes.count >= s.count else { return false }
                let start = bytes.count - s.count
                for k in 0..<s.count where bytes[start + k] != s[k] { return false }
                // The suffix's first character starts there unless a prepended scalar precedes.
                if start == 0 || bytes[start - 1] < 0x80 { return true }
                var lead = start - 1
                while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                if let (v, _) = scalar(bytes, lead), isPlainScalar(v) { return true }
                return nil
            } ?? nil
        } ?? nil
        return answer ?? text.hasSuffix(suffix)
    }
}
