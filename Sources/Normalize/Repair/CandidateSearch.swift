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

    /// Syllables within `bound` of `token` (as printed; case is folded here), cheapest first
    /// (ties by id), at most `limit`, and none costlier than the cheapest by more than
    /// `spread`. A branch of the trie is left as soon as its cheapest cell exceeds the bound,
    /// the cheapest found so far plus `spread`, or the `limit`-th cheapest found so far: costs
    /// only grow down a branch, so the answer is the same as with `bound` alone.
    public func search(_ token: String, channel: ChannelModel, bound: Float, limit: Int,
                       spread: Float = .infinity) -> [Candidate] {
        let printed = Array(token)
        var ocr = Array(token.lowercased())
        // The fi/fl ligatures are two letters.
        if ocr.contains(where: { $0 == "ﬁ" || $0 == "ﬂ" }) {
            ocr = ocr.flatMap { $0 == "ﬁ" ? ["f", "i"] : $0 == "ﬂ" ? ["f", "l"] : [$0] }
        }
        let n = ocr.count
        guard n > 0, n <= 12, limit > 0 else { return [] }
        var rows: [ChannelModel.Row] = ocr.map { channel.row($0) }
        if let first = printed.first, "PBĐD".contains(first), let d = VietnameseLetters.index["đ"] {
            rows[0][d] = min(rows[0][d], first == "Đ" || first == "D" ? 0 : 0.6)
        }
        var pairRows: [ChannelModel.Row?] = [nil]
        for i in 1..<n { pairRows.append(channel.pairRows[String([ocr[i - 1], ocr[i]])]) }
        let deletions = ocr.map { channel.deletionCost($0) }

        // Tables by trie letter: the cost of letter t against OCR character i at t * n + i;
        // the pair (i-1, i) likewise, +infinity where no pair row exists.
        let letters = ChannelModel.letterCount
        var substitution = [Float](repeating: .infinity, count: n * letters)
        var pair = [Float](repeating: .infinity, count: n * letters)
        for i in 0..<n {
            for t in 0..<letters { substitution[t * n + i] = rows[i][t] }
            if let row = pairRows[i] {
                for t in 0..<letters { pair[t * n + i] = row[t] }
            }
        }
        let width = n + 1
        var columns = [Float](repeating: 0, count: width * (maxDepth + 2))
        for i in 1...n { columns[i] = columns[i - 1] + deletions[i - 1] }
        var found: [Candidate] = []
        // The `limit` cheapest costs found so far, as a max-heap: its top prunes.
        var heap: [Float] = []
        heap.reserveCapacity(limit)
        var cheapest = Float.infinity
        var cutoff = bound
        // Depth-first over the trie: at each depth the next child to visit and the end.
        var next = [Int32](repeating: 0, count: maxDepth + 2)
        var end = next
        let insertions = channel.insertions
        substitution.withUnsafeBufferPointer { substitution in
        pair.withUnsafeBufferPointer { pair in
        deletions.withUnsafeBufferPointer { deletions in
        columns.withUnsafeMutableBufferPointer { columns in
        letter.withUnsafeBufferPointer { letter in
        childStart.withUnsafeBufferPointer { childStart in
        childEnd.withUnsafeBufferPointer { childEnd in
        next.withUnsafeMutableBufferPointer { next in
        end.withUnsafeMutableBufferPointer { end in
            var depth = 1
            next[1] = childStart[0]; end[1] = childEnd[0]
            while depth > 0 {
                if next[depth] == end[depth] { depth -= 1; continue }
                let node = Int(next[depth])
                next[depth] += 1
                let t = Int(letter[node]) * n
                let insertion = insertions[Int(letter[node])]
                let parent = (depth - 1) * width, current = depth * width
                var left = columns[parent] + insertion
                columns[current] = left
                var best = left
                // i = 1: no pair yet.
                var cost = columns[parent] + substitution[t]
                cost = min(cost, left + deletions[0])
                cost = min(cost, columns[parent + 1] + insertion)
                columns[current + 1] = cost
                best = min(best, cost)
                left = cost
                var i = 2
                while i <= n {
                    var c = columns[parent + i - 1] + substitution[t + i - 1]
                    c = min(c, left + deletions[i - 1])
                    c = min(c, columns[parent + i] + insertion)
                    c = min(c, columns[parent + i - 2] + pair[t + i - 1])
                    columns[current + i] = c
                    best = min(best, c)
                    left = c
                    i += 1
                }
                if best > cutoff { continue }
                let final = left
                if final <= cutoff {
                    for e in endStart[node]..<endEnd[node] {
                        found.append(Candidate(id: endIds[Int(e)], cost: final))
                        // Tighten the cutoff: the limit-th cheapest, the cheapest + spread.
                        if heap.count < limit {
                            heap.append(final); Self.siftUp(&heap)
                        } else if final < heap[0] {
                            heap[0] = final; Self.siftDown(&heap)
                        }
                        cheapest = min(cheapest, final)
                        cutoff = min(bound, cheapest + spread)
                        if heap.count == limit { cutoff = min(cutoff, heap[0]) }
                    }
                }
                if childStart[node] < childEnd[node] {
                    depth += 1
                    next[depth] = childStart[node]; end[depth] = childEnd[node]
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        found.sort { $0.cost < $1.cost || ($0.cost == $1.cost && $0.id < $1.id) }
        var result = Array(found.prefix(limit))
        if let first = result.first?.cost { result.removeAll { $0.cost > first + spread } }
        return result
    }

    private static func siftUp(_ heap: inout [Float]) {
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if heap[parent] >= heap[i] { break }
            heap.swapAt(parent, i); i = parent
        }
    }

    private static func siftDown(_ heap: inout [Float]) {
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var largest = i
            if l < heap.count, heap[l] > heap[largest] { largest = l }
            if r < heap.count, heap[r] > heap[largest] { largest = r }
            if largest == i { return }
            heap.swapAt(largest, i); i = largest
        }
    }
}
