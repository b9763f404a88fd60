import XML
import ICU

/// Reads ALTO XML (library OCR): pages, text blocks, lines and strings with boxes and word
/// confidences (`WC`, 0...1).
enum ALTOReader {
    static func pages(_ bytes: [UInt8], path: String) throws(IngestError) -> [LaidOutPage] {
        let root: XMLElement
        do { root = try XMLParser.parseXML(bytes) } catch {
            throw IngestError(path: path, problem: .corrupt("ALTO XML is not well-formed (\(error))"))
        }
        let pages = root.descendants(named: "Page").enumerated().map { index, page in
            LaidOutPage(number: index + 1, width: page.number("WIDTH"), height: page.number("HEIGHT"),
                        blocks: page.descendants(named: "TextBlock").map { block in
                PageBlock(lines: block.descendants(named: "TextLine").map(line))
            })
        }
        if pages.isEmpty { throw IngestError(path: path, problem: .corrupt("ALTO without any Page")) }
        return pages
    }

    static func line(_ element: XMLElement) -> PageLine {
        var words: [PageWord] = []
        for child in element.elements {
            switch child.name {
            case "String":
                let text = ICU.nfc(child.attributes["CONTENT"] ?? "")
                guard !text.isEmpty else { continue }
                let x = child.number("HPOS"), y = child.number("VPOS")
                words.append(PageWord(text: text, x0: x, y0: y, x1: x + child.number("WIDTH"), y1: y + child.number("HEIGHT"),
                                      confidence: child.attributes["WC"].flatMap(Double.init)))
            case "HYP":
                if !words.isEmpty { words[words.count - 1].text += child.attributes["CONTENT"] ?? "-" }
            default:
                continue
            }
        }
        return PageLine(words: words)
    }
}
