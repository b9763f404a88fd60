/// A rough printed width of a line, in ems of a proportional serif font (Times New Roman,
/// the font of administrative documents). Capitals are about half again as wide as small
/// letters, so an upper-case heading wraps after fewer characters than body text: counting
/// characters would take it for a short line.
enum LayoutTextWidth {
    /// - Complexity: O(n) in the scalars of `text`; Vietnamese letters are classed from
    ///   their code points, not from Unicode property tables.
    static func width(_ text: String) -> Double {
        // The same sums in the same order, with the scalars decoded from the bytes.
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Double in
            var total = 0.0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                var v = UInt32(b)
                if b < 0x80 {
                    i += 1
                } else if b < 0xE0 {
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                total += width(of: v)
            }
            return total
        }
        if let fast { return fast }
        var total = 0.0
        for scalar in text.unicodeScalars {
            total += width(of: scalar.value)
        }
        return total
    }

    static func width(of v: UInt32) -> Double {
        switch v {
        case 0x20: return 0.25
        case 0x41...0x5A: return 0.70                      // A-Z
        case 0x61...0x7A: return 0.46                      // a-z
        case 0x30...0x39: return 0.50                      // 0-9
        case 0x300...0x36F: return 0                       // combining marks (text is NFC)
        case 0xC0...0xDE where v != 0xD7: return 0.70      // À … Þ
        case 0xDF...0xFF where v != 0xF7: return 0.46      // ß … ÿ
        case 0x1A0, 0x1AF: return 0.70                     // Ơ Ư
        case 0x1A1, 0x1B0: return 0.46                     // ơ ư
        case 0x100...0x17F, 0x1EA0...0x1EF9:               // Ă Đ Ĩ Ũ …, Ạ … ỹ: capitals even
            return v % 2 == 0 ? 0.70 : 0.46
        case 0x1E00...0x1E9F:
            return v % 2 == 0 ? 0.70 : 0.46
        default:
            return v < 0x80 ? 0.33 : 0.46
        }
    }

    /// The measure (full line width) of a text: the 90th percentile of its line widths.
    static func measure(_ widths: [Double]) -> Double {
        guard !widths.isEmpty else { return 1 }
        let sorted = widths.sorted()
        let index = min(sorted.count - 1, Int(Double(sorted.count) * 0.9))
        return max(sorted[index], 1)
    }
}
