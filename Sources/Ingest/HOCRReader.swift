import Foundation
import XML
import ICU

/// Reads hOCR (tesseract's HTML output): pages, paragraphs, lines and words with boxes and
/// confidences (`x_wconf`).
enum HOCRReader {
    static let lineClasses: Set<String> = ["ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"]

    static func pages(_ bytes: [UInt8], path: String) throws(IngestError) -> [LaidOutPage] {
        // Declared XHTML (tesseract's) must be well-formed: a truncated file is an error, not a
        // silently shorter text. Other hOCR goes through the forgiving HTML parser.
        let declaredXML = String(decoding: bytes.prefix(64), as: UTF8.self)
            .trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}").union(.whitespacesAndNewlines)).hasPrefix("<?xml")
        let root: XMLElement
        do { root = declaredXML ? try XMLParser.parseXML(bytes) : try XMLParser.parseHTML(bytes) } catch {
            throw IngestError(path: path, problem: .corrupt("hOCR is not well-formed (\(error))"))
        }
        var pages: [LaidOutPage] = []
        for page in root.elements(withClass: { $0 == "ocr_page" }) {
            let box = Title(page.attributes["title"]).bbox ?? [0, 0, 0, 0]
            var blocks: [PageBlock] = []
            var paragraphs = page.elements(withClass: { $0 == "ocr_par" })
            if paragraphs.isEmpty { paragraphs = page.elements(withClass: { $0 == "ocr_carea" }) }
            if paragraphs.isEmpty { paragraphs = [page] }
            for paragraph in paragraphs {
                let lines = paragraph.elements(withClass: { lineClasses.contains($0) }).map(line)
                blocks.append(PageBlock(lines: lines))
            }
            pages.append(LaidOutPage(number: pages.count + 1, width: box[2] - box[0], height: box[3] - box[1], blocks: blocks))
        }
        if pages.isEmpty { throw IngestError(path: path, problem: .corrupt("hOCR without any ocr_page")) }
        return pages
    }

    static func line(_ element: XMLElement) -> PageLine {
        let words = element.elements(withClass: { $0 == "ocrx_word" })
        if words.isEmpty {
            let box = Title(element.attributes["title"]).bbox ?? [0, 0, 0, 0]
            let text = collapse(element.textContent)
            return PageLine(words: text.isEmpty ? [] : [PageWord(text: text, x0: box[0], y0: box[1], x1: box[2], y1: box[3])])
        }
        return PageLine(words: words.compactMap { word in
            let text = collapse(word.textContent)
            guard !text.isEmpty else { return nil }
            let title = Title(word.attributes["title"])
            let box = title.bbox ?? [0, 0, 0, 0]
            return PageWord(text: text, x0: box[0], y0: box[1], x1: box[2], y1: box[3],
                            confidence: title.value("x_wconf").map { $0 / 100 })
        })
    }

    static func collapse(_ text: String) -> String {
        ICU.nfc(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// An hOCR `title` attribute: "bbox 10 20 30 40; x_wconf 93".
    struct Title {
        var fields: [String: [Double]] = [:]
        init(_ title: String?) {
            for part in (title ?? "").split(separator: ";") {
                let tokens = part.split(separator: " ")
                guard let key = tokens.first else { continue }
                fields[String(key)] = tokens.dropFirst().compactMap { Double($0) }
            }
        }
        var bbox: [Double]? { fields["bbox"].flatMap { $0.count == 4 ? $0 : nil } }
        func value(_ key: String) -> Double? { fields[key]?.first }
    }
}

extension XMLElement {
    /// Descendants (self included) whose `class` has a class accepted by `accept`, outermost
    /// first; the search does not descend into a match.
    func elements(withClass accept: (String) -> Bool) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(accept, into: &found)
        return found
    }

    private func collect(_ accept: (String) -> Bool, into found: inout [XMLElement]) {
        if let classes = attributes["class"], classes.split(separator: " ").contains(where: { accept(String($0)) }) {
            found.append(self); return
        }
        for element in elements { element.collect(accept, into: &found) }
    }
}
