import PlanModel

/// Appendices (PHỤ LỤC): label, title (the capitalised lines after the label, joined), the
/// `(Kèm theo …)` line as a paragraph block, the tables (tab-separated rows from a DOCX, or a
/// PDF's linearised cells rebuilt from the cleaned lines), other text as paragraph blocks.
enum AppendixParserImpl {
    static func parse(_ paragraphs: [Paragraph], lines: [SourceLine]) -> [Appendix] {
        let source = lines.isEmpty ? linesFrom(paragraphs) : lines
        let cleaned = source.map { line -> SourceLine in
            var copy = line
            let text = TableTextBytes.contains(line.text, asterisk) ? line.text.replacing("**", with: "") : line.text
            // Nothing to trim when neither end is a space byte (a space character is one).
            if let first = text.utf8.first, first != 0x20, text.utf8.last != 0x20 {
                copy.text = text
            } else {
                copy.text = String(text.trimmingSpaces())
            }
            return copy
        }.filter { !$0.text.isEmpty }
        var groups: [(label: String, lines: [SourceLine])] = []
        for line in cleaned {
            if let label = label(line.text) {
                groups.append((label, []))
            } else if !groups.isEmpty {
                groups[groups.count - 1].lines.append(line)
            }
        }
        return groups.map { appendix(label: $0.label, lines: $0.lines) }
    }

    /// Lines rebuilt from paragraphs when the caller has none (cells joined by tabs).
    private static func linesFrom(_ paragraphs: [Paragraph]) -> [SourceLine] {
        paragraphs.map { p in
            SourceLine(number: p.lines.first, text: p.cells.map { $0.joined(separator: "\t") } ?? p.text)
        }
    }

    private static let asterisk: [UInt8] = [0x2A], tab: [UInt8] = [0x09]
    private static let phuMarked = Array("PHỤ".utf8), phuPlain = Array("PHU".utf8)

    /// `PHỤ LỤC`, `PHỤ LỤC 1`, `PHỤ LỤC II`, `PHỤ LỤC SỐ 02` → the label, spaces tidied.
    static func label(_ text: String) -> String? {
        guard text.utf8.count <= 40, TableTextBytes.contains(text, phuMarked) || TableTextBytes.contains(text, phuPlain) else { return nil }
        var t = text.replacing("\t", with: " ").split(separator: " ").joined(separator: " ")
        // OCR text whose marks were not restored: "PHU LUC 2".
        if t.hasPrefix("PHU LUC") { t = "PHỤ LỤC" + t.dropFirst("PHU LUC".count) }
        guard t.hasPrefix("PHỤ LỤC") else { return nil }
        let rest = t.dropFirst("PHỤ LỤC".count).trimmed()
        if rest.isEmpty { return t }
        var tail = Substring(rest)
        if tail.hasPrefix("SỐ ") { tail = tail.dropFirst(3) }
        if tail.last == "." || tail.last == ":" { tail = tail.dropLast() }
        let isNumber = tail.allSatisfy(\.isASCIIDigitChar) || TableGroupNumeral.value(tail) != nil
            || (tail.count == 1 && (tail.first?.isUppercase ?? false))
        return isNumber && !tail.isEmpty ? "PHỤ LỤC " + rest.trimmingTrailingSpaces().replacing(":", with: "") : nil
    }

    private static func isCapitalised(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    private static func appendix(label: String, lines: [SourceLine]) -> Appendix {
        var index = 0
        var titleLines: [String] = []
        while index < lines.count, isCapitalised(lines[index].text), !TableTextBytes.contains(lines[index].text, tab),
              !LinearTableParser.isHeaderStart(lines[index].text) {
            titleLines.append(lines[index].text)
            index += 1
        }
        var appendix = Appendix(label: label, title: titleLines.isEmpty ? nil : titleLines.joined(separator: " "))
        // (Kèm theo … ) up to the line that closes the bracket.
        if index < lines.count, lines[index].text.hasPrefix("(Kèm theo") || lines[index].text.hasPrefix("(kèm theo") {
            var texts: [String] = []
            let first = lines[index].number
            var last = first
            while index < lines.count {
                texts.append(lines[index].text)
                last = lines[index].number
                index += 1
                if texts.last?.hasSuffix(")") == true || texts.last?.hasSuffix(").") == true { break }
            }
            appendix.blocks.append(Block(kind: .paragraph, text: LinearTableParser.join(texts), lines: LineSpan(first, last)))
        }
        let rest = Array(lines[index...])
        if rest.contains(where: { TableTextBytes.contains($0.text, tab) }) {
            parseTabbed(rest, into: &appendix)
        } else if let start = rest.firstIndex(where: { LinearTableParser.isHeaderStart($0.text) }) {
            for line in rest[..<start] { appendix.blocks.append(paragraph(line)) }
            if let table = LinearTableParser.parse(Array(rest[start...])) {
                appendix.tables.append(table)
            } else {
                for line in rest[start...] { appendix.blocks.append(paragraph(line)) }
            }
        } else {
            for line in rest { appendix.blocks.append(paragraph(line)) }
        }
        return appendix
    }

    private static func paragraph(_ line: SourceLine) -> Block {
        Block(kind: .paragraph, text: line.text, lines: LineSpan(line: line.number))
    }

    /// Runs of tab-separated lines are tables; other lines are paragraph blocks.
    private static func parseTabbed(_ lines: [SourceLine], into appendix: inout Appendix) {
        var run: [SourceLine] = []
        func flush() {
            if !run.isEmpty { appendix.tables.append(TabTableParser.parse(run)) }
            run = []
        }
        for line in lines {
            if TableTextBytes.contains(line.text, tab) {
                run.append(line)
            } else {
                flush()
                appendix.blocks.append(paragraph(line))
            }
        }
        flush()
    }
}
