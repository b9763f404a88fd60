import PlanModel

/// Layout repair joins a printed line to the paragraph above it unless the line opens with a
/// marker it knows; in OCR'd text it does not know "Ill.", "Iv.", "lL" and joins a Roman
/// heading to the last point of the section before ("… mức 2. Ill. NHIỆM VỤ TRỌNG TÂM").
/// In repaired text, a paragraph is split again before a line that opens a Roman heading in
/// capitals, as printed or as OCR prints it (`OCRRoman`), the numbering context then deciding
/// whether it is a heading (`OCRRomanReadings`); and before a line that opens the closing
/// ("Noinhan:", "TM. ỦY BAN NHÂN DÂN"), which the joiner only knows as printed.
enum OCRHeadingLines {
    static func split(_ paragraphs: [Paragraph], lines: [SourceLine]) -> [Paragraph] {
        var lineTexts: [Int: String] = [:]
        for line in lines { lineTexts[line.number] = line.text }
        var result: [Paragraph] = []
        result.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            guard paragraph.cells == nil, paragraph.lines.last > paragraph.lines.first else {
                result.append(paragraph)
                continue
            }
            var current = paragraph
            for number in (paragraph.lines.first + 1)...paragraph.lines.last {
                guard let line = lineTexts[number], opensRomanHeading(line) || DocumentRegions.isClosingStart(line),
                      let cut = start(of: line, in: current.text) else { continue }
                let head = current.text[..<cut].trimmed()
                guard !head.isEmpty else { continue }
                result.append(Paragraph(text: head, lines: LineSpan(current.lines.first, number - 1)))
                current = Paragraph(text: String(current.text[cut...]), lines: LineSpan(number, current.lines.last))
            }
            result.append(current)
        }
        return result
    }

    /// A line that starts with a Roman numeral, as printed or as OCR prints it (not digits
    /// alone), before a title in capitals.
    static func opensRomanHeading(_ line: String) -> Bool {
        let text = Emphasis.strip(line)
        if let roman = NumberingMarkers.parse(text).first(where: { $0.style == .roman }) {
            return OCRRoman.isCapitals(roman.rest)
        }
        guard let candidate = OCRRoman.candidate(text) else { return false }
        return candidate.digits == nil && OCRRoman.isCapitals(candidate.rest)
    }

    /// Where the line's text starts inside the paragraph's, after a space (the join).
    private static func start(of line: String, in text: String) -> String.Index? {
        let probe = Array(line.prefix(16))
        guard !probe.isEmpty else { return nil }
        var index = text.startIndex
        var previous: Character?
        while index < text.endIndex {
            if let previous, previous.isWhitespace, text[index] == probe[0],
               text[index...].starts(with: probe) {
                return index
            }
            previous = text[index]
            index = text.index(after: index)
        }
        return nil
    }
}
