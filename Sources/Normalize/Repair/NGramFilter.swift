/// The bigram and trigram keys of a lexicon's tables as small bit filters (no false
/// negatives): most n-grams the decoder asks about were never seen, and a filter, unlike
/// the tables (hundreds of KB each), stays in cache.
struct NGramFilters: Sendable {
    let bigram: NGramFilter
    let trigram: NGramFilter

    init(lexicon: Lexicon) {
        bigram = NGramFilter(keys: lexicon.bigramKeys)
        trigram = NGramFilter(keys: lexicon.trigramKeys)
    }
}

/// A blocked Bloom filter of 64-bit n-gram keys: two bits in one word per key, about
/// 16 bits per key, so an absent key is rejected with ~1–2 % false positives.
struct NGramFilter: Sendable {
    let words: [UInt64]
    let shift: UInt64

    init(keys: [UInt64]) {
        let present = keys.reduce(0) { $0 + ($1 == Lexicon.emptySlot ? 0 : 1) }
        var count = 64
        while count < present / 4 { count <<= 1 }
        var words = [UInt64](repeating: 0, count: count)
        shift = UInt64(64 - count.trailingZeroBitCount)
        for key in keys where key != Lexicon.emptySlot {
            let (word, bits) = Self.place(key, shift: shift)
            words[word] |= bits
        }
        self.words = words
    }

    @inline(__always) static func place(_ key: UInt64, shift: UInt64) -> (word: Int, bits: UInt64) {
        let h = (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return (Int(truncatingIfNeeded: h >> shift), (1 << (h & 63)) | (1 << ((h >> 6) & 63)))
    }

    /// False only when `key` is certainly not in the table.
    @inline(__always) func mayContain(_ key: UInt64) -> Bool {
        let (word, bits) = Self.place(key, shift: shift)
        return words[word] & bits == bits
    }
}

extension Lexicon {
    /// `bigramProbability(v, w)`, the same value, asking the table only when `filter` may hold (v w).
    @inline(__always) func bigramProbability(_ v: UInt32, _ w: UInt32, filter: NGramFilter) -> Double {
        let p1 = unigramProbability(w)
        let context = Double(contextCount[Int(v)])
        guard context > 0 else { return p1 }
        var count = 0.0
        let key = Self.bigramKey(v, w)
        if filter.mayContain(key), let i = find(key, in: bigramKeys) { count = Double(bigramCount[i]) }
        let types = Double(contextTypes[Int(v)])
        return (max(count - Self.discount, 0) + Self.discount * types * p1) / context
    }

    /// `trigramContext(u, v)`, the same value, through `filter`.
    @inline(__always) func trigramContext(_ u: UInt32, _ v: UInt32, filter: NGramFilter) -> (count: Double, types: Double)? {
        let key = Self.bigramKey(u, v)
        guard filter.mayContain(key), let b = find(key, in: bigramKeys), bigramContext[b] > 0 else { return nil }
        return (Double(bigramContext[b]), Double(bigramTypes[b]))
    }
}
