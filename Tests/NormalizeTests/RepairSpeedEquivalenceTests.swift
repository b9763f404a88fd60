import Testing
import Foundation
import TestSupport
@testable import Normalize

/// The speed paths of the repair give the same answers as the plain ones: the n-gram filters
/// never reject a stored n-gram and the decoder's filtered probabilities equal `Lexicon`'s;
/// the candidate search's early cuts (limit-th and cheapest + spread found so far) return
/// what the search bounded by `bound` alone returns after the same limit and spread.
@Suite struct RepairSpeedEquivalenceTests {
    static let repairer: Repairer? = {
        let path = TestPaths.repository.appendingPathComponent(LexiconLocation.relativePath).path
        return (try? Lexicon(path: path)).map { Repairer(lexicon: $0) }
    }()

    @Test func filtersKeepEveryStoredNGram() throws {
        let repairer = try #require(Self.repairer)
        let lexicon = repairer.lexicon, filters = repairer.ngramFilters
        let bigrams = lexicon.bigramKeys.filter { $0 != Lexicon.emptySlot }
        let trigrams = lexicon.trigramKeys.filter { $0 != Lexicon.emptySlot }
        #expect(bigrams.count > 1000 && trigrams.count > 1000)
        #expect(bigrams.allSatisfy { filters.bigram.mayContain($0) })
        #expect(trigrams.allSatisfy { filters.trigram.mayContain($0) })
        #expect(lexicon.generalBigramKeys.filter { $0 != Lexicon.emptySlot }.allSatisfy { filters.general.mayContain($0) })
        #expect(lexicon.wordPairKeys.filter { $0 != Lexicon.emptySlot }.allSatisfy { filters.wordPair.mayContain($0) })
        // And they reject most keys that are not stored.
        var rejected = 0
        for key in bigrams.prefix(2000) where !filters.bigram.mayContain(key &+ 0x1_0000_0000 &* 7) { rejected += 1 }
        #expect(rejected > 1800)
    }

