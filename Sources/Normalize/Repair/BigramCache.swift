/// P(w | v) (and its fastLog) remembered for the pairs the decoder asked last: a direct-mapped
/// table, where a pair evicts the one in its slot. The decoder and the confidence ask about the
/// same pairs sentence after sentence (the same words, the same candidates). One cache serves
/// one repair run (it is not shared between threads); the values are exactly the lexicon's.
/// (A second table for the trigram scores after a seen context was tried: it missed too often
/// to pay for itself.)
final class BigramCache {
    private let bigramKeys: UnsafeMutablePointer<UInt64>
    private let bigramValues: UnsafeMutablePointer<Double>
    /// fastLog of the value, NaN until asked.
    private let bigramLogs: UnsafeMutablePointer<Double>
    private let bigramShift: UInt64
    let lexicon: Lexicon
    let filters: NGramFilters?

    /// 2^`bits` slots (24 bytes each).
    init(lexicon: Lexicon, filters: NGramFilters?, bits: Int = 15) {
        self.lexicon = lexicon
        self.filters = filters
        let bigramCount = 1 << bits
        bigramKeys = .allocate(capacity: bigramCount)
        bigramKeys.initialize(repeating: Lexicon.emptySlot, count: bigramCount)
        bigramValues = .allocate(capacity: bigramCount)
        bigramValues.initialize(repeating: 0, count: bigramCount)
        bigramLogs = .allocate(capacity: bigramCount)
        bigramLogs.initialize(repeating: .nan, count: bigramCount)
        bigramShift = UInt64(64 - bits)
    }

    deinit {
        bigramKeys.deallocate()
        bigramValues.deallocate()
        bigramLogs.deallocate()
    }

    @inline(__always) private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// `lexicon.bigramProbability(v, w, filters:)`.
    @inline(__always) func probability(_ v: UInt32, _ w: UInt32) -> Double {
        let key = Lexicon.bigramKey(v, w)
        let s = Self.slot(key, shift: bigramShift)
        if bigramKeys[s] == key { return bigramValues[s] }
        let p = lexicon.bigramProbability(v, w, filters: filters)
        bigramKeys[s] = key
        bigramValues[s] = p
        bigramLogs[s] = .nan
        return p
    }

    /// fastLog(p), where p = `probability(v, w)` (remembered while the pair holds its slot).
    @inline(__always) func log(_ v: UInt32, _ w: UInt32, probability p: Double) -> Double {
        let key = Lexicon.bigramKey(v, w)
        let s = Self.slot(key, shift: bigramShift)
        guard bigramKeys[s] == key else { return fastLog(p) }
        var l = bigramLogs[s]
        if l.isNaN { l = fastLog(p); bigramLogs[s] = l }
        return l
    }
}
