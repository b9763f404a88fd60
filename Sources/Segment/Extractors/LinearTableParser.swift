import PlanModel

/// Tables a PDF extraction linearised cell by cell: the header cells one after the other
/// (repeated at each page top), then each row beginning with its number alone on a line (or
/// the number and the first words of its first cell), its cells wrapped over several lines.
///
/// Rows: a line is a row start only when its number follows the previous one (`1` → `2`,
/// `1` → `1.1`, `1.3` → `2`; a Roman `I`, `II` starts a group), so a year or a wrapped `3 đến
/// đường …` inside a cell is text. A numbered row whose next row numbers below it (`1` then
/// `1.1`) is a group heading spanning the row, as is every Roman-numbered row.
///
/// Cells: the lines of a row are cut into the columns by dynamic programming over where each
/// cell ends, scored by printed widths (`GlyphWidth`): a line that is not a cell's last stopped
/// because its next word would not fit; no line is wider than its column; a cell rarely starts
/// lowercase or right after a line ending in a hyphen. Column widths are first estimated per
/// cell, then re-estimated over the whole table and the rows cut again.
enum LinearTableParser {
    struct Line {
        var text: String
        var number: Int
        var pageBreakBefore = false
    }

    /// Whether `text` opens a linearised table's header (`STT`, `TT`, `Số TT`).
    static func isHeaderStart(_ text: String) -> Bool {
        let t = text.trimmed()
        return t == "STT" || t.hasPrefix("STT ") || t == "TT" || t.hasPrefix("TT ") || t.hasPrefix("Số TT")
    }

    static func parse(_ source: [SourceLine]) -> Table? {
        var lines = source.map { Line(text: TableTextBytes.trimmed($0.text), number: $0.number) }.filter { !$0.text.isEmpty }
        guard let first = lines.first, isHeaderStart(first.text) else { return nil }
        // Header: lines up to the first row start.
        var headerCount = 0
        while headerCount < lines.count, RowNumber.parse(lines[headerCount].text, after: nil) == nil {
            headerCount += 1
        }
        let header = lines.prefix(headerCount).map(\.text)
        lines.removeFirst(headerCount)
        lines = removeRepeatedHeaders(lines, header: header)
        let columns = columnNames(header)
        guard columns.count >= 2 else { return nil }
        var rows = splitRows(lines)
        let m = columns.count - 1
        // Pass 1: widths estimated per cell; pass 2: one width per column over the table.
        let kinds = columns.map(ColumnKind.of(header:))
        if kinds.contains(.time) {
            for i in rows.indices where !rows[i].group { rows[i].lines = rows[i].lines.flatMap(splitYear) }
        }
        if kinds.contains(.funding) {
            for i in rows.indices where !rows[i].group { rows[i].lines = rows[i].lines.flatMap(splitFundingWord) }
        }
        let features = rows.map { row in
            row.group ? [] : fragments(of: row).map { CellSegmenter.Features($0.map(\.text), kinds: kinds, m: m) }
        }
        let widths = estimateWidths(rows, features, columns: m, kinds: kinds)
        return Table(columns: columns, rows: zip(rows, features).map {
            segment($0.0, $0.1, columns: m, widths: widths, kinds: kinds)
        })
    }

    // MARK: header

    private static func removeRepeatedHeaders(_ lines: [Line], header: [String]) -> [Line] {
        guard !header.isEmpty else { return lines }
        var out: [Line] = []
        var i = 0
        var breakPending = false
        while i < lines.count {
            if i + header.count <= lines.count,
               zip(lines[i..<(i + header.count)], header).allSatisfy({ $0.text == $1 }) {
                // A page number printed just before the repeated header.
                if let last = out.last, last.text.allSatisfy(\.isASCIIDigitChar), last.text.count <= 3 {
                    out.removeLast()
                }
                i += header.count
                breakPending = true
                continue
            }
            var line = lines[i]
            line.pageBreakBefore = breakPending
            breakPending = false
            out.append(line)
            i += 1
        }
        return out
    }

    /// Header cells: every header line starting with a capital opens a cell (and so does a
    /// capitalised word inside a line: `STT Tên công trình Quy mô đầu tư`), lowercase lines and
    /// words continue it (`Nguồn` + `vốn`).
    static func columnNames(_ header: [String]) -> [String] {
        var names: [String] = []
        for line in header {
            let words = line.split(separator: " ").map(String.init)
            for (index, word) in words.enumerated() {
                let opens = startsCapital(word) && (index == 0 || !isAcronymTail(word, previous: words[index - 1]))
                if opens || names.isEmpty {
                    names.append(word)
                } else {
                    names[names.count - 1] += " " + word
                }
            }
        }
        return names
    }

