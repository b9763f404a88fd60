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
}
