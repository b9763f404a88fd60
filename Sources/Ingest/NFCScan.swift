/// A byte scan that tells text which is certainly NFC, so that ICU (and its UTF-16 copy of the
/// text) is asked only about the rest.
enum NFCScan {
    /// Every scalar is ASCII, a Latin letter (U+00A0–U+024F, U+1E00–U+1EFF, Vietnamese
    /// included), general punctuation (U+2010–U+2027, U+2030–U+205E), an arrow or a
    /// mathematical operator (U+2190–U+22FF: "≥"; the precomposed negations are NFC), a shape
    /// or a dingbat (U+2500–U+27BF: "▪", "❖"): none of these decomposes to a singleton or
    /// composes with a neighbour, so the text is NFC. `bytes` must be valid UTF-8.
    static func isCertainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let v: UInt32
            if b <= 0xDF, i + 1 < n {
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b <= 0xEF, i + 2 < n {
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            switch v {
            case 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2500...0x27BF: continue
            default: return false
            }
        }
        return true
    }

    /// `ICU.nfc(text)`, without ICU when the scan answers.
    static func nfc(_ text: String, icu: (String) -> String) -> String {
        let certain = text.utf8.withContiguousStorageIfAvailable(isCertainlyNFC) ?? false
        return certain ? text : icu(text)
    }
}
