/// Substring search on UTF-8 bytes. The standard library's `String.contains(_:)` and
/// `firstRange(of:)` go through the generic string-processing searcher, far slower than a
/// byte loop; the extractors search short ASCII-or-NFC needles in NFC text, where a byte
/// match is a character match.
enum TextSearch {
    /// The UTF-8 offset of the first `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        guard !needle.utf8.isEmpty else { return 0 }
        var text = text, needle = needle
        return text.withUTF8 { h in needle.withUTF8 { n in search(h, n) } }
    }

    static func contains(_ text: String, _ needle: String) -> Bool { offset(of: needle, in: text) != nil }

    /// Needles for `containsAny`: their UTF-8 bytes and the set of their first bytes.
    struct Needles: Sendable {
        let bytes: [[UInt8]]
        let firstBytes: (UInt64, UInt64, UInt64, UInt64)

        init(_ needles: [String]) {
            bytes = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
            var mask: [UInt64] = [0, 0, 0, 0]
            for n in bytes { mask[Int(n[0] >> 6)] |= 1 << UInt64(n[0] & 63) }
            firstBytes = (mask[0], mask[1], mask[2], mask[3])
        }

        @inline(__always)
        func mayStart(_ b: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: return firstBytes.0 & bit != 0
            case 1: return firstBytes.1 & bit != 0
            case 2: return firstBytes.2 & bit != 0
            default: return firstBytes.3 & bit != 0
            }
        }
    }

    /// Whether `text` holds any of `needles`, in one pass over its bytes.
    static func containsAny(_ text: String, _ needles: Needles) -> Bool {
        var text = text
        return text.withUTF8 { h in
            var i = 0
            while i < h.count {
                if needles.mayStart(h[i]) {
                    for n in needles.bytes where n[0] == h[i] && i + n.count <= h.count {
                        var k = 1
                        while k < n.count, h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// The range of the first `needle` in `text`, as string indices.
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        guard let start = offset(of: needle, in: text) else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        let upper = text.utf8.index(lower, offsetBy: needle.utf8.count)
        return lower..<upper
    }

    private static func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? {
        guard h.count >= n.count, let first = n.first else { return nil }
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
