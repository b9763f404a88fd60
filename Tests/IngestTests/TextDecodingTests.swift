import Testing
@testable import Ingest

@Suite struct TextDecodingTests {
    let ingester = Ingester()

    @Test func utf8WithBOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("KẾ HOẠCH\r\nSố: 103/KH-UBND\r\n".utf8)
        let text = try ingester.extract(bytes: bytes, path: "a.txt")
        #expect(text.lines.map(\.text) == ["KẾ HOẠCH", "Số: 103/KH-UBND"])
        #expect(text.source.encoding == "utf-8")
    }

    @Test func utf16LittleEndianWithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Kế hoạch\nSố".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let text = try ingester.extract(bytes: bytes, path: "b.txt")
        #expect(text.lines.map(\.text) == ["Kế hoạch", "Số"])
        #expect(text.source.encoding == "utf-16")
    }

    @Test func invalidUTF8NamesTheOffset() {
        let bytes: [UInt8] = Array("Kế hoạch ".utf8) + [0xC3, 0x28] + Array(" x".utf8)
        #expect(throws: IngestError(path: "c.txt", problem: .invalidUTF8(byteOffset: 13))) {
            try ingester.extract(bytes: bytes, path: "c.txt")
        }
    }

    @Test func emptyAndBinary() {
        #expect(throws: IngestError(path: "e.txt", problem: .empty)) { try ingester.extract(bytes: [], path: "e.txt") }
        #expect(throws: IngestError(path: "e.txt", problem: .empty)) { try ingester.extract(bytes: Array(" \n\n".utf8), path: "e.txt") }
        #expect(throws: IngestError.self) { try ingester.extract(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 1], path: "p.png") }
    }

    @Test func missingFileAndDirectory() {
        #expect(throws: IngestError(path: "/no/such/plan.txt", problem: .notFound)) {
            try ingester.extract(path: "/no/such/plan.txt")
        }
        #expect(throws: IngestError(path: "/tmp", problem: .isDirectory)) { try ingester.extract(path: "/tmp") }
    }

    @Test func decomposedInputBecomesNFC() throws {
        let text = try ingester.extract(bytes: Array("Vie\u{302}\u{323}t".utf8), path: "d.txt")
        #expect(text.lines[0].text == "Việt")
        #expect(text.lines[0].text.unicodeScalars.count == 4)
    }
}
