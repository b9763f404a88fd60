import Testing
import Foundation
import TestSupport
@testable import Ingest

/// `TextLines.split` copies each line out of the valid text without decoding it again: the
/// same lines as decoding each line's bytes (the reference below, the former code).
@Suite struct TextLinesTests {
    static func reference(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0, i = 0
        let n = bytes.count
        func cut(_ end: Int, skip: Int) {
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
            i = end + skip
            start = i
        }
        while i < n {
            switch bytes[i] {
            case 0x0A: cut(i, skip: 1)
            case 0x0D: cut(i, skip: i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1)
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0x85: cut(i, skip: 2)
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9): cut(i, skip: 3)
            default: i += 1
            }
        }
        if start < n { lines.append(String(decoding: bytes[start..<n], as: UTF8.self)) }
        return lines
    }

    @Test func sameLinesOnSeedsOCRAndFixtures() throws {
        var texts: [String] = []
        for folder in ["seeds", "ocr-dev"] {
            let path = TestPaths.shared.appendingPathComponent(folder).path
            for name in try FileManager.default.contentsOfDirectory(atPath: path).sorted() where name.hasSuffix(".txt") {
                texts.append(try String(contentsOfFile: path + "/" + name, encoding: .utf8))
            }
        }
        #expect(texts.count == 9)
        for text in texts {
            #expect(TextLines.split(text) == Self.reference(text))
        }
    }

    @Test(arguments: ["", "\n", "a", "a\n", "a\r\nb\rc\nd", "\r\n\r\n", "kế\u{85}hoạch\u{2028}x\u{2029}y", "e\u{301}\ne\u{301}",
                      "a\r", "\r", "đ\n\n\nđ", "👍🏽\n🇻🇳", "x\u{2027}y\u{202A}z"])
    func sameLinesOnEdgeTexts(text: String) {
        #expect(TextLines.split(text) == Self.reference(text))
        let bridged = String(decoding: Array(text.utf8), as: UTF8.self)
        #expect(TextLines.split(bridged).map { Array($0.utf8) } == Self.reference(text).map { Array($0.utf8) })
    }
}
