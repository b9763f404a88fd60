import PlanModel

/// Tables a DOCX extraction gives as tab-separated rows.
///
/// Header rows are the rows before the first row whose first cell is a row number (`1`, `I`,
/// `-`, `a`). A group heading spanning several columns in the top header row (`Kế hoạch 05
/// năm 2026 - 2030` over `Đến năm 2030` | `Bình quân năm`) names each column under it as
/// `group: sub-heading`. A row with neither number nor content (first two cells empty) is a
/// wrapped continuation of the row above and is merged into it.
enum TabTableParser {
    static func parse(_ lines: [SourceLine]) -> Table {
        var rows: [(cells: [String], lines: LineSpan)] = lines.map { line in
            (line.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed() }, LineSpan(line: line.number))
        }
        let width = rows.map(\.cells.count).max() ?? 0
        for i in rows.indices where rows[i].cells.count < width {
            rows[i].cells += Array(repeating: "", count: width - rows[i].cells.count)
        }
        let headerCount = rows.firstIndex { isRowNumber($0.cells.first ?? "") } ?? 0
        let header = rows.prefix(headerCount).map(\.cells)
        var columns = columnNames(header, width: width)
        var data: [TableRow] = []
        for row in rows.dropFirst(headerCount) {
            let cells = row.cells
            if cells.allSatisfy(\.isEmpty) { continue }
            if cells[0].isEmpty, cells.count > 1, cells[1].isEmpty, var last = data.popLast() {
                for (i, cell) in cells.enumerated() where !cell.isEmpty && i < last.cells.count {
                    last.cells[i] = last.cells[i].isEmpty ? cell : last.cells[i] + " " + cell
                }
                last.lines = last.lines.union(row.lines)
                data.append(last)
                continue
            }
            data.append(TableRow(cells: cells, lines: row.lines))
        }
        // Drop trailing columns that are empty everywhere.
        while let last = columns.last, last.isEmpty, data.allSatisfy({ ($0.cells.last ?? "").isEmpty }) {
            columns.removeLast()
            for i in data.indices { data[i].cells.removeLast() }
        }
        return Table(columns: columns, rows: data)
    }

    /// `1`, `12`, `1.2`, `I`, `IV`, `a`, `-`, `+`, with an optional trailing `.` or `)`.
    static func isRowNumber(_ cell: String) -> Bool {
        var s = Substring(cell)
        if s.last == "." || s.last == ")" { s = s.dropLast() }
        guard !s.isEmpty else { return false }
        if s == "-" || s == "+" || s == "*" || s == "•" || s == "–" { return true }
        if s.allSatisfy({ $0.isASCIIDigitChar || $0 == "." }), s.first?.isASCIIDigitChar == true { return true }
        if TableGroupNumeral.value(s) != nil { return true }
        if s.count == 1, let c = s.first, c.isLetter, c.isLowercase { return true }
        return false
    }

    static func columnNames(_ header: [[String]], width: Int) -> [String] {
        guard let top = header.first else { return Array(repeating: "", count: width) }
        let below = header.dropFirst()
        var names: [String] = []
        var group: String?
        for i in 0..<width {
            let sub = below.map { i < $0.count ? $0[i] : "" }.filter { !$0.isEmpty }
            let topText = i < top.count ? top[i] : ""
            if !topText.isEmpty {
                group = sub.isEmpty ? nil : topText
                names.append(sub.isEmpty ? topText : ([topText + ":"] + sub).joined(separator: " "))
            } else if let group, !sub.isEmpty {
                names.append(([group + ":"] + sub).joined(separator: " "))
            } else {
                group = nil
                names.append(sub.joined(separator: " "))
            }
        }
        return names
    }
}

/// Roman numerals as used to number groups (I … XXXIX), at most seven letters.
enum TableGroupNumeral {
    static func value<S: StringProtocol>(_ text: S) -> Int? {
        guard text.count <= 7 else { return nil }
        return RomanNumeral.value(text, canonical: true, below: 400)
    }
}
