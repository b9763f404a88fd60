/// Removes page numbers and running headers and footers: lines in the top or bottom margin
/// that are a bare page number, or whose text (digits aside) repeats on many pages.
enum PageFurniture {
    /// Fraction of the page height, at the top and at the bottom, where furniture may sit.
    static let marginZone = 0.12

    static func remove(from pages: [LaidOutPage]) -> [LaidOutPage] {
        // Repetition: the digit-blind text of margin lines, counted once per page.
        var seen: [String: Int] = [:]
        for page in pages {
            var keys = Set<String>()
            for line in marginLines(of: page) { keys.insert(repetitionKey(line.text)) }
            for key in keys where !key.isEmpty { seen[key, default: 0] += 1 }
        }
        let repeatThreshold = max(2, (pages.count + 1) / 2)
        return pages.map { page in
            let margins = marginLines(of: page)
            let repeated = Set(margins.filter { line in
                pages.count >= 2 && (seen[repetitionKey(line.text)] ?? 0) >= repeatThreshold
            }.map { LineKey($0) })
            // A page number may share its height only with running text ("http://… 2/5").
            let others = page.blocks.flatMap(\.lines).filter { !repeated.contains(LineKey($0)) }
            var furniture = repeated
            for line in margins where isPageNumber(line.text) && standsAlone(line, among: others) {
                furniture.insert(LineKey(line))
            }
            var copy = page
            copy.blocks = page.blocks.map { block in
                PageBlock(lines: block.lines.filter { !furniture.contains(LineKey($0)) })
            }.filter { !$0.lines.isEmpty }
            return copy
        }
    }

    /// Lines whose box lies in the top or bottom margin zone and that have no body line
    /// between them and the page's edge.
    static func marginLines(of page: LaidOutPage) -> [PageLine] {
        let lines = page.blocks.flatMap(\.lines).filter { !$0.words.isEmpty }
        guard !lines.isEmpty, page.height > 0 else { return [] }
        let top = page.height * marginZone, bottom = page.height * (1 - marginZone)
        // Furniture stands apart from the body: a clear gap to the nearest line on the body's side
        // (a table's header row repeated at the top of a page does not).
        return lines.filter { line in
            let height = max(line.y1 - line.y0, 1)
            if line.y1 <= top {
                let below = lines.filter { $0.y0 >= line.y1 - 0.25 * height }.map(\.y0).min()
                return below.map { $0 - line.y1 >= 0.8 * height } ?? true
            }
            if line.y0 >= bottom {
                let above = lines.filter { $0.y1 <= line.y0 + 0.25 * height }.map(\.y1).max()
                return above.map { line.y0 - $0 >= 0.8 * height } ?? true
            }
            return false
        }
    }

    /// "12", "- 12 -", "Trang 12", "12/30".
    static func isPageNumber(_ text: String) -> Bool {
        var s = Substring(text.lowercased())
        s = s.drop { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" }
        while let last = s.last, last == " " || last == "-" || last == "–" || last == "—" { s.removeLast() }
        if s.hasPrefix("trang") { s = s.dropFirst(5).drop { $0 == " " } }
        guard !s.isEmpty, s.count <= 9 else { return false }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// True when no other line on the page shares the line's height band.
    static func standsAlone(_ line: PageLine, among lines: [PageLine]) -> Bool {
        let key = LineKey(line)
        return !lines.contains { other in
            LineKey(other) != key && other.y0 < line.y1 && other.y1 > line.y0
        }
    }

    static func repetitionKey(_ text: String) -> String {
        var out = ""
        var lastWasSpace = true
        for c in text.lowercased() {
            if c.isNumber { continue }
            if c.isWhitespace { if !lastWasSpace { out.append(" ") }; lastWasSpace = true; continue }
            out.append(c); lastWasSpace = false
        }
        if out.last == " " { out.removeLast() }
        // A bare number ("3") must not count as a repeated header: it is handled as a page number.
        return out.allSatisfy { "-–—/ ".contains($0) } ? "" : out
    }

    /// Identity of a line on a page: its box and text.
    struct LineKey: Hashable {
        var x0: Double, y0: Double, x1: Double, y1: Double
        var text: String
        init(_ line: PageLine) { x0 = line.x0; y0 = line.y0; x1 = line.x1; y1 = line.y1; text = line.text }
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
