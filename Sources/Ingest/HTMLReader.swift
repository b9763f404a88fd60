import XML
import ICU
import PlanModel

/// Reads HTML with libxml2's HTML parser: block elements become lines, table rows become lines
/// of tab-separated cells, ordered lists get the numbers a browser shows; scripts, styles,
/// navigation and page headers/footers outside the article are left out.
struct HTMLReader {
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "nav", "form",
                                       "button", "select", "textarea", "iframe", "svg", "menu", "object", "canvas"]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "pre", "section", "article", "main", "caption", "figcaption", "figure", "address", "center", "hr",
        "body", "html", "header", "footer", "aside", "fieldset", "legend", "details", "summary",
    ]

    private var lines: [String] = []
    private var current = ""
    private var listCounters: [(kind: String, next: Int)?] = []

    static func lines(_ root: XMLElement) -> [String] {
        var reader = HTMLReader()
        reader.visit(root, insideArticle: false)
        reader.flush()
        return reader.lines
    }

    private mutating func flush() {
        let text = ICU.nfc(current.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0.isNewline || $0 == "\t" })
            .joined(separator: " "))
        if !text.isEmpty { lines.append(text) }
        current = ""
    }

    private mutating func visit(_ element: XMLElement, insideArticle: Bool) {
        let name = element.name
        if Self.skipped.contains(name) { return }
        if element.attributes["role"] == "navigation" || element.attributes["hidden"] != nil { return }
        if let style = element.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") { return }
        if (name == "header" || name == "footer") && !insideArticle { return }
        let article = insideArticle || name == "article" || name == "main"
        switch name {
        case "br":
            flush(); return
        case "table":
            flush()
            for row in Self.rows(of: element) { lines.append(row) }
            return
        case "pre":
            flush()
            for line in TextLines.split(element.textContent) where !line.allSatisfy(\.isWhitespace) { lines.append(ICU.nfc(line)) }
            return
        case "ol", "ul":
            flush()
            let start = element.attributes["start"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 1
            listCounters.append(name == "ol" ? (Self.listType(element), start) : nil)
            visitChildren(element, insideArticle: article)
            listCounters.removeLast()
            flush()
            return
        case "li":
            flush()
            if let last = listCounters.last, var counter = last {
                if let value = element.attributes["value"].flatMap({ Int($0) }) { counter.next = value }
                current = Self.marker(counter.next, type: counter.kind) + " "
                counter.next += 1
                listCounters[listCounters.count - 1] = counter
            }
            visitChildren(element, insideArticle: article)
            flush()
            return
        default:
            break
        }
        let block = Self.blockElements.contains(name)
        if block { flush() }
        visitChildren(element, insideArticle: article)
        if block { flush() }
    }

    private mutating func visitChildren(_ element: XMLElement, insideArticle: Bool) {
        for child in element.children {
            switch child {
            case .text(let text): current += text
            case .element(let e): visit(e, insideArticle: insideArticle)
            }
        }
    }

    /// An ordered list's numbering: its `type`, else its CSS `list-style-type`.
    static func listType(_ list: XMLElement) -> String {
        if let type = list.attributes["type"] { return type }
        let style = (list.attributes["style"] ?? "").lowercased().filter { !$0.isWhitespace }
        for (css, type) in [("lower-alpha", "a"), ("lower-latin", "a"), ("upper-alpha", "A"), ("upper-latin", "A"),
                            ("lower-roman", "i"), ("upper-roman", "I")] where style.contains("list-style-type:" + css) {
            return type
        }
        return "1"
    }

    static func marker(_ n: Int, type: String) -> String {
        switch type {
        case "a": return Numbering.letters(n, upper: false) + "."
        case "A": return Numbering.letters(n, upper: true) + "."
        case "i": return RomanNumeral.string(n).lowercased() + "."
        case "I": return RomanNumeral.string(n) + "."
        default: return "\(n)."
        }
    }

    /// The table's rows (not those of tables nested in its cells), cells separated by tabs.
    /// A layout table — one or two columns (the issuer beside the motto, recipients beside the
    /// signature), or a cell holding many paragraphs (whole pages are sometimes laid out so) —
    /// gives its cells' lines instead, row by row, left to right.
    static func rows(of table: XMLElement) -> [String] {
        var rows: [XMLElement] = []
        func collect(_ e: XMLElement) {
            for child in e.elements {
                if child.name == "tr" { rows.append(child) }
                else if child.name == "thead" || child.name == "tbody" || child.name == "tfoot" { collect(child) }
            }
        }
        collect(table)
        func span(_ cell: XMLElement) -> Int { min(max(cell.attributes["colspan"].flatMap { Int($0) } ?? 1, 1), 64) }
        let columns = rows.map { $0.elements.filter { $0.name == "td" || $0.name == "th" }.reduce(0) { $0 + span($1) } }.max() ?? 0
        var out: [String] = []
        for row in rows {
            let cellElements = row.elements.filter { $0.name == "td" || $0.name == "th" }
            let cellLines = cellElements.map(lines)
            if columns <= 2 || cellLines.contains(where: { $0.count > 5 }) {
                out += cellLines.flatMap { $0 }
                continue
            }
            var cells: [String] = []
            for (cell, texts) in zip(cellElements, cellLines) {
                cells.append(texts.joined(separator: " ").replacingOccurrences(of: "\t", with: " "))
                cells += Array(repeating: "", count: span(cell) - 1)
            }
            if cells.allSatisfy(\.isEmpty) { continue }
            out.append(cells.joined(separator: "\t"))
        }
        return out
    }
}
