#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem with a compiled lexicon file: always names the file.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: String
    public init(path: String, problem: String) { self.path = path; self.problem = problem }
    public var description: String { "\(path): \(problem)" }
}

/// The compiled lexicon and syllable language model: every known syllable with its two
/// keys (skeleton, OCR key), unigram, bigram and trigram counts in open-addressing tables
/// stored as flat arrays, so loading is a read and a few array copies.
public final class Lexicon: Sendable {
    static let magic: [UInt8] = Array("VNPLEX05".utf8)
    /// Ids of the special tokens, which are never candidates.
    public static let sentenceStart: UInt32 = 0, sentenceEnd: UInt32 = 1, number: UInt32 = 2, unknown: UInt32 = 3
    static let specials = ["<s>", "</s>", "<num>", "<unk>"]
    static let emptySlot = UInt64.max

    /// Syllable texts (lowercase, NFC), by id.
    public let syllables: [String]
    /// Skeleton and OCR key of each syllable (empty for specials).
    public let skeletons: [String]
    public let ocrKeys: [String]
    /// Corpus count of each syllable (0 for one known only from the dictionary).
    public let unigram: [UInt32]
    /// The syllables' spellings in the other tone placement (hoà for hòa), not ids.
    public let alternateForms: [String]
    /// Occurrences inside a sentence and line, and how many of them were in Title case.
    let midCount: [UInt32]
    let midTitle: [UInt32]
    /// Share of Title case over all such occurrences.
    let titleRate: Double
    /// For each syllable as a context: tokens that followed it, and how many distinct ones.
    let contextCount: [UInt32]
    let contextTypes: [UInt32]
    let totalTokens: Double

    let bigramKeys: [UInt64]
    let bigramCount: [UInt32]
    let bigramContext: [UInt32]
    let bigramTypes: [UInt32]
    let trigramKeys: [UInt64]
    let trigramCount: [UInt32]

    /// The background model: unigram and bigram counts of general Vietnamese text (software
    /// help, guides), kept apart from the plans' counts and smoothed on its own. Empty when
    /// the lexicon was built without general text.
    let generalUnigram: [UInt32]
    let generalContextCount: [UInt32]
    let generalContextTypes: [UInt32]
    let generalBigramKeys: [UInt64]
    let generalBigramCount: [UInt32]
    let generalTokens: Double
    /// Syllable pairs that follow each other inside a dictionary word (phần trăm, bề mặt),
    /// as an open-addressing key set, and each first syllable's share of the unigram mass
    /// over its dictionary followers (to normalise P_word(w | v)).
    let wordPairKeys: [UInt64]
    let wordFollowerMass: [Double]
    /// How many dictionary word pairs each syllable is part of: how productive it is in
    /// words (hoàng 41, hoẵng 1), the prior of syllables the plans never showed.
    public let wordCount: [UInt32]
    /// Each syllable's pseudo-count in the plans' unigram: the floor, raised by its word count.
    let unigramPseudo: [Double]
    let unigramTotal: Double
    /// Share of the plan model's unigram base taken by the word-pair model.
    let wordPrior: Double
    /// Share of the final bigram probability taken from the general model (linear mixture).
    let generalMix: Double

    public let idOf: [String: UInt32]
    public let bySkeleton: [String: [UInt32]]
    public let byOCRKey: [String: [UInt32]]

