import PlanModel

/// Appendix table rows compared cell by cell. Appendices pair by label (then title, then
/// order), tables by order, rows by equal cells, then by similar cells.
struct AppendixChanges {
    let comparison: ComparisonText

    func changes(old: [Appendix], new: [Appendix]) -> [Change] {
        var result: [Change] = []
        for (o, n) in pairAppendices(old, new) {
            switch (o, n) {
            case let (o?, n?):
                if let change = appendixText(o, n) { result.append(change) }
                for t in 0..<max(o.tables.count, n.tables.count) {
                    let oldRows = t < o.tables.count ? o.tables[t].rows : []
                    let newRows = t < n.tables.count ? n.tables[t].rows : []
                    let columns = t < n.tables.count ? n.tables[t].columns : (t < o.tables.count ? o.tables[t].columns : [])
                    var rowChanges = rows(oldRows, newRows, columns: columns, oldLabel: o.label, newLabel: n.label, table: t)
                    if comparison.loose, t < o.tables.count, t < n.tables.count {
                        let real = OCRTableText(comparison: comparison).changedRows(o.tables[t], n.tables[t])
                        let oldIds = Set(real.old.map { rowId(o.label, t, $0) }), newIds = Set(real.new.map { rowId(n.label, t, $0) })
                        rowChanges = rowChanges.filter { oldIds.contains($0.oldId ?? "") || newIds.contains($0.newId ?? "") }
                    }
                    result += rowChanges
                }
            case let (o?, nil):
                result.append(Change(kind: .removed, target: .document, oldId: o.label, newId: nil,
                                     title: o.title ?? o.label,
                                     fields: [.init(path: "appendix", old: o.title ?? o.label, new: nil)]))
            case let (nil, n?):
                result.append(Change(kind: .added, target: .document, oldId: nil, newId: n.label,
                                     title: n.title ?? n.label,
                                     fields: [.init(path: "appendix", old: nil, new: n.title ?? n.label)]))
            default: break
            }
        }
        return result
    }

    private func key(_ s: String?) -> [String] { comparison.tokens(s ?? "") }

    /// In loose mode, a table's header differs only when its text differs beyond OCR noise.
    private func sameTableText(_ a: Table, _ b: Table) -> Bool {
        guard comparison.loose else { return false }
        let changed = OCRTableText(comparison: comparison).changedRows(a, b)
        return !changed.old.contains(-1) && !changed.new.contains(-1)
    }

    /// An appendix's own title, column headers and text (outside its table rows).
    private func appendixText(_ o: Appendix, _ n: Appendix) -> Change? {
        var fields: [Change.FieldChange] = []
        var textDiff: [Change.TextOp]?
        if key(o.title) != key(n.title) { fields.append(.init(path: "appendix.title", old: o.title, new: n.title)) }
        for t in 0..<min(o.tables.count, n.tables.count)
        where o.tables[t].columns.map({ key($0) }) != n.tables[t].columns.map({ key($0) }) && !sameTableText(o.tables[t], n.tables[t]) {
            fields.append(.init(path: "appendix.columns", old: o.tables[t].columns.joined(separator: " | "),
                                new: n.tables[t].columns.joined(separator: " | ")))
        }
        let oldText = o.blocks.filter { $0.kind != .table }.map(\.text).joined(separator: "\n")
        let newText = n.blocks.filter { $0.kind != .table }.map(\.text).joined(separator: "\n")
        if key(oldText) != key(newText) {
            fields.append(.init(path: "appendix.text", old: oldText, new: newText))
            textDiff = WordDiff(comparison: comparison).ops(old: oldText, new: newText)
        }
        guard !fields.isEmpty else { return nil }
        return Change(kind: .changed, target: .document, oldId: o.label, newId: n.label, title: n.title ?? n.label,
                      renumbered: key(o.label) != key(n.label), fields: fields, textDiff: textDiff)
    }

    private func pairAppendices(_ old: [Appendix], _ new: [Appendix]) -> [(Appendix?, Appendix?)] {
        var taken = Set<Int>()
        var result: [(Appendix?, Appendix?)] = []
        for (i, o) in old.enumerated() {
            let j = new.indices.first { !taken.contains($0) && key(new[$0].label) == key(o.label) }
                ?? new.indices.first { !taken.contains($0) && o.title != nil && key(new[$0].title) == key(o.title) }
                ?? (i < new.count && !taken.contains(i) ? i : nil)
            if let j { taken.insert(j); result.append((o, new[j])) } else { result.append((o, nil)) }
        }
        for (j, n) in new.enumerated() where !taken.contains(j) { result.append((nil, n)) }
        return result
    }

