#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Beam search over one sentence's candidate lattice with the trigram model: each
/// position offers candidate syllable ids with channel costs; the path maximising
/// Σ log P(w | u v) − weight · cost wins. Hypotheses that share their last two words merge.
struct BeamDecoder {
    struct Option { var id: UInt32; var cost: Float }

    let lexicon: Lexicon
    var beamWidth = 12
    var channelWeight = 1.0
    /// Filters of the n-gram tables that spare most lookups of unseen n-grams (the values
    /// are the same without them).
    var filters: NGramFilters? = nil
    /// Remembers P(w | v) across sentences (the same values as without it).
    var cache: BigramCache? = nil

    /// The chosen option index at each position.
    func decode(_ lattice: [[Option]]) -> [Int] {
        struct Hypothesis { var u: UInt32; var v: UInt32; var score: Double; var trace: Int32; var choice: Int32 = 0 }
        var traceChoice: [Int32] = [], traceParent: [Int32] = []
        var beam = [Hypothesis(u: Lexicon.sentenceStart, v: Lexicon.sentenceStart, score: 0, trace: -1)]
        var next: [Hypothesis] = [], kept: [Hypothesis] = []
        var groups: [UInt32] = []          // distinct last words v in the beam
        var groupOf: [Int] = []            // group of each hypothesis
        var bigram: [Double] = []          // P(w | v) per (group, option)
        var logBigram: [Double] = []       // fastLog of it (the score after an unseen context), NaN until needed
        var filled: [Bool] = []            // whether a hypothesis of each group was extended yet
        var weighted: [Double] = []        // channel weight × cost per option
        for options in lattice {
            groups.removeAll(keepingCapacity: true)
            groupOf.removeAll(keepingCapacity: true)
            for h in beam {
                if let g = groups.firstIndex(of: h.v) { groupOf.append(g) } else { groupOf.append(groups.count); groups.append(h.v) }
            }
            let width = options.count
            bigram.removeAll(keepingCapacity: true)
            bigram.append(contentsOf: repeatElement(0, count: groups.count * width))
            bigram.withUnsafeMutableBufferPointer { bigram in
                options.withUnsafeBufferPointer { options in
                    var n = 0
                    for v in groups {
                        for option in options { bigram[n] = bigramProbability(v, option.id); n += 1 }
                    }
                }
            }
            logBigram.removeAll(keepingCapacity: true)
            logBigram.append(contentsOf: repeatElement(.nan, count: bigram.count))
            weighted.removeAll(keepingCapacity: true)
            for option in options { weighted.append(channelWeight * Double(option.cost)) }
            filled.removeAll(keepingCapacity: true)
            filled.append(contentsOf: repeatElement(false, count: groups.count))
            // Extensions sharing their last two words (group, option) merge into one slot, at
            // g * width + k: the first hypothesis of a group makes its slots (in option order),
            // a later one replaces a slot only when strictly better.
            next.removeAll(keepingCapacity: true)
            next.append(contentsOf: repeatElement(Hypothesis(u: 0, v: 0, score: -.infinity, trace: -1), count: groups.count * width))
            next.withUnsafeMutableBufferPointer { next in
            bigram.withUnsafeBufferPointer { bigram in
            logBigram.withUnsafeMutableBufferPointer { logBigram in
            weighted.withUnsafeBufferPointer { weighted in
            options.withUnsafeBufferPointer { options in
                for (n, h) in beam.enumerated() {
                    let context = trigramContext(h.u, h.v)
                    let g = groupOf[n]
                    let first = !filled[g]
                    filled[g] = true
                    let base = g * width
                    for k in 0..<width {
                        let id = options[k].id
                        // The same value as `lexicon.logProbability(h.u, h.v, w, bigram:context:)`.
                        let lm: Double
                        if let context {
                            lm = fastLog(trigramProbability(h.u, h.v, id, bigram: bigram[base + k], context: context))
                        } else {
                            var l = logBigram[base + k]
                            if l.isNaN {
                                l = cache?.log(h.v, id, probability: bigram[base + k]) ?? fastLog(bigram[base + k])
                                logBigram[base + k] = l
                            }
                            lm = l
                        }
                        let score = h.score + lm - weighted[k]
                        // `trace` holds the parent's trace until the beam is cut; `choice` the option.
                        if first || score > next[base + k].score {
                            next[base + k] = Hypothesis(u: h.v, v: id, score: score, trace: h.trace, choice: Int32(k))
                        }
                    }
                }
            }
            }
            }
            }
            }
            if next.count > beamWidth {
                // Keep the best `beamWidth` (order within the beam does not matter).
                // The worst kept (first of the lowest) is found again only after a replacement.
                kept.removeAll(keepingCapacity: true)
                var worst = 0
                for h in next {
                    if kept.count < beamWidth {
                        kept.append(h)
                        if kept.count == beamWidth {
                            worst = 0
                            for j in 1..<kept.count where kept[j].score < kept[worst].score { worst = j }
                        }
                        continue
                    }
                    if h.score > kept[worst].score {
                        kept[worst] = h
                        worst = 0
                        for j in 1..<kept.count where kept[j].score < kept[worst].score { worst = j }
                    }
                }
                swap(&next, &kept)
            }
            for j in next.indices {
                traceChoice.append(next[j].choice)
                traceParent.append(next[j].trace)
                next[j].trace = Int32(traceChoice.count - 1)
            }
            swap(&beam, &next)
        }
        var best = beam[0]
        var bestScore = -Double.infinity
        for h in beam {
            let s = h.score + logProbability(h.u, h.v, Lexicon.sentenceEnd)
            if s > bestScore { bestScore = s; best = h }
        }
        var choices = [Int](repeating: 0, count: lattice.count)
        var t = best.trace
        var i = lattice.count - 1
        while t >= 0, i >= 0 {
            choices[i] = Int(traceChoice[Int(t)])
            t = traceParent[Int(t)]
            i -= 1
        }
        return choices
    }

