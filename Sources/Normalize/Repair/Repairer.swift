import ICU

/// One token the repair replaced.
public struct RepairChange: Sendable, Hashable, Codable {
    /// 1-based line (index in the lines given + 1, or the caller's line number).
    public var line: Int
    /// 1-based column (in characters) of the token's first character.
    public var column: Int
    public var original: String
    public var replacement: String
    /// 0…1: the decoder's share of local score mass for the replacement.
    public var confidence: Double
}

/// What one repair run did.
public struct RepairOutcome: Sendable {
    public var lines: [String]
    public var changes: [RepairChange]
    /// Word tokens in the lines that were repaired.
    public var tokens: Int
    /// Lines that needed repair.
    public var repairedLines: Int
    public var lowConfidence: Int { changes.filter { $0.confidence < Repairer.lowConfidence }.count }
}

/// Restores diacritics and undoes OCR glyph swaps: per line, decides whether the text needs
/// repair (correct Vietnamese is left alone), builds a candidate lattice from the lexicon's
/// keys and the channel model, and decodes it with the trigram model.
public final class Repairer: Sendable {
    public enum Policy: String, Sendable, CaseIterable {
        /// Repair the lines that need it.
        case auto
        /// Repair every line with letters (the decoder still keeps what fits).
        case always
        /// Leave the text alone.
        case never
    }

    public static let lowConfidence = 0.6
    /// In text that shows its marks, an unknown word is replaced only on strong evidence
    /// (a mark misread, hiéu → hiệu), never by a glyph swap (LOD → LOÀ).
    static let partialBound: Float = 0.5

    public let lexicon: Lexicon
    let search: CandidateSearch
    let strippedChannel = ChannelModel(mode: .stripped)
    let ocrChannel = ChannelModel(mode: .ocr)
    /// The decoder's knobs.
    public struct Settings: Sendable {
        /// Channel-cost bound of a candidate, and the most candidates a position keeps.
        public var bound: Float = 3.0
        public var limit = 28
        /// Weight of the channel cost against the language model's log probability.
        public var channelWeight = 1.0
        /// The same weight for OCR lines (glyph swaps make the channel less sure).
        public var ocrChannelWeight = 3.5
        public var beamWidth = 8
        /// Candidates costlier than the cheapest by more than this are dropped.
        public var spread: Float = 2.0
        /// Weight of the case a token shows mid-sentence (Title for names and bodies).
        public var caseWeight = 0.5
        /// Candidates never seen in the corpus kept beside seen ones (stripped text), the
        /// likeliest by the background model first.
        public var unseenKept = 4
        /// Channel cost of keeping a word the lexicon does not know as printed.
        public var unknownKeepCost: Float = 4.0
        public init() {}
    }
    public let settings: Settings
    var bound: Float { settings.bound }
    var limit: Int { settings.limit }
    var channelWeight: Double { settings.channelWeight }
    var beamWidth: Int { settings.beamWidth }

    /// Every known syllable in both tone placements (hòa and hoà).
    let knownForms: Set<String>

    public init(lexicon: Lexicon, settings: Settings = Settings()) {
        self.lexicon = lexicon
        self.settings = settings
        self.search = CandidateSearch(lexicon: lexicon)
        ngramFilters = NGramFilters(lexicon: lexicon)
        knownForms = Set(lexicon.syllables).union(lexicon.alternateForms)
        knownFormsAreLowercase = knownForms.allSatisfy { $0.lowercased() == $0 }
        knownBytes = UTF8KeySet(knownForms) { TextBytes.isCertainlyNFC($0) ? $0 : ICU.nfc($0) }
    }

    /// Filters of the n-gram tables: the decoder skips most lookups of unseen n-grams.
    let ngramFilters: NGramFilters

    /// `knownForms` looked up by UTF-8 bytes (the clean screen).
    let knownBytes: UTF8KeySet

    /// Every known form is its own lowercase: a word found as printed is known without
    /// lowercasing it first.
    let knownFormsAreLowercase: Bool

