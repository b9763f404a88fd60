import PlanModel

/// Whether a table row's words are all in the other side's appendix text, where one side was
/// OCR'd (loose mode). OCR reads a linearised table scrambled: rows merged or split, cells
/// run together, page headers repeated, a whole table read as its header. Row by row, the
/// words then no longer line up, but a row still finds its words near one place of the other
/// side's text.
///
/// A row is covered when, in a window of the other text around the place most of its words
/// point to (`anchor`):
/// - every number of the row (its number cell aside) is there with a neighbour of its row
///   beside it (a changed number, 15 → 17, is never covered, even when a 17 stands elsewhere);
///   a comparison sign before a number is read as OCR reads it, a "2" ("≥ 15" → "215");
/// - at most `maximumMissingShare` of its words are missing, a word counting as there when
///   equal, misread within `OCRNoise.wordNoise`, or run into a longer word.
struct OCRRowCoverage {
    static let maximumMissingShare = 0.2
    /// Words looked for around the anchor: this many before and after the row's own length.
    static let slack = 12

    let comparison: ComparisonText
    private let other: [String]
    private let positions: [String: [Int]]

    /// `appendix`: the other side's appendix (its tables' headers and rows, and its text).
    init(comparison: ComparisonText, appendix: Appendix) {
        self.comparison = comparison
        var texts: [String] = []
        for table in appendix.tables {
            texts += table.columns
            for row in table.rows { texts += row.cells }
        }
        texts += appendix.blocks.filter { $0.kind != .table }.map(\.text)
        let tokens = Self.read(texts.flatMap { comparison.tokens($0) })
        other = tokens
        var positions: [String: [Int]] = [:]
        for (p, token) in tokens.enumerated() { positions[token, default: []].append(p) }
        self.positions = positions
    }

    /// Tokens as OCR reads them: junk signs inside words dropped, a comparison sign and the
    /// number after it one token "2…", separators and punctuation dropped.
    static func read(_ tokens: [String]) -> [String] {
        var result: [String] = []
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            if ["≥", ">", "≤", "<", "="].contains(token), k + 1 < tokens.count, OCRNoise.hasDigit(tokens[k + 1]) {
                result.append("2" + tokens[k + 1])
                k += 2
                continue
            }
            if OCRNoise.isWord(token) { result.append(OCRNoise.symbolAsLetter(token)) }
            k += 1
        }
        return result
    }

    /// Whether the row's content (its number cell aside) is in the other side's text.
    func covers(_ row: TableRow) -> Bool {
        let tokens = Self.read(row.cells.dropFirst().flatMap { comparison.tokens($0) })
        guard !tokens.isEmpty else { return true }
        guard let anchor = anchor(tokens) else { return false }
        let lower = max(0, anchor - Self.slack), upper = min(other.count, anchor + tokens.count + Self.slack)
        guard lower < upper else { return false }
        let window = other[lower..<upper]
        let windowWords = Set(window)
        var missing = 0, words = 0
        for (k, token) in tokens.enumerated() {
            if Self.isNumber(token) {
                guard numberFound(k, tokens, in: lower..<upper) else { return false }
                continue
            }
            words += 1
            if !wordFound(token, windowWords) { missing += 1 }
        }
        return Double(missing) <= Self.maximumMissingShare * Double(words)
    }

    /// Where in the other text the row most likely starts: the start most of its words'
    /// occurrences agree on (each word votes once per occurrence, frequent words aside).
    private func anchor(_ tokens: [String]) -> Int? {
        var votes: [Int: Int] = [:]
        for (k, token) in tokens.enumerated() {
            guard let list = positions[token], list.count <= 40 else { continue }
            for p in list { votes[p - k, default: 0] += 1 }
        }
        // Neighbouring starts (a word lost or split) pool their votes.
        var best: (start: Int, votes: Int)?
        for start in votes.keys {
            var total = 0
            for d in -3...3 { total += votes[start + d] ?? 0 }
            if best.map({ total > $0.votes || (total == $0.votes && start < $0.start) }) ?? true {
                best = (start, total)
            }
        }
        guard let best, best.votes >= 2 || tokens.count == 1 else { return nil }
        return best.start
    }

    /// A number of the row at index `k` stands in the window beside one of its row
    /// neighbours (or alone when the row has no other token).
    private func numberFound(_ k: Int, _ tokens: [String], in range: Range<Int>) -> Bool {
        let number = tokens[k]
        let before = k > 0 ? tokens[k - 1] : nil, after = k + 1 < tokens.count ? tokens[k + 1] : nil
        for p in positions[number] ?? [] where range.contains(p) {
            if before == nil && after == nil { return true }
            if let before, p > 0, near(other[p - 1], before) { return true }
            if let after, p + 1 < other.count, near(other[p + 1], after) { return true }
        }
        return false
    }

    /// A number ("15", "2030", "25m"), as opposed to a word with a digit OCR made of a
    /// letter ("d6i", "tecd6ting"): at least as many digits as letters.
    static func isNumber(_ token: String) -> Bool {
        let digits = token.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        return digits > 0 && digits * 2 >= token.unicodeScalars.count
    }

    private func near(_ a: String, _ b: String) -> Bool {
        a == b || (!Self.isNumber(a) && !Self.isNumber(b) && OCRNoise.wordNoise(a, b))
    }

    private func wordFound(_ word: String, _ window: Set<String>) -> Bool {
        if window.contains(word) { return true }
        for candidate in window {
            if !OCRNoise.hasDigit(candidate), !OCRNoise.hasDigit(word), OCRNoise.wordNoise(word, candidate) { return true }
            if word.count >= 2, candidate.count > word.count + 2, candidate.contains(word) { return true }
        }
        return false
    }
}
