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
        var failed: [(deleted: [Int], inserted: [Int])] = []
        func settle() {
            defer { deleted.removeAll(); inserted.removeAll() }
            if deleted.isEmpty && inserted.isEmpty { return }
            let dw = deleted.map { x[$0].word }.filter { OCRNoise.isWord($0.text) }
            let iw = inserted.map { y[$0].word }.filter { OCRNoise.isWord($0.text) }
            if let noise = OCRNoise.regionNoise(dw, iw), hardWords + noise.hard <= words / OCRNoise.wordsPerHardWord {
                hardWords += noise.hard
                return
            }
            failed.append((deleted, inserted))
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
        let deletedAt = failed.flatMap(\.deleted), insertedAt = failed.flatMap(\.inserted)
        let unexplained = Self.unexplained(deletedAt.map { x[$0].word.text }, insertedAt.map { y[$0].word.text },
                                           deletedPlace: deletedAt.map { Double($0) / Double(max(x.count, 1)) },
                                           insertedPlace: insertedAt.map { Double($0) / Double(max(y.count, 1)) })
        for k in unexplained.deleted { old.insert(x[deletedAt[k]].row) }
        for k in unexplained.inserted { new.insert(y[insertedAt[k]].row) }
        return (old, new)
    }

    /// How far apart (as a share of the table's words) a deleted and an inserted number may
    /// stand and still be one number OCR moved.
    static let numberReach = 0.05

    /// Long inserted words (at least 8 letters once digits are read as letters) that are a
    /// run of consecutive deleted words written together, within a weighted distance of a
    /// quarter of their length; and those deleted words. Indices into `deleted`/`inserted`.
    static func runTogether(_ deleted: [String], _ inserted: [String]) -> (deleted: Set<Int>, inserted: Set<Int>) {
        var usedD = Set<Int>(), usedI = Set<Int>()
        func letters(_ w: String) -> [Character]? {
            var out: [Character] = []
            for c in w {
                if c.isASCII && c.isNumber {
                    guard let l = OCRNoise.digitLookAlikes[c] else { return nil }
                    out.append(l)
                } else {
                    out.append(c)
                }
            }
            return out
        }
        for (j, word) in inserted.enumerated() {
            guard let target = letters(word), target.count >= 8 else { continue }
            let limit = 0.25 * Double(target.count)
            search: for start in deleted.indices where !usedD.contains(start) && !OCRNoise.hasDigit(deleted[start]) {
                var run: [Character] = []
                var end = start
                while end < deleted.count, end - start < 10, !usedD.contains(end), !OCRNoise.hasDigit(deleted[end]) {
                    run += Array(deleted[end])
                    if Double(run.count) > Double(target.count) + limit { break }
                    if end > start, Double(run.count) >= Double(target.count) - limit,
                       let cost = OCRNoise.weightedDistance(run, target, limit: limit), cost <= limit {
                        usedI.insert(j)
                        for k in start...end { usedD.insert(k) }
                        break search
                    }
                    end += 1
                }
            }
        }
        return (usedD, usedI)
    }

    /// The words of the differing regions that OCR's scrambling does not explain: OCR moves
    /// a table's words (rows merged or reordered, a wrapped cell read after the next row, a
    /// page header repeated), so a word deleted at one place and inserted at another, equal
    /// or misread (`OCRNoise.wordNoise`) or run into a longer word, is no change. A number
    /// must be inserted as it was deleted: a changed number (15 → 17) is never explained,
    /// nor is a word added or dropped. A number pairs only with one at about the same place
    /// of its table (`deletedPlace`, `insertedPlace`: where each word stands, 0 to 1), within
    /// `numberReach`.
    /// - Returns: indices into `deleted` and `inserted` of the words left unexplained.
    static func unexplained(_ deleted: [String], _ inserted: [String],
                            deletedPlace: [Double], insertedPlace: [Double]) -> (deleted: [Int], inserted: [Int]) {
        var leftD = Array(deleted.indices.filter { OCRNoise.isWord(deleted[$0]) })
        var leftI = Array(inserted.indices.filter { OCRNoise.isWord(inserted[$0]) })
        // Equal words, pair by pair.
        var pool: [String: [Int]] = [:]
        for k in leftI { pool[inserted[k], default: []].append(k) }
        var pairedI = Set<Int>()
        leftD = leftD.filter { k in
            guard var list = pool[deleted[k]], !list.isEmpty else { return true }
            let near = OCRNoise.hasDigit(deleted[k])
                ? list.lastIndex { abs(insertedPlace[$0] - deletedPlace[k]) <= numberReach } : list.indices.last
            guard let near else { return true }
            let m = list.remove(at: near)
            pool[deleted[k]] = list
            pairedI.insert(m)
            return false
        }
        leftI = leftI.filter { !pairedI.contains($0) }
        // Words run together and misread ("tốc độ tăng trưởng GRDP" read "Técd6tingtuéngGRDP").
        let joined = runTogether(leftD.map { deleted[$0] }, leftI.map { inserted[$0] })
        leftD = leftD.enumerated().filter { !joined.deleted.contains($0.offset) }.map(\.element)
        leftI = leftI.enumerated().filter { !joined.inserted.contains($0.offset) }.map(\.element)
        func isNumber(_ w: String) -> Bool { OCRNoise.hasDigit(w) }
        // Misread words, and words run into a longer one, among what is left (numbers aside).
        let restD = Set(leftD.map { deleted[$0] }.filter { !isNumber($0) })
        let restI = Set(leftI.map { inserted[$0] }.filter { !isNumber($0) })
        func explained(_ word: String, by others: Set<String>, among all: Set<String>) -> Bool {
            guard !isNumber(word) else { return false }
            for other in others {
                if OCRNoise.wordNoise(word, other) { return true }
                if word.count >= 2, other.count >= word.count + 3, other.contains(word) { return true }
            }
            // A run-together word: at least half of it made of the other side's words.
            guard word.count >= 6 else { return false }
            let covered = all.filter { $0.count >= 2 && word.contains($0) }.reduce(0) { $0 + $1.count }
            return covered * 2 >= word.count
        }
        return (leftD.filter { !explained(deleted[$0], by: restI, among: restI) },
                leftI.filter { !explained(inserted[$0], by: restD, among: restD) })
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
        // A row's number (its first cell) aside: OCR drops or misreads it ("1" as "BR"), and
        // a row renumbered is no content changed.
        for (r, row) in table.rows.enumerated() { add(Array(row.cells.dropFirst()), row: r) }
        // OCR reads a comparison sign before a number as a "2" ("≥ 15" → "215").
        var merged: [(word: OCRNoise.Word, row: Int)] = []
        for item in result {
            if let last = merged.last, ["≥", ">", "≤", "<"].contains(last.word.text), OCRNoise.hasDigit(item.word.text) {
                merged[merged.count - 1].word.text = "2" + item.word.text
            } else {
                merged.append(item)
            }
        }
        return merged
    }
}