    @Test func filteredProbabilitiesEqualTheLexicons() throws {
        let repairer = try #require(Self.repairer)
        let lexicon = repairer.lexicon
        let decoder = BeamDecoder(lexicon: lexicon, filters: repairer.ngramFilters)
        // Stored trigrams (seen contexts, seen counts) and their words shuffled (mostly unseen).
        let trigrams = lexicon.trigramKeys.filter { $0 != Lexicon.emptySlot }.prefix(3000)
        var triples: [(UInt32, UInt32, UInt32)] = trigrams.map {
            (UInt32($0 >> 42), UInt32(($0 >> 21) & 0x1F_FFFF), UInt32($0 & 0x1F_FFFF))
        }
        let stored = triples
        for (n, t) in stored.enumerated() {
            let other = stored[(n * 7 + 3) % stored.count]
            triples.append((t.0, t.1, other.2))
            triples.append((other.1, t.1, t.2))
            triples.append((UInt32(n % lexicon.count), t.2, other.2))
        }
        var mismatches = 0
        for (u, v, w) in triples {
            if decoder.logProbability(u, v, w) != lexicon.logProbability(u, v, w) { mismatches += 1 }
            if decoder.bigramProbability(v, w) != lexicon.bigramProbability(v, w) { mismatches += 1 }
            let a = decoder.trigramContext(u, v), b = lexicon.trigramContext(u, v)
            if a?.count != b?.count || a?.types != b?.types { mismatches += 1 }
            if let context = b {
                let p2 = lexicon.bigramProbability(v, w)
                if fastLog(decoder.trigramProbability(u, v, w, bigram: p2, context: context))
                    != lexicon.logProbability(u, v, w, bigram: p2, context: context) { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func earlyCutsKeepTheCandidates() throws {
        let repairer = try #require(Self.repairer)
        let tokens = ["hiéu", "qua", "S6", "dwogc", "phﬁn", "Pong", "Hai", "1y", "nguoi", "tinh", "thuc", "hien",
                      "ke", "hoach", "xa", "ngay", "cong", "tac", "b@o", "c¢", "tr1en", "khai", "nhiem", "vu"]
        for channel in [repairer.ocrChannel, repairer.strippedChannel] {
            for token in tokens {
                let cut = repairer.search.search(token, channel: channel, bound: 3.0, limit: 28, spread: 2.0)
                var all = Array(repairer.search.search(token, channel: channel, bound: 3.0, limit: 1_000_000).prefix(28))
                if let first = all.first?.cost { all.removeAll { $0.cost > first + 2.0 } }
                #expect(cut == all, "\(token)")
            }
        }
    }

    @Test func cachedBigramValuesEqualTheLexicons() throws {
        let repairer = try #require(Self.repairer)
        let lexicon = repairer.lexicon
        // A small cache, so that pairs evict each other and are asked again.
        let cache = BigramCache(lexicon: lexicon, filters: repairer.ngramFilters, bits: 6)
        let plain = BeamDecoder(lexicon: lexicon, filters: repairer.ngramFilters)
        let cached = BeamDecoder(lexicon: lexicon, filters: repairer.ngramFilters, cache: cache)
        let trigrams = lexicon.trigramKeys.filter { $0 != Lexicon.emptySlot }.prefix(500)
        var mismatches = 0
        for round in 0..<2 {
            for (n, key) in trigrams.enumerated() {
                let (u, v) = (UInt32(key >> 42), UInt32((key >> 21) & 0x1F_FFFF))
                let w = round == 0 ? UInt32(key & 0x1F_FFFF) : UInt32((n * 31) % lexicon.count)
                if cached.bigramProbability(v, w) != lexicon.bigramProbability(v, w) { mismatches += 1 }
                let p2 = lexicon.bigramProbability(v, w)
                if cache.log(v, w, probability: p2) != fastLog(p2) { mismatches += 1 }
                if cached.logProbability(u, v, w) != lexicon.logProbability(u, v, w) { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
        // The decoder chooses the same with and without the cache, on lattices of real syllables.
        let ids = trigrams.map { UInt32($0 & 0x1F_FFFF) }
        for start in stride(from: 0, to: ids.count - 40, by: 40) {
            let lattice: [[BeamDecoder.Option]] = (0..<8).map { j in
                (0..<5).map { k in BeamDecoder.Option(id: ids[start + j * 5 + k], cost: Float(k) * 0.3) }
            }
            let choices = plain.decode(lattice)
            #expect(cached.decode(lattice) == choices)
            let chosen = choices.enumerated().map { lattice[$0.offset][$0.element].id }
            for i in lattice.indices {
                #expect(cached.confidence(lattice, chosen: chosen, at: i) == plain.confidence(lattice, chosen: chosen, at: i))
            }
        }
    }

    @Test func asciiCaseAndScalarEditsAgreeWithTheCharacterPaths() {
        // applyCase's ASCII paths against the Character rules they stand for.
        func reference(_ printed: String, _ syllable: String) -> String {
            Repairer.applyCaseByCharacters(of: printed, to: syllable)
        }
        for printed in ["Tinh", "TINH", "tInh", "UBND", "Ubnd", "3Ha", "3ha", "A", "a", "TInh", "X1", "Xa1", "HDND-",
                        "1a", "9X", "-Ha", "TInH", "tiNH", "", "2"] {
            for syllable in ["tỉnh", "đồng", "a"] {
                #expect(Repairer.applyCase(of: printed, to: syllable) == reference(printed, syllable), "\(printed)")
            }
        }
        let line = "Kế hoach tinh Dong Nai, nam 2024."
        let edits = [(offset: 24, original: "nam", replacement: "năm"), (offset: 19, original: "Nai", replacement: "Nai"),
                     (offset: 14, original: "Dong", replacement: "Đồng"), (offset: 3, original: "hoach", replacement: "hoạch")]
        #expect(Repairer.replacing(line, edits) == "Kế hoạch tinh Đồng Nai, năm 2024.")
        // A line with a combining mark (not its own Character) takes the Character path.
        let combining = "Ke\u{301} hoach"
        #expect(Repairer.replacing(combining, [(offset: 3, original: "hoach", replacement: "hoạch")]) == "Ke\u{301} hoạch")
    }
}
