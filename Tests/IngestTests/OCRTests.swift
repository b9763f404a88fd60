import Testing
@testable import Ingest

/// A PDF without a text layer read with `--ocr` (pdftoppm + tesseract -l vie, installed by scripts/setup.sh).
@Suite struct OCRTests {
    @Test func scannedPDFIsReadWithTesseract() throws {
        let text = try FormatFixtures.extract("scan.pdf", options: .init(ocr: true))
        #expect(text.source.format == .pdf)
        #expect(text.layout == .printedLines)
        let lines = text.lines.map(\.text)
        for expected in ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(text.lines.allSatisfy { $0.text.isEmpty || $0.page == 1 })
    }
}
