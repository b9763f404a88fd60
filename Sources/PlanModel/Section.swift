/// How a section is numbered.
public enum NumberingStyle: String, Codable, Hashable, Sendable, CaseIterable {
    case upperLetter = "upper-letter"   // A.
    case roman                          // I.
    case arabic                         // 1.
    case decimal                        // 1.1 / 1.1.
    case paren                          // (1) / (1).
    case lowerLetter = "lower-letter"   // a)
}

/// A numbered section of the plan: a node of the section tree.
public struct Section: Codable, Hashable, Sendable {
    /// Path of the section's own last components from the top: "III.1.2", "II.1.(4)", "B.I.2.a".
    public var id: String
    /// The marker as printed: "2.1.", "(1)", "a)".
    public var marker: String
    /// The number as printed without trailing "." or ")" and without parentheses.
    public var number: String
    public var style: NumberingStyle
    public var title: String
    public var blocks: [Block]
    public var children: [Section]
    public var lines: LineSpan

    public init(id: String, marker: String, number: String, style: NumberingStyle, title: String,
                blocks: [Block] = [], children: [Section] = [], lines: LineSpan) {
        self.id = id
        self.marker = marker
        self.number = number
        self.style = style
        self.title = title
        self.blocks = blocks
        self.children = children
        self.lines = lines
    }

    /// This section and all its descendants, depth first, parents before children.
    public var flattened: [Section] {
        [self] + children.flatMap(\.flattened)
    }
}

/// A unit of content inside a section or appendix.
public struct Block: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        case paragraph, item, subheading, table
    }

    public var kind: Kind
    /// The bullet as printed ("-", "+", "*", "•"); nil for paragraphs.
    public var marker: String?
    public var text: String
    public var lines: LineSpan
    /// The table, when `kind` is `.table`.
    public var table: Table?

    public init(kind: Kind, marker: String? = nil, text: String, lines: LineSpan, table: Table? = nil) {
        self.kind = kind
        self.marker = marker
        self.text = text
        self.lines = lines
        self.table = table
    }

    enum CodingKeys: String, CodingKey { case kind, marker, text, lines, table }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(marker, forKey: .marker)
        try c.encode(text, forKey: .text)
        try c.encode(lines, forKey: .lines)
        try c.encodeIfPresent(table, forKey: .table)
    }
}
