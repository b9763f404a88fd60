import PlanModel

/// Turns laid-out pages (PDF, hOCR, ALTO) into numbered source lines: page furniture removed,
/// tables rebuilt, a blank line between the source's blocks, each line keeping its page.
enum LayoutAssembler {
    /// OCR words below this confidence are handed on as suspects.
    static let lowConfidence = 0.6

    /// pdftotext cuts a justified line at wide spaces into pieces on the same baseline; they
    /// follow each other in their block and are joined back, left to right.
    static func joinSplitLines(_ page: LaidOutPage) -> LaidOutPage {
        var copy = page
        copy.blocks = page.blocks.map { block in
            var lines: [PageLine] = []
            for line in block.lines where !line.words.isEmpty {
                if let last = lines.last {
                    let overlap = min(last.y1, line.y1) - max(last.y0, line.y0)
                    let height = min(last.y1 - last.y0, line.y1 - line.y0)
                    if height > 0, overlap > 0.7 * height, line.x0 >= last.x1 - 0.1 * height {
                        lines[lines.count - 1].words += line.words
                        continue
                    }
                }
                lines.append(line)
            }
            return PageBlock(lines: lines)
        }
        return copy
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return true }
        return ".;:!?".contains(last)
    }

    static func lines(from pages: [LaidOutPage]) -> [SourceLine] {
        var out: [(text: String, page: Int?, words: [PageWord])] = []
        var pageStart = false
        func appendBlock(_ block: [(text: String, page: Int?, words: [PageWord])]) {
            guard let first = block.first else { return }
            // A paragraph running on over a page break is not split by a blank line.
            let runsOn = pageStart && out.last.map { !$0.text.isEmpty && !Self.endsSentence($0.text) } == true
                && first.text.first.map(\.isLowercase) == true
            if !out.isEmpty && !runsOn { out.append(("", nil, [])) }
            out += block
            pageStart = false
        }
        for page in PageFurniture.remove(from: pages.map(joinSplitLines)) {
            let tables = TableRebuilder.tables(on: page)
            var emitted = Set<Int>()
            pageStart = true
            for block in page.blocks {
                var current: [(text: String, page: Int?, words: [PageWord])] = []
                for line in block.lines where !line.words.isEmpty {
                    let key = PageFurniture.LineKey(line)
                    if let t = tables.firstIndex(where: { $0.lines.contains(key) }) {
                        if !emitted.contains(t) {
                            appendBlock(current); current = []
                            appendBlock(tables[t].rows.map { ($0.text, page.number, $0.words) })
                            emitted.insert(t)
                        }
                        continue
                    }
                    current.append((line.textWithColumns, page.number, line.words))
                }
                appendBlock(current)
            }
        }
        return out.enumerated().map { index, line in
            let suspects = line.words.compactMap { word -> WordConfidence? in
                guard let confidence = word.confidence, confidence < lowConfidence else { return nil }
                return WordConfidence(word: word.text, confidence: confidence)
            }
            return SourceLine(number: index + 1, text: line.text, page: line.page, lowConfidenceWords: suspects)
        }
    }
}
