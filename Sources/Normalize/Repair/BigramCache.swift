/// P(w | v) (and its fastLog) remembered for the pairs asked last: a direct-mapped table,
/// where a pair evicts the one in its slot (2^15 slots, 768 KB).
/// The confidence asks about the pairs the decoder has just scored, and the decoder meets the
/// same pairs sentence after sentence (the same words, the same candidates). One cache serves
/// one repair run (it is not shared between threads); the values are exactly the lexicon's.
/// (A second table for the trigram scores after a seen context was tried: it missed too often
/// to pay for itself.)
final class BigramCache {
    /// A pair's key (`Lexicon.bigramKey`), P(w | v), and its fastLog (NaN until asked): one
    /// slot is one cache-line access.
    private struct Slot { var key: UInt64; var value: Double; var log: Double }
    private let slots: UnsafeMutablePointer<Slot>
    private let count: Int
    private let shift: UInt64
    let lexicon: Lexicon
    let filters: NGramFilters?

    /// 2^`bits` slots (24 bytes each).
    init(lexicon: Lexicon, filters: NGramFilters?, bits: Int = 15) {
        self.lexicon = lexicon
        self.filters = filters
        count = 1 << bits
        slots = .allocate(capacity: count)
        slots.initialize(repeating: Slot(key: Lexicon.emptySlot, value: 0, log: .nan), count: count)
        shift = UInt64(64 - bits)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// `lexicon.bigramProbability(v, w, filters:)`.
    @inline(__always) func probability(_ v: UInt32, _ w: UInt32) -> Double {
        let key = Lexicon.bigramKey(v, w)
        let s = slot(key)
        if slots[s].key == key { return slots[s].value }
        let p = lexicon.bigramProbability(v, w, filters: filters)
        slots[s] = Slot(key: key, value: p, log: .nan)
        return p
    }

    /// fastLog(p), where p = `probability(v, w)` (remembered while the pair holds its slot).
    @inline(__always) func log(_ v: UInt32, _ w: UInt32, probability p: Double) -> Double {
        let key = Lexicon.bigramKey(v, w)
        let s = slot(key)
        guard slots[s].key == key else { return fastLog(p) }
        var l = slots[s].log
        if l.isNaN { l = fastLog(p); slots[s].log = l }
        return l
    }
}
