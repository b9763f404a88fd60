import Foundation
import Testing
import TestSupport
@testable import Normalize

/// The OCR channel learned from OCR training pairs (`scripts/learn-channel.py`) and the
/// background model respelled in the plans' tone placement.
@Suite struct LearnedChannelTests {
    func letter(_ c: Character) throws -> Int { try #require(VietnameseLetters.index[c]) }

    @Test func embeddedTableIsTheCorpusTable() throws {
        // LearnedChannelTable.swift is generated from corpus/ocr-channel.tsv: both must agree.
        let tsv = try String(contentsOf: TestPaths.repository.appendingPathComponent("corpus/ocr-channel.tsv"), encoding: .utf8)
        #expect(LearnedChannelTable.text + "\n" == tsv)
        let learned = LearnedChannel.shipped
        #expect(learned.substitutions.count > 20 && learned.pairs.count > 5 && !learned.insertions.isEmpty)
    }

    @Test func parsesEveryKindAndSkipsCommentsAndJunk() throws {
        let table = "# comment\ns\tt\tủ\t0.488\t22\np\ttt\tứ\t0.209\t288\ni\t\tớ\t0.394\t194\nd\t'\t\t0.018\t7\nx\tbad\nt\tq\tz\t1\t1\n"
        let learned = LearnedChannel(table: table)
        let (u, uHorn, oHorn) = (try letter("ủ"), try letter("ứ"), try letter("ớ"))
        #expect(learned.substitutions["t"]?.first?.letter == u && learned.substitutions["t"]?.first?.cost == 0.488)
        #expect(learned.pairs["tt"]?.first?.letter == uHorn)
        #expect(learned.insertions[oHorn] == 0.394)
        #expect(learned.deletions["'"] == 0.018)
        #expect(learned.substitutions.count == 1 && learned.pairs.count == 1)
    }

    @Test func ocrChannelTakesLearnedCostsStrippedKeepsTheHandSetOnes() throws {
        let ocr = ChannelModel(mode: .ocr, learned: .shipped), stripped = ChannelModel(mode: .stripped, learned: .shipped)
        let learned = LearnedChannel.shipped
        let tt = try #require(learned.pairs["tt"]?.first)
        #expect(ocr.pairRows["tt"]?[tt.letter] == tt.cost)
        // A letter the OCR lost: learned (never below the floor) on OCR lines, hand-set otherwise.
        let (lost, cost) = try #require(learned.insertions.min { $0.value < $1.value }).self
        #expect(ocr.insertions[lost] == max(cost, ChannelModel.learnedInsertionFloor))
        #expect(stripped.insertions.allSatisfy { $0 == ChannelModel.insertion })
        #expect(ocr.insertions.allSatisfy { $0 >= ChannelModel.learnedInsertionFloor })
        // Stripping only drops marks: a plain u for ủ stays free in stripped text.
        #expect(stripped.row("u")[try letter("ủ")] == 0)
    }

    @Test func ocrSearchFindsTheSyllableBehindLearnedConfusions() throws {
        var builder = LexiconBuilder()
        builder.addDictionary("4\nđược\nthực\nhiện\ntừ")
        let lexicon = try Lexicon(bytes: builder.compile())
        let search = CandidateSearch(lexicon: lexicon), channel = ChannelModel(mode: .ocr, learned: .shipped)
        // "thttc": English OCR's ư read as "tt", the c kept.
        let found = search.search("thttc", channel: channel, bound: 3, limit: 4)
        #expect(found.first.map { lexicon.syllables[Int($0.id)] } == "thực")
    }

    @Test func backgroundFollowsThePlansTonePlacement() throws {
        var builder = LexiconBuilder()
        builder.addDictionary("4\ncấp\nuỷ\nủy\nban")
        builder.addCorpus("Đảng ủy và cấp ủy. Ủy ban.")
        builder.addWordList("cấp uỷ\nuỷ ban")
        builder.addGeneral("Cấp uỷ họp. Uỷ ban họp.")
        let lexicon = try Lexicon(bytes: builder.compile())
        let (cap, old, new) = (try #require(lexicon.idOf["cấp"]), try #require(lexicon.idOf["uỷ"]), try #require(lexicon.idOf["ủy"]))
        // The word list's "cấp uỷ" speaks for the plans' spelling "cấp ủy".
        let p = lexicon.unigramProbability(new)
        #expect(lexicon.wordPairProbability(cap, new, unigram: p).map { $0 > 0 } == true)
        #expect(lexicon.wordPairProbability(cap, old, unigram: lexicon.unigramProbability(old)) == 0)
        #expect(lexicon.generalUnigram[Int(old)] == 0 && lexicon.generalUnigram[Int(new)] == 2)
    }
}
