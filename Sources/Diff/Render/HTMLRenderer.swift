import PlanModel

/// One self-contained HTML page: inline CSS, no scripts, no external resources, every text
/// escaped; a table of contents of the changes and word highlighting with `<ins>`/`<del>`.
public struct HTMLRenderer: Sendable {
    public init() {}

    static let style = """
    body{font:15px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
    h1{font-size:1.5rem}h2{font-size:1.1rem;margin:0 0 .4rem}
    table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
    .change{border:1px solid #ddd;border-left:6px solid #d4a72c;border-radius:4px;padding:.8rem 1rem;margin:1rem 0}
    .change.added{border-left-color:#2da44e}.change.removed{border-left-color:#cf222e}
    .tag{display:inline-block;font-size:.75rem;border-radius:1rem;padding:0 .5rem;margin-right:.3rem;background:#eee}
    .text{white-space:pre-wrap;background:#fafafa;padding:.5rem;border-radius:4px}
    ins{background:#dafbe1;color:#116329;text-decoration:none}del{background:#ffebe9;color:#82071e}
    .toc li{margin:.1rem 0}.sign{font-family:monospace;font-weight:bold}
    """

    public func render(_ diff: PlanDiff) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>Changes: \(escape(diff.new.title ?? diff.new.source.path))</title>\n"
        out += "<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        out += "<h1>Changes</h1>\n<p>Old: <code>\(escape(diff.old.source.path))</code>"
        out += diff.old.title.map { " — \(escape($0))" } ?? ""
        out += "<br>New: <code>\(escape(diff.new.source.path))</code>"
        out += (diff.new.title.map { " — \(escape($0))" } ?? "") + "</p>\n"
        out += "<table class=\"summary\">\n"
        for (label, count) in ChangeDescription.summaryRows(diff.summary) {
            out += "<tr><th>\(label)</th><td>\(count)</td></tr>\n"
        }
        out += "</table>\n"
        if diff.changes.isEmpty { return out + "<p>No changes.</p>\n</body>\n</html>\n" }
        out += "<nav class=\"toc\"><h2>Contents</h2>\n<ol>\n"
        for (index, change) in diff.changes.enumerated() {
            out += "<li><a href=\"#c\(index + 1)\"><span class=\"sign\">\(ChangeDescription.sign(change))</span> "
            out += escape(ChangeDescription.place(change))
            if let title = change.title, !title.isEmpty { out += " — \(escape(title))" }
            out += "</a> <small>(\(escape(ChangeDescription.tags(change).joined(separator: ", "))))</small></li>\n"
        }
        out += "</ol>\n</nav>\n"
        for (index, change) in diff.changes.enumerated() { out += section(change, index: index + 1) }
        return out + "</body>\n</html>\n"
    }

    private func section(_ change: Change, index: Int) -> String {
        var out = "<section class=\"change \(change.kind.rawValue)\" id=\"c\(index)\">\n<h2>\(index). "
        out += escape(ChangeDescription.place(change))
        if let title = change.title, !title.isEmpty { out += " — \(escape(title))" }
        out += "</h2>\n<p><span class=\"tag\">\(escape(ChangeDescription.target(change)))</span>"
        for tag in ChangeDescription.tags(change) { out += "<span class=\"tag\">\(escape(tag))</span>" }
        out += "</p>\n"
        if let ops = change.textDiff {
            out += "<div class=\"text\">"
            for op in ops {
                switch op.op {
                case .equal: out += escape(op.text)
                case .delete: out += "<del>\(escape(op.text))</del>"
                case .insert: out += "<ins>\(escape(op.text))</ins>"
                }
            }
            out += "</div>\n"
        }
        let facts = ChangeDescription.factFields(change)
        if change.kind == .changed, !facts.isEmpty {
            out += "<table><tr><th>Field</th><th>Before</th><th>After</th></tr>\n"
            for f in facts {
                out += "<tr><td><code>\(escape(f.path))</code></td><td>\(f.old.map { "<del>\(escape($0))</del>" } ?? "—")</td>"
                out += "<td>\(f.new.map { "<ins>\(escape($0))</ins>" } ?? "—")</td></tr>\n"
            }
            out += "</table>\n"
        } else {
            // A removed or added heading without text of its own shows its title only.
            for f in facts where !(f.new ?? f.old ?? "").isEmpty {
                let text = f.new ?? f.old ?? ""
                out += "<div class=\"text\">" + (change.kind == .added ? "<ins>\(escape(text))</ins>" : "<del>\(escape(text))</del>") + "</div>\n"
            }
        }
        return out + "</section>\n"
    }

    /// Escapes text for HTML element content and attribute values.
    func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
