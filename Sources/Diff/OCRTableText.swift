import PlanModel

/// A table read as one text, row after row (header first), to find which rows really
/// changed when one side was OCR'd: OCR cuts a table's rows and cells differently (a cell's
/// last word run into the next cell, two rows merged, a wrapped cell made a row of its own),
/// so rows are compared by the words they hold, in order, not cell by cell.
struct OCRTableText {
    let comparison: ComparisonText

    /// The rows (indices; -1 is the header) holding a difference that is not OCR noise
    /// (`OCRNoise.regionNoise`), on each side.
    /// - Complexity: O((N+M)·D) in the tables' tokens (`SequenceDiff`).
    func changedRows(_ a: Table, _ b: Table) -> (old: Set<Int>, new: Set<Int>) {
        let x = stream(a), y = stream(b)
        var ids: [String: Int] = [:]
        func intern(_ s: String) -> Int {
            if let id = ids[s] { return id }
            ids[s] = ids.count
            return ids.count - 1
        }
        let ix = x.map { intern($0.word.text) }, iy = y.map { intern($0.word.text) }
        var old = Set<Int>(), new = Set<Int>()
        var i = 0, j = 0
        var deleted: [Int] = [], inserted: [Int] = []
        let words = max(x.count, y.count)
        var hardWords = 0
        func settle() {
            defer { deleted.removeAll(); inserted.removeAll() }
            if deleted.isEmpty && inserted.isEmpty { return }
            let dw = deleted.map { x[$0].word }.filter { OCRNoise.isWord($0.text) }
            let iw = inserted.map { y[$0].word }.filter { OCRNoise.isWord($0.text) }
            if let noise = OCRNoise.regionNoise(dw, iw), hardWords + noise.hard <= words / OCRNoise.wordsPerHardWord {
                hardWords += noise.hard
                return
            }
            for k in deleted { old.insert(x[k].row) }
            for k in inserted { new.insert(y[k].row) }
        }
        for (op, count) in SequenceDiff.diff(ix, iy) {
            switch op {
            case .equal:
                // Across a short equal run, as `OCRNoise.isNoise` does.
                if count <= 2, deleted.isEmpty != inserted.isEmpty, i + count < x.count, j + count < y.count {
                    deleted += Array(i..<(i + count)); inserted += Array(j..<(j + count))
                    i += count; j += count
                    continue
                }
                settle()
                i += count; j += count
            case .delete:
                deleted += Array(i..<(i + count)); i += count
            case .insert:
                inserted += Array(j..<(j + count)); j += count
            }
        }
        settle()
        return (old, new)
    }

    /// The table's words in reading order, each with its row (-1 for the header).
    private func stream(_ table: Table) -> [(word: OCRNoise.Word, row: Int)] {
        var result: [(word: OCRNoise.Word, row: Int)] = []
        func add(_ cells: [String], row: Int) {
            for cell in cells {
                let (tokens, capitals) = comparison.tokensWithCase(cell)
                for (k, token) in tokens.enumerated() {
                    result.append((OCRNoise.Word(text: OCRNoise.symbolAsLetter(token), capital: capitals[k]), row))
                }
            }
        }
        add(table.columns, row: -1)
        for (r, row) in table.rows.enumerated() { add(row.cells, row: r) }
        return result
    }
}
