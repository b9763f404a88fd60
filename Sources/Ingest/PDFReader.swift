import Foundation
import PlanModel
import XML
import ICU

/// Reads a PDF's text layer with poppler's `pdftotext -bbox-layout` (every word with its page
/// and box, as XHTML read through libxml2). A PDF without a text layer is read with tesseract
/// when OCR is asked for.
struct PDFReader {
    var path: String
    var ocr: Bool
    var toolPath: [String]? = nil
    /// Seconds any one external program may run.
    var timeout: Double = 120

    func read(_ bytes: [UInt8]) throws(IngestError) -> [SourceLine] {
        let scratch = try ScratchDirectory()
        defer { scratch.cleanUp() }
        let input = scratch.file("in.pdf")
        do { try Data(bytes).write(to: input) } catch {
            throw IngestError(path: path, problem: .unreadable("cannot write a temporary copy: \(error)"))
        }
        let output = scratch.file("out.html")
        let tool = ExternalTool("pdftotext", searchPath: toolPath)
        let result: ExternalTool.Result
        do {
            result = try tool.run(["-bbox-layout", "-enc", "UTF-8", input.path, output.path], timeout: timeout)
        } catch {
            throw toolFailure(error, tool: "pdftotext", package: "poppler-utils")
        }
        if result.status != 0 { throw openFailure(result) }
        guard let data = FileManager.default.contents(atPath: output.path) else {
            throw IngestError(path: path, problem: .corrupt("pdftotext wrote nothing"))
        }
        let pages = try Self.pages(fromBBoxLayout: [UInt8](data), path: path)
        if pages.isEmpty { throw IngestError(path: path, problem: .corrupt("the PDF has no pages")) }
        let hasText = pages.contains { $0.blocks.contains { $0.lines.contains { !$0.words.isEmpty } } }
        if hasText { return LayoutAssembler.lines(from: pages) }
        guard ocr else {
            throw IngestError(path: path, problem: .unsupported(
                "the PDF has no text layer (a scan?); run with --ocr to read it with tesseract"))
        }
        return try OCRRunner(path: path, toolPath: toolPath, timeout: timeout).recognize(pdf: input, in: scratch)
    }

    private func openFailure(_ result: ExternalTool.Result) -> IngestError {
        let message = result.firstErrorLine
        if result.standardError.contains("page count 0") || result.standardError.contains("Wrong page range") {
            return IngestError(path: path, problem: .corrupt("the PDF has no pages"))
        }
        if message.localizedCaseInsensitiveContains("password") || message.localizedCaseInsensitiveContains("encrypt") {
            return IngestError(path: path, problem: .unsupported(
                "the PDF is encrypted (password protected); decrypt it first (qpdf --decrypt)"))
        }
        return IngestError(path: path, problem: .corrupt("pdftotext could not read it" + (message.isEmpty ? "" : ": \(message)")))
    }

    private func toolFailure(_ error: ExternalTool.Failure, tool: String, package: String) -> IngestError {
        switch error {
        case .notInstalled:
            return IngestError(path: path, problem: .missingTool("reading a PDF needs \(tool): install \(package) (apt-get install \(package))"))
        case .timedOut(let seconds):
            return IngestError(path: path, problem: .corrupt("\(tool) did not finish within \(Int(seconds)) s"))
        case .launch(let why):
            return IngestError(path: path, problem: .unreadable("cannot run \(tool): \(why)"))
        }
    }

    /// Pages, blocks, lines and words from pdftotext's `-bbox-layout` XHTML.
    static func pages(fromBBoxLayout bytes: [UInt8], path: String) throws(IngestError) -> [LaidOutPage] {
        let root: XMLElement
        do { root = try XMLParser.parseXML(bytes) } catch {
            throw IngestError(path: path, problem: .corrupt("pdftotext output is not well-formed (\(error))"))
        }
        return root.descendants(named: "page").enumerated().map { index, page in
            let blocks = page.descendants(named: "block").map { block in
                PageBlock(lines: block.descendants(named: "line").map { line in
                    PageLine(words: line.descendants(named: "word").compactMap { word in
                        let text = ICU.nfc(word.textContent.trimmingCharacters(in: .whitespacesAndNewlines))
                        guard !text.isEmpty else { return nil }
                        return PageWord(text: text, x0: word.number("xMin"), y0: word.number("yMin"),
                                        x1: word.number("xMax"), y1: word.number("yMax"), confidence: nil)
                    })
                })
            }
            return LaidOutPage(number: index + 1, width: page.number("width"), height: page.number("height"), blocks: blocks)
        }
    }
}

extension XMLElement {
    func number(_ attribute: String) -> Double { attributes[attribute].flatMap(Double.init) ?? 0 }
}
