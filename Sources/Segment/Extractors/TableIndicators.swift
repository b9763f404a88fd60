import PlanModel

/// Indicators (chỉ tiêu) given as a table under a target heading: one row per indicator, its
/// name in the "Chỉ tiêu" / "Nội dung" column, its unit in "Đơn vị tính", its target in the
/// column of the plan ("Kế hoạch 2026", "Mục tiêu đến năm 2030", "Năm 2030"), not in the
/// columns of what was done ("Thực hiện 2025", "Ước thực hiện") or of comparisons ("So sánh").
///
/// | STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Kế hoạch 2026 |
/// | 2   | Tỷ lệ hộ nghèo | % | 1,2 | 0,9 |   → "Tỷ lệ hộ nghèo", 0.9, "%", =, 2026
enum TableIndicators {
    static func indicators(in table: Table, sectionId: String) -> [Indicator] {
        let headers = table.columns.map { $0.lowercased() }
        let shares = headers.indices.map { numericShare(table, $0) }
        guard let name = nameColumn(headers, shares), let target = targetColumn(headers, shares, name: name) else { return [] }
        let unit = headers.firstIndex { $0 == "đơn vị" || $0.hasPrefix("đơn vị tính") || $0.hasPrefix("đvt") }
        let year = lastYear(in: table.columns[target])
        var out: [Indicator] = []
        for row in table.rows where row.cells.count > max(name, target) {
            let text = IndicatorExtractorImpl.clean(row.cells[name])
            let cell = row.cells[target].trimmed()
            // A group row ("I | Các chỉ tiêu về kinh tế | | |") has no target of its own.
            guard !text.isEmpty, !cell.isEmpty else { continue }
            let (comparator, number) = comparatorAndNumber(cell)
            let value = number.flatMap { VietnameseNumber.parse($0) }
            let unitText = unit.flatMap { $0 < row.cells.count ? row.cells[$0].trimmed() : nil }.flatMap { $0.isEmpty ? nil : $0 }
            out.append(Indicator(sectionId: sectionId, text: text, value: value, unit: value == nil ? nil : unitText,
                                 comparator: value == nil ? nil : comparator, year: year, lines: row.lines))
        }
        return out
    }

    /// The column that names the indicators: "Chỉ tiêu", "Tên chỉ tiêu", "Nội dung", else the
    /// first column that is not a row number and holds words.
    /// `shares`: each column's `numericShare`.
    static func nameColumn(_ headers: [String], _ shares: [Double]) -> Int? {
        if let named = headers.firstIndex(where: { $0.contains("chỉ tiêu") && !hasYear($0) || $0.hasPrefix("nội dung") }) {
            return named
        }
        return headers.indices.first { column in
            !isRowNumberHeader(headers[column])
                && shares[column] < 0.5
                && !headers[column].hasPrefix("đơn vị") && headers[column] != "đvt"
        }
    }

    /// The plan's column: among the columns mostly of numbers, the last whose header names a
    /// plan or a year ahead ("kế hoạch", "mục tiêu", "chỉ tiêu", "đến năm", a year), else the
    /// last that is not a record of the past or a comparison.
    static func targetColumn(_ headers: [String], _ shares: [Double], name: Int) -> Int? {
        let numeric = headers.indices.filter { $0 != name && !isRowNumberHeader(headers[$0]) && shares[$0] >= 0.5 }
        let candidates = numeric.filter { column in
            let h = headers[column]
            return !(h.contains("thực hiện") || h.hasPrefix("ước") || h.contains("so sánh") || h.contains("tăng, giảm")
                     || h.contains("tăng/giảm") || h.hasPrefix("ghi chú"))
        }
        let planned = candidates.filter { column in
            let h = headers[column]
            return h.contains("kế hoạch") || h.contains("mục tiêu") || h.contains("chỉ tiêu") || h.contains("đến năm") || hasYear(h)
        }
        return planned.last ?? candidates.last
    }

    /// "STT", "TT", "Số TT", "Số thứ tự".
    static func isRowNumberHeader(_ header: String) -> Bool {
        ["stt", "tt", "số tt", "số thứ tự"].contains(header.trimmed())
    }

    /// The share of a column's non-empty cells that hold a number (after a comparator).
    static func numericShare(_ table: Table, _ column: Int) -> Double {
        var filled = 0, numbers = 0
        for row in table.rows where column < row.cells.count {
            let cell = row.cells[column].trimmed()
            guard !cell.isEmpty else { continue }
            filled += 1
            if let token = comparatorAndNumber(cell).number, VietnameseNumber.parse(token) != nil { numbers += 1 }
        }
        return filled == 0 ? 0 : Double(numbers) / Double(filled)
    }

    /// "≥ 95", "> 90", "≤ 0,5", "Trên 95", "Dưới 1", "Tối thiểu 80", "95": the comparator and the
    /// number's token (its first run of digits, dots and commas; a trailing "%" is the unit's).
    static func comparatorAndNumber(_ cell: String) -> (comparator: Comparator, number: String?) {
        let lower = cell.lowercased()
        var comparator = Comparator.equal
        if lower.hasPrefix("≥") || lower.hasPrefix(">") || lower.hasPrefix("trên") || lower.hasPrefix("tối thiểu")
            || lower.hasPrefix("ít nhất") || lower.hasPrefix("từ") {
            comparator = .atLeast
        } else if lower.hasPrefix("≤") || lower.hasPrefix("<") || lower.hasPrefix("dưới") || lower.hasPrefix("tối đa")
                    || lower.hasPrefix("không quá") {
            comparator = .atMost
        }
        guard let start = cell.firstIndex(where: \.isASCIIDigitChar) else { return (comparator, nil) }
        let token = cell[start...].prefix { $0.isASCIIDigitChar || $0 == "." || $0 == "," }
        // The number must be the cell's substance: "95%", "≥ 95", "Trên 90", not "Quý II/2026".
        let before = String(cell[..<start]).lowercased().trimmed()
        guard before.isEmpty || comparatorWords.contains(before) else { return (comparator, nil) }
        let after = String(cell[token.endIndex...]).trimmed()
        guard after.isEmpty || after.hasPrefix("%") || after.count <= 12 && !after.contains("/") else { return (comparator, nil) }
        return (comparator, String(token))
    }

    /// What may stand before a target's number in its cell.
    static let comparatorWords: Set<String> = ["≥", "≤", ">", "<", ">=", "<=", "trên", "dưới", "tối thiểu", "tối đa",
                                               "ít nhất", "không quá", "từ", "đạt", "khoảng", "trên dưới"]

    static func hasYear(_ text: String) -> Bool { lastYear(in: text) != nil }

    /// The last four-digit year 19xx/20xx in a header ("Kế hoạch 05 năm 2026 - 2030" → 2030).
    static func lastYear(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var found: Int?
        var i = 0
        while i + 4 <= scalars.count {
            let digits = scalars[i..<(i + 4)]
            let bounded = (i == 0 || !isDigit(scalars[i - 1])) && (i + 4 == scalars.count || !isDigit(scalars[i + 4]))
            if bounded, digits.allSatisfy(isDigit), let value = Int(String(String.UnicodeScalarView(digits))),
               (1990...2100).contains(value) {
                found = value
                i += 4
                continue
            }
            i += 1
        }
        return found
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
