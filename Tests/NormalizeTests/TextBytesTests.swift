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
                      "•", "·", "\u{387}", "*", "+", "▪", "e\u{301}", "\u{1100}", "\u{1161}", "“", "”", "\u{FEFF}", "\u{2003}", "≥", "≠", "=\u{338}", "\u{2329}", "❖", "I.", "(1)", "a)", "1.2.", "đ)", "Đ.", "\u{7F}", "\u{85}", "𝐀"]
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

    /// The byte loop of `tidySpaces` as it was before its fast paths: the reference.
    func referenceTidy(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            let n = bytes.count
            if n == 0 { return "" }
            var out = [UInt8]()
            out.reserveCapacity(n)
            var pendingSpace = false
            var i = 0
            while i < n {
                let b = bytes[i]
                var width = 1
                var kind = 0   // 0 other, 1 space, 2 drop, 3 tab
                if b == 0x20 { kind = 1 }
                else if b == 0x09 { kind = 3 }
                else if b == 0xC2, i + 1 < n {
                    if bytes[i + 1] == 0xA0 { kind = 1; width = 2 } else if bytes[i + 1] == 0xAD { kind = 2; width = 2 }
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                    switch bytes[i + 2] {
                    case 0x82, 0x83, 0x87, 0x89, 0xAF: kind = 1; width = 3
                    case 0x8B: kind = 2; width = 3
                    default: break
                    }
                } else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { kind = 1; width = 3 }
                else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { kind = 2; width = 3 }
                switch kind {
                case 1:
                    pendingSpace = true
                case 2:
                    break
                case 3:
                    while out.last == 0x20 { out.removeLast() }
                    out.append(0x09)
                    pendingSpace = false
                default:
                    if pendingSpace, let last = out.last, last != 0x09 { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]))
                }
                i += width
            }
            while out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)

        }
    }

    func check(_ text: String) {
        #expect(Array(TextNormalizer.tidySpaces(text).utf8) == Array(referenceTidy(text).utf8), "tidy: \(text.debugDescription)")
        #expect(LayoutMarkers.leadingCharacters(text, 16) == Array(text.prefix(16)), "prefix: \(text.debugDescription)")
        #expect(LayoutMarkers.leadingCharacters(text, 2) == Array(text.prefix(2)), "prefix: \(text.debugDescription)")
        #expect(LayoutTextWidth.width(text) == text.unicodeScalars.reduce(0.0) { $0 + LayoutTextWidth.width(of: $1.value) })
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