    // The model's probabilities: `Lexicon`'s, with the n-gram `filters` (when there are
    // any) sparing the table probes for n-grams they rule out.

    @inline(__always) func bigramProbability(_ v: UInt32, _ w: UInt32) -> Double {
        if let cache { return cache.probability(v, w) }
        return lexicon.bigramProbability(v, w, filters: filters)
    }

    @inline(__always) func trigramContext(_ u: UInt32, _ v: UInt32) -> (count: Double, types: Double)? {
        lexicon.trigramContext(u, v, filter: filters?.bigram)
    }

    @inline(__always) func trigramProbability(_ u: UInt32, _ v: UInt32, _ w: UInt32, bigram p2: Double,
                                             context: (count: Double, types: Double)) -> Double {
        lexicon.trigramProbability(u, v, w, bigram: p2, context: context, filter: filters?.trigram)
    }

    /// `lexicon.logProbability(u, v, w)` (libm's log).
    func logProbability(_ u: UInt32, _ v: UInt32, _ w: UInt32) -> Double {
        logProbability(u, v, w, context: trigramContext(u, v))
    }

    /// The same, with `trigramContext(u, v)` given.
    @inline(__always) func logProbability(_ u: UInt32, _ v: UInt32, _ w: UInt32,
                                          context: (count: Double, types: Double)?) -> Double {
        let p2 = bigramProbability(v, w)
        guard let context else { return log(p2) }
        return log(trigramProbability(u, v, w, bigram: p2, context: context))
    }

    /// How sure the decoder is of `chosen[i]`: its share of the local score mass against the
    /// other options at i, with the neighbours as decoded (the trigrams ending at i and i+1).
    func confidence(_ lattice: [[Option]], chosen ids: [UInt32], at i: Int) -> Double {
        let options = lattice[i]
        if options.count < 2 { return 1 }
        func id(_ j: Int) -> UInt32 { j < 0 ? Lexicon.sentenceStart : j >= ids.count ? Lexicon.sentenceEnd : ids[j] }
        let (before2, before, after) = (id(i - 2), id(i - 1), id(i + 1))
        // The context of the trigram ending at i is the same for every option.
        let context = trigramContext(before2, before)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: options.count) { scores in
            for (k, option) in options.enumerated() {
                var s = logProbability(before2, before, option.id, context: context)
                if i + 1 <= ids.count { s += logProbability(before, option.id, after) }
                scores[k] = s - channelWeight * Double(option.cost)
            }
            let top = scores.max() ?? 0
            var total = 0.0, mine = 0.0
            for (k, s) in scores.enumerated() {
                let e = exp(s - top)
                total += e
                if options[k].id == ids[i] { mine = max(mine, e) }
            }
            return total > 0 ? mine / total : 1
        }
    }
}