    private func rowId(_ label: String, _ table: Int, _ row: Int) -> String { "\(label)#\(table + 1).\(row + 1)" }

    private func rows(_ old: [TableRow], _ new: [TableRow], columns: [String],
                      oldLabel: String, newLabel: String, table: Int) -> [Change] {
        let oldKeys = old.map { $0.cells.map { key($0) } }
        let newKeys = new.map { $0.cells.map { key($0) } }
        var newFor = [Int?](repeating: nil, count: old.count)
        var taken = [Bool](repeating: false, count: new.count)
        // Equal rows, in order.
        var index: [[[String]]: [Int]] = [:]
        for (j, k) in newKeys.enumerated() { index[k, default: []].append(j) }
        for (i, k) in oldKeys.enumerated() {
            guard var list = index[k], !list.isEmpty else { continue }
            let j = list.removeFirst()
            index[k] = list
            newFor[i] = j
            taken[j] = true
        }
        // Similar rows: shared cells (a row's number cell aside), best first.
        let freeOld = old.indices.filter { newFor[$0] == nil }
        let freeNew = new.indices.filter { !taken[$0] }
        if freeOld.count * freeNew.count <= 250_000 {
            var scored: [(Double, Int, Int)] = []
            for i in freeOld {
                let a = Set(oldKeys[i].dropFirst().flatMap { $0 })
                for j in freeNew {
                    let b = Set(newKeys[j].dropFirst().flatMap { $0 })
                    let union = a.union(b).count
                    let score = union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
                    if score >= 0.5 { scored.append((score, i, j)) }
                }
            }
            scored.sort { ($0.0, $1.1, $1.2) > ($1.0, $0.1, $0.2) }
            for (_, i, j) in scored where newFor[i] == nil && !taken[j] { newFor[i] = j; taken[j] = true }
        }
        var keyed: [(Double, Change)] = []
        var lastPaired = -1.0
        for (i, row) in old.enumerated() {
            guard let j = newFor[i] else {
                keyed.append((lastPaired + 0.5, Change(
                    kind: .removed, target: .appendixRow, oldId: rowId(oldLabel, table, i), newId: nil,
                    oldNumber: row.cells.first, title: title(row),
                    fields: [.init(path: "cells", old: row.cells.joined(separator: " | "), new: nil)])))
                continue
            }
            lastPaired = Double(j)
            guard oldKeys[i] != newKeys[j] else { continue }
            let newRow = new[j]
            var fields: [Change.FieldChange] = []
            // The first cell is the row's number (TT): a shift there is a renumbering.
            for c in 1..<max(row.cells.count, newRow.cells.count, 1) {
                let a = c < row.cells.count ? row.cells[c] : nil
                let b = c < newRow.cells.count ? newRow.cells[c] : nil
                if key(a) != key(b) || (a == nil) != (b == nil) {
                    let name = c < columns.count && !columns[c].isEmpty ? columns[c] : String(c + 1)
                    fields.append(.init(path: "cell.\(name)", old: a, new: b))
                }
            }
            let renumbered = key(row.cells.first) != key(newRow.cells.first)
            keyed.append((Double(j), Change(
                kind: .changed, target: .appendixRow, oldId: rowId(oldLabel, table, i), newId: rowId(newLabel, table, j),
                oldNumber: row.cells.first, newNumber: newRow.cells.first, title: title(newRow),
                renumbered: renumbered, fields: fields)))
        }
        for (j, row) in new.enumerated() where !taken[j] {
            keyed.append((Double(j), Change(
                kind: .added, target: .appendixRow, oldId: nil, newId: rowId(newLabel, table, j),
                newNumber: row.cells.first, title: title(row),
                fields: [.init(path: "cells", old: nil, new: row.cells.joined(separator: " | "))])))
        }
        return keyed.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    private func title(_ row: TableRow) -> String? {
        row.cells.count > 1 ? row.cells[1] : row.cells.first
    }
}