    private static func startsCapital(_ word: String) -> Bool {
        guard let f = word.first else { return false }
        return f.isUppercase || f.isASCIIDigitChar
    }

    /// Digits and acronyms after a word continue its cell (`Kế hoạch 2026`, `Đơn vị UBND`).
    private static func isAcronymTail(_ word: String, previous: String) -> Bool {
        if word.first?.isASCIIDigitChar == true { return true }
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && previous != "STT" && previous != "TT"
    }

    // MARK: rows

    /// A year the PDF printed on the same line as another column's words (`NSNN 2025-`,
    /// `2025-2030 Đảng ủy …`) is split off, so that the cut can give it to the time column.
    static func splitYear(_ line: Line) -> [Line] {
        guard StatedCountBytes.hasDigit(line.text) else { return [line] }
        guard yearMayEdge(line.text) else { return [line] }
        let words = line.text.split(separator: " ")
        guard words.count >= 2 else { return [line] }
        var parts: [String]?
        if let last = words.last, isYear(last), let before = words.dropLast().last,
           !timeWords.contains(before.lowercased()), !(before.first?.isASCIIDigitChar ?? false) {
            parts = [words.dropLast().joined(separator: " "), String(last)]
        } else if let first = words.first, isYear(first), first.contains("-"), first.last != "-",
                  words[1].first?.isUppercase == true {
            parts = [String(first), words.dropFirst().joined(separator: " ")]
        }
        guard let parts else { return [line] }
        return parts.map { Line(text: $0, number: line.number, pageBreakBefore: line.pageBreakBefore && $0 == parts[0]) }
    }

    /// A funding source's first word the PDF printed at the end of another column's line
    /// (`Xây dựng nhà ở, trung tâm thương Ngoài` + `NSNN`): a capitalised `Ngoài`, `Ngân` or `Vốn`
    /// after a lowercase word is split off, so that the cut can give it to the funding column
    /// (a cut that keeps both parts together joins them back as printed).
    static func splitFundingWord(_ line: Line) -> [Line] {
        let u = line.text.utf8
        guard let space = u.lastIndex(of: 0x20) else { return [line] }
        let tail = u[u.index(after: space)...]
        guard fundingHeads.contains(where: { tail.elementsEqual($0) }) else { return [line] }
        let head = String(line.text[..<space])
        guard let previous = head.split(separator: " ").last, let f = previous.first,
              f.isLetter, f.isLowercase else { return [line] }
        return [Line(text: head, number: line.number, pageBreakBefore: line.pageBreakBefore),
                Line(text: String(line.text[line.text.index(after: space)...]), number: line.number)]
    }

    private static let fundingHeads: [[UInt8]] = ["Ngoài", "Ngân", "Vốn"].map { Array($0.utf8) }

    private static let timeWords: Set<String> = ["đoạn", "năm", "quý", "tháng", "từ", "đến", "khóa", "khoá", "kỳ", "-", "–", "và"]

    /// False when neither the first nor the last space-separated word is made only of digits
    /// and `-` (at least 4 bytes): a year word's characters are ASCII, so its bytes are those.
    private static func yearMayEdge(_ text: String) -> Bool {
        let u = text.utf8
        func yearish<S: Sequence>(_ word: S) -> Bool where S.Element == UInt8 {
            var count = 0
            for b in word {
                guard (b >= 0x30 && b <= 0x39) || b == 0x2D else { return false }
                count += 1
            }
            return count >= 4
        }
        // Last word: after the last space, trailing spaces skipped.
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        var start = end
        while start > u.startIndex, u[u.index(before: start)] != 0x20 { start = u.index(before: start) }
        if yearish(u[start..<end]) { return true }
        // First word: leading spaces skipped.
        var s = u.startIndex
        while s < u.endIndex, u[s] == 0x20 { s = u.index(after: s) }
        var e = s
        while e < u.endIndex, u[e] != 0x20 { e = u.index(after: e) }
        return yearish(u[s..<e])
    }

