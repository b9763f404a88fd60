/// Substring search on UTF-8 bytes. The standard library's `String.contains(_:)` and
/// `firstRange(of:)` go through the generic string-processing searcher, far slower than a
/// byte loop; the extractors search short ASCII-or-NFC needles in NFC text, where a byte
/// match is a character match.
enum TextSearch {
    /// The UTF-8 offset of the first `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        var result: Int?
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return 0 }
        let found = text.utf8.withContiguousStorageIfAvailable { h -> Int? in search(h, n) }
        if let found { result = found } else { result = search(Array(text.utf8), n) }
        return result
    }

    static func contains(_ text: String, _ needle: String) -> Bool { offset(of: needle, in: text) != nil }

    /// The range of the first `needle` in `text`, as string indices.
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        guard let start = offset(of: needle, in: text) else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        let upper = text.utf8.index(lower, offsetBy: needle.utf8.count)
        return lower..<upper
    }

    private static func search<C: RandomAccessCollection>(_ h: C, _ n: [UInt8]) -> Int? where C.Element == UInt8, C.Index == Int {
        guard h.count >= n.count else { return nil }
        let first = n[0]
        var i = h.startIndex
        let last = h.endIndex - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return i - h.startIndex }
            }
            i += 1
        }
        return nil
    }
}
