import Testing
@testable import Segment

@Suite struct FastTextTests {
    /// Every scalar `FastText` calls simple lowercases, by its rules, as `String.lowercased()` does.
    @Test func lowercaseMatchesTheStandardLibrary() {
        var checked = 0
        for v in UInt32(0)..<0x2C00 {
            guard let s = Unicode.Scalar(v), FastText.isSimple(s) else { continue }
            let expected = String(s).lowercased()
            #expect(expected.unicodeScalars.count == 1, "U+\(String(v, radix: 16)) lowercases to several scalars")
            #expect(expected.unicodeScalars.first == FastText.lower(s), "U+\(String(v, radix: 16))")
            // Old code used indices of the lowercased text on the text itself.
            #expect(expected.utf8.count == String(s).utf8.count, "U+\(String(v, radix: 16)) changes UTF-8 length")
            checked += 1
        }
        #expect(checked > 3000)
    }

    @Test func simpleTextRoundTrips() throws {
        let text = "Đến năm 2030, tỷ lệ ≥ 97,45% – “Phấn đấu” ❖ ƯỚC"
        let scalars = try #require(FastText.simpleScalars(text))
        #expect(FastText.string(scalars) == text)
        #expect(FastText.string(FastText.lowerScalars(scalars)) == text.lowercased())
        #expect(FastText.simpleScalars("e\u{301}") == nil)
        #expect(FastText.simpleScalars("a\r\nb") == nil)
        #expect(FastText.simpleScalars("\u{212A}elvin") == nil)
    }
}

@Suite struct TextSearchTests {
    @Test func containsAnyFindsEachNeedle() {
        let needles = TextSearch.Needles(["chủ trì", "Giao ", "Đề nghị"])
        #expect(TextSearch.containsAny("Phòng Kinh tế chủ trì, phối hợp", needles))
        #expect(TextSearch.containsAny("Giao Phòng Văn hóa", needles))
        #expect(TextSearch.containsAny("… Đề nghị", needles))
        #expect(!TextSearch.containsAny("Đề nghi Phòng chủ tri", needles))
        #expect(!TextSearch.containsAny("", needles))
        #expect(TextSearch.offset(of: "trì", in: "chủ trì") == 6)   // bytes: "ủ" is three
        #expect(TextSearch.offset(of: "", in: "abc") == 0)
    }
}
