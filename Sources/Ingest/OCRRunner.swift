import Foundation
import PlanModel

/// Renders PDF pages to images (pdftoppm) and reads them with `tesseract -l vie` as hOCR.
struct OCRRunner {
    var path: String
    var toolPath: [String]?
    var timeout: Double

    func recognize(pdf: URL, in scratch: ScratchDirectory) throws(IngestError) -> [SourceLine] {
        let tesseract = ExternalTool("tesseract", searchPath: toolPath)
        guard tesseract.location != nil else {
            throw IngestError(path: path, problem: .missingTool(
                "the PDF has no text layer and --ocr needs tesseract: install tesseract-ocr and tesseract-ocr-vie"))
        }
        let render = ExternalTool("pdftoppm", searchPath: toolPath)
        do {
            let result = try render.run(["-r", "300", "-gray", "-png", pdf.path, scratch.file("page").path], timeout: timeout * 4)
            if result.status != 0 { throw IngestError(path: path, problem: .corrupt("pdftoppm failed: \(result.firstErrorLine)")) }
        } catch let error as IngestError { throw error } catch {
            throw IngestError(path: path, problem: .missingTool("rendering a scanned PDF needs pdftoppm: install poppler-utils"))
        }
        let images = ((try? FileManager.default.contentsOfDirectory(atPath: scratch.url.path)) ?? [])
            .filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
            .sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
        var pages: [LaidOutPage] = []
        for (index, image) in images.enumerated() {
            let base = scratch.file("ocr-\(index + 1)")
            let result: ExternalTool.Result
            do { result = try tesseract.run([scratch.file(image).path, base.path, "-l", "vie", "hocr"], timeout: timeout) } catch {
                throw IngestError(path: path, problem: .corrupt("tesseract did not finish on page \(index + 1)"))
            }
            if result.status != 0 {
                if result.standardError.contains("vie") || result.standardError.localizedCaseInsensitiveContains("language") {
                    throw IngestError(path: path, problem: .missingTool(
                        "--ocr needs tesseract's Vietnamese data: install tesseract-ocr-vie (\(result.firstErrorLine))"))
                }
                throw IngestError(path: path, problem: .corrupt("tesseract failed on page \(index + 1): \(result.firstErrorLine)"))
            }
            guard let hocr = FileManager.default.contents(atPath: base.path + ".hocr") else {
                throw IngestError(path: path, problem: .corrupt("tesseract wrote no hOCR for page \(index + 1)"))
            }
            for var page in try HOCRReader.pages([UInt8](hocr), path: path) {
                page.number = index + 1
                pages.append(page)
            }
        }
        return LayoutAssembler.lines(from: pages)
    }
}
