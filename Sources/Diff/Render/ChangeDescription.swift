import PlanModel

/// Words shared by the renderers: how a change is named for a reader.
enum ChangeDescription {
    /// "III.4 → III.5", "III.6", "PHỤ LỤC 1#1.3".
    static func place(_ change: Change) -> String {
        switch (change.oldId, change.newId) {
        case let (o?, n?) where o != n: return "\(o) → \(n)"
        case let (o?, _): return o
        case let (nil, n?): return n
        default: return change.target == .document ? "document" : "-"
        }
    }

    static func target(_ change: Change) -> String {
        switch change.target {
        case .section: return "section"
        case .indicator: return "indicator"
        case .assignment: return "assignment"
        case .appendixRow: return "appendix row"
        case .document: return "document"
        }
    }

    /// "renumbered, moved, text changed".
    static func tags(_ change: Change) -> [String] {
        var tags: [String] = []
        switch change.kind {
        case .added: tags.append("added")
        case .removed: tags.append("removed")
        case .changed:
            if change.renumbered { tags.append("renumbered") }
            if change.moved { tags.append("moved") }
            if !change.fields.isEmpty { tags.append("changed") }
        }
        return tags
    }

    static func sign(_ change: Change) -> String {
        switch change.kind {
        case .added: return "+"
        case .removed: return "-"
        case .changed: return "~"
        }
    }

    /// The summary as (label, count) rows.
    static func summaryRows(_ summary: PlanDiff.Summary) -> [(String, Int)] {
        [("Added", summary.added), ("Removed", summary.removed), ("Changed", summary.changed),
         ("Renumbered", summary.renumbered), ("Moved", summary.moved), ("Unchanged", summary.unchanged)]
    }

    /// Field changes other than the text itself (which the word diff shows).
    static func factFields(_ change: Change) -> [Change.FieldChange] {
        change.fields.filter { field in
            if field.path == "text", change.textDiff != nil { return false }
            if field.path == "title", change.textDiff != nil,
               !change.fields.contains(where: { $0.path == "text" }) { return false }
            return true
        }
    }

    /// Long unchanged runs shortened to their ends, so a change is read in its context.
    static func elide(_ ops: [Change.TextOp], keep: Int = 12) -> [Change.TextOp] {
        ops.enumerated().map { index, op in
            guard op.op == .equal else { return op }
            let words = op.text.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count > keep * 2 + 1 else { return op }
            let isFirst = index == 0, isLast = index == ops.count - 1
            var text = ""
            if !isFirst { text += words.prefix(keep).joined(separator: " ") }
            text += isFirst ? "… " : " … "
            if !isLast { text += words.suffix(keep).joined(separator: " ") }
            if isLast { text = words.prefix(keep).joined(separator: " ") + " …" }
            return Change.TextOp(op: .equal, text: text)
        }
    }
}