    /// `isKnown(word.lowercased())`, without lowercasing the words found as printed.
    func isKnownWord(_ word: String) -> Bool {
        if knownFormsAreLowercase && knownForms.contains(word) { return true }
        return isKnown(word.lowercased())
    }

    /// Repairs `lines`; changes are numbered by `numbers` when given, else from 1. Columns of
    /// rejoined or split syllables refer to the line as given, the others to the line after
    /// those mends.
    public func repair(lines rawLines: [String], policy: Policy = .auto, numbers: [Int]? = nil) -> RepairOutcome {
        var lines = rawLines.map { TextBytes.isCertainlyNFC($0) ? $0 : ICU.nfc($0) }
        guard policy != .never else { return RepairOutcome(lines: lines, changes: [], tokens: 0, repairedLines: 0) }
        // Split and run-together syllables first, so the decoder sees whole syllables.
        var mended: [RepairChange] = []
        let joiner = SyllableJoiner(isKnown: { self.isKnown($0) }, isKnownWord: { self.isKnownWord($0) }, frequency: { [lexicon] in
            Double(lexicon.idOf[$0].map { lexicon.unigram[Int($0)] } ?? 0) + 0.5
        })
        // Lines the clean screen keeps (policy auto) are tokenized only if a neighbour in
        // their sentence is repaired: nil here.
        var tokenized: [[RepairToken]?] = [], stats: [LineStats] = []
        tokenized.reserveCapacity(lines.count)
        stats.reserveCapacity(lines.count)
        let screened = policy == .auto ? cleanLineStats(lines) : []
        for index in lines.indices {
            if policy == .auto, let clean = screened[index] {
                tokenized.append(nil); stats.append(clean); continue
            }
            var tokens = RepairTokenizer.tokenize(lines[index])
            var flags = joiner.knownWords(tokens)
            let (line, edits) = joiner.mend(lines[index], tokens: tokens, known: flags)
            if !edits.isEmpty {
                lines[index] = line
                tokens = RepairTokenizer.tokenize(line)
                flags = joiner.knownWords(tokens)
                let number = numbers.map { $0[index] } ?? index + 1
                mended += edits.map { RepairChange(line: number, column: $0.offset + 1, original: $0.original,
                                                    replacement: $0.replacement, confidence: 0.9) }
            }
            tokenized.append(tokens)
            stats.append(lineStats(tokens, known: flags))
        }
        var outcome = RepairOutcome(lines: lines, changes: mended, tokens: 0, repairedLines: 0)
        var cache: [String: [BeamDecoder.Option]] = [:]
        // A document whose text mostly shows Vietnamese marks was typed or read with them:
        // its unmarked lines are abbreviations, names or foreign words, not stripped text.
        let allWords = stats.reduce(0) { $0 + $1.words }
        let markedWords = stats.reduce(0) { $0 + ($1.showsVietnameseMarks ? $1.words : 0) }
        let documentMarked = allWords > 0 && Double(markedWords) >= 0.8 * Double(allWords)
        // nil: the line is kept (screened clean).
        var plans: [LinePlan?] = []
        plans.reserveCapacity(lines.count)
        for (index, tokens) in tokenized.enumerated() {
            guard let tokens else { plans.append(nil); continue }
            let plan = self.plan(tokens, stats: stats[index], policy: policy, documentMarked: documentMarked, cache: &cache)
            plans.append(plan)
            if plan.mode != .keep { outcome.repairedLines += 1 }
            outcome.tokens += plan.repairs.reduce(0) { $0 + ($1 == .fixed ? 0 : 1) }
        }
        // Whether the decoder has a choice at each token (false where it is fixed, or every
        // option but keeping it as printed was ruled out): a sentence with none is not decoded,
        // and a line with none is only context, like a line kept whole.
        // The entries are kept for the decoder (nil at fixed tokens).
        var entries: [[LatticeEntry?]?] = []
        entries.reserveCapacity(lines.count)
        for (index, tokens) in tokenized.enumerated() {
            guard let tokens, let plan = plans[index], plan.repairs.contains(where: { $0 != .fixed }) else {
                entries.append(nil); continue
            }
            entries.append(tokens.indices.map { k in
                plan.repairs[k] == .fixed ? nil
                    : latticeEntry(Position(line: index, token: tokens[k], repair: plan.repairs[k], mode: plan.channel),
                                   cache: &cache)
            })
        }
        var replacements: [[(token: RepairToken, text: String, confidence: Double)]] = Array(repeating: [], count: lines.count)
        // Sentences may run over line breaks: gather positions until a sentence ends.
        var pending: [Position] = []
        var pendingHasChoice = false
        let bigramCache = BigramCache(lexicon: lexicon, filters: ngramFilters)
        func flush() {
            guard !pending.isEmpty else { return }
            if pendingHasChoice { decode(pending, cache: &cache, bigrams: bigramCache, into: &replacements) }
            pending.removeAll(keepingCapacity: true)
            pendingHasChoice = false
        }
        func gather(_ index: Int, _ tokens: [RepairToken], from first: Int = 0) {
            let repairs = plans[index]?.repairs
            let channel = plans[index]?.channel ?? stats[index].channel
            let lineEntries = entries[index]
            for k in first..<tokens.count {
                let token = tokens[k]
                let repair = repairs?[k] ?? .fixed
                let midSentence = k > 0 && !tokens[k - 1].endsSentence
                let entry = lineEntries?[k]
                pending.append(Position(line: index, token: token, repair: repair, mode: channel, midSentence: midSentence,
                                        entry: entry))
                if entry?.choice == true { pendingHasChoice = true }
                if token.endsSentence { flush() }
            }
        }
        // Lines without a choice (every token kept, or no option but keeping it), met while no
        // position waits for a choice: they matter only as context of a later line's repair
        // in the same sentence.
        var deferred: [Int] = []
        func gatherDeferred() {
            // Only the tokens after the last sentence end count: the earlier ones (and what
            // was pending) would be flushed with nothing to choose.
            var made: [[RepairToken]] = []
            var first = 0, cut = false
            for index in deferred.reversed() {
                let tokens = tokenized[index] ?? RepairTokenizer.tokenize(lines[index])
                made.append(tokens)
                if let last = tokens.lastIndex(where: { $0.endsSentence }) { first = last + 1; cut = true; break }
            }
            if cut { pending.removeAll(keepingCapacity: true) }
            let start = deferred.count - made.count
            for (n, tokens) in made.reversed().enumerated() {
                gather(deferred[start + n], tokens, from: n == 0 ? first : 0)
            }
            deferred.removeAll(keepingCapacity: true)
        }
        for index in lines.indices {
            let keptWhole = !(entries[index]?.contains(where: { $0?.choice == true }) ?? false)
            if keptWhole && !pendingHasChoice { deferred.append(index); continue }
            if !deferred.isEmpty { gatherDeferred() }
            gather(index, tokenized[index] ?? RepairTokenizer.tokenize(lines[index]))
        }
        flush()
        for index in lines.indices where !replacements[index].isEmpty {
            let edits = replacements[index].sorted(by: { $0.token.offset > $1.token.offset })
            outcome.lines[index] = Self.replacing(lines[index], edits.map { ($0.token.offset, $0.token.text, $0.text) })
            let line = numbers.map { $0[index] } ?? index + 1
            for r in edits {
                outcome.changes.append(RepairChange(line: line, column: r.token.offset + 1, original: r.token.text,
                                                    replacement: r.text, confidence: (r.confidence * 1000).rounded() / 1000))
            }
        }
        outcome.changes.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return outcome
    }

