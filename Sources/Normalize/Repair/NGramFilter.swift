/// The bigram and trigram keys of a lexicon's tables as small bit filters (no false
/// negatives): most n-grams the decoder asks about were never seen, and a filter, unlike
/// the tables (hundreds of KB each), stays in cache.
struct NGramFilters: Sendable {
    let bigram: NGramFilter
    let trigram: NGramFilter
    /// The background model's bigrams and the dictionary's word pairs.
    let general: NGramFilter
    let wordPair: NGramFilter

    init(lexicon: Lexicon) {
        bigram = NGramFilter(keys: lexicon.bigramKeys)
        trigram = NGramFilter(keys: lexicon.trigramKeys)
        general = NGramFilter(keys: lexicon.generalBigramKeys)
        wordPair = NGramFilter(keys: lexicon.wordPairKeys)
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
