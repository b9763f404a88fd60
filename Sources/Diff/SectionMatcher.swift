/// Pairs the sections of two versions by what they say, not by their numbers.
///
/// Passes, cheapest and surest first:
/// 1. exact content (title + body tokens) that is unique on both sides;
/// 2. exact content among duplicates, inside parents already paired;
/// 3. similar content: candidates share one of a node's rarest tokens (an inverted index),
///    scored by IDF-weighted Jaccard, accepted best first above `threshold`;
/// 4. structure: an unpaired parent whose paired children mostly came from one unpaired
///    parent is that parent (a heading whose title changed);
/// 5. the same slot (paired parent, same numbering style) with weaker similarity, or the
///    same title however much the text was rewritten;
/// 6. leftover duplicates of exact content, nearest relative position first.
/// - Complexity: O(n log n) plus the candidate scoring, which the rare-token index keeps
///   to a bounded number of candidates per unpaired section.
struct SectionMatcher {
    let old: SectionTree
    let new: SectionTree
    let weights: [Double]
    var threshold = 0.5
    var slotThreshold = 0.3
    /// How many of a node's rarest tokens look up candidates.
    var probeTokens = 6
    /// At most this many candidates per probe token (common tokens are skipped).
    var maxPosting = 64

    private(set) var oldToNew: [Int?]
    private(set) var newToOld: [Int?]

    init(old: SectionTree, new: SectionTree, weights: [Double]) {
        self.old = old
        self.new = new
        self.weights = weights
        oldToNew = Array(repeating: nil, count: old.nodes.count)
        newToOld = Array(repeating: nil, count: new.nodes.count)
    }

    mutating func run() {
        matchUniqueExact()
        matchExactInsideParents()
        matchSimilar()
        matchExactInsideParents()
        matchByChildren()
        matchExactInsideParents()
        matchSameSlot()
        matchRemainingExact()
    }

    private mutating func pair(_ o: Int, _ n: Int) {
        oldToNew[o] = n
        newToOld[n] = o
    }

    /// Whether the parents of `o` and `n` are paired with each other (or both are roots).
    func parentsCorrespond(_ o: Int, _ n: Int) -> Bool {
        switch (old.nodes[o].parent, new.nodes[n].parent) {
        case (nil, nil): return true
        case let (po?, pn?): return oldToNew[po] == pn
        default: return false
        }
    }

    // MARK: 1–2, 6: exact content

    private func groups(_ tree: SectionTree, unpaired: (Int) -> Bool) -> [[Int]: [Int]] {
        var result: [[Int]: [Int]] = [:]
        for i in tree.nodes.indices where unpaired(i) {
            result[tree.nodes[i].contentKey, default: []].append(i)
        }
        return result
    }

    private mutating func matchUniqueExact() {
        let oldGroups = groups(old) { _ in true }
        let newGroups = groups(new) { _ in true }
        for (key, news) in newGroups where news.count == 1 {
            if let olds = oldGroups[key], olds.count == 1 { pair(olds[0], news[0]) }
        }
    }

    private mutating func matchExactInsideParents() {
        var changed = true
        while changed {
            changed = false
            let oldGroups = groups(old) { self.oldToNew[$0] == nil }
            for n in new.nodes.indices where newToOld[n] == nil {
                guard let candidates = oldGroups[new.nodes[n].contentKey] else { continue }
                if let o = candidates.first(where: { oldToNew[$0] == nil && parentsCorrespond($0, n) }) {
                    pair(o, n)
                    changed = true
                }
            }
        }
    }

    private mutating func matchRemainingExact() {
        let oldGroups = groups(old) { self.oldToNew[$0] == nil }
        let oldCount = Double(max(old.nodes.count, 1)), newCount = Double(max(new.nodes.count, 1))
        for n in new.nodes.indices where newToOld[n] == nil {
            guard let candidates = oldGroups[new.nodes[n].contentKey] else { continue }
            let place = Double(n) / newCount
            let best = candidates.filter { oldToNew[$0] == nil }
                .min { abs(Double($0) / oldCount - place) < abs(Double($1) / oldCount - place) }
            if let best { pair(best, n) }
        }
    }

