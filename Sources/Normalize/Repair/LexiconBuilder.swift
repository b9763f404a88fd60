import ICU

/// Builds a compiled lexicon from a hunspell `.dic` word list and a corpus of clean plans.
/// Only counts are kept: the compiled file holds syllables and n-gram counts, never texts.
public struct LexiconBuilder {
    private(set) var syllables: [String] = Lexicon.specials
    private var ids: [String: UInt32] = [:]
    private var unigram: [UInt32] = Array(repeating: 0, count: Lexicon.specials.count)
    /// Occurrences inside a sentence and line (not first), and how many of them in Title case.
    private var midCount: [UInt32] = Array(repeating: 0, count: Lexicon.specials.count)
    private var midTitle: [UInt32] = Array(repeating: 0, count: Lexicon.specials.count)
    private var bigrams: [UInt64: UInt32] = [:]
    private var trigrams: [UInt64: UInt32] = [:]
    public private(set) var corpusTokens = 0
    /// General text (the background model): counts kept apart from the plans'.
    private var generalUnigram: [UInt32] = Array(repeating: 0, count: Lexicon.specials.count)
    private var generalBigrams: [UInt64: UInt32] = [:]
    public private(set) var generalTokens = 0
    /// Syllable pairs inside dictionary words (a word list of one word a line: phần trăm).
    private var wordPairs: Set<UInt64> = []
    public var wordPairCount: Int { wordPairs.count }

    static let maxSyllables = (1 << 21) - 1
    /// The fewest occurrences of a general-text bigram the compiled lexicon keeps.
    static let generalMinCount: UInt32 = 2

    public init() {
        for (i, s) in Lexicon.specials.enumerated() { ids[s] = UInt32(i) }
    }

    /// The syllable count so far (specials included).
    public var syllableCount: Int { syllables.count }

    mutating func id(for syllable: String) -> UInt32 {
        if let id = ids[syllable] { return id }
        // Trigram keys hold 21-bit ids: past that (a corpus with two million distinct words),
        // the rest count as unknown.
        guard syllables.count < Self.maxSyllables else { return Lexicon.unknown }
        let id = UInt32(syllables.count)
        syllables.append(syllable)
        unigram.append(0)
        midCount.append(0)
        midTitle.append(0)
        generalUnigram.append(0)
        ids[syllable] = id
        return id
    }

    /// Adds every entry of a hunspell dictionary (`word/FLAGS` lines; the first line is a count).
    public mutating func addDictionary(_ text: String) {
        for (n, raw) in text.split(whereSeparator: \.isNewline).enumerated() {
            if n == 0, raw.allSatisfy(\.isNumber) { continue }
            let word = raw.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
            for piece in word.split(separator: " ") where !piece.isEmpty && piece.allSatisfy(\.isLetter) {
                _ = id(for: ICU.nfc(piece.lowercased()))
            }
        }
    }

    /// Adds a clean text: its syllables, and unigram/bigram/trigram counts over its sentences.
    public mutating func addCorpus(_ text: String) {
        for sentence in Self.sentences(of: ICU.nfc(text)) {
            var sequence: [UInt32] = [Lexicon.sentenceStart, Lexicon.sentenceStart]
            for (k, token) in sentence.enumerated() {
                switch token.kind {
                case .word:
                    let id = id(for: ICU.nfc(token.text.lowercased()))
                    sequence.append(id)
                    let letterCase = token.letterCase
                    if k > 0, !token.startsLine, letterCase == .lower || letterCase == .title {
                        midCount[Int(id)] += 1
                        if letterCase == .title { midTitle[Int(id)] += 1 }
                    }
                case .number: sequence.append(Lexicon.number)
                case .ocrWord, .other: sequence.append(Lexicon.unknown)
                }
            }
            sequence.append(Lexicon.sentenceEnd)
            for i in 2..<sequence.count {
                let (u, v, w) = (sequence[i - 2], sequence[i - 1], sequence[i])
                unigram[Int(w)] += 1
                corpusTokens += 1
                bigrams[Lexicon.bigramKey(v, w), default: 0] += 1
                trigrams[Lexicon.trigramKey(u, v, w), default: 0] += 1
            }
        }
    }