    /// `2025`, `2025-`, `2025-2030`.
    private static func isYear<S: StringProtocol>(_ token: S) -> Bool {
        let pieces = token.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count) else { return false }
        for (i, p) in pieces.enumerated() {
            if p.isEmpty && i == 1 { continue }
            guard p.count == 4, p.allSatisfy(\.isASCIIDigitChar), p.hasPrefix("19") || p.hasPrefix("20") else { return false }
        }
        return true
    }

    struct RawRow {
        var number: String
        var numberLine: Int
        var group: Bool
        /// Content lines, a page break marked on the first line after it.
        var lines: [Line]
    }

    private static func splitRows(_ lines: [Line]) -> [RawRow] {
        var rows: [RawRow] = []
        var previous: RowNumber?
        var lastRoman = 0
        for line in lines {
            if let found = RowNumber.parse(line.text, after: previous, lastRoman: lastRoman) {
                previous = found.number
                if found.number.isRoman { lastRoman = found.number.parts[0] }
                var row = RawRow(number: found.number.text, numberLine: line.number, group: found.number.isRoman, lines: [])
                if !found.rest.isEmpty { row.lines.append(Line(text: found.rest, number: line.number)) }
                rows.append(row)
            } else if !rows.isEmpty {
                rows[rows.count - 1].lines.append(line)
            }
        }
        // An arabic row whose successor numbers below it is a group heading.
        for i in rows.indices where !rows[i].group && i + 1 < rows.count {
            if rows[i + 1].number.hasPrefix(rows[i].number + ".") { rows[i].group = true }
        }
        return rows
    }

    // MARK: cells

    private static func segment(_ row: RawRow, _ features: [CellSegmenter.Features], columns m: Int, widths: [Int]?,
                                kinds: [ColumnKind?]) -> TableRow {
        let last = row.lines.last?.number ?? row.numberLine
        let span = LineSpan(row.numberLine, last)
        var cells = Array(repeating: "", count: m + 1)
        cells[0] = row.number
        if row.group || m == 1 {
            cells[1] = join(row.lines.map(\.text))
            return TableRow(cells: cells, lines: span)
        }
        // Fragments (the row's lines split at page breaks, features made in `parse`): each is cut on its own.
        var columnLines = Array(repeating: [String](), count: m + 1)
        for (index, f) in features.enumerated() {
            // Only the first fragment must start at the first column and reach the last;
            // a continuation after a page break may hold any columns.
            let labels = CellSegmenter.labels(f, columns: m, widths: widths, kinds: kinds,
                                              isFirst: index == 0, isLast: index == 0)
            // The pieces of one printed line kept in one column go back together as printed.
            var pieces = Array(repeating: [String](), count: m + 1)
            var k = 0
            while k < labels.count {
                let column = labels[k]
                var text = f.texts[k]
                k += 1
                while k < labels.count, f.joins[k], labels[k] == column {
                    text += " "
                    text += f.texts[k]
                    k += 1
                }
                pieces[column].append(text)
            }
            for c in 1...m where !pieces[c].isEmpty { columnLines[c].append(join(pieces[c])) }
        }
        for c in 1...m { cells[c] = columnLines[c].joined(separator: " ") }
        return TableRow(cells: cells, lines: span)
    }

    /// Joins wrapped lines with a space, without one after a word-final hyphen (`2026-` + `2030`).
    static func join(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if out.isEmpty { out = line; continue }
            // A last character "-" is the scalar U+002D alone, so a last byte other than 0x2D
            // rules it out without looking at characters.
            if out.utf8.last == 0x2D, out.last == "-", let before = out.dropLast().last, before != " " {
                out += line
            } else {
                out += " "
                out += line
            }
        }
        return out
    }

    /// One width per column: the 95th percentile of the widths of the lines a cut puts there
    /// (the first cut estimates widths cell by cell, the second uses the first's estimate).
    private static func estimateWidths(_ rows: [RawRow], _ features: [[CellSegmenter.Features]], columns m: Int,
                                       kinds: [ColumnKind?]) -> [Int] {
        var perColumn = Array(repeating: [Int](), count: m + 1)
        for (row, rowFeatures) in zip(rows, features) where !row.group {
            for (index, f) in rowFeatures.enumerated() {
                let labels = CellSegmenter.labels(f, columns: m, widths: nil, kinds: kinds,
                                                  isFirst: index == 0, isLast: index == 0)
                // The features hold each piece's `GlyphWidth.of`; a line's is its pieces' and
                // the spaces between them (a space is 250 wide).
                for (k, c) in labels.enumerated() {
                    if k > 0, f.joins[k], labels[k - 1] == c, let last = perColumn[c].popLast() {
                        perColumn[c].append(last + 250 + f.width[k])
                    } else {
                        perColumn[c].append(f.width[k])
                    }
                }
            }
        }
        return perColumn.map { widths -> Int in
            guard !widths.isEmpty else { return 0 }
            let sorted = widths.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
        }
    }

    /// A row's lines split at page breaks.
    private static func fragments(of row: RawRow) -> [[Line]] {
        var fragments: [[Line]] = []
        for line in row.lines {
            if line.pageBreakBefore || fragments.isEmpty { fragments.append([line]) } else { fragments[fragments.count - 1].append(line) }
        }
        return fragments
    }
}