    // MARK: per-line decision

    enum LineMode { case keep, partial, full }
    enum TokenRepair: Equatable { case fixed, ifInvalid, full, abbreviation }
    struct LinePlan { var mode: LineMode; var channel: ChannelModel.Mode; var repairs: [TokenRepair] }
    struct Position {
        var line: Int; var token: RepairToken; var repair: TokenRepair; var mode: ChannelModel.Mode
        /// Neither first in its line nor after a sentence end: its case tells something.
        var midSentence = false
        /// Its lattice entry when already made (`latticeEntry`), else nil.
        var entry: LatticeEntry? = nil
    }

    static let vowelLike: Set<Character> = Set("aeiouyw60@4¢€ăâêôơư").union(VietnameseLetters.lowercase.filter {
        VietnameseLetters.index[$0].map { VietnameseLetters.isVowel[$0] } ?? false
    })

    struct LineStats {
        var words = 0, marked = 0, invalid = 0, vietnameseMarked = 0
        var ocrLike = false
        var markedShare: Double { words == 0 ? 0 : Double(marked) / Double(words) }
        var vietnameseShare: Double { words == 0 ? 0 : Double(vietnameseMarked) / Double(words) }
        /// English-model OCR writes é, ó, á for any marked vowel; text that shows the marks
        /// only Vietnamese has (ư ơ ă đ ạ ế …) was read or typed with them.
        var showsVietnameseMarks: Bool { markedShare >= 0.4 && vietnameseShare >= 0.15 }
        /// `--repair auto` keeps the line as printed: no words, or known words that show marks.
        var keptUnderAuto: Bool {
            words == 0 || (invalid == 0 && markedShare >= 0.3 && (vietnameseMarked > 0 || words <= 2))
        }
        /// The channel model of the line's tokens.
        var channel: ChannelModel.Mode { (ocrLike || marked > 0) ? .ocr : .stripped }
    }