    /// Adds general Vietnamese text to the background model: unigram and bigram counts of
    /// its known syllables (a word the dictionary and plans do not know counts as unknown;
    /// general text adds no syllables).
    public mutating func addGeneral(_ text: String) {
        for sentence in Self.sentences(of: ICU.nfc(text)) {
            var previous = Lexicon.sentenceStart
            func count(_ w: UInt32) {
                generalUnigram[Int(w)] += 1
                generalTokens += 1
                generalBigrams[Lexicon.bigramKey(previous, w), default: 0] += 1
                previous = w
            }
            for token in sentence {
                switch token.kind {
                case .word: count(ids[ICU.nfc(token.text.lowercased())] ?? Lexicon.unknown)
                case .number: count(Lexicon.number)
                case .ocrWord, .other: count(Lexicon.unknown)
                }
            }
            count(Lexicon.sentenceEnd)
        }
    }

    /// Adds a word list (one word a line, syllables separated by spaces): the pairs of known
    /// syllables that follow each other inside a word. Adds no syllables.
    public mutating func addWordList(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let syllables = line.split(separator: " ").map { ids[ICU.nfc($0.lowercased())] }
            guard syllables.count >= 2 else { continue }
            for i in 1..<syllables.count {
                if let v = syllables[i - 1], let w = syllables[i], v >= UInt32(Lexicon.specials.count), w >= UInt32(Lexicon.specials.count) {
                    wordPairs.insert(Lexicon.bigramKey(v, w))
                }
            }
        }
    }

    /// Takes the background model (general-text counts and dictionary word pairs) of a
    /// compiled lexicon, by syllable text: a syllable this builder does not know counts as
    /// unknown, as if the general text had been added here. Lets a leave-one-out lexicon
    /// share the shipped one's background without the general text or word list at hand.
    public mutating func addBackground(of lexicon: Lexicon) {
        func mapped(_ id: UInt32) -> UInt32 {
            Int(id) < Lexicon.specials.count ? id : (ids[lexicon.syllables[Int(id)]] ?? Lexicon.unknown)
        }
        for (id, count) in lexicon.generalUnigram.enumerated() where count > 0 {
            generalUnigram[Int(mapped(UInt32(id)))] += count
            generalTokens += Int(count)
        }
        for (slot, key) in lexicon.generalBigramKeys.enumerated() where key != Lexicon.emptySlot {
            let pair = Lexicon.bigramKey(mapped(UInt32(key >> 32)), mapped(UInt32(key & 0xFFFF_FFFF)))
            generalBigrams[pair, default: 0] += lexicon.generalBigramCount[slot]
        }
        for key in lexicon.wordPairKeys where key != Lexicon.emptySlot {
            let (v, w) = (mapped(UInt32(key >> 32)), mapped(UInt32(key & 0xFFFF_FFFF)))
            if v != Lexicon.unknown, w != Lexicon.unknown { wordPairs.insert(Lexicon.bigramKey(v, w)) }
        }
    }

    /// The tokens of a text grouped into sentences: a sentence ends at `.`, `;`, `:`, `!`,
    /// `?`; a line break alone does not end one (printed lines wrap mid-sentence).
    static func sentences(of text: String) -> [[RepairToken]] {
        var out: [[RepairToken]] = []
        var current: [RepairToken] = []
        for line in text.split(whereSeparator: \.isNewline) {
            for token in RepairTokenizer.tokenize(String(line)) {
                current.append(token)
                if token.endsSentence { out.append(current); current = [] }
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// For each syllable, its spelling in the other tone placement when the plans use that
    /// spelling more (uỷ → ủy when the plans write ủy): the background model (word list, general
    /// text) follows the plans' style, so "cấp uỷ" of the word list speaks for "cấp ủy".
    func planStyle() -> [UInt32] {
        var map = (0..<UInt32(syllables.count)).map { $0 }
        for (id, syllable) in syllables.enumerated().dropFirst(Lexicon.specials.count)
        where !syllable.utf8.allSatisfy({ $0 < 0x80 }) {
            var best = id
            for form in [TonePlacement.new.apply(to: syllable), TonePlacement.old.apply(to: syllable)] where form != syllable {
                if let other = ids[form], unigram[Int(other)] > unigram[best] { best = Int(other) }
            }
            map[id] = UInt32(best)
        }
        return map
    }

    /// The background counts and word pairs respelled in the plans' tone placement.
    mutating func applyPlanStyle() {
        let style = planStyle()
        guard style.enumerated().contains(where: { $0.offset != Int($0.element) }) else { return }
        func key(_ k: UInt64) -> UInt64 {
            Lexicon.bigramKey(style[Int(k >> 32)], style[Int(k & 0xFFFF_FFFF)])
        }
        var unigram = [UInt32](repeating: 0, count: generalUnigram.count)
        for (id, count) in generalUnigram.enumerated() { unigram[Int(style[id])] += count }
        generalUnigram = unigram
        var bigrams: [UInt64: UInt32] = [:]
        for (k, count) in generalBigrams { bigrams[key(k), default: 0] += count }
        generalBigrams = bigrams
        wordPairs = Set(wordPairs.map(key))
    }

    /// The compiled file.
    public func compile() -> [UInt8] {
        var builder = self
        builder.applyPlanStyle()
        return builder.compiled()
    }

    func compiled() -> [UInt8] {
        let n = syllables.count
        var contextCount = [UInt32](repeating: 0, count: n), contextTypes = [UInt32](repeating: 0, count: n)
        var bigramContext: [UInt64: UInt32] = [:], bigramTypes: [UInt64: UInt32] = [:]
        for (key, count) in bigrams {
            let v = Int(key >> 32)
            contextCount[v] += count
            contextTypes[v] += 1
        }
        for (key, count) in trigrams {
            let uv = Lexicon.bigramKey(UInt32(key >> 42), UInt32((key >> 21) & 0x1FFFFF))
            bigramContext[uv, default: 0] += count
            bigramTypes[uv, default: 0] += 1
        }
        // Open-addressing tables at most half full.
        func table(_ keys: [UInt64]) -> (keys: [UInt64], slotOf: [UInt64: Int]) {
            var size = 16
            while size < keys.count * 2 { size <<= 1 }
            var slots = [UInt64](repeating: Lexicon.emptySlot, count: size)
            var slotOf: [UInt64: Int] = [:]
            for key in keys.sorted() {
                var i = Lexicon.slot(key, mask: size - 1)
                while slots[i] != Lexicon.emptySlot { i = (i + 1) & (size - 1) }
                slots[i] = key
                slotOf[key] = i
            }
            return (slots, slotOf)
        }
        let bi = table(Array(bigrams.keys))
        var biCount = [UInt32](repeating: 0, count: bi.keys.count)
        var biContext = biCount, biTypes = biCount
        for (key, slot) in bi.slotOf {
            biCount[slot] = bigrams[key] ?? 0
            biContext[slot] = bigramContext[key] ?? 0
            biTypes[slot] = bigramTypes[key] ?? 0
        }
        let tri = table(Array(trigrams.keys))
        var triCount = [UInt32](repeating: 0, count: tri.keys.count)
        for (key, slot) in tri.slotOf { triCount[slot] = trigrams[key] ?? 0 }

        // General bigrams seen once are dropped (half the table, and the load time): the
        // background model is a prior, its rare pairs say little.
        let generalBigrams = self.generalBigrams.filter { $0.value >= Self.generalMinCount }
        var generalContextCount = [UInt32](repeating: 0, count: n), generalContextTypes = generalContextCount
        for (key, count) in generalBigrams {
            let v = Int(key >> 32)
            generalContextCount[v] += count
            generalContextTypes[v] += 1
        }
        let generalBi = table(Array(generalBigrams.keys))
        var generalBiCount = [UInt32](repeating: 0, count: generalBi.keys.count)
        for (key, slot) in generalBi.slotOf { generalBiCount[slot] = generalBigrams[key] ?? 0 }

        let specials = Lexicon.specials.count
        var writer = BinaryWriter()
        writer.bytes.append(contentsOf: Lexicon.magic)
        writer.strings(syllables)
        writer.strings(syllables.enumerated().map { $0.offset < specials ? "" : SyllableKeys.skeleton($0.element) })
        writer.strings(syllables.enumerated().map { $0.offset < specials ? "" : SyllableKeys.ocrKey($0.element) })
        // Other tone placements of the syllables (hòa/hoà), so a reader knows both.
        var alternates = Set<String>()
        for syllable in syllables.dropFirst(specials) where !syllable.utf8.allSatisfy({ $0 < 0x80 }) {
            for form in [TonePlacement.new.apply(to: syllable), TonePlacement.old.apply(to: syllable)]
            where form != syllable && ids[form] == nil { alternates.insert(form) }
        }
        writer.strings(alternates.sorted())
        writer.u32s(unigram)
        writer.u32s(midCount)
        writer.u32s(midTitle)
        writer.u32s(contextCount)
        writer.u32s(contextTypes)
        writer.u64s(bi.keys)
        writer.u32s(biCount)
        writer.u32s(biContext)
        writer.u32s(biTypes)
        writer.u64s(tri.keys)
        writer.u32s(triCount)
        writer.u32s(generalUnigram)
        writer.u32s(generalContextCount)
        writer.u32s(generalContextTypes)
        writer.u64s(generalBi.keys)
        writer.u32s(generalBiCount)
        writer.u64s(table(Array(wordPairs)).keys)
        writer.u64(fnv1a(writer.bytes[...]))
        return writer.bytes
    }
}
