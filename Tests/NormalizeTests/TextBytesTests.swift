import Foundation
import Testing
import ICU
import PlanModel
@testable import Normalize
import TestSupport

/// The byte-level shortcuts of normalisation answer exactly what the `Character` code they
/// stand in for answers: on every line of the seeds and fixtures and on generated near misses.
@Suite struct TextBytesTests {
    static func realLines() throws -> [String] {
        var files = TestPaths.seedNames.map { TestPaths.seed("\($0).txt") }
        let plans = TestPaths.fixtures.appendingPathComponent("plans")
        for name in try FileManager.default.contentsOfDirectory(atPath: plans.path) where name.hasSuffix(".txt") {
            files.append(plans.appendingPathComponent(name))
        }
        return try files.flatMap { try String(contentsOf: $0, encoding: .utf8).components(separatedBy: "\n") }
    }

    static func generated(_ count: Int) -> [String] {
        let pieces = [" ", "  ", "-", "–", ",", ".", "/", ")", "(", "./.", "\u{301}", "\u{600}", "\u{200D}", "a", "ư", "Đ",
                      "\u{A0}", "\u{AD}", "K", "\u{212A}", "\r\n", "\t", "\u{C}", "1", "12", "Trang ", "trang", "TRANG ",
                      "•", "·", "\u{387}", "*", "+", "▪", "e\u{301}", "\u{1100}", "\u{1161}", "“", "”", "\u{FEFF}", "\u{2003}", "≥", "≠", "=\u{338}", "\u{2329}", "❖"]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(next() % 7) { text += pieces[next() % pieces.count] }
            return text
        }
    }

    // The `Character` code the shortcuts replaced.
    func referenceBullet(_ text: String) -> Character? {
        guard let first = text.first, LayoutMarkers.bullets.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard let second = rest.first else { return nil }
        if second != " " { return first == "-" && second.isUppercase ? first : nil }
        guard rest.dropFirst().first != nil else { return nil }
        return first
    }

    func referencePageNumber(_ text: String) -> Int? {
        guard text.utf8.count <= 12 else { return nil }
        var core = Substring(text)
        if core.lowercased().hasPrefix("trang ") { core = core.dropFirst(6) }
        core = core.trimmingCharacters(" -–")
        guard (1...3).contains(core.count), core.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(core)
    }

    func check(_ text: String) {
        for suffix in ["./.", ",", "-", ")"] {
            #expect(TextBytes.hasSuffix(text, suffix) == text.hasSuffix(suffix), "hasSuffix \(suffix): \(text.debugDescription)")
        }
        #expect(TextBytes.hasPrefix(text, "(") == text.hasPrefix("("), "hasPrefix: \(text.debugDescription)")
        #expect(LayoutJoiner.hyphenAttached(text) == (text.hasSuffix("-") && text.count >= 2 && text.dropLast().last != " "),
                "hyphen: \(text.debugDescription)")
        #expect(LayoutMarkers.bullet(text) == referenceBullet(text), "bullet: \(text.debugDescription)")
        #expect(LayoutFurniture.pageNumberValue(text) == referencePageNumber(text), "page number: \(text.debugDescription)")
        if TextBytes.isCertainlyNFC(text) {
            #expect(Array(ICU.nfc(text).utf8) == Array(text.utf8), "NFC: \(text.debugDescription)")
        }
        let tidy = TextNormalizer.tidySpaces(text)
        #expect(Array(TextNormalizer().normalize(text).utf8) == Array(TextNormalizer.tidySpaces(ICU.nfc(text)).utf8))
        _ = tidy
        for next in ["x", "a", "(b"] {
            let joined = LayoutJoiner.join(text, next)
            let reference = text.hasSuffix("-") && text.count >= 2 && text.dropLast().last != " "
                ? text + next : text + " " + next
            #expect(Array(joined.utf8) == Array(reference.utf8))
        }
    }

    @Test func realLines() throws {
        let lines = try Self.realLines()
        #expect(lines.count > 3000)
        for line in lines { check(line) }
    }

    @Test func generatedNearMisses() {
        for text in Self.generated(8000) { check(text) }
    }

    @Test func certainlyNFCCoversVietnamese() {
        #expect(TextBytes.isCertainlyNFC("Ủy ban nhân dân phường Đông Hải – “Kế hoạch” … • 2025"))
        #expect(!TextBytes.isCertainlyNFC("ho\u{300}a"))
        #expect(!TextBytes.isCertainlyNFC("\u{212A}"))
    }
}