    /// `known`: whether each token is a known word (`SyllableJoiner.knownWords`).
    func lineStats(_ tokens: [RepairToken], known: [Bool]) -> LineStats {
        var stats = LineStats()
        for (k, token) in tokens.enumerated() where token.kind == .word || token.kind == .ocrWord {
            stats.words += 1
            if token.kind == .ocrWord { stats.ocrLike = true; stats.invalid += 1; continue }
            if !token.text.utf8.allSatisfy({ $0 < 0x80 }) { stats.marked += 1 }
            if token.text.unicodeScalars.contains(where: SyllableJoiner.isVietnameseMark) {
                stats.vietnameseMarked += 1
            }
            if !known[k] { stats.invalid += 1 }
        }
        return stats
    }

    /// One to four characters of Roman digits and their OCR look-alikes (I V X L U l 1 |), at
    /// least one of them a capital Roman digit or U: "U1", "lL", "Iv", "IIl", "V".
    static func isRomanLookalike(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard (1...4).contains(utf8.count) else { return false }
        var capital = false
        for byte in utf8 {
            switch byte {
            case 0x49, 0x56, 0x58, 0x4C, 0x55: capital = true            // I V X L U
            case 0x6C, 0x31, 0x7C, 0x76, 0x78: continue                  // l 1 | v x
            default: return false
            }
        }
        return capital
    }