/// A row number (`1`, `1.2`, `IV`) and what follows it on its line.
struct RowNumber: Equatable {
    var text: String
    var parts: [Int]
    var isRoman: Bool

    /// Parses a row start from `line` when its number can follow `previous` (nil at the table
    /// start; after a Roman group `1` is expected) or, for a Roman group, when it is `lastRoman + 1`.
    static func parse(_ line: String, after previous: RowNumber?, lastRoman: Int = 0) -> (number: RowNumber, rest: String)? {
        // Most lines are text: a row number starts with a digit or a Roman letter. The first
        // byte other than a space is the first scalar other than " " when that is ASCII.
        var first: UInt8 = 0
        for b in line.utf8 where b != 0x20 { first = b; break }
        let digit = first >= 0x30 && first <= 0x39
        guard digit || first == 0x49 || first == 0x56 || first == 0x58 || first == 0x4C || first == 0x43 else { return nil }
        if hasForeignToken(line, digits: digit) { return nil }
        let t = line.trimmed()
        let head = t.prefix { $0 != " " }
        var token = Substring(head)
        if token.last == "." { token = token.dropLast() }
        let rest = String(t.dropFirst(head.count)).trimmed()
        // A token of digits and "." (the first word of a line starting with a digit, see
        // `hasForeignToken`) is never a Roman numeral.
        if !digit, let roman = TableGroupNumeral.value(token) {
            guard roman == lastRoman + 1,
                  rest.first?.isUppercase == true || rest.first?.isASCIIDigitChar == true else { return nil }
            return (RowNumber(text: String(token), parts: [roman], isRoman: true), rest)
        }
        guard !token.isEmpty, token.first?.isASCIIDigitChar == true, token.last?.isASCIIDigitChar == true,
              token.allSatisfy({ $0.isASCIIDigitChar || $0 == "." }) else { return nil }
        guard let parts = decimalParts(token) else { return nil }
        if !rest.isEmpty, !(rest.first?.isUppercase ?? false) && rest.first != "“" && rest.first != "\"" { return nil }
        let candidate = RowNumber(text: String(token), parts: parts, isRoman: false)
        // A number printed twice (7.6 then 7.6 again) starts a row when words follow it or
        // when it is a decimal one.
        let repeated = (!rest.isEmpty || parts.count > 1) && previous?.isRoman == false && previous?.parts == parts
        guard candidate.follows(previous) || repeated else { return nil }
        return (candidate, rest)
    }

    /// The numbers between the dots of a token of ASCII digits and "." (its bytes are its
    /// characters), or nil when a part is empty or not below 1000: what splitting at "." and
    /// reading each part with `Int` gives, under those conditions.
    private static func decimalParts(_ token: Substring) -> [Int]? {
        var parts: [Int] = []
        var value = 0, digits = 0
        for b in token.utf8 {
            if b == 0x2E {
                guard digits > 0 else { return nil }
                parts.append(value)
                value = 0; digits = 0
            } else {
                value = value * 10 + Int(b &- 0x30)
                guard value < 1000 else { return nil }
                digits += 1
            }
        }
        guard digits > 0 else { return nil }
        parts.append(value)
        return parts
    }

    /// Whether the first word of `line` (from its first non-space scalar to the next space)
    /// holds a byte that cannot be in a row number starting that way: with a digit, anything
    /// but digits and `.`; with a Roman letter, anything but `IVXLC` and `.`. The word's
    /// characters are then not all allowed ones, so the number parses neither as arabic nor
    /// as Roman.
    private static func hasForeignToken(_ line: String, digits: Bool) -> Bool {
        var started = false
        for b in line.utf8 {
            if b == 0x20 {
                if started { return false }
                continue
            }
            started = true
            if b == 0x2E { continue }
            if digits {
                if b < 0x30 || b > 0x39 { return true }
            } else {
                switch b {
                case 0x49, 0x56, 0x58, 0x4C, 0x43: continue
                default: return true
                }
            }
        }
        return false
    }

    func follows(_ previous: RowNumber?) -> Bool {
        guard let previous, !previous.isRoman else { return parts == [1] }
        let p = previous.parts
        if parts == p + [1] { return true }
        for k in stride(from: p.count, through: 1, by: -1) {
            var next = Array(p.prefix(k))
            next[k - 1] += 1
            if parts == next { return true }
        }
        return false
    }
}
