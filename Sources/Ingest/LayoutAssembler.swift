import PlanModel

/// Turns laid-out pages (PDF, hOCR, ALTO) into numbered source lines: page furniture removed,
/// tables rebuilt, a blank line between the source's blocks, each line keeping its page.
enum LayoutAssembler {
    /// OCR words below this confidence are handed on as suspects.
    static let lowConfidence = 0.6

    static func lines(from pages: [LaidOutPage]) -> [SourceLine] {
        var out: [(text: String, page: Int?, words: [PageWord])] = []
        func appendBlock(_ block: [(text: String, page: Int?, words: [PageWord])]) {
            guard !block.isEmpty else { return }
            if !out.isEmpty { out.append(("", nil, [])) }
            out += block
        }
        for page in PageFurniture.remove(from: pages) {
            let tables = TableRebuilder.tables(on: page)
            var emitted = Set<Int>()
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
                    current.append((line.text, page.number, line.words))
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
