import PlanModel

/// Turns content paragraphs into blocks: bullets are items (a `*` line that introduces a
/// group, "* Về …:", is a subheading), consecutive tab-separated rows are one table, other
/// text is a paragraph. Bold and italic marks of DOCX extraction are dropped from the text.
struct BlockBuilder {
    private(set) var blocks: [Block] = []
    private var pendingRows: [(cells: [String], lines: LineSpan)] = []

    mutating func add(_ paragraph: Paragraph) {
        if let cells = paragraph.cells {
            pendingRows.append((cells.map { Emphasis.strip($0) }, paragraph.lines))
            return
        }
        flush()
        blocks.append(Self.block(text: paragraph.text, lines: paragraph.lines))
    }

    mutating func add(_ block: Block) {
        flush()
        blocks.append(block)
    }

    /// Ends a pending table.
    mutating func flush() {
        guard let first = pendingRows.first else { return }
        let rows = pendingRows.dropFirst().map { TableRow(cells: $0.cells, lines: $0.lines) }
        let table = Table(columns: first.cells, rows: Array(rows))
        let text = pendingRows.map { $0.cells.joined(separator: " | ") }.joined(separator: "\n")
        let span = first.lines.union(pendingRows[pendingRows.count - 1].lines)
        blocks.append(Block(kind: .table, text: text, lines: span, table: table))
        pendingRows = []
    }

    mutating func finish() -> [Block] {
        flush()
        return blocks
    }

    static func block(text raw: String, lines: LineSpan) -> Block {
        if let (marker, rest) = bullet(raw) {
            let text = Emphasis.strip(rest)
            let groupIntro = marker == "*" && (text.hasSuffix(":") || text.hasPrefix("Về "))
            return Block(kind: groupIntro ? .subheading : .item, marker: marker, text: text, lines: lines)
        }
        return Block(kind: .paragraph, text: Emphasis.strip(raw), lines: lines)
    }

    static let bullets: Set<Character> = ["-", "+", "•", "*", "–", "▪", "◦", "·", "❖", "➢"]
    private static let bulletFirstBytes: Set<UInt8> = Set(bullets.compactMap { String($0).utf8.first } + [0xCE])

    /// "- text", "+ text", "• text", "* text", "– text", "-Text": the bullet and the text.
    static func bullet(_ text: String) -> (String, String)? {
        // Every bullet starts with one of these bytes (0xCE: U+0387, canonically "·"): most
        // paragraphs are ruled out without building a Character.
        guard let byte = text.utf8.first, bulletFirstBytes.contains(byte) else { return nil }
        guard let first = text.first, bullets.contains(first) else { return nil }
        let rest = text.dropFirst()
        if first == "-", let second = rest.first, second.isUppercase { return ("-", String(rest)) }
        guard rest.first == " " else { return nil }
        let body = rest.drop { $0 == " " }
        guard !body.isEmpty else { return nil }
        return (String(first), String(body))
    }
}
