import Foundation
import Testing
import TestSupport
@testable import Normalize

/// The lexicon's background model: general-text bigrams and dictionary word pairs, kept apart
/// from the plans' counts, and carried from one compiled lexicon to another.
@Suite struct LexiconBackgroundTests {
    static let dictionary = "12\nphân\nphần\ntrăm\ncấp\nhoàng\nhoẵng\nminh\nđồng\nđế\nhậu\ntử\nbạch"
    static let corpus = "Tỷ lệ phân cấp. Phần trăm. Phân cấp ngân sách."
    static let words = "phần trăm\nphân cấp\nhoàng đế\nhoàng hậu\nhoàng tử\nminh bạch"
    static let general = "Một phần trăm. Tính phần trăm của ô."

    static func build(general: Bool, words: Bool) -> LexiconBuilder {
        var builder = LexiconBuilder()
        builder.addDictionary(dictionary)
        builder.addCorpus(corpus)
        if general { builder.addGeneral(Self.general) }
        if words { builder.addWordList(Self.words) }
        return builder
    }

    func id(_ lexicon: Lexicon, _ s: String) throws -> UInt32 { try #require(lexicon.idOf[s]) }

    @Test func wordPairsRaiseTheSyllableThatMakesAWord() throws {
        let plain = try Lexicon(bytes: Self.build(general: false, words: false).compile())
        let paired = try Lexicon(bytes: Self.build(general: false, words: true).compile())
        // phân cấp is a dictionary word: after phân, cấp gains.
        let (phan, phanf, cap) = (try id(paired, "phân"), try id(paired, "phần"), try id(paired, "cấp"))
        #expect(paired.bigramProbability(phan, cap) > plain.bigramProbability(phan, cap))
        // After phần, cấp is no dictionary word: the pair model takes mass from it.
        #expect(paired.bigramProbability(phanf, cap) < plain.bigramProbability(phanf, cap))
        // Word counts: hoàng is in three words, hoẵng in none, and both are unseen in the plans.
        let (hoang, hoang2) = (try id(paired, "hoàng"), try id(paired, "hoẵng"))
        #expect(paired.wordCount[Int(hoang)] == 3 && paired.wordCount[Int(hoang2)] == 0)
        #expect(paired.unigramProbability(hoang) > paired.unigramProbability(hoang2))
        #expect(plain.unigramProbability(hoang) == plain.unigramProbability(hoang2))
    }

    @Test func generalTextIsAMixtureNotPlanCounts() throws {
        let plain = try Lexicon(bytes: Self.build(general: false, words: false).compile())
        let mixed = try Lexicon(bytes: Self.build(general: true, words: false).compile())
        #expect(mixed.unigram == plain.unigram)
        let (phanf, tram) = (try id(mixed, "phần"), try id(mixed, "trăm"))
        #expect(mixed.generalUnigram[Int(phanf)] == 2 && mixed.generalUnigram[Int(tram)] == 2)
        let p = mixed.bigramProbability(phanf, tram), q = plain.bigramProbability(phanf, tram)
        #expect(abs(p - q) < 0.05 * q)
    }

    @Test func backgroundCarriesOverToALexiconThatLacksItsSources() throws {
        let shipped = try Lexicon(bytes: Self.build(general: true, words: true).compile())
        let direct = Self.build(general: true, words: true).compile()
        var builder = Self.build(general: false, words: false)
        builder.addBackground(of: shipped)
        #expect(builder.compile() == direct)
    }
}
