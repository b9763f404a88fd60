import PlanModel

/// Plain or ANSI-coloured text for a terminal.
public struct TextRenderer: Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func render(_ diff: PlanDiff) -> String {
        var out = paint("--- \(diff.old.source.path)", "1") + "\n" + paint("+++ \(diff.new.source.path)", "1") + "\n"
        let s = diff.summary
        out += "\(s.added) added, \(s.removed) removed, \(s.changed) changed, \(s.renumbered) renumbered, "
            + "\(s.moved) moved, \(s.unchanged) unchanged\n"
        if diff.changes.isEmpty { return out + "No changes.\n" }
        for change in diff.changes {
            out += "\n" + headline(change) + "\n"
            if let ops = change.textDiff {
                out += "    " + inline(ChangeDescription.elide(ops)).replacingNewlines("\n    ") + "\n"
            }
            for field in ChangeDescription.factFields(change) {
                if change.kind != .changed {
                    let text = field.new ?? field.old ?? ""
                    if text.isEmpty { continue }   // a heading without text of its own
                    out += "    " + paint(String(text.prefix(400)), change.kind == .added ? "32" : "31")
                        .replacingNewlines("\n    ") + (text.count > 400 ? " …" : "") + "\n"
                } else {
                    out += "    \(field.path): " + paint(field.old ?? "∅", "31") + " → " + paint(field.new ?? "∅", "32") + "\n"
                }
            }
        }
        return out
    }

    private func headline(_ change: Change) -> String {
        let sign = ChangeDescription.sign(change)
        let code = change.kind == .added ? "32;1" : change.kind == .removed ? "31;1" : "33;1"
        var line = paint("\(sign) \(ChangeDescription.place(change))", code)
        if let title = change.title, !title.isEmpty { line += "  \(title)" }
        line += "  [\(ChangeDescription.target(change)): \(ChangeDescription.tags(change).joined(separator: ", "))]"
        return line
    }

    private func inline(_ ops: [Change.TextOp]) -> String {
        ops.map { op in
            switch op.op {
            case .equal: return op.text
            case .delete: return color ? paint(op.text, "31;9") : "[-\(op.text)-]"
            case .insert: return color ? paint(op.text, "32;4") : "{+\(op.text)+}"
            }
        }.joined()
    }
}

extension String {
    func replacingNewlines(_ with: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: with)
    }
}