    func plan(_ tokens: [RepairToken], stats: LineStats, policy: Policy, documentMarked: Bool,
              cache: inout [String: [BeamDecoder.Option]]) -> LinePlan {
        let channel = stats.channel
        let fixed = LinePlan(mode: .keep, channel: channel, repairs: Array(repeating: .fixed, count: tokens.count))
        guard stats.words > 0 else { return fixed }
        var mode: LineMode = .full
        if policy == .auto {
            if stats.keptUnderAuto { return fixed }
            if stats.showsVietnameseMarks || documentMarked { mode = .partial }
        }
        let repairs: [TokenRepair] = tokens.map { token in
            guard token.kind == .word || token.kind == .ocrWord else { return .fixed }
            // Abbreviations and codes in capitals without a vowel (UBND, HĐND, MTTQ, KH) stay.
            let lower = token.text.lowercased()
            if token.text.count >= 2, token.text == token.text.uppercased(), !lower.contains(where: { Self.vowelLike.contains($0) }) {
                return .abbreviation
            }
            // A Roman numeral as OCR prints it, opening the line before a full stop ("U1.", "lL.",
            // "Iv."), is the heading's marker: the section tree reads it, repair must not make
            // it a word ("Uỷ.", "là").
            if token.startsLine, token.endsSentence, Self.isRomanLookalike(token.text) { return .fixed }
            // In marked text only unknown words are suspects; digits in words are real (4m, 33ha).
            // A lone letter opening the line is a list marker (d), b.), not a lost syllable.
            if mode == .partial {
                if token.startsLine, token.text.count == 1 { return .fixed }
                return token.kind == .word && !isKnown(lower) ? .ifInvalid : .fixed
            }
            return .full
        }
        // Text in another language: most of its words are nothing like a Vietnamese syllable.
        if mode == .full {
            var candidates = 0, close = 0
            for (k, token) in tokens.enumerated() where repairs[k] == .full {
                candidates += 1
                if options(for: token, mode: channel, cache: &cache).contains(where: { $0.cost <= 1.0 }) { close += 1 }
            }
            if candidates >= 3, Double(close) < 0.5 * Double(candidates) { return fixed }
        }
        return LinePlan(mode: mode, channel: channel, repairs: repairs)
    }

    /// A known syllable in either tone placement (hòa/hoà, thúy/thuý).
    func isKnown(_ lower: String) -> Bool { knownForms.contains(lower) }

    // MARK: lattice and decoding

    func options(for token: RepairToken, mode: ChannelModel.Mode, cache: inout [String: [BeamDecoder.Option]]) -> [BeamDecoder.Option] {
        // The answer depends on the token's lowercase, its kind and (the search's đ rule)
        // whether it starts with D/Đ or P/B: tokens that differ only in case share it.
        let lower = token.text.lowercased()
        let initial: UInt8
        switch token.text.first {
        case "D", "Đ": initial = 1
        case "P", "B": initial = 2
        default: initial = 0
        }
        var key = mode == .ocr ? "o" : "s"
        key.unicodeScalars.append(Unicode.Scalar(initial + (token.kind == .word ? 0 : 3)))
        key += lower
        if let hit = cache[key] { return hit }
        var found: [BeamDecoder.Option] = []
        let isPlainASCII = token.kind == .word && lower.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        if mode == .stripped, isPlainASCII, let hits = lexicon.bySkeleton[lower] {
            found = hits.map { BeamDecoder.Option(id: $0, cost: 0) }
            // By plan count, then (the unseen ones) by the general text's count.
            found.sort {
                let (a, b) = (Int($0.id), Int($1.id))
                return (lexicon.unigram[a], lexicon.generalUnigram[a] + lexicon.wordCount[a])
                    > (lexicon.unigram[b], lexicon.generalUnigram[b] + lexicon.wordCount[b])
            }
            // Syllables the corpus never showed rarely win against ones it did: keep two.
            if let firstUnseen = found.firstIndex(where: { lexicon.unigram[Int($0.id)] == 0 }), firstUnseen > 0 {
                found.removeLast(max(0, found.count - firstUnseen - settings.unseenKept))
            }
            if found.count > 2 * limit { found.removeLast(found.count - 2 * limit) }
        } else {
            let channel = mode == .ocr ? ocrChannel : strippedChannel
            found = search.search(token.text, channel: channel, bound: bound, limit: limit, spread: settings.spread).map {
                BeamDecoder.Option(id: $0.id, cost: $0.cost)
            }
            // Far costlier than the best never win against the channel weight: drop them.
            if let best = found.first?.cost { found.removeAll { $0.cost > best + settings.spread } }
        }
        cache[key] = found
        return found
    }

    /// One position's column of the lattice: the options it may take (`keep`: the one that
    /// keeps the token as printed, or -1) and whether the decoder has a choice there at all.
    /// The costs before the case weights, which only `decode` adds (they move costs, never
    /// the number of options).
    struct LatticeEntry { var options: [BeamDecoder.Option]; var keep: Int; var choice: Bool }

