import Testing
@testable import Ingest

@Suite struct FormatDetectorTests {
    @Test func detectsByContentNotExtension() {
        #expect(FormatDetector.detect(Array("%PDF-1.7\n".utf8), path: "a.txt") == .pdf)
        #expect(FormatDetector.detect(Array("\n\n%PDF-1.4\n".utf8), path: "a") == .pdf)
        #expect(FormatDetector.detect([0x50, 0x4B, 0x03, 0x04, 0, 0], path: "plan.bin") == .zip)
        #expect(FormatDetector.detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], path: "plan.docx") == .ole)
        #expect(FormatDetector.detect(Array("<!DOCTYPE html>\n<html><body>x</body></html>".utf8), path: "p.txt") == .html)
        #expect(FormatDetector.detect(Array("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c --><html><body><div class='ocr_page'>".utf8), path: "x") == .hocr)
        #expect(FormatDetector.detect(Array("<?xml version=\"1.0\"?><alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\">".utf8), path: "x.xml") == .alto)
        #expect(FormatDetector.detect(Array("<ns:alto>".utf8), path: "x") == .alto)
        #expect(FormatDetector.detect(Array("KẾ HOẠCH\n<b>".utf8), path: "k.txt") == .text)
        #expect(FormatDetector.detect(Array("<p>Kế hoạch</p>".utf8), path: "k.txt") == .html)
        #expect(FormatDetector.detect(Array("<other/>".utf8), path: "k.txt") == .text)
        #expect(FormatDetector.detect(Array("{\\rtf1\\ansi KẾ HOẠCH}".utf8), path: "k.doc") == .rtf)
    }

    @Test func fixturesAreRecognised() throws {
        for (name, format) in [("plan.docx", DetectedFormat.zip), ("plan.pdf", .pdf), ("plan.html", .html),
                               ("plan.hocr", .hocr), ("plan.alto.xml", .alto), ("plan.vni.txt", .text)] {
            let bytes = try FileBytes.read(FormatFixtures.path(name))
            #expect(FormatDetector.detect(bytes, path: "no-extension") == format, "\(name)")
        }
    }
}
