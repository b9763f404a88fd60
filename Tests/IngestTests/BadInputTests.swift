import Testing
import Foundation
@testable import Ingest

/// Broken and unsupported inputs: a clear error naming the file, never a crash or a hang.
@Suite struct BadInputTests {
    func error(_ name: String, options: Ingester.Options = .init()) -> IngestError? {
        do { _ = try FormatFixtures.extract(name, options: options); return nil } catch { return error }
    }

    @Test func corruptAndTruncatedDOCX() {
        for name in ["corrupt-zip.docx", "truncated.docx"] {
            let e = error(name)
            #expect(e?.problem == .corrupt("not a readable ZIP archive (truncated or damaged)"), "\(name)")
            #expect(e?.description.hasPrefix(FormatFixtures.path(name)) == true)
        }
        guard case .corrupt(let why)? = error("truncated-xml.docx")?.problem else { Issue.record("no error"); return }
        #expect(why.hasPrefix("word/document.xml is not well-formed XML"))
    }

    @Test func truncatedXML() {
        guard case .corrupt(let why)? = error("truncated.alto.xml")?.problem else { Issue.record("no error"); return }
        #expect(why.hasPrefix("ALTO XML is not well-formed"))
        guard case .corrupt(let hocr)? = error("truncated.hocr")?.problem else { Issue.record("no error"); return }
        #expect(hocr.hasPrefix("hOCR is not well-formed"))
    }

    @Test func encryptedAndZeroPagePDF() {
        #expect(error("encrypted.pdf")?.problem == .unsupported(
            "the PDF is encrypted (password protected); decrypt it first (qpdf --decrypt)"))
        #expect(error("zero-pages.pdf")?.problem == .corrupt("the PDF has no pages"))
        #expect(error("scan.pdf")?.problem == .unsupported(
            "the PDF has no text layer (a scan?); run with --ocr to read it with tesseract"))
    }

    @Test func missingTools() throws {
        let nowhere = ["/nonexistent-vnplan-tools"]
        #expect(error("plan.pdf", options: .init(toolSearchPath: nowhere))?.problem == .missingTool(
            "reading a PDF needs pdftotext: install poppler-utils (apt-get install poppler-utils)"))
        // pdftotext present, tesseract not.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for tool in ["pdftotext", "pdftoppm"] {
            let found = ExternalTool(tool).location ?? "/usr/bin/\(tool)"
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(tool).path, withDestinationPath: found)
        }
        #expect(error("scan.pdf", options: .init(ocr: true, toolSearchPath: [dir.path]))?.problem == .missingTool(
            "the PDF has no text layer and --ocr needs tesseract: install tesseract-ocr and tesseract-ocr-vie"))
    }

    @Test func oldBinaryDoc() {
        let bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(throws: IngestError(path: "old.doc", problem: .unsupported(
            "an old binary Word .doc; convert it first: libreoffice --headless --convert-to docx old.doc"))) {
            try Ingester().extract(bytes: bytes, path: "old.doc")
        }
    }

    @Test func notADOCXArchive() throws {
        // A ZIP without word/document.xml: the DOCX fixture's bytes with the part renamed.
        var bytes = try FileBytes.read(FormatFixtures.path("plan.docx"))
        let from = Array("word/document.xml".utf8), to = Array("word/documenx.xml".utf8)
        var i = 0
        while i + from.count <= bytes.count {
            if Array(bytes[i..<i + from.count]) == from { bytes.replaceSubrange(i..<i + from.count, with: to) }
            i += 1
        }
        #expect(throws: IngestError(path: "z.docx", problem: .unsupported("a ZIP archive without word/document.xml (not a DOCX)"))) {
            try Ingester().extract(bytes: bytes, path: "z.docx")
        }
    }

    @Test func fileOver200MB() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-big-\(UUID().uuidString).pdf")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("%PDF-1.4\n".utf8)))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200 * 1024 * 1024)   // sparse: no disk used
        try handle.close()
        #expect(throws: IngestError(path: url.path, problem: .tooLarge(bytes: 200 * 1024 * 1024, limit: FileBytes.sizeLimit))) {
            try Ingester().extract(path: url.path)
        }
    }
}
