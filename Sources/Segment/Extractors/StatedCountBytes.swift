/// Byte-level shortcuts for `StatedCountCheckerImpl`, exact on simple text (`TableTextBytes`)
/// and declining (nil / true) on any other, where the checker keeps its `Character` code.
enum StatedCountBytes {
    private static let nounBytes = StatedCountCheckerImpl.nouns.map { Array($0.utf8) }

    /// Whether `text` has an ASCII digit.
    static func hasDigit(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            for x in b where x >= 0x30 && x <= 0x39 { return true }
            return false
        }) { return found }
        return text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// False only when `text` (simple) holds no run of one to three ASCII digits followed by a
    /// space and, lowercased, one of the nouns: a statement needs one, whatever sentence it is in.
    static func mayStateCount(_ text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ mayStateCount($0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { mayStateCount($0) }
    }

    private static func mayStateCount(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { i += 1; continue }
            var j = i
            while j < n, b[j] >= 0x30 && b[j] <= 0x39 { j += 1 }
            if j - i <= 3, j < n, b[j] == 0x20 {
                switch nounFollows(b, j + 1) {
                case .some(true): return true
                case .none: return true   // not simple: undecided
                case .some(false): break
                }
            }
            i = j
        }
        // The digit runs were found on bytes; anything else must be simple for the answer to hold.
        return !isSimple(b)
    }

    private static func isSimple(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let (v, len) = decode(b, i)
            if v == 0x0D || !TableTextBytes.isSimple(v) { return false }
            i += len
        }
        return true
    }

    /// Whether the text lowercased from `start` begins with a noun; nil when a scalar there is
    /// not simple or does not lowercase to one simple scalar.
    private static func nounFollows(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool? {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(32)
        var i = start
        // The longest noun is 24 bytes; one scalar more is plenty.
        while i < b.count, lowered.count < 28 {
            let (v, len) = decode(b, i)
            guard TableTextBytes.isSimple(v), let s = Unicode.Scalar(v) else { return nil }
            if v < 0x80 {
                lowered.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
            } else {
                let mapped = s.properties.lowercaseMapping.unicodeScalars
                guard mapped.count == 1, let m = mapped.first, TableTextBytes.isSimple(m.value) else { return nil }
                TableTextBytes.appendUTF8(m, to: &lowered)
            }
            i += len
        }
        for noun in nounBytes where lowered.count >= noun.count {
            if lowered.starts(with: noun) { return true }
        }
        return false
    }

    @inline(__always)
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 { return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3) }
        return (((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                | (UInt32(b[i + 3]) & 0x3F), 4)
    }

    // MARK: tones

    /// Old tone placement made new on simple text: the pairs `oá` → `óa` … `uỵ` → `ụy` of
    /// `StatedCountCheckerImpl.normalizeTones`, replaced in one pass (no pair overlaps another
    /// and no replacement forms a pair, so this equals replacing them one pattern at a time).
    /// Nil when the text is not simple.
    static func normalizeTones(_ text: String) -> String? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var marked = false
        for s in text.unicodeScalars {
            guard TableTextBytes.isSimple(s.value) else { return nil }
            if oldMark(s.value) != nil { marked = true }
            scalars.append(s)
        }
        guard marked else { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if (s == "o" || s == "u"), i + 1 < scalars.count, let mark = oldMark(scalars[i + 1].value),
               (s == "o") == (mark.vowel == "o") {
                out.append(mark.moved)
                out.append(mark.base)
                i += 2
                continue
            }
            out.append(s)
            i += 1
        }
        return String(out)
    }

    /// `á` after `o`: `ó` + `a`, and so on (the pairs of `normalizeTones`); `vowel` is the
    /// letter before it in the old placement.
    private static func oldMark(_ v: UInt32) -> (vowel: Unicode.Scalar, moved: Unicode.Scalar, base: Unicode.Scalar)? {
        switch v {
        case 0xE1: return ("o", "ó", "a")   // oá → óa
        case 0xE0: return ("o", "ò", "a")   // oà → òa
        case 0x1EA3: return ("o", "ỏ", "a") // oả → ỏa
        case 0xE3: return ("o", "õ", "a")   // oã → õa
        case 0x1EA1: return ("o", "ọ", "a") // oạ → ọa
        case 0xE9: return ("o", "ó", "e")   // oé → óe
        case 0xE8: return ("o", "ò", "e")   // oè → òe
        case 0x1EBB: return ("o", "ỏ", "e") // oẻ → ỏe
        case 0x1EBD: return ("o", "õ", "e") // oẽ → õe
        case 0x1EB9: return ("o", "ọ", "e") // oẹ → ọe
        case 0xFD: return ("u", "ú", "y")   // uý → úy
        case 0x1EF3: return ("u", "ù", "y") // uỳ → ùy
        case 0x1EF7: return ("u", "ủ", "y") // uỷ → ủy
        case 0x1EF9: return ("u", "ũ", "y") // uỹ → ũy
        case 0x1EF5: return ("u", "ụ", "y") // uỵ → ụy
        default: return nil
        }
    }
}
