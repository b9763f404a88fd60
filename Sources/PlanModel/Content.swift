/// Comparators of an indicator's target.
public enum Comparator: String, Codable, Hashable, Sendable {
    case atLeast = ">="
    case atMost = "<="
    case equal = "="
}

/// A target (chỉ tiêu): "tăng bình quân 15%/năm", "đạt 97,45% trở lên".
public struct Indicator: Codable, Hashable, Sendable {
    /// The section it is stated in ("III.2.1.(1)").
    public var sectionId: String
    public var text: String
    public var value: Double?
    public var unit: String?
    public var comparator: Comparator?
    public var year: Int?
    public var lines: LineSpan

    public init(sectionId: String, text: String, value: Double? = nil, unit: String? = nil,
                comparator: Comparator? = nil, year: Int? = nil, lines: LineSpan) {
        self.sectionId = sectionId
        self.text = text
        self.value = value
        self.unit = unit
        self.comparator = comparator
        self.year = year
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey { case sectionId, text, value, unit, comparator, year, lines }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sectionId, forKey: .sectionId)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(year, forKey: .year)
        try c.encode(lines, forKey: .lines)
    }
}

/// Who does a task: lead unit (chủ trì), cooperating units (phối hợp), deadline (thời gian).
public struct Assignment: Codable, Hashable, Sendable {
    public var sectionId: String
    public var lead: [String]
    public var cooperating: [String]
    public var deadline: String?
    public var text: String
    public var lines: LineSpan

    public init(sectionId: String, lead: [String], cooperating: [String] = [], deadline: String? = nil,
                text: String, lines: LineSpan) {
        self.sectionId = sectionId
        self.lead = lead
        self.cooperating = cooperating
        self.deadline = deadline
        self.text = text
        self.lines = lines
    }

    enum CodingKeys: String, CodingKey { case sectionId, lead, cooperating, deadline, text, lines }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sectionId, forKey: .sectionId)
        try c.encode(lead, forKey: .lead)
        try c.encode(cooperating, forKey: .cooperating)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(text, forKey: .text)
        try c.encode(lines, forKey: .lines)
    }
}

/// An appendix (PHỤ LỤC) with its tables and other content.
public struct Appendix: Codable, Hashable, Sendable {
    public var label: String
    public var title: String?
    public var tables: [Table]
    public var blocks: [Block]

    public init(label: String, title: String? = nil, tables: [Table] = [], blocks: [Block] = []) {
        self.label = label
        self.title = title
        self.tables = tables
        self.blocks = blocks
    }

    enum CodingKeys: String, CodingKey { case label, title, tables, blocks }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(title, forKey: .title)
        try c.encode(tables, forKey: .tables)
        try c.encode(blocks, forKey: .blocks)
    }
}

/// A table: column headers and rows of cells.
public struct Table: Codable, Hashable, Sendable {
    public var columns: [String]
    public var rows: [TableRow]

    public init(columns: [String], rows: [TableRow]) {
        self.columns = columns
        self.rows = rows
    }
}

public struct TableRow: Codable, Hashable, Sendable {
    public var cells: [String]
    public var lines: LineSpan

    public init(cells: [String], lines: LineSpan) {
        self.cells = cells
        self.lines = lines
    }
}

/// The signature block: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / "Tăng Văn Quân".
public struct Signature: Codable, Hashable, Sendable {
    public var authority: String?
    public var title: String?
    public var name: String?

    public init(authority: String? = nil, title: String? = nil, name: String? = nil) {
        self.authority = authority
        self.title = title
        self.name = name
    }

    enum CodingKeys: String, CodingKey { case authority, title, name }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(authority, forKey: .authority)
        try c.encode(title, forKey: .title)
        try c.encode(name, forKey: .name)
    }
}

/// A finding about the document itself. Codes are stable (the contract lists them).
public struct PlanWarning: Codable, Hashable, Sendable {
    public enum Code: String, Codable, Hashable, Sendable, CaseIterable {
        case numberingGap = "numbering-gap"
        case numberingDuplicate = "numbering-duplicate"
        case statedCountMismatch = "stated-count-mismatch"
        case inconsistentName = "inconsistent-name"
        case lowConfidenceRepair = "low-confidence-repair"
        /// The text has no recognisable plan structure.
        case noStructure = "no-structure"
    }

    public var code: Code
    public var message: String
    public var sectionId: String?
    public var line: Int?

    public init(code: Code, message: String, sectionId: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.sectionId = sectionId
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case code, message, sectionId, line }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(sectionId, forKey: .sectionId)
        try c.encode(line, forKey: .line)
    }
}
