/// A converted plan: the root of the plan JSON contract (`shared/docs/plan-json.md`).
/// Optional fields are written as JSON `null`, never left out.
public struct Plan: Codable, Hashable, Sendable {
    public static let schemaVersion = "1.0"

    public var schemaVersion: String
    public var source: SourceInfo
    public var document: DocumentHeader
    public var sections: [Section]
    public var indicators: [Indicator]
    public var assignments: [Assignment]
    public var appendices: [Appendix]
    public var recipients: [String]
    public var signature: Signature?
    public var warnings: [PlanWarning]
    public var repair: RepairSummary

    public init(source: SourceInfo, document: DocumentHeader = DocumentHeader(),
                sections: [Section] = [], indicators: [Indicator] = [], assignments: [Assignment] = [],
                appendices: [Appendix] = [], recipients: [String] = [], signature: Signature? = nil,
                warnings: [PlanWarning] = [], repair: RepairSummary = RepairSummary()) {
        self.schemaVersion = Plan.schemaVersion
        self.source = source
        self.document = document
        self.sections = sections
        self.indicators = indicators
        self.assignments = assignments
        self.appendices = appendices
        self.recipients = recipients
        self.signature = signature
        self.warnings = warnings
        self.repair = repair
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, document, sections, indicators, assignments, appendices,
             recipients, signature, warnings, repair
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(document, forKey: .document)
        try c.encode(sections, forKey: .sections)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(assignments, forKey: .assignments)
        try c.encode(appendices, forKey: .appendices)
        try c.encode(recipients, forKey: .recipients)
        try c.encode(signature, forKey: .signature)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(repair, forKey: .repair)
    }
}

/// Where a plan came from.
public struct SourceInfo: Codable, Hashable, Sendable {
    public var path: String
    public var format: SourceFormat
    /// Lowercase hex SHA-256 of the source file's bytes.
    public var sha256: String
    /// "utf-8", "utf-16", "windows-1258", "tcvn3", "vni", …
    public var encoding: String
    /// The Unicode version of the normaliser (ICU) that made the text NFC.
    public var unicodeVersion: String?

    public init(path: String, format: SourceFormat, sha256: String, encoding: String, unicodeVersion: String? = nil) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.encoding = encoding
        self.unicodeVersion = unicodeVersion
    }

    enum CodingKeys: String, CodingKey { case path, format, sha256, encoding, unicodeVersion }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(format, forKey: .format)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(unicodeVersion, forKey: .unicodeVersion)
    }
}

/// What `convert`'s repair stage did (`repair` in the contract).
public struct RepairSummary: Codable, Hashable, Sendable {
    public var applied: Bool
    public var tokens: Int
    public var changed: Int
    public var lowConfidence: Int

    public init(applied: Bool = false, tokens: Int = 0, changed: Int = 0, lowConfidence: Int = 0) {
        self.applied = applied
        self.tokens = tokens
        self.changed = changed
        self.lowConfidence = lowConfidence
    }
}
