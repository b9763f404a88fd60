/// Finds the lexicon syllables within a channel-cost bound of an OCR token: a weighted
/// edit distance (substitutions from `ChannelModel`, also two OCR characters for one
/// letter) run over a trie of the syllables, pruned as soon as a branch exceeds the bound.
public final class CandidateSearch: Sendable {
    public struct Candidate: Sendable, Equatable {
        public var id: UInt32
        public var cost: Float
    }

    // Trie, flattened: the children of a node are contiguous.
    let letter: [UInt8]
    let childStart: [Int32]
    let childEnd: [Int32]
    let endStart: [Int32]
    let endEnd: [Int32]
    let endIds: [UInt32]
    let maxDepth: Int

    public init(lexicon: Lexicon) {
        // Build with per-node child maps, then flatten breadth first.
        var children: [[UInt8: Int]] = [[:]]
        var ends: [[UInt32]] = [[]]
        var letters: [UInt8] = [0]
        var depth = 0
        for id in Lexicon.specials.count..<lexicon.count {
            var path: [UInt8] = []
            var ok = true
            for c in lexicon.syllables[id] {
                guard let i = VietnameseLetters.index[c] else { ok = false; break }
                path.append(UInt8(i))
            }
            guard ok, !path.isEmpty else { continue }
            depth = max(depth, path.count)
            var node = 0
            for l in path {
                if let next = children[node][l] { node = next; continue }
                children.append([:]); ends.append([]); letters.append(l)
                children[node][l] = children.count - 1
                node = children.count - 1
            }
            ends[node].append(UInt32(id))
        }
        var order: [Int] = [0]
        var newIndex = [Int](repeating: 0, count: children.count)
        var head = 0
        while head < order.count {
            let node = order[head]; head += 1
            for (_, child) in children[node].sorted(by: { $0.key < $1.key }) { order.append(child) }
        }
        for (i, node) in order.enumerated() { newIndex[node] = i }
        var letter = [UInt8](repeating: 0, count: order.count)
        var childStart = [Int32](repeating: 0, count: order.count), childEnd = childStart
        var endStart = childStart, endEnd = childStart
        var endIds: [UInt32] = []
        for (i, node) in order.enumerated() {
            letter[i] = letters[node]
            let kids = children[node].values.map { newIndex[$0] }
            childStart[i] = Int32(kids.min() ?? 0)
            childEnd[i] = kids.isEmpty ? Int32(kids.min() ?? 0) : Int32((kids.max() ?? 0) + 1)
            endStart[i] = Int32(endIds.count)
            endIds.append(contentsOf: ends[node])
            endEnd[i] = Int32(endIds.count)
        }
        self.letter = letter
        self.childStart = childStart
        self.childEnd = childEnd
        self.endStart = endStart
        self.endEnd = endEnd
        self.endIds = endIds
        self.maxDepth = depth
    }

    /// Syllables within `bound` of `token` (as printed; case is folded here), cheapest first,
    /// at most `limit`.
    public func search(_ token: String, channel: ChannelModel, bound: Float, limit: Int) -> [Candidate] {
        let printed = Array(token)
        var ocr = Array(token.lowercased())
        // The fi/fl ligatures are two letters.
        if ocr.contains(where: { $0 == "ﬁ" || $0 == "ﬂ" }) {
            ocr = ocr.flatMap { $0 == "ﬁ" ? ["f", "i"] : $0 == "ﬂ" ? ["f", "l"] : [$0] }
        }
        let n = ocr.count
        guard n > 0, n <= 12 else { return [] }
        var rows: [ChannelModel.Row] = ocr.map { channel.row($0) }
        if let first = printed.first, "PBĐD".contains(first), let d = VietnameseLetters.index["đ"] {
            rows[0][d] = min(rows[0][d], first == "Đ" || first == "D" ? 0 : 0.6)
        }
        var pairRows: [ChannelModel.Row?] = [nil]
        for i in 1..<n { pairRows.append(channel.pairRows[String([ocr[i - 1], ocr[i]])]) }
        let deletions = ocr.map { ChannelModel.deletionCost($0) }

        // Flat tables: the cost of OCR character i against letter t at i * letters + t; the
        // pair (i-1, i) likewise, +infinity where no pair row exists.
        let letters = ChannelModel.letterCount
        var flat = [Float](repeating: .infinity, count: n * letters)
        var pairFlat = [Float](repeating: .infinity, count: n * letters)
        var hasPair = [Bool](repeating: false, count: n)
        for i in 0..<n {
            for t in 0..<letters { flat[i * letters + t] = rows[i][t] }
            if let pair = pairRows[i] {
                hasPair[i] = true
                for t in 0..<letters { pairFlat[i * letters + t] = pair[t] }
            }
        }
        let width = n + 1
        var columns = [Float](repeating: 0, count: width * (maxDepth + 2))
        for i in 1...n { columns[i] = columns[i - 1] + deletions[i - 1] }
        var found: [Candidate] = []
        var stack: [(node: Int32, depth: Int)] = []
        for child in childStart[0]..<childEnd[0] { stack.append((child, 1)) }
        let insertion = ChannelModel.insertion
        flat.withUnsafeBufferPointer { flat in
        pairFlat.withUnsafeBufferPointer { pairFlat in
        hasPair.withUnsafeBufferPointer { hasPair in
        deletions.withUnsafeBufferPointer { deletions in
        columns.withUnsafeMutableBufferPointer { columns in
        letter.withUnsafeBufferPointer { letter in
            while let (node, depth) = stack.popLast() {
                let t = Int(letter[Int(node)])
                let parent = (depth - 1) * width, current = depth * width
                columns[current] = columns[parent] + insertion
                var best = columns[current]
                for i in 1...n {
                    var cost = columns[parent + i - 1] + flat[(i - 1) * letters + t]
                    cost = min(cost, columns[current + i - 1] + deletions[i - 1])
                    cost = min(cost, columns[parent + i] + insertion)
                    if i >= 2, hasPair[i - 1] { cost = min(cost, columns[parent + i - 2] + pairFlat[(i - 1) * letters + t]) }
                    columns[current + i] = cost
                    best = min(best, cost)
                }
                if best > bound { continue }
                let final = columns[current + n]
                if final <= bound {
                    for e in endStart[Int(node)]..<endEnd[Int(node)] { found.append(Candidate(id: endIds[Int(e)], cost: final)) }
                }
                for child in childStart[Int(node)]..<childEnd[Int(node)] { stack.append((child, depth + 1)) }
            }
        }
        }
        }
        }
        }
        }
        found.sort { $0.cost < $1.cost || ($0.cost == $1.cost && $0.id < $1.id) }
        return Array(found.prefix(limit))
    }
}