    /// Loads a compiled lexicon, or throws an error naming `path` and what is wrong.
    public convenience init(path: String) throws(LexiconError) {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path: path)
        } catch {
            switch error {
            case .cannotOpen(let code): throw LexiconError(path: path, problem: "cannot open lexicon: \(FileIO.describe(errno: code))")
            default: throw LexiconError(path: path, problem: "cannot read lexicon")
            }
        }
        try self.init(bytes: bytes, path: path)
    }

    public init(bytes: [UInt8], path: String = "<lexicon>") throws(LexiconError) {
        func corrupt(_ why: String) -> LexiconError { LexiconError(path: path, problem: "not a valid vnplan lexicon (\(why))") }
        guard bytes.count >= Self.magic.count + 8, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw corrupt("wrong magic; rebuild it with `vnplan lexicon build`")
        }
        let bodyEnd = bytes.count - 8
        var tail = BinaryReader(bytes)
        tail.position = bodyEnd
        guard let stored = try? tail.u64(), stored == fnv1a(bytes[0..<bodyEnd]) else { throw corrupt("checksum mismatch") }
        var reader = BinaryReader(Array(bytes[Self.magic.count..<bodyEnd]))
        do {
            syllables = try reader.strings()
            skeletons = try reader.strings()
            ocrKeys = try reader.strings()
            alternateForms = try reader.strings()
            unigram = try reader.u32s()
            midCount = try reader.u32s()
            midTitle = try reader.u32s()
            contextCount = try reader.u32s()
            contextTypes = try reader.u32s()
            bigramKeys = try reader.u64s()
            bigramCount = try reader.u32s()
            bigramContext = try reader.u32s()
            bigramTypes = try reader.u32s()
            trigramKeys = try reader.u64s()
            trigramCount = try reader.u32s()
            generalUnigram = try reader.u32s()
            generalContextCount = try reader.u32s()
            generalContextTypes = try reader.u32s()
            generalBigramKeys = try reader.u64s()
            generalBigramCount = try reader.u32s()
            wordPairKeys = try reader.u64s()
        } catch {
            throw corrupt("truncated")
        }
        let n = syllables.count
        guard n >= Self.specials.count, skeletons.count == n, ocrKeys.count == n, unigram.count == n,
              midCount.count == n, midTitle.count == n,
              contextCount.count == n, contextTypes.count == n,
              bigramKeys.count.nonzeroBitCount == 1, bigramCount.count == bigramKeys.count,
              bigramContext.count == bigramKeys.count, bigramTypes.count == bigramKeys.count,
              trigramKeys.count.nonzeroBitCount == 1, trigramCount.count == trigramKeys.count,
              generalUnigram.count == n, generalContextCount.count == n, generalContextTypes.count == n,
              generalBigramKeys.count.nonzeroBitCount == 1, generalBigramCount.count == generalBigramKeys.count,
              wordPairKeys.count.nonzeroBitCount == 1
        else { throw corrupt("inconsistent tables") }
        totalTokens = Double(unigram.reduce(0) { $0 + UInt64($1) })
        generalTokens = Double(generalUnigram.reduce(0) { $0 + UInt64($1) })
        generalMix = generalTokens > 0 ? Self.defaultGeneralMix : 0
        var words = [UInt32](repeating: 0, count: n)
        var pairs = 0
        for key in wordPairKeys where key != Self.emptySlot {
            let (v, w) = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
            guard v < n, w < n else { throw corrupt("word pair out of range") }
            words[v] += 1
            words[w] += 1
            pairs += 1
        }
        wordCount = words
        let wordWeight = Self.defaultWordCountWeight
        let floor = Self.unigramFloor
        let pseudo = (0..<n).map { floor * (1 + wordWeight * Double(words[$0])) }
        unigramPseudo = pseudo
        let unigramTotal = totalTokens + pseudo.reduce(0, +)
        self.unigramTotal = unigramTotal
        var followerMass = [Double](repeating: 0, count: n)
        for key in wordPairKeys where key != Self.emptySlot {
            let (v, w) = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
            followerMass[v] += (Double(unigram[w]) + pseudo[w]) / unigramTotal
        }
        wordFollowerMass = followerMass
        wordPrior = pairs > 0 ? Self.defaultWordPrior : 0
        let mid = Double(midCount.reduce(0) { $0 + UInt64($1) }), title = Double(midTitle.reduce(0) { $0 + UInt64($1) })
        titleRate = mid > 0 ? min(max(title / mid, 0.01), 0.99) : 0.1
        var ids: [String: UInt32] = [:], bySkeleton: [String: [UInt32]] = [:], byOCRKey: [String: [UInt32]] = [:]
        ids.reserveCapacity(n)
        for i in 0..<n {
            let id = UInt32(i)
            ids[syllables[i]] = id
            if i < Self.specials.count { continue }
            bySkeleton[skeletons[i], default: []].append(id)
            byOCRKey[ocrKeys[i], default: []].append(id)
        }
        idOf = ids
        self.bySkeleton = bySkeleton
        self.byOCRKey = byOCRKey
    }

    public var count: Int { syllables.count }

    // MARK: n-gram tables

    @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 20) & mask
    }

    static func bigramKey(_ u: UInt32, _ v: UInt32) -> UInt64 { UInt64(u) << 32 | UInt64(v) }
    static func trigramKey(_ u: UInt32, _ v: UInt32, _ w: UInt32) -> UInt64 {
        UInt64(u) << 42 | UInt64(v) << 21 | UInt64(w)
    }

    @inline(__always) func find(_ key: UInt64, in keys: [UInt64]) -> Int? {
        let mask = keys.count - 1
        var i = Self.slot(key, mask: mask)
        while true {
            let k = keys[i]
            if k == key { return i }
            if k == Self.emptySlot { return nil }
            i = (i + 1) & mask
        }
    }

    // MARK: probabilities (interpolated absolute discounting)

    static let discount = 0.75
    /// Pseudo-count of every known syllable (dictionary-only syllables are possible, rare).
    static let unigramFloor = 0.5

    /// P(w).
    @inline(__always) func unigramProbability(_ w: UInt32) -> Double {
        (Double(unigram[Int(w)]) + unigramPseudo[Int(w)]) / unigramTotal
    }

    // The background model's weights, chosen leave-one-out on the stripped seeds (each
    // seed's choice made on the other two: all three chose these; BENCHMARKS.md).
    // Not used: the general bigram inside the plans' unigram base (at any share it pulled plan
    // words toward software-help ones, dạng for Đảng, bạn for Ban) and the word pairs mixed
    // into the final bigram (no gain).
    /// Share of the final bigram taken by the general bigram.
    static let defaultGeneralMix = 0.02
    /// Share of the plans' unigram base taken by the dictionary word pairs (phần trăm, bề rộng).
    static let defaultWordPrior = 0.3
    /// A syllable's unigram pseudo-count is the floor × (1 + this × its word-pair count).
    static let defaultWordCountWeight = 0.05

    /// P_word(w | v): the unigram restricted to the syllables that follow `v` inside a
    /// dictionary word; nil when `v` starts no such pair.
    @inline(__always) func wordPairProbability(_ v: UInt32, _ w: UInt32, unigram p: Double,
                                               filter: NGramFilter? = nil) -> Double? {
        let mass = wordFollowerMass[Int(v)]
        guard mass > 0 else { return nil }
        let key = Self.bigramKey(v, w)
        guard filter?.mayContain(key) ?? true else { return 0 }
        return find(key, in: wordPairKeys) == nil ? 0 : p / mass
    }

    /// P_general(w): the background unigram.
    @inline(__always) func generalUnigramProbability(_ w: UInt32) -> Double {
        (Double(generalUnigram[Int(w)]) + Self.unigramFloor) / (generalTokens + Self.unigramFloor * Double(syllables.count))
    }

    /// P_general(w | v): the background bigram, absolute discounting over its own unigram.
    @inline(__always) func generalBigramProbability(_ v: UInt32, _ w: UInt32, filter: NGramFilter? = nil) -> Double {
        let p1 = generalUnigramProbability(w)
        let context = Double(generalContextCount[Int(v)])
        guard context > 0 else { return p1 }
        var count = 0.0
        let key = Self.bigramKey(v, w)
        if filter?.mayContain(key) ?? true, let i = find(key, in: generalBigramKeys) { count = Double(generalBigramCount[i]) }
        let types = Double(generalContextTypes[Int(v)])
        return Self.discounted(count, types: types, context: context, lower: p1)
    }

    /// Interpolated absolute discounting: the count less the discount, plus the discounted
    /// mass spread by the lower-order probability, over the context's count.
    @inline(__always) static func discounted(_ count: Double, types: Double, context: Double, lower: Double) -> Double {
        (max(count - discount, 0) + discount * types * lower) / context
    }

    /// P(w | v): the plans' bigram, backing off to a unigram base that mixes the plans'
    /// unigram with the dictionary's word pairs, then mixed linearly with the general bigram.
    /// `filters` (the tables' keys as bit filters) spare the table probes for pairs they rule
    /// out; the value is the same with or without them.
    @inline(__always) func bigramProbability(_ v: UInt32, _ w: UInt32, filters: NGramFilters? = nil) -> Double {
        let p0 = unigramProbability(w)
        var p1 = p0
        if wordPrior > 0, let word = wordPairProbability(v, w, unigram: p0, filter: filters?.wordPair) {
            p1 = (1 - wordPrior) * p1 + wordPrior * word
        }
        let context = Double(contextCount[Int(v)])
        var p2 = p1
        if context > 0 {
            var count = 0.0
            let key = Self.bigramKey(v, w)
            if filters?.bigram.mayContain(key) ?? true, let i = find(key, in: bigramKeys) { count = Double(bigramCount[i]) }
            let types = Double(contextTypes[Int(v)])
            p2 = Self.discounted(count, types: types, context: context, lower: p1)
        }
        if generalMix > 0 { p2 = (1 - generalMix) * p2 + generalMix * generalBigramProbability(v, w, filter: filters?.general) }
        return p2
    }

    /// log of how much likelier syllable `w` makes the case the token shows mid-sentence
    /// (Title: names and bodies such as Ban, Sở, Hải; lower: ordinary words) than an
    /// average syllable does. 0 for syllables the corpus never showed.
    public func caseEvidence(_ w: UInt32, title: Bool) -> Double {
        let n = Double(midCount[Int(w)]), t = Double(midTitle[Int(w)])
        let prior = 2.0
        let pTitle = (t + prior * titleRate) / (n + prior)
        return title ? log(pTitle / titleRate) : log((1 - pTitle) / (1 - titleRate))
    }

    /// The trigram context (u v): its token count and distinct followers, when seen.
    /// `filter` holds the bigram keys (the same value with or without it).
    @inline(__always) func trigramContext(_ u: UInt32, _ v: UInt32, filter: NGramFilter? = nil)
        -> (count: Double, types: Double)? {
        let key = Self.bigramKey(u, v)
        guard filter?.mayContain(key) ?? true, let b = find(key, in: bigramKeys), bigramContext[b] > 0 else { return nil }
        return (Double(bigramContext[b]), Double(bigramTypes[b]))
    }

    /// P(w | u v) given P(w | v) and the seen context (u v), before the log. `filter` holds
    /// the trigram keys (the same value with or without it).
    @inline(__always) func trigramProbability(_ u: UInt32, _ v: UInt32, _ w: UInt32, bigram p2: Double,
                                              context: (count: Double, types: Double),
                                              filter: NGramFilter? = nil) -> Double {
        var count = 0.0
        let key = Self.trigramKey(u, v, w)
        if filter?.mayContain(key) ?? true, let i = find(key, in: trigramKeys) { count = Double(trigramCount[i]) }
        return Self.discounted(count, types: context.types, context: context.count, lower: p2)
    }

    /// log P(w | u v) given P(w | v) and the context of (u v).
    @inline(__always) func logProbability(_ u: UInt32, _ v: UInt32, _ w: UInt32, bigram p2: Double,
                                          context: (count: Double, types: Double)?) -> Double {
        guard let context else { return fastLog(p2) }
        return fastLog(trigramProbability(u, v, w, bigram: p2, context: context))
    }

    /// log P(w | u v).
    public func logProbability(_ u: UInt32, _ v: UInt32, _ w: UInt32) -> Double {
        let p2 = bigramProbability(v, w)
        guard let context = trigramContext(u, v) else { return log(p2) }
        return log(trigramProbability(u, v, w, bigram: p2, context: context))
    }
}


/// Natural log of a positive `x` to about 1e-4 absolute: exponent from the bits, mantissa
/// by a short series. Ranking decoder paths needs no more, and it is several times faster.
@inline(__always) func fastLog(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return log(x) }
    let bits = x.bitPattern
    let exponent = Double(Int((bits >> 52) & 0x7FF) - 1023)
    // Mantissa m in [1, 2): log(m) = 2·atanh((m−1)/(m+1)), series in t = (m−1)/(m+1) ≤ 1/3.
    let m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
    let t = (m - 1) / (m + 1), t2 = t * t
    let series = 2 * t * (1 + t2 * (1.0 / 3 + t2 * (1.0 / 5 + t2 * (1.0 / 7 + t2 / 9))))
    return exponent * 0.6931471805599453 + series
}
