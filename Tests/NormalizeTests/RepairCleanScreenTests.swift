import Testing
import Foundation
import ICU
import TestSupport
@testable import Normalize

/// The clean screen of `--repair auto` may only say "clean" for a line the full path keeps
/// untouched (nothing mended, planned `keep`), with the statistics the full path computes.
@Suite struct RepairCleanScreenTests {
    static let repairer: Repairer? = {
        let path = TestPaths.repository.appendingPathComponent(LexiconLocation.relativePath).path
        return (try? Lexicon(path: path)).map { Repairer(lexicon: $0) }
    }()

    @Test func cleanLinesAreKeptByTheFullPath() throws {
        let repairer = try #require(Self.repairer)
        let joiner = SyllableJoiner(isKnown: { repairer.isKnown($0) }, isKnownWord: { repairer.isKnownWord($0) },
                                    frequency: { _ in 1 })
        #expect(RepairTokenizerFastPathTests.files.count == 9)
        var lines = 0, clean = 0, cleanOCR = 0
        for url in RepairTokenizerFastPathTests.files {
            let isOCR = url.path.contains("ocr-dev")
            let text = try String(contentsOf: url, encoding: .utf8)
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = ICU.nfc(String(raw))
                lines += 1
                guard let screened = repairer.cleanLineStats(line) else { continue }
                clean += 1
                if isOCR { cleanOCR += 1 }
                let tokens = RepairTokenizer.tokenize(line)
                let known = joiner.knownWords(tokens)
                #expect(joiner.mend(line, tokens: tokens, known: known).edits.isEmpty, "\(url.lastPathComponent): \(line)")
                let full = repairer.lineStats(tokens, known: known)
                #expect(full.words == screened.words && full.marked == screened.marked
                        && full.invalid == screened.invalid && full.vietnameseMarked == screened.vietnameseMarked
                        && full.ocrLike == screened.ocrLike, "\(url.lastPathComponent): \(line)")
                for documentMarked in [false, true] {
                    var cache: [String: [BeamDecoder.Option]] = [:]
                    let plan = repairer.plan(tokens, stats: full, policy: .auto, documentMarked: documentMarked, cache: &cache)
                    #expect(plan.mode == .keep && plan.repairs.allSatisfy { $0 == .fixed }, "\(url.lastPathComponent): \(line)")
                }
            }
        }
        #expect(lines > 5000)
        // The screen does its job: most seed lines are clean, and some OCR lines too.
        #expect(clean > 1500)
        #expect(cleanOCR > 0)
    }

    @Test(arguments: ["Kế hoạch thực hiện", "KẾ HOẠCH", "Đảng ủy", "UBND tỉnh", "hieu qua", "S6 liệu", "ĐIỀ U KHO ẢN",
                      "hiệuquả cao", "Số 12/KH-UBND; 2024", "", "   ", "İstanbul", "Ωmega ở"])
    func edgeLinesAgreeWithTheFullPath(line: String) throws {
        let repairer = try #require(Self.repairer)
        guard repairer.cleanLineStats(line) != nil else { return }
        let outcome = repairer.repair(lines: [line], policy: .auto)
        #expect(outcome.lines == [line] && outcome.changes.isEmpty && outcome.repairedLines == 0)
    }

    /// The byte screen answers what the reference screen on scalars answers, statistics included.
    @Test func byteScreenAgreesWithScalarScreen() throws {
        let repairer = try #require(Self.repairer)
        var lines = 0, clean = 0
        for url in RepairTokenizerFastPathTests.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                for line in [String(raw), ICU.nfc(String(raw))] {
                    lines += 1
                    let fast = repairer.cleanLineStats(line), reference = repairer.cleanLineStatsByScalars(line)
                    if fast != nil { clean += 1 }
                    #expect(Self.same(fast, reference), "\(url.lastPathComponent): \(line)")
                }
            }
        }
        #expect(lines > 10000)
        #expect(clean > 3000)
    }

    @Test(arguments: [
        "Kế hoạch thực hiện", "KẾ HOẠCH", "“Kế hoạch” – thực hiện…", "(Đảng ủy)", "II. Kế hoạch", "XII hoạch",
        "a\r\nb", "e\u{301} hoạch", "hoa\u{300} hoạch", "👍🏽 kế hoạch", "ﬀ kế hoạch", "ﬁnh kế", "x4 kế hoạch",
        "kế ' hoạch", "cv' kế", "u' hoạch", "kế\u{2028}hoạch", "kế\u{85}hoạch", "kế\u{A0}hoạch", "kế\u{202F}hoạch",
        "kế\thoạch", "€5 kế hoạch", "1.000,5 kế hoạch", "KH-UBND kế hoạch", "abcdefghij kế hoạch", "İstanbul",
        "Ωmega ở", "hiệuquả cao", "S6 liệu", "", "   ", "''", "'", "kế hoạch.", "kế hoạch;:!?", "%kế", "kế%",
        "ǅ kế", "ß kế hoạch", "ĐẶNG ĐĂNG", "Ạ", "ǈ", "Ａ", "kế\u{3000}hoạch", "kế\u{2003}hoạch", "kế\u{0B}hoạch", "kế\u{0C}hoạch", "kế\u{0E}hoạch", "kế\u{1F} hoạch", "kế\u{7F}", "kế hoạch\r",
        "\u{0D}kế", "kế\u{0A}hoạch",
    ])
    func byteScreenAgreesOnEdgeLines(line: String) throws {
        let repairer = try #require(Self.repairer)
        #expect(Self.same(repairer.cleanLineStats(line), repairer.cleanLineStatsByScalars(line)))
    }

    /// The repairer's byte-keyed set holds exactly its known forms: every one is found, and
    /// the words of the seeds and OCR texts are found just when the String set has them.
    @Test func knownBytesAgreeWithKnownForms() throws {
        let repairer = try #require(Self.repairer)
        for form in repairer.knownForms {
            #expect(Array(ICU.nfc(form).utf8).withUnsafeBufferPointer { repairer.knownBytes.contains($0) }, "\(form)")
        }
        var probes = 0, hits = 0
        for url in RepairTokenizerFastPathTests.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            for word in text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }) {
                let probe = ICU.nfc(String(word).lowercased())
                probes += 1
                let hit = Array(probe.utf8).withUnsafeBufferPointer { repairer.knownBytes.contains($0) }
                if hit { hits += 1 }
                #expect(hit == repairer.knownForms.contains(probe), "\(probe)")
            }
        }
        #expect(probes > 20000 && hits > 10000 && hits < probes)
    }

    static func same(_ a: Repairer.LineStats?, _ b: Repairer.LineStats?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.words == b.words && a.marked == b.marked && a.invalid == b.invalid
            && a.vietnameseMarked == b.vietnameseMarked && a.ocrLike == b.ocrLike
    }

    @Test func punctuationTableMatchesTheSets() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(RepairTokenizer.isLeading(scalar) == RepairTokenizer.leadingScalars.contains(scalar), "\(value)")
            #expect(RepairTokenizer.isTrailing(scalar) == RepairTokenizer.trailingScalars.contains(scalar), "\(value)")
            #expect(RepairTokenizer.isSentenceEnd(scalar) == RepairTokenizer.sentenceEndScalars.contains(scalar), "\(value)")
        }
    }

    @Test func lowercaseTableMatchesTheStandardLibrary() {
        for value in UInt32(0)..<0x1F00 {
            guard let scalar = Unicode.Scalar(value), let lower = Repairer.lowercase(scalar) else { continue }
            #expect(String(lower) == String(Character(scalar)).lowercased(), "\(value)")
        }
    }
}

@Suite struct UTF8KeySetTests {
    @Test func agreesWithSetOfStrings() {
        let members = ["hòa", "hoà", "ban", "nghiêng", "đ", "", "a", "ab", "ba"]
        let keys = UTF8KeySet(members) { ICU.nfc($0) }
        let set = Set(members)
        for probe in members + ["hoa", "b", "nghieng", "abc", "ho\u{300}a", "x", "Ban"] {
            let nfc = ICU.nfc(probe)
            let hit = Array(nfc.utf8).withUnsafeBufferPointer { keys.contains($0) }
            #expect(hit == set.contains(probe), "\(probe)")
        }
    }
}
