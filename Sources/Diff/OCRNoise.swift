/// What residual OCR errors look like once a side has been repaired: a word read with a
/// letter or two wrong ("quyét"/"quyết" folds to "quyet"/"quyet", but "bén"/"bền" to
/// "ben"/"ben" while "nhiéu"/"nhiều" may still differ by a letter), a word split or run
/// together, a stray or lost punctuation mark. Numbers are content: a changed digit is never
/// noise. Used only in loose mode, where one side was OCR-repaired.
enum OCRNoise {
    /// Share of a text's words that may be noisy before the difference counts as real.
    static let maximumNoisyShare = 0.35

    /// True when `a` and `b` (comparison tokens) differ only as OCR reads differ.
    static func isNoise(_ a: [String], _ b: [String]) -> Bool {
        var ids: [String: Int] = [:]
        func intern(_ s: String) -> Int {
            if let id = ids[s] { return id }
            ids[s] = ids.count
            return ids.count - 1
        }
        let ia = a.map(intern), ib = b.map(intern)
        var i = 0, j = 0, noisyWords = 0
        var deleted: [String] = [], inserted: [String] = []
        func settle() -> Bool {
            defer { deleted.removeAll(); inserted.removeAll() }
            if deleted.isEmpty && inserted.isEmpty { return true }
            // Split or run-together words, lost or added punctuation.
            let joinedA = deleted.filter(isWord).joined(), joinedB = inserted.filter(isWord).joined()
            if joinedA == joinedB { return true }
            let wordsA = deleted.filter(isWord), wordsB = inserted.filter(isWord)
            guard wordsA.count == wordsB.count else {
                return joinedA.count == joinedB.count && !hasDigit(joinedA + joinedB)
                    && distance(Array(joinedA), Array(joinedB), limit: 2 * max(wordsA.count, wordsB.count)) != nil
                    && { noisyWords += max(wordsA.count, wordsB.count); return true }()
            }
            for (x, y) in zip(wordsA, wordsB) where x != y {
                if hasDigit(x) || hasDigit(y) { return false }
                let limit = max(x.count, y.count) <= 4 ? 1 : 2
                guard distance(Array(x), Array(y), limit: limit) != nil else { return false }
                noisyWords += 1
            }
            return true
        }
        for (op, count) in SequenceDiff.diff(ia, ib) {
            switch op {
            case .equal:
                guard settle() else { return false }
                i += count; j += count
            case .delete:
                deleted += a[i..<(i + count)]; i += count
            case .insert:
                inserted += b[j..<(j + count)]; j += count
            }
        }
        guard settle() else { return false }
        let words = max(a.filter(isWord).count, 1)
        return Double(noisyWords) <= maximumNoisyShare * Double(words)
    }

    static func isWord(_ token: String) -> Bool { token.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) } }
    static func hasDigit(_ token: String) -> Bool { token.unicodeScalars.contains { ("0"..."9").contains($0) } }

    /// Levenshtein distance of `x` and `y` when at most `limit`, else nil.
    /// - Complexity: O(|x|·|y|) on words, which are short.
    static func distance(_ x: [Character], _ y: [Character], limit: Int) -> Int? {
        if abs(x.count - y.count) > limit { return nil }
        var previous = Array(0...y.count)
        for (r, cx) in x.enumerated() {
            var current = [r + 1] + Array(repeating: 0, count: y.count)
            var rowMinimum = current[0]
            for (c, cy) in y.enumerated() {
                current[c + 1] = min(previous[c + 1] + 1, current[c] + 1, previous[c] + (cx == cy ? 0 : 1))
                rowMinimum = min(rowMinimum, current[c + 1])
            }
            if rowMinimum > limit { return nil }
            previous = current
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}
