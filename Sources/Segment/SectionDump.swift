import PlanModel

/// A readable dump of a section tree, one section a line, indented by depth:
/// `id | marker | style | title (first 60 characters) | first-last line`.
/// Tests compare it with golden texts.
public enum SectionDump {
    public static func render(_ sections: [Section]) -> String {
        var out = ""
        func visit(_ section: Section, depth: Int) {
            let title = section.title.count > 60 ? String(section.title.prefix(60)) + "…" : section.title
            out += String(repeating: "  ", count: depth)
            out += "\(section.id) | \(section.marker) | \(section.style.rawValue) | \(title) | \(section.lines.first)-\(section.lines.last)\n"
            for child in section.children { visit(child, depth: depth + 1) }
        }
        for section in sections { visit(section, depth: 0) }
        return out
    }
}
