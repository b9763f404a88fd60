/// Page furniture: page numbers and running headers or footers, found from page starts.
enum LayoutFurniture {
    /// Indices into `lines` of page numbers and running headers/footers.
    static func find(_ lines: [LayoutLine]) -> Set<Int> {
        var drop = pageNumbers(lines)
        drop.formUnion(runningHeaders(lines, ignoring: drop))
        drop.formUnion(runningFooters(lines, ignoring: drop))
        return drop
    }

    // MARK: Page numbers

    /// A page number is a number alone on a line ("12", "- 12 -", "Trang 12") at a page
    /// boundary: the first line of a page or the last before one. Plausibly sequential: not
    /// above the page count (plus a margin for a cover page) and increasing through the text.
    /// Table row numbers, alone on a line inside a linearised table, are not at boundaries.
    static func pageNumbers(_ lines: [LayoutLine]) -> Set<Int> {
        let pageCount = pageStarts(lines) + 1
        var result = Set<Int>()
        var last = 0
        for (index, line) in lines.enumerated() {
            guard let value = pageNumberValue(line.text) else { continue }
            let nextStartsPage = index + 1 < lines.count && lines[index + 1].pageStart
            let atBoundary = line.pageStart || nextStartsPage
            guard atBoundary, value >= 1, value <= pageCount + 5, value > last else { continue }
            result.insert(index)
            last = value
        }
        return result
    }

    /// How many lines start a page (counted without copying the lines).
    static func pageStarts(_ lines: [LayoutLine]) -> Int {
        var count = 0
        for index in lines.indices where lines[index].pageStart { count += 1 }
        return count
    }

    static func pageNumberValue(_ text: String) -> Int? {
        guard text.utf8.count <= 12, mayBePageNumber(text.utf8) else { return nil }
        if let answer = asciiPageNumberValue(text) { return answer }
        return pageNumberValueByCharacters(text)
    }

    /// `pageNumberValue` of ASCII text, on its bytes (each a Character but for CR LF, which
    /// is no digit either way): `.some(value)`; nil when the text is not ASCII.
    static func asciiPageNumberValue(_ text: String) -> Int?? {
        let answer = text.utf8.withContiguousStorageIfAvailable { raw -> Int?? in
            guard raw.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0, end = raw.count
            // "trang " in any case.
            let trang: StaticString = "trang "
            if end >= 6, (0..<6).allSatisfy({ k in
                (raw[k] | (raw[k] >= 0x41 && raw[k] <= 0x5A ? 0x20 : 0)) == trang.utf8Start[k] }) {
                start = 6
            }
            while start < end, raw[start] == 0x20 || raw[start] == 0x2D { start += 1 }
            while end > start, raw[end - 1] == 0x20 || raw[end - 1] == 0x2D { end -= 1 }
            guard (1...3).contains(end - start) else { return .some(nil) }
            var value = 0
            for k in start..<end {
                guard raw[k] >= 0x30 && raw[k] <= 0x39 else { return .some(nil) }
                value = value * 10 + Int(raw[k] - 0x30)
            }
            return .some(value)
        }
        return answer ?? nil
    }

    /// `pageNumberValue` on Characters (any text).
    static func pageNumberValueByCharacters(_ text: String) -> Int? {
        var core = Substring(text)
        if core.lowercased().hasPrefix("trang ") { core = core.dropFirst(6) }
        core = core.trimmingCharacters(" -–")
        guard (1...3).contains(core.count), core.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(core)
    }

    /// Whether `pageNumberValue` could find a number: an ASCII digit, and no non-ASCII
    /// scalar but "–" (any other leaves a non-digit in the core).
    private static func mayBePageNumber(_ utf8: String.UTF8View) -> Bool {
        var digit = false
        var iterator = utf8.makeIterator()
        while let b = iterator.next() {
            if b >= 0x30 && b <= 0x39 { digit = true; continue }
            if b < 0x80 { continue }
            guard b == 0xE2, iterator.next() == 0x80, iterator.next() == 0x93 else { return false }
        }
        return digit
    }

    // MARK: Running headers and footers

    /// A short line that starts two or more pages is a running header: every occurrence at a
    /// page start goes. A table header that a PDF repeats at the top of each page of a table
    /// ("STT Tên công trình…", "Nguồn", "vốn", … the same lines after every occurrence) is not
    /// page furniture: it stays, and tells the appendix parser where the table's pages break.
    static func runningHeaders(_ lines: [LayoutLine], ignoring: Set<Int>) -> Set<Int> {
        var starts: [String: [Int]] = [:]
        for (start, line) in lines.enumerated() where line.pageStart {
            // The page's first line after a page number at its top.
            var index = start
            while index < lines.count, ignoring.contains(index) { index += 1 }
            guard index < lines.count, index == start || !lines[index].pageStart,
                  isFurnitureCandidate(lines[index].text) else { continue }
            starts[lines[index].text, default: []].append(index)
        }
        var result = Set<Int>()
        for (text, indices) in starts where indices.count >= 2 {
            guard let first = lines.firstIndex(where: { $0.text == text }) else { continue }
            let template = Array(lines[(first + 1)..<min(lines.count, first + 13)].map(\.text))
            if repeatsBlock(at: first, template, lines, indices) { continue }
            result.formUnion(indices)
        }
        return result
    }

    /// Whether the lines after the other occurrences repeat the lines after the first one.
    private static func repeatsBlock(at first: Int, _ template: [String], _ lines: [LayoutLine], _ indices: [Int]) -> Bool {
        guard let followerText = template.first else { return false }
        return indices.contains { $0 != first && $0 + 1 < lines.count && lines[$0 + 1].text == followerText }
    }

    /// The same short line closing three or more pages, and at least half of them, is a running footer.
    static func runningFooters(_ lines: [LayoutLine], ignoring: Set<Int>) -> Set<Int> {
        var ends: [String: [Int]] = [:]
        for index in lines.indices where index + 1 < lines.count && lines[index + 1].pageStart {
            var k = index
            while k >= 0, ignoring.contains(k) { k -= 1 }
            guard k >= 0, isFurnitureCandidate(lines[k].text) else { continue }
            ends[lines[k].text, default: []].append(k)
        }
        // Table cells end pages too ("2030", "quan"): a footer closes most pages.
        let pageCount = pageStarts(lines)
        var result = Set<Int>()
        for (_, indices) in ends where indices.count >= 3 && indices.count * 2 >= pageCount { result.formUnion(indices) }
        return result
    }

    /// Short words, not a bullet or a numbered heading, not a number (page numbers and
    /// table cells like "2030" are not running headers).
    static func isFurnitureCandidate(_ text: String) -> Bool {
        // At most 100 bytes is at most 100 Characters; longer text is counted up to 101.
        guard text.utf8.count <= 100 || text.dropFirst(100).isEmpty, let first = text.first,
              text.contains(where: \.isLetter) else { return false }
        if LayoutMarkers.bullets.contains(first) { return false }
        if LayoutMarkers.marker(text) != nil { return false }
        return pageNumberValue(text) == nil
    }
}

extension StringProtocol {
    func trimmingCharacters(_ set: String) -> Substring {
        var s = self[...]
        while let f = s.first, f == " " || set.contains(f) { s = s.dropFirst() }
        while let l = s.last, l == " " || set.contains(l) { s = s.dropLast() }
        return Substring(s)
    }
}
