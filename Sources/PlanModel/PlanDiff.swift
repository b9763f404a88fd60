/// The plan diff contract (`shared/docs/plan-diff-json.md`): what `vnplan diff` reports.
public struct PlanDiff: Codable, Hashable, Sendable {
    public static let schemaVersion = "1.0"

    public struct Side: Codable, Hashable, Sendable {
        public var source: SourceInfo
        public var title: String?
        public init(source: SourceInfo, title: String?) {
            self.source = source
            self.title = title
        }
        enum CodingKeys: String, CodingKey { case source, title }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encode(title, forKey: .title)
        }
    }

    public struct Summary: Codable, Hashable, Sendable {
        public var added = 0, removed = 0, changed = 0, renumbered = 0, moved = 0, unchanged = 0
        public init() {}
    }

    public var schemaVersion: String
    public var old: Side
    public var new: Side
    public var summary: Summary
    public var changes: [Change]

    public init(old: Side, new: Side, summary: Summary, changes: [Change]) {
        self.schemaVersion = PlanDiff.schemaVersion
        self.old = old
        self.new = new
        self.summary = summary
        self.changes = changes
    }
}

/// One change between two versions of a plan.
public struct Change: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable { case added, removed, changed }
    public enum Target: String, Codable, Hashable, Sendable {
        case section, indicator, assignment, appendixRow = "appendix-row", document
    }

    public struct FieldChange: Codable, Hashable, Sendable {
        /// "indicator.value", "assignment.lead", "text", "title", …
        public var path: String
        public var old: String?
        public var new: String?
        public init(path: String, old: String?, new: String?) {
            self.path = path
            self.old = old
            self.new = new
        }
        enum CodingKeys: String, CodingKey { case path, old, new }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
        }
    }

    public struct TextOp: Codable, Hashable, Sendable {
        public enum Op: String, Codable, Hashable, Sendable { case equal, insert, delete }
        public var op: Op
        public var text: String
        public init(op: Op, text: String) {
            self.op = op
            self.text = text
        }
    }

    public var kind: Kind
    public var target: Target
    public var oldId: String?
    public var newId: String?
    public var oldNumber: String?
    public var newNumber: String?
    public var title: String?
    public var renumbered: Bool
    public var moved: Bool
    public var fields: [FieldChange]
    public var textDiff: [TextOp]?

    public init(kind: Kind, target: Target, oldId: String? = nil, newId: String? = nil,
                oldNumber: String? = nil, newNumber: String? = nil, title: String? = nil,
                renumbered: Bool = false, moved: Bool = false, fields: [FieldChange] = [],
                textDiff: [TextOp]? = nil) {
        self.kind = kind
        self.target = target
        self.oldId = oldId
        self.newId = newId
        self.oldNumber = oldNumber
        self.newNumber = newNumber
        self.title = title
        self.renumbered = renumbered
        self.moved = moved
        self.fields = fields
        self.textDiff = textDiff
    }

    enum CodingKeys: String, CodingKey {
        case kind, target, oldId, newId, oldNumber, newNumber, title, renumbered, moved, fields, textDiff
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(target, forKey: .target)
        try c.encode(oldId, forKey: .oldId)
        try c.encode(newId, forKey: .newId)
        try c.encode(oldNumber, forKey: .oldNumber)
        try c.encode(newNumber, forKey: .newNumber)
        try c.encode(title, forKey: .title)
        try c.encode(renumbered, forKey: .renumbered)
        try c.encode(moved, forKey: .moved)
        try c.encode(fields, forKey: .fields)
        try c.encodeIfPresent(textDiff, forKey: .textDiff)
    }
}
