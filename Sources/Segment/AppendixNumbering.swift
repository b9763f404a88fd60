import PlanModel

/// `numbering-gap` and `numbering-duplicate` in the row numbers (STT) of appendix tables:
/// Roman groups (I, II), numbered rows (1, 2) and sub-rows (7.5, 7.6). A row whose first
/// cell is "-", empty or text is not numbered and is skipped.
enum AppendixNumbering {
    static func check(_ appendices: [Appendix]) -> [PlanWarning] {
        var warnings: [PlanWarning] = []
        for appendix in appendices {
            for table in appendix.tables {
                warnings += check(table, label: appendix.label)
            }
        }
        return warnings
    }

    static func check(_ table: Table, label: String) -> [PlanWarning] {
        var warnings: [PlanWarning] = []
        // The last row number seen at each depth (Roman group, number, sub-number) and its line.
        var last: [Int: (marker: NumberingMarker, line: Int)] = [:]
        for row in table.rows {
            guard let cell = row.cells.first, let marker = rowNumber(cell) else { continue }
            let depth = marker.style == .roman ? 0 : marker.components.count
            for deeper in last.keys where deeper > depth { last[deeper] = nil }
            let relation: NumberingRelation?
            let previous = last[depth]
            if let previous, previous.marker.sameList(as: marker) {
                relation = NumberingRelation.between(previous.marker, marker)
            } else {
                relation = NumberingRelation.first(marker)
            }
            let line = row.lines.first
            last[depth] = (marker, line)
            switch relation {
            case .gap(let missing)?:
                let names = missing.map { NumberingMarkers.printed($0, style: marker.style, prefix: marker.prefix) }
                warnings.append(PlanWarning(code: .numberingGap,
                                            message: "\(label): row \(marker.number) (line \(line)) follows a skipped number: \(names.joined(separator: ", ")) missing",
                                            line: line))
            case .duplicate?:
                warnings.append(PlanWarning(code: .numberingDuplicate,
                                            message: "\(label): row number \(marker.number) is used twice (lines \(previous?.line ?? line) and \(line))",
                                            line: line))
            default:
                break
            }
        }
        return warnings
    }

    /// "I", "II", "1", "12", "7.6" (a trailing "." allowed); anything else is not a row number.
    static func rowNumber(_ cell: String) -> NumberingMarker? {
        var text = Substring(cell.trimmed())
        if text.hasSuffix(".") { text = text.dropLast() }
        guard !text.isEmpty, text.count <= 8 else { return nil }
        if text.allSatisfy({ "IVXL".contains($0) }), let value = RomanNumeral.value(String(text), canonical: true) {
            return NumberingMarker(style: .roman, marker: String(text), number: String(text), components: [value], rest: "")
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let components = parts.compactMap { Int($0) }
        return NumberingMarker(style: components.count == 1 ? .arabic : .decimal, marker: String(text),
                               number: String(text), components: components, rest: "")
    }
}
