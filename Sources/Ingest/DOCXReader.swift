import Foundation
import ZIPFoundation
import XML
import ICU

/// Reads a Word document (DOCX): paragraphs of the main body in reading order, automatic
/// numbering rendered, tables as lines of tab-separated cells. Headers, footers, comments,
/// footnotes, deleted text and hidden text are left out.
struct DOCXReader {
    var path: String
    /// Largest part read from the archive (a defence against ZIP bombs).
    static let partLimit = 256 * 1024 * 1024

    func read(_ bytes: [UInt8]) throws(IngestError) -> [String] {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw IngestError(path: path, problem: .corrupt("not a readable ZIP archive (truncated or damaged)"))
        }
        guard archive["word/document.xml"] != nil else {
            if archive["xl/workbook.xml"] != nil { throw IngestError(path: path, problem: .unsupported("an Excel workbook, not a Word document")) }
            if archive["ppt/presentation.xml"] != nil { throw IngestError(path: path, problem: .unsupported("a PowerPoint file, not a Word document")) }
            if archive["content.xml"] != nil {
                throw IngestError(path: path, problem: .unsupported(
                    "an OpenDocument file; convert it with libreoffice --headless --convert-to docx"))
            }
            throw IngestError(path: path, problem: .unsupported("a ZIP archive without word/document.xml (not a DOCX)"))
        }
        let document = try part("word/document.xml", in: archive)
        var renderer = Renderer(numbering: DOCXNumbering(), styles: [:])
        if let numbering = try optionalPart("word/numbering.xml", in: archive) { renderer.numbering = DOCXNumbering(numbering) }
        if let styles = try optionalPart("word/styles.xml", in: archive) { renderer.styles = Self.styleNumbering(styles) }
        guard let body = document.elements.first(where: { $0.name == "body" }) else {
            throw IngestError(path: path, problem: .corrupt("word/document.xml has no body"))
        }
        renderer.blocks(body)
        return renderer.lines
    }

    private func optionalPart(_ name: String, in archive: Archive) throws(IngestError) -> XMLElement? {
        guard archive[name] != nil else { return nil }
        return try part(name, in: archive)
    }

    private func part(_ name: String, in archive: Archive) throws(IngestError) -> XMLElement {
        guard let entry = archive[name] else { throw IngestError(path: path, problem: .corrupt("missing \(name)")) }
        if entry.uncompressedSize > UInt64(Self.partLimit) {
            throw IngestError(path: path, problem: .tooLarge(bytes: Int(clamping: entry.uncompressedSize), limit: Self.partLimit))
        }
        var data = Data()
        struct TooLarge: Error {}
        do {
            // The declared size may lie (a ZIP bomb): count what is actually inflated.
            _ = try archive.extract(entry, consumer: { chunk in
                data.append(chunk)
                if data.count > Self.partLimit { throw TooLarge() }
            })
        } catch is TooLarge {
            throw IngestError(path: path, problem: .tooLarge(bytes: data.count, limit: Self.partLimit))
        } catch {
            throw IngestError(path: path, problem: .corrupt("cannot unpack \(name) (truncated or damaged ZIP entry)"))
        }
        do { return try XMLParser.parseXML([UInt8](data)) } catch {
            throw IngestError(path: path, problem: .corrupt("\(name) is not well-formed XML (\(error))"))
        }
    }

    /// Numbering that paragraph styles carry: style id → (numId, ilvl), through `basedOn`.
    static func styleNumbering(_ root: XMLElement) -> [String: (numId: String, ilvl: Int?)] {
        var direct: [String: (numId: String?, ilvl: Int?)] = [:]
        var basedOn: [String: String] = [:]
        for style in root.elements where style.name == "style" {
            guard let id = style.attributes["styleId"] else { continue }
            if let base = style.elements.first(where: { $0.name == "basedOn" })?.attributes["val"] { basedOn[id] = base }
            if let numPr = style.elements.first(where: { $0.name == "pPr" })?.elements.first(where: { $0.name == "numPr" }) {
                direct[id] = (numPr.child("numId")?.attributes["val"], numPr.child("ilvl")?.attributes["val"].flatMap(Int.init))
            }
        }
        var resolved: [String: (numId: String, ilvl: Int?)] = [:]
        for id in Set(direct.keys).union(basedOn.keys) {
            var numId: String? = nil, ilvl: Int? = nil
            var cursor: String? = id
            var hops = 0
            while let c = cursor, hops < 20 {
                if let d = direct[c] { numId = numId ?? d.numId; ilvl = ilvl ?? d.ilvl }
                cursor = basedOn[c]; hops += 1
            }
            if let numId { resolved[id] = (numId, ilvl) }
        }
        return resolved
    }

    struct Renderer {
        var numbering: DOCXNumbering
        var styles: [String: (numId: String, ilvl: Int?)]
        var lines: [String] = []

        mutating func blocks(_ container: XMLElement) {
            for element in container.elements {
                switch element.name {
                case "p": lines += paragraph(element)
                case "tbl": lines += table(element)
                case "sdt": if let content = element.child("sdtContent") { blocks(content) }
                case "customXml", "ins", "moveTo", "smartTag": blocks(element)
                default: continue
                }
            }
        }

        /// A paragraph's lines (a manual line break starts a new one), its marker first.
        mutating func paragraph(_ p: XMLElement) -> [String] {
            var text = ""
            let properties = p.child("pPr")
            var numId: String? = nil, ilvl = 0
            if let style = properties?.child("pStyle")?.attributes["val"], let numbered = styles[style] {
                // A heading style's level is often given by the list level linked to the style.
                numId = numbered.numId; ilvl = numbered.ilvl ?? numbering.levelOfStyle[style] ?? 0
            }
            if let numPr = properties?.child("numPr") {
                if let id = numPr.child("numId")?.attributes["val"] { numId = id }
                if let level = numPr.child("ilvl")?.attributes["val"].flatMap(Int.init) { ilvl = level }
            }
            if let numId, let marker = numbering.marker(numId: numId, ilvl: ilvl) { text = marker }
            var inField = false
            Self.inline(p, into: &text, inFieldInstruction: &inField)
            let own = TextLines.split(text).map { ICU.nfc(Self.tidy($0)) }
            // Text boxes anchored in the paragraph (often the issuer and number block) come first.
            var boxed: [String] = []
            for box in Self.textBoxes(in: p) {
                var inner = Renderer(numbering: numbering, styles: styles)
                inner.blocks(box)
                numbering = inner.numbering
                boxed += inner.lines
            }
            if boxed.isEmpty { return own.ifEmpty([""]) }
            return boxed + (own.allSatisfy { $0.allSatisfy(\.isWhitespace) } ? [] : own)
        }

        /// Spaces from tabs and alignment folded to one; none at the ends.
        static func tidy(_ line: String) -> String {
            guard line.contains("  ") || line.first == " " || line.last == " " else { return line }
            return line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }

        /// `w:txbxContent` inside a paragraph's drawings, once each: the VML copy that Word keeps
        /// in `mc:Fallback` is skipped.
        static func textBoxes(in element: XMLElement) -> [XMLElement] {
            var found: [XMLElement] = []
            for child in element.elements {
                if child.name == "Fallback" { continue }
                if child.name == "txbxContent" { found.append(child); continue }
                if child.name == "pPr" || child.name == "rPr" || child.name == "t" { continue }
                found += textBoxes(in: child)
            }
            return found
        }

        /// Text of runs, hyperlinks, fields' results and inserted text, in order.
        static func inline(_ element: XMLElement, into text: inout String, inFieldInstruction: inout Bool) {
            for child in element.elements {
                switch child.name {
                case "r":
                    if let rPr = child.child("rPr"), rPr.child("vanish").map({ $0.isOn }) == true { continue }
                    let caps = child.child("rPr")?.child("caps").map { $0.isOn } ?? false
                    for part in child.elements {
                        switch part.name {
                        case "t": if !inFieldInstruction { text += caps ? part.textContent.uppercased() : part.textContent }
                        // A tab in a paragraph aligns text; tabs in lines mean table cells.
                        case "tab", "ptab": if !inFieldInstruction { text += " " }
                        case "br", "cr":
                            if part.attributes["type"] != "page" && part.attributes["type"] != "column" { text += "\n" }
                        case "noBreakHyphen": text += "-"
                        case "fldChar":
                            switch part.attributes["fldCharType"] {
                            case "begin": inFieldInstruction = true
                            case "separate", "end": inFieldInstruction = false
                            default: break
                            }
                        default: continue
                        }
                    }
                case "hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "bdo", "dir":
                    inline(child, into: &text, inFieldInstruction: &inFieldInstruction)
                case "sdt":
                    if let content = child.child("sdtContent") { inline(content, into: &text, inFieldInstruction: &inFieldInstruction) }
                default:
                    continue
                }
            }
        }

        /// One line per row, cells separated by tabs; a merged cell spanning n columns is
        /// followed by n - 1 empty cells. A table of one or two columns lays out paragraphs
        /// (the issuer beside the national motto, recipients beside the signature): its cells
        /// give their lines, row by row, left to right, as a printed page reads.
        mutating func table(_ tbl: XMLElement) -> [String] {
            var grid: [[XMLElement]] = []
            for row in tbl.elements where row.name == "tr" || row.name == "sdt" {
                let realRows = row.name == "tr" ? [row] : (row.child("sdtContent")?.elements.filter { $0.name == "tr" } ?? [])
                for tr in realRows {
                    grid.append(tr.elements.flatMap { cell in
                        cell.name == "tc" ? [cell] : cell.name == "sdt" ? (cell.child("sdtContent")?.elements.filter { $0.name == "tc" } ?? []) : []
                    })
                }
            }
            func span(_ tc: XMLElement) -> Int {
                min(max(tc.child("tcPr")?.child("gridSpan")?.attributes["val"].flatMap(Int.init) ?? 1, 1), 64)
            }
            let columns = grid.map { $0.reduce(0) { $0 + span($1) } }.max() ?? 0
            var rows: [String] = []
            for tcs in grid {
                var cellLines: [[String]] = []
                for tc in tcs {
                    var inner = Renderer(numbering: numbering, styles: styles)
                    inner.blocks(tc)
                    numbering = inner.numbering
                    cellLines.append(inner.lines.map(Self.tidy).filter { !$0.isEmpty })
                }
                if columns <= 2 {
                    rows += cellLines.flatMap { $0 }
                    continue
                }
                var cells: [String] = []
                for (tc, lines) in zip(tcs, cellLines) {
                    cells.append(lines.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: " "))
                    cells += Array(repeating: "", count: span(tc) - 1)
                }
                rows.append(cells.joined(separator: "\t"))
            }
            return rows
        }
    }
}

extension XMLElement {
    func child(_ name: String) -> XMLElement? { elements.first { $0.name == name } }

    /// A Word on/off property: on unless its val says otherwise.
    var isOn: Bool {
        guard let value = attributes["val"] else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }
}

extension Array {
    func ifEmpty(_ fallback: [Element]) -> [Element] { isEmpty ? fallback : self }
}