    // MARK: 3: similar content

    /// IDF-weighted Jaccard similarity of two sorted token sets.
    /// - Complexity: O(a + b).
    func similarity(_ a: [Int], _ b: [Int]) -> Double {
        var i = 0, j = 0
        var both = 0.0, either = 0.0
        while i < a.count, j < b.count {
            if a[i] == b[j] { both += weights[a[i]]; either += weights[a[i]]; i += 1; j += 1 }
            else if a[i] < b[j] { either += weights[a[i]]; i += 1 }
            else { either += weights[b[j]]; j += 1 }
        }
        while i < a.count { either += weights[a[i]]; i += 1 }
        while j < b.count { either += weights[b[j]]; j += 1 }
        return either > 0 ? both / either : 0
    }

    func similarity(old o: Int, new n: Int) -> Double {
        similarity(old.nodes[o].tokenSet, new.nodes[n].tokenSet)
    }

    private mutating func matchSimilar() {
        // Inverted index over the unpaired old sections.
        var postings: [Int: [Int]] = [:]
        for o in old.nodes.indices where oldToNew[o] == nil {
            for t in old.nodes[o].tokenSet { postings[t, default: []].append(o) }
        }
        var scored: [(score: Double, o: Int, n: Int)] = []
        for n in new.nodes.indices where newToOld[n] == nil {
            let tokens = new.nodes[n].tokenSet
            guard !tokens.isEmpty else { continue }
            let probes = tokens.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
                .prefix(probeTokens)
            var candidates = Set<Int>()
            for t in probes {
                guard let list = postings[t], list.count <= maxPosting else { continue }
                candidates.formUnion(list)
            }
            for o in candidates {
                var score = similarity(old: o, new: n)
                if parentsCorrespond(o, n) { score += 0.05 }
                if score >= threshold { scored.append((score, o, n)) }
            }
        }
        scored.sort { ($0.score, $1.o, $1.n) > ($1.score, $0.o, $0.n) }
        for s in scored where oldToNew[s.o] == nil && newToOld[s.n] == nil { pair(s.o, s.n) }
    }

    // MARK: 4: structure

    private mutating func matchByChildren() {
        var changed = true
        while changed {
            changed = false
            for n in new.nodes.indices where newToOld[n] == nil && !new.nodes[n].children.isEmpty {
                var votes: [Int: Int] = [:]
                for c in new.nodes[n].children {
                    if let oc = newToOld[c], let op = old.nodes[oc].parent, oldToNew[op] == nil {
                        votes[op, default: 0] += 1
                    }
                }
                guard let (best, count) = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
                let needed = max(1, (min(new.nodes[n].children.count, old.nodes[best].children.count) + 1) / 2)
                if count >= needed {
                    pair(best, n)
                    changed = true
                }
            }
        }
    }

    // MARK: 5: same slot

    private mutating func matchSameSlot() {
        for n in new.nodes.indices where newToOld[n] == nil {
            let siblings: [Int]
            if let pn = new.nodes[n].parent {
                guard let po = newToOld[pn] else { continue }
                siblings = old.nodes[po].children
            } else {
                siblings = old.roots
            }
            let node = new.nodes[n]
            let best = siblings.filter { oldToNew[$0] == nil && old.nodes[$0].section.style == node.section.style }
                .map { o -> (o: Int, score: Double) in
                    // The same heading in the same place is the same section, however rewritten.
                    let sameTitle = !node.titleTokens.isEmpty && old.nodes[o].titleTokens == node.titleTokens
                    return (o, sameTitle ? 1 + similarity(old: o, new: n) : similarity(old: o, new: n))
                }
                .filter { $0.score >= slotThreshold }
                .max { ($0.score, $1.o) < ($1.score, $0.o) }
            if let best { pair(best.o, n) }
        }
    }
}