    func latticeEntry(_ p: Position, cache: inout [String: [BeamDecoder.Option]]) -> LatticeEntry {
        let lower = p.token.text.lowercased()
        let ownId: UInt32 = {
            switch p.token.kind {
            case .number: return Lexicon.number
            case .other, .ocrWord: return lexicon.idOf[lower] ?? Lexicon.unknown
            case .word: return lexicon.idOf[lower] ?? Lexicon.unknown
            }
        }()
        if p.repair == .fixed {
            return LatticeEntry(options: [BeamDecoder.Option(id: ownId, cost: 0)], keep: 0, choice: false)
        }
        var options: [BeamDecoder.Option]
        if p.repair == .abbreviation {
            // An abbreviation only gets its đ back (HDND → HĐND) from a known one.
            options = (lexicon.bySkeleton[SyllableKeys.skeleton(p.token.text)] ?? []).filter {
                !lexicon.syllables[Int($0)].contains(where: { Self.vowelLike.contains($0) })
            }.map { BeamDecoder.Option(id: $0, cost: 0.2) }
        } else {
            options = self.options(for: p.token, mode: p.mode, cache: &cache)
        }
        // Before the case weights move the costs: does a known syllable have the skeleton?
        let exactSkeleton = options.contains(where: { $0.cost == 0 })
        if p.repair == .ifInvalid { options = options.filter { $0.cost <= Self.partialBound } }
        var keep = -1
        // Keeping the token as printed is possible, at a price when it is unknown; but in
        // stripped text an unknown word whose skeleton is a known syllable's (Nguyen, cuoc)
        // or an unknown abbreviation that is a known one without its đ (HDND) lost its
        // marks, and the model's "unknown" (codes, rubble) must not keep it.
        let lostMarks = ownId == Lexicon.unknown && p.mode == .stripped
            && ((p.repair == .full && exactSkeleton) || (p.repair == .abbreviation && !options.isEmpty))
        if !lostMarks, !options.contains(where: { $0.id == ownId }) {
            let keepCost: Float = ownId == Lexicon.unknown ? settings.unknownKeepCost : 0
            options.append(BeamDecoder.Option(id: ownId, cost: keepCost))
            keep = options.count - 1
        }
        return LatticeEntry(options: options, keep: keep, choice: options.count > 1 || lostMarks)
    }

