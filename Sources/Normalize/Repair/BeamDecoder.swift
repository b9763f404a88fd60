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
    /// Bounds of the model's probabilities that let the search skip hopeless extensions
    /// (the result is the same without them).
    var bounds: LanguageModelBounds? = nil

    /// The chosen option index at each position.
    ///
    /// Each step extends every hypothesis by every option; extensions that share their last
    /// two words merge into one slot (the first best extension wins), and the best
    /// `beamWidth` slots, chosen in slot order (a slot replaces the first of the lowest kept
    /// when it is strictly better), form the next beam. Slots are ordered by the first
    /// hypothesis of their last-but-one word, then by option. With `bounds`, an extension
    /// whose upper bound cannot beat the lowest kept slot is not scored: the beam, its order
    /// and every tie come out exactly as when every extension is scored.
    func decode(_ lattice: [[Option]]) -> [Int] {
        var traceChoice: [Int32] = [], traceParent: [Int32] = []
        // The beam as parallel arrays: last-but-one word, last word, score, trace.
        var beamU: [UInt32] = [Lexicon.sentenceStart], beamV: [UInt32] = [Lexicon.sentenceStart]
        var beamScore: [Double] = [0], beamTrace: [Int32] = [-1]
        // The next beam (the kept slots), same layout plus the chosen option.
        var keptU: [UInt32] = [], keptV: [UInt32] = [], keptScore: [Double] = [], keptTrace: [Int32] = [], keptChoice: [Int32] = []
        var groups: [UInt32] = []          // distinct last words v in the beam, in order of first hypothesis
        var groupOf: [Int] = []            // group of each hypothesis
        var members: [Int] = []            // hypotheses by group, beam order within a group
        var memberStart: [Int] = []        // members of group g: memberStart[g]..<memberStart[g + 1]
        var contexts: [(count: Double, types: Double)?] = []
        var bigram: [Double] = []          // P(w | v) per (group, option), NaN until looked up
        var logBigram: [Double] = []       // fastLog of it, NaN until needed
        // For the bounds: per option, per group, per hypothesis.
        var optionUnigram: [Double] = [], optionBigramExcess: [Double] = [], optionTrigramExcess: [Double] = []
        var weighted: [Double] = []        // channel weight × cost per option
        var expWeighted: [Double] = []     // a lower bound of exp of it
        var groupSeen: [Bool] = [], groupTypes: [Double] = [], groupInverse: [Double] = []
        var hypothesisTypes: [Double] = [], hypothesisCount: [Double] = []
        var relative: [Double] = []        // exp(min(top − score, 600)) per hypothesis
        var headroom: [Double] = []        // ≤ exp(lowest kept − hypothesis score − margin)
        for options in lattice {
            let width = options.count
            let beamCount = beamScore.count
            groups.removeAll(keepingCapacity: true)
            groupOf.removeAll(keepingCapacity: true)
            for v in beamV {
                if let g = groups.firstIndex(of: v) { groupOf.append(g) } else { groupOf.append(groups.count); groups.append(v) }
            }
            memberStart.removeAll(keepingCapacity: true)
            members.removeAll(keepingCapacity: true)
            for g in groups.indices {
                memberStart.append(members.count)
                for h in 0..<beamCount where groupOf[h] == g { members.append(h) }
            }
            memberStart.append(members.count)
            contexts.removeAll(keepingCapacity: true)
            for h in 0..<beamCount { contexts.append(lexicon.trigramContext(beamU[h], beamV[h])) }
            let slots = groups.count * width
            bigram.removeAll(keepingCapacity: true)
            bigram.append(contentsOf: repeatElement(.nan, count: slots))
            logBigram.removeAll(keepingCapacity: true)
            logBigram.append(contentsOf: repeatElement(.nan, count: slots))
            weighted.removeAll(keepingCapacity: true)
            for option in options { weighted.append(channelWeight * Double(option.cost)) }
            let pruning = bounds != nil && slots > beamWidth
            var top = -Double.infinity
            if pruning, let bounds {
                optionUnigram.removeAll(keepingCapacity: true); optionBigramExcess.removeAll(keepingCapacity: true)
                optionTrigramExcess.removeAll(keepingCapacity: true); expWeighted.removeAll(keepingCapacity: true)
                for k in 0..<width {
                    let w = options[k].id
                    optionUnigram.append(lexicon.unigramProbability(w))
                    optionBigramExcess.append(bounds.bigramExcess[Int(w)])
                    optionTrigramExcess.append(bounds.trigramExcess[Int(w)])
                    expWeighted.append(Self.expLowerBound(weighted[k]))
                }
                groupSeen.removeAll(keepingCapacity: true); groupTypes.removeAll(keepingCapacity: true)
                groupInverse.removeAll(keepingCapacity: true)
                for v in groups {
                    let context = Double(lexicon.contextCount[Int(v)])
                    groupSeen.append(context > 0)
                    groupTypes.append(Lexicon.discount * Double(lexicon.contextTypes[Int(v)]))
                    groupInverse.append(context > 0 ? 1 / context : 0)
                }
                hypothesisTypes.removeAll(keepingCapacity: true); hypothesisCount.removeAll(keepingCapacity: true)
                for h in 0..<beamCount {
                    hypothesisTypes.append(contexts[h].map { Lexicon.discount * $0.types } ?? 0)
                    hypothesisCount.append(contexts[h]?.count ?? 1)
                    top = max(top, beamScore[h])
                }
                relative.removeAll(keepingCapacity: true)
                for h in 0..<beamCount { relative.append(exp(min(top - beamScore[h], 600))) }
            }

            /// The score of extending hypothesis h by option k (as the full search scores it).
            func score(_ h: Int, _ g: Int, _ k: Int) -> Double {
                let slot = g * width + k
                var p2 = bigram[slot]
                if p2.isNaN { p2 = lexicon.bigramProbability(groups[g], options[k].id); bigram[slot] = p2 }
                let lm: Double
                if let context = contexts[h] {
                    lm = lexicon.logProbability(beamU[h], beamV[h], options[k].id, bigram: p2, context: context)
                } else {
                    var l = logBigram[slot]
                    if l.isNaN { l = fastLog(p2); logBigram[slot] = l }
                    lm = l
                }
                return beamScore[h] + lm - weighted[k]
            }

            /// Whether extending h by option k certainly scores no more than the lowest kept
            /// slot (`headroom` made from it): an upper bound of the n-gram probability
            /// against exp(lowest − score + weighted cost).
            func cannotEnter(_ h: Int, _ g: Int, _ k: Int) -> Bool {
                var p2 = bigram[g * width + k]
                if p2.isNaN {
                    p2 = groupSeen[g] ? (optionBigramExcess[k] + groupTypes[g] * optionUnigram[k]) * groupInverse[g] : optionUnigram[k]
                }
                let limit = headroom[h] * expWeighted[k]
                if contexts[h] == nil { return p2 <= limit }
                return optionTrigramExcess[k] + hypothesisTypes[h] * p2 <= limit * hypothesisCount[h]
            }

            func refreshHeadroom(_ lowest: Double) {
                headroom.removeAll(keepingCapacity: true)
                // The margin covers fastLog's error (< 1e-5) and rounding many times over;
                // far below the top, no skipping (factor 0).
                let gap = lowest - top - 1e-3
                let factor = gap < -600 ? 0 : exp(min(gap, 600))
                for h in 0..<beamCount { headroom.append(factor * relative[h]) }
            }

            keptU.removeAll(keepingCapacity: true); keptV.removeAll(keepingCapacity: true)
            keptScore.removeAll(keepingCapacity: true); keptTrace.removeAll(keepingCapacity: true)
            keptChoice.removeAll(keepingCapacity: true)
            var worst = 0
            for g in groups.indices {
                let first = memberStart[g], end = memberStart[g + 1]
                for k in 0..<width {
                    if keptScore.count < beamWidth {
                        // Among the first slots: kept whatever its score.
                        var best = members[first]
                        var bestScore = score(best, g, k)
                        for m in (first + 1)..<end {
                            let h = members[m]
                            let s = score(h, g, k)
                            if s > bestScore { bestScore = s; best = h }
                        }
                        keptU.append(groups[g]); keptV.append(options[k].id); keptScore.append(bestScore)
                        keptTrace.append(beamTrace[best]); keptChoice.append(Int32(k))
                        if keptScore.count == beamWidth {
                            worst = 0
                            for j in 1..<keptScore.count where keptScore[j] < keptScore[worst] { worst = j }
                            if pruning { refreshHeadroom(keptScore[worst]) }
                        }
                        continue
                    }
                    // The slot's best extension, among those that may beat the lowest kept.
                    let lowest = keptScore[worst]
                    var best = -1
                    var bestScore = -Double.infinity
                    for m in first..<end {
                        let h = members[m]
                        if pruning, cannotEnter(h, g, k) { continue }
                        let s = score(h, g, k)
                        if best < 0 || s > bestScore { bestScore = s; best = h }
                    }
                    guard best >= 0, bestScore > lowest else { continue }
                    keptU[worst] = groups[g]; keptV[worst] = options[k].id; keptScore[worst] = bestScore
                    keptTrace[worst] = beamTrace[best]; keptChoice[worst] = Int32(k)
                    worst = 0
                    for j in 1..<keptScore.count where keptScore[j] < keptScore[worst] { worst = j }
                    if pruning { refreshHeadroom(keptScore[worst]) }
                }
            }
            beamTrace.removeAll(keepingCapacity: true)
            for j in keptScore.indices {
                traceChoice.append(keptChoice[j])
                traceParent.append(keptTrace[j])
                beamTrace.append(Int32(traceChoice.count - 1))
            }
            swap(&beamU, &keptU); swap(&beamV, &keptV); swap(&beamScore, &keptScore)
        }
        var best = 0
        var bestScore = -Double.infinity
        for h in beamScore.indices {
            let s = beamScore[h] + lexicon.logProbability(beamU[h], beamV[h], Lexicon.sentenceEnd)
            if s > bestScore { bestScore = s; best = h }
        }
        var choices = [Int](repeating: 0, count: lattice.count)
        var t = beamTrace[best]
        var i = lattice.count - 1
        while t >= 0, i >= 0 {
            choices[i] = Int(traceChoice[Int(t)])
            t = traceParent[Int(t)]
            i -= 1
        }
        return choices
    }

    /// A lower bound of exp(x) (the margin of `refreshHeadroom` covers its rounding): for
    /// x ≥ 0 (Taylor to x⁴ of x/8)⁸, every term positive, within 1e-4 relative up to
    /// x ≈ 3.5 and looser beyond (which only skips less); below 0 (a Title-case bonus) libm's.
    @inline(__always) static func expLowerBound(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? 1 : exp(x) * 0.999_999 }
        let y = x / 8
        var e = 1 + y * (1 + y * (0.5 + y * (1.0 / 6 + y / 24)))
        e *= e; e *= e; e *= e
        return e
    }

    /// How sure the decoder is of `chosen[i]`: its share of the local score mass against the
    /// other options at i, with the neighbours as decoded (the trigrams ending at i and i+1).
    func confidence(_ lattice: [[Option]], chosen ids: [UInt32], at i: Int) -> Double {
        let options = lattice[i]
        if options.count < 2 { return 1 }
        func id(_ j: Int) -> UInt32 { j < 0 ? Lexicon.sentenceStart : j >= ids.count ? Lexicon.sentenceEnd : ids[j] }
        var scores: [Double] = []
        for option in options {
            var s = lexicon.logProbability(id(i - 2), id(i - 1), option.id)
            if i + 1 <= ids.count { s += lexicon.logProbability(id(i - 1), option.id, id(i + 1)) }
            scores.append(s - channelWeight * Double(option.cost))
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
