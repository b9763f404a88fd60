import PlanModel

/// A non-blank line on its way through layout repair: its cleaned text, its source line
/// number, and whether a new printed page starts with it.
struct LayoutLine: Hashable, Sendable {
    var number: Int
    var text: String
    var pageStart: Bool
    var page: Int?
    var lowConfidenceWords: [WordConfidence]

    var sourceLine: SourceLine {
        SourceLine(number: number, text: text, page: page, lowConfidenceWords: lowConfidenceWords)
    }
}

/// Where printed pages start, read from the raw text.
///
/// `pdftotext`-style output marks a page start in two ways this reads: a form feed, and a
/// line that begins with whitespace right after a non-empty line (the extractor puts a blank
/// line after every printed line except at a page boundary, where the next page's first line
/// keeps the page's left margin as a space). Indented table cells follow a blank line and are
/// therefore not taken for page starts.
enum LayoutPages {
    /// The non-blank lines of `lines` with their page-start flags. `rawLines` are the same
    /// lines before normalisation (matched by line number).
    static func lines(_ lines: [SourceLine], rawLines: [SourceLine]) -> [LayoutLine] {
        // Normalizer keeps the lines in order, one for one: then no lookup is needed.
        let aligned = rawLines.count == lines.count && zip(rawLines, lines).allSatisfy { $0.number == $1.number }
        var raw: [Int: String] = [:]
        if !aligned { for line in rawLines { raw[line.number] = line.text } }
        var position = 0
        var result: [LayoutLine] = []
        result.reserveCapacity(lines.count / 2)
        var hard: [Bool] = []   // form feed or a new page number: certain
        var soft: [Bool] = []   // a leading space after a line: the pdftotext habit
        var pendingHard = false, pendingSoft = false
        var previousRawNonEmpty = false
        for line in lines {
            let rawText = aligned ? rawLines[position].text : (raw[line.number] ?? line.text)
            position += 1
            // A space, tab or no-break space (first byte 0xC2) is the first character only if its first scalar.
            let firstByte = rawText.utf8.first
            let startsWithSpace = (firstByte == 0x20 || firstByte == 0x09 || firstByte == 0xC2)
                && (rawText.first.map { $0 == " " || $0 == "\t" || $0 == "\u{A0}" } ?? false)
            var isHard = TextBytes.contains(rawText, 0x0C)
            if line.page != nil, let last = result.last, last.page != line.page { isHard = true }
            let isSoft = startsWithSpace && previousRawNonEmpty
            previousRawNonEmpty = !rawText.isEmpty
            let text = TextBytes.contains(line.text, 0x0C) ? cleaned(line.text) : line.text
            if text.isEmpty {
                pendingHard = pendingHard || isHard
                pendingSoft = pendingSoft || isSoft
                continue
            }
            result.append(LayoutLine(number: line.number, text: text, pageStart: false,
                                     page: line.page, lowConfidenceWords: line.lowConfidenceWords))
            hard.append(isHard || pendingHard)
            soft.append(isSoft || pendingSoft)
            pendingHard = false
            pendingSoft = false
        }
        // Indented text with no blank lines between (OCR, `pdftotext -layout`) starts every
        // other line with a space: leading spaces mark pages only when they are rare.
        let softCount = soft.filter { $0 }.count
        let trustSoft = softCount * 12 <= result.count
        for index in result.indices {
            result[index].pageStart = hard[index] || (trustSoft && soft[index])
        }
        return result
    }

    private static func cleaned(_ text: String) -> String {
        let parts = text.split(separator: "\u{0C}", omittingEmptySubsequences: true)
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
