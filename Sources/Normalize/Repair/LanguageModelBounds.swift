/// Per-syllable upper bounds of the language model's n-gram counts, so the beam decoder can
/// tell, without looking a bigram or trigram up, that an extension cannot enter the beam.
///
/// With interpolated absolute discounting (`Lexicon`),
///   P(w | v)   = (max(c(v w) − D, 0) + D · T(v) · P(w)) / C(v)            (C(v) > 0, else P(w))
///   P(w | u v) = (max(c(u v w) − D, 0) + D · T(u v) · P(w | v)) / C(u v)  (a seen context, else P(w | v))
/// and every count c(· w) is at most the largest count of any n-gram ending in w, so the
/// same formulas with those maxima in place of the counts bound the probabilities from above.
struct LanguageModelBounds: Sendable {
    /// max(largest bigram count ending in w − D, 0), by syllable id.
    let bigramExcess: [Double]
    /// max(largest trigram count ending in w − D, 0), by syllable id.
    let trigramExcess: [Double]

    init(lexicon: Lexicon) {
        let n = lexicon.count
        var bigramMax = [UInt32](repeating: 0, count: n), trigramMax = bigramMax
        let empty = Lexicon.emptySlot
        lexicon.bigramKeys.withUnsafeBufferPointer { keys in
            lexicon.bigramCount.withUnsafeBufferPointer { counts in
                for i in keys.indices where keys[i] != empty {
                    let w = Int(truncatingIfNeeded: keys[i] & 0xFFFF_FFFF)
                    if w < n, counts[i] > bigramMax[w] { bigramMax[w] = counts[i] }
                }
            }
        }
        lexicon.trigramKeys.withUnsafeBufferPointer { keys in
            lexicon.trigramCount.withUnsafeBufferPointer { counts in
                for i in keys.indices where keys[i] != empty {
                    let w = Int(truncatingIfNeeded: keys[i] & 0x1F_FFFF)
                    if w < n, counts[i] > trigramMax[w] { trigramMax[w] = counts[i] }
                }
            }
        }
        bigramExcess = bigramMax.map { max(Double($0) - Lexicon.discount, 0) }
        trigramExcess = trigramMax.map { max(Double($0) - Lexicon.discount, 0) }
    }

    /// An upper bound of P(w | v) (exact when v was never a context).
    @inline(__always) func bigram(_ lexicon: Lexicon, _ v: UInt32, _ w: UInt32) -> Double {
        let p1 = lexicon.unigramProbability(w)
        let context = Double(lexicon.contextCount[Int(v)])
        guard context > 0 else { return p1 }
        return (bigramExcess[Int(w)] + Lexicon.discount * Double(lexicon.contextTypes[Int(v)]) * p1) / context
    }
}
