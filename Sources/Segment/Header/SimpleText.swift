/// Text that byte-level scanners may read in place of `Character`-level code (Swift Regex,
/// `split`, `==`) with the same results.
///
/// Simple text holds only printable ASCII, tabs, Latin letters (U+00A0–U+024F, U+1E00–U+1EFF,
/// which cover Vietnamese; not the superscript digits and fractions, which Regex's `\d`
/// matches) and general punctuation (U+2010–U+2027, U+2030–U+205E). In it every
/// Unicode scalar is a `Character` of its own (no combining marks, joiners, prepends or line
/// breaks) and the text is NFC, so comparing characters is comparing bytes. Anything else
/// takes the general (`Character`) path.
enum SimpleText {
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b < 0x20 && b != 0x09) || b == 0x7F { return false }
                i += 1
                continue
            }
            let v: UInt32
            if b >= 0xC2 && b <= 0xDF, i + 1 < n {
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b >= 0xE0 && b <= 0xEF, i + 2 < n {
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            switch v {
            case 0xB2, 0xB3, 0xB9, 0xBC...0xBE: return false   // ² ³ ¹ ¼ ½ ¾: numbers to `\d`
            case 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: continue
            default: return false
            }
        }
        return true
    }

    /// Runs `body` on the UTF-8 bytes of `text` when the text is simple; nil otherwise.
    static func withSimpleBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let result: R?? = text.utf8.withContiguousStorageIfAvailable { bytes -> R? in
            isSimple(bytes) ? body(bytes) : nil
        }
        return result ?? nil
    }

    /// The index of `text` at UTF-8 offset `offset` (a scalar boundary).
    static func index(_ text: String, _ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// The length in bytes of the scalar that starts with byte `b` (simple text: at most 3).
    static func scalarLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The length of the whitespace scalar (`\s`: tab, space, no-break space) at `i`, or 0.
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        let b = bytes[i]
        if b == 0x20 || b == 0x09 { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        return 0
    }

    /// The offset after a run of whitespace starting at `i`.
    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var i = i
        while true {
            let w = whitespaceLength(bytes, i)
            if w == 0 { return i }
            i += w
        }
    }

    /// Whether the bytes at `i` are `literal`.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ literal: [UInt8]) -> Bool {
        guard i >= 0, i + literal.count <= bytes.count else { return false }
        for k in 0..<literal.count where bytes[i + k] != literal[k] { return false }
        return true
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
