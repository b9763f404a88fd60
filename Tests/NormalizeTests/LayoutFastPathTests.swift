import Testing
import Foundation
import ICU
import TestSupport
@testable import Normalize

/// Layout repair's byte-level shortcuts answer what the code they spare answers.
@Suite struct LayoutFastPathTests {
    /// Every line of the seeds, the OCR texts and the plan fixtures, as given and in NFC.
    static let lines: [String] = {
        var urls = RepairTokenizerFastPathTests.files
        let plans = TestPaths.fixtures.appendingPathComponent("plans")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plans.path)) ?? []
        urls += names.sorted().map { plans.appendingPathComponent($0) }
        var result: [String] = []
        for url in urls {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = String(raw)
                result.append(line)
                result.append(ICU.nfc(line))
                let trimmed = line.trimmingSpaces()
                if trimmed.count != line.count { result.append(String(trimmed)) }
            }
        }
        return result
    }()

    static let edgeLines = [
        "I. MỤC TIÊU", "IV. Nhiệm vụ", "V.Tổ chức", "XII. x", "L. y", "IVX", "IV .", "I", "IV", "Việc làm", "Xây dựng",
        "Lãnh đạo", "V. ", "I\u{301}. x", "I.\u{301} x", "IV\u{301}. x", "A. Mục", "B.Mục", "VI.", "X.X. y", "LIV. z",
        "(3) Đề án", "1. Mục", "a) b", "đ) c", "Đ. d", "", "I\tV. x",
    ]

    @Test func byteFilterNeverTurnsAwayAMarker() {
        #expect(Self.lines.count > 10000)
        var markers = 0
        for line in Self.lines + Self.edgeLines {
            let parsed = LayoutMarkers.parse(line)
            if parsed != nil { markers += 1 }
            #expect(LayoutMarkers.marker(line) == parsed, "\(line)")
            if parsed != nil { #expect(MarkerStart.plausible(line.utf8), "\(line)") }
            for bare in [line + " X", line + "."] where LayoutMarkers.parse(bare) != nil {
                #expect(MarkerStart.plausible(bare.utf8), "\(bare)")
            }
        }
        #expect(markers > 300)
    }
}

extension LayoutFastPathTests {
    @Test func asciiPageNumbersMatchCharacters() {
        var numbers = 0
        let probes = ["12", "- 12 -", "Trang 12", "TRANG 3", "trang", "trang ", "1234", "12a", "-", "--7--", " 7 ", "0",
                      "007", "12\r", "Trang  5", "trAng 9 -", "x 12", "1 2"]
        for line in Self.lines + probes where line.utf8.count <= 12 {
            guard let fast = LayoutFurniture.asciiPageNumberValue(line) else {
                #expect(line.utf8.contains { $0 >= 0x80 }, "\(line)")
                continue
            }
            if fast != nil { numbers += 1 }
            #expect(fast == LayoutFurniture.pageNumberValueByCharacters(line), "\(line)")
        }
        #expect(numbers > 50)
    }
}

extension LayoutFastPathTests {
    @Test func characterShortcutsMatchTheCharacterTests() {
        var characters = Set<Character>()
        for line in Self.lines + Self.edgeLines { characters.formUnion(line.prefix(20)) }
        characters.formUnion(["\r\n", "1\u{301}", "a\u{301}", "đ", "d\u{335}", "Ⅳ", "５", "٣", "²", "I\u{301}"])
        for c in characters {
            #expect(LayoutMarkers.asciiDigit(c) == (c.isASCII ? c.wholeNumberValue : nil), "\(c)")
            #expect(LayoutMarkers.letterIndex(c) == LayoutMarkers.letters.firstIndex(of: c), "\(c)")
        }
        #expect(LayoutMarkers.letterScalars.count == LayoutMarkers.letters.count)
    }
}
