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
