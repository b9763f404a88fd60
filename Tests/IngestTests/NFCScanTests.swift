import Foundation
import Testing
import ICU
@testable import Ingest
import TestSupport

/// The NFC scan only ever skips ICU on text ICU leaves as it is, and decoding gives the
/// same text and the same errors as validating byte by byte and asking ICU.
@Suite struct NFCScanTests {
    func reference(_ bytes: [UInt8]) -> Result<String, IngestError> {
        if let offset = PlainTextDecoder.firstInvalidUTF8Offset(bytes, from: 0) {
            return .failure(IngestError(path: "x", problem: .invalidUTF8(byteOffset: offset)))
        }
        return .success(ICU.nfc(String(decoding: bytes, as: UTF8.self)))
    }

    func check(_ bytes: [UInt8]) {
        let actual: Result<String, IngestError>
        do { actual = .success(try PlainTextDecoder.utf8(bytes, from: 0, path: "x")) } catch { actual = .failure(error) }
        switch (actual, reference(bytes)) {
        case let (.success(a), .success(b)): #expect(Array(a.utf8) == Array(b.utf8), "\(bytes)")
        case let (.failure(a), .failure(b)): #expect("\(a)" == "\(b)", "\(bytes)")
        default: Issue.record("decoding differs for \(bytes)")
        }
    }

    @Test func seeds() throws {
        for name in TestPaths.seedNames {
            let bytes = [UInt8](try Data(contentsOf: TestPaths.seed("\(name).txt")))
            check(bytes)
            let certain = bytes.withUnsafeBufferPointer(NFCScan.isCertainlyNFC)
            #expect(certain, "\(name) is plain Vietnamese text")
        }
    }

    @Test func generatedBytes() {
        let pieces: [[UInt8]] = [[0x61], [0x20], [0xC3, 0xA0], [0xE1, 0xBB, 0x87], Array("o\u{300}".utf8), Array("\u{212A}".utf8),
                                 [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF0, 0x9F, 0x98, 0x80], [0xE2, 0x80, 0x93], [0xFF],
                                 [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0xCC, 0x81], Array("\u{2000}".utf8),
                                 Array("\u{FB01}".utf8), Array("\u{1100}\u{1161}".utf8), [0x0A], [0x00],
                                 Array("≥≠".utf8), Array("=\u{338}".utf8), Array("\u{2329}".utf8), Array("▪❖".utf8)]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 8) { bytes += pieces[next() % pieces.count] }
            check(bytes)
        }
    }
}