    func decode(_ positions: [Position], cache: inout [String: [BeamDecoder.Option]], bigrams: BigramCache? = nil,
                into replacements: inout [[(token: RepairToken, text: String, confidence: Double)]]) {
        // Every token kept as printed: nothing to choose.
        guard positions.contains(where: { $0.repair != .fixed }) else { return }
        let weight = positions.contains(where: { $0.mode == .ocr }) ? settings.ocrChannelWeight : channelWeight
        var lattice: [[BeamDecoder.Option]] = []
        var keepIndex: [Int] = []     // the option that keeps the token as printed, or -1
        var anyChoice = false
        for p in positions {
            var entry = p.entry ?? latticeEntry(p, cache: &cache)
            if p.repair != .fixed {
                // A token whose first scalar is a lowercase ASCII letter is not Title case.
                let startsLower = p.token.text.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } ?? false
                if p.midSentence, settings.caseWeight > 0, !startsLower {
                    // Only Title case is evidence: lowercase is every syllable's usual case.
                    if p.token.letterCase == .title {
                        // The kept option was appended after the case weights: it takes none.
                        let weighted = entry.keep >= 0 ? entry.options.count - 1 : entry.options.count
                        for k in 0..<weighted {
                            let evidence = lexicon.caseEvidence(entry.options[k].id, title: true)
                            entry.options[k].cost -= Float(settings.caseWeight * evidence / weight)
                        }
                    }
                }
            }
            if entry.choice { anyChoice = true }
            lattice.append(entry.options); keepIndex.append(entry.keep)
        }
        guard anyChoice else { return }
        let decoder = BeamDecoder(lexicon: lexicon, beamWidth: beamWidth, channelWeight: weight, filters: ngramFilters,
                                  cache: bigrams)
        let choices = decoder.decode(lattice)
        let chosenIds = choices.enumerated().map { lattice[$0.offset][$0.element].id }
        for (i, p) in positions.enumerated() {
            guard choices[i] != keepIndex[i] else { continue }
            let syllable = lexicon.syllables[Int(lattice[i][choices[i]].id)]
            let replacement = Self.applyCase(of: p.token.text, to: syllable)
            if replacement == p.token.text { continue }
            let confidence = decoder.confidence(lattice, chosen: chosenIds, at: i)
            replacements[p.line].append((p.token, replacement, confidence))
        }
    }

    /// `line` with each (offset in Characters, original, replacement) replaced; `edits` do not
    /// overlap and come last offset first. A line whose every scalar is a Character of its own
    /// (the tokenizer's fast path) is edited on its UTF-8 bytes: its Character offsets are
    /// then scalar offsets.
    static func replacing(_ line: String, _ edits: [(offset: Int, original: String, replacement: String)]) -> String {
        var starts: [Int] = []
        starts.reserveCapacity(line.utf8.count + 1)
        var position = 0
        var own = true
        for scalar in line.unicodeScalars {
            guard RepairTokenizer.isOwnCharacter(scalar) else { own = false; break }
            starts.append(position)
            position += UTF8.width(scalar)
        }
        if own {
            starts.append(position)
            let bytes = Array(line.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8 * edits.count)
            var cursor = 0
            for edit in edits.reversed() {
                let from = starts[edit.offset], to = starts[edit.offset + edit.original.unicodeScalars.count]
                out.append(contentsOf: bytes[cursor..<from])
                out.append(contentsOf: edit.replacement.utf8)
                cursor = to
            }
            out.append(contentsOf: bytes[cursor...])
            return String(decoding: out, as: UTF8.self)
        }
        var characters = Array(line)
        for edit in edits {
            let range = edit.offset..<(edit.offset + edit.original.count)
            characters.replaceSubrange(range, with: Array(edit.replacement))
        }
        return String(characters)
    }

    /// `syllable` (lowercase) in the case pattern of `printed`: UPPER, Title or lower.
    static func applyCase(of printed: String, to syllable: String) -> String {
        // Fast path: plain ASCII without a capital (most OCR tokens).
        if printed.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return syllable }
        // ASCII: letters, capitals and digits counted on the bytes (the same answer as below).
        if printed.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0, upper = 0
            var firstLetterUpper: Bool?
            for byte in printed.utf8 {
                let isUpper = byte >= 0x41 && byte <= 0x5A
                guard isUpper || (byte >= 0x61 && byte <= 0x7A) else { continue }
                letters += 1
                if isUpper { upper += 1 }
                if firstLetterUpper == nil { firstLetterUpper = isUpper }
            }
            guard let first = printed.utf8.first else { return syllable }
            if letters >= 2, upper * 2 > letters || (upper == letters) { return syllable.uppercased() }
            if (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39 && firstLetterUpper == true) {
                return syllable.prefix(1).uppercased() + syllable.dropFirst()
            }
            return syllable
        }
        return applyCaseByCharacters(of: printed, to: syllable)
    }

    /// `applyCase` on `Character`s: any text, and the rule the ASCII paths above must agree with
    /// (RepairSpeedEquivalenceTests).
    static func applyCaseByCharacters(of printed: String, to syllable: String) -> String {
        let letters = printed.filter { $0.isLetter }
        guard let first = printed.first else { return syllable }
        let upper = letters.filter { $0.isUppercase }.count
        if letters.count >= 2, upper * 2 > letters.count || (upper == letters.count) { return syllable.uppercased() }
        if first.isUppercase || (first.isNumber && letters.first?.isUppercase == true) {
            return syllable.prefix(1).uppercased() + syllable.dropFirst()
        }
        return syllable
    }
}
