import PlanModel

/// Markdown: a summary table, then each change with before and after.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ diff: PlanDiff) -> String {
        var out = "# Changes\n\n"
        out += "- Old: `\(code(diff.old.source.path))`" + (diff.old.title.map { " — \(escape($0))" } ?? "") + "\n"
        out += "- New: `\(code(diff.new.source.path))`" + (diff.new.title.map { " — \(escape($0))" } ?? "") + "\n\n"
        out += "| | Count |\n|---|---:|\n"
        for (label, count) in ChangeDescription.summaryRows(diff.summary) { out += "| \(label) | \(count) |\n" }
        if diff.changes.isEmpty { return out + "\nNo changes.\n" }
        for (index, change) in diff.changes.enumerated() {
            out += "\n## \(index + 1). \(ChangeDescription.sign(change)) \(escape(ChangeDescription.place(change)))"
            if let title = change.title, !title.isEmpty { out += " — \(escape(title))" }
            out += "\n\n*\(ChangeDescription.target(change)): \(ChangeDescription.tags(change).joined(separator: ", "))*\n"
            if let ops = change.textDiff {
                let before = ops.compactMap { op -> String? in
                    switch op.op {
                    case .equal: return escape(op.text)
                    case .delete: return "~~\(escape(op.text))~~"
                    case .insert: return nil
                    }
                }.joined()
                let after = ops.compactMap { op -> String? in
                    switch op.op {
                    case .equal: return escape(op.text)
                    case .insert: return "**\(escape(op.text))**"
                    case .delete: return nil
                    }
                }.joined()
                out += "\n**Before:**\n\n" + quote(before) + "\n\n**After:**\n\n" + quote(after) + "\n"
            }
            let facts = ChangeDescription.factFields(change)
            if change.kind == .changed, !facts.isEmpty {
                out += "\n| Field | Before | After |\n|---|---|---|\n"
                for f in facts {
                    out += "| \(cell(f.path)) | \(cell(f.old ?? "—")) | \(cell(f.new ?? "—")) |\n"
                }
            } else {
                // A removed or added heading without text of its own shows its title only.
                for f in facts where !(f.new ?? f.old ?? "").isEmpty {
                    out += "\n**\(change.kind == .added ? "Added" : "Removed"):**\n\n" + quote(escape(f.new ?? f.old ?? "")) + "\n"
                }
            }
        }
        return out
    }

    private func quote(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "> \($0)" }.joined(separator: "\n")
    }

    private func code(_ text: String) -> String { String(text.map { $0 == "`" ? "'" : $0 }) }

    /// Escapes the characters Markdown would read as markup.
    func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_{}[]<>#|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    private func cell(_ text: String) -> String { escape(text).replacingNewlines("<br>") }
}
