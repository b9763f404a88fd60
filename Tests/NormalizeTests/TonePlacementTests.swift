import Testing
@testable import Normalize

@Suite struct TonePlacementTests {
    @Test(arguments: [
        ("hòa bình", "hoà bình"), ("Thúy", "Thuý"), ("khỏe", "khoẻ"), ("HÒA", "HOÀ"),
        ("hoàn thành", "hoàn thành"), ("quý", "quý"), ("thuyết", "thuyết"), ("văn hóa", "văn hoá"),
    ])
    func newStyle(input: String, expected: String) {
        #expect(TonePlacement.new.apply(to: input) == expected)
    }

    @Test(arguments: [("hoà", "hòa"), ("thuý", "thúy"), ("khoẻ", "khỏe"), ("quý", "quý"), ("hoàn", "hoàn")])
    func oldStyle(input: String, expected: String) {
        #expect(TonePlacement.old.apply(to: input) == expected)
    }

    @Test func asPrintedLeavesText() {
        #expect(TonePlacement.asPrinted.apply(to: "hoà hòa") == "hoà hòa")
    }

    @Test func normalizerMakesNFC() {
        let decomposed = "Vie\u{302}\u{323}t Nam"
        #expect(TextNormalizer().normalize(decomposed).unicodeScalars.count == "Việt Nam".unicodeScalars.count)
        #expect(TextNormalizer().normalize("  a \u{A0} b  ") == "a b")
    }
}

@Suite struct SpaceTidyingTests {
    @Test(arguments: [
        ("  a \u{A0} b  ", "a b"), ("a\u{200B}b", "ab"), ("Số:\u{2003}103", "Số: 103"),
        ("1 \t Thu ngân sách \t %", "1\tThu ngân sách\t%"), ("\u{FEFF}KẾ HOẠCH", "KẾ HOẠCH"),
        ("clean line", "clean line"), ("", ""), ("   ", ""), ("a\u{AD}b", "ab"), ("x\u{3000}y", "x y"),
    ])
    func tidies(input: String, expected: String) {
        #expect(TextNormalizer.tidySpaces(input) == expected)
    }
}
