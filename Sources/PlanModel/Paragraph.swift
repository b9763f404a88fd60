/// A logical paragraph after layout repair: wrapped lines joined, page furniture gone.
/// This is what `Normalize` hands to `Segment`.
public struct Paragraph: Hashable, Sendable {
    /// The joined text (NFC, single spaces).
    public var text: String
    /// The source lines it spans.
    public var lines: LineSpan
    /// Table cells, when the paragraph is a tab-separated table row.
    public var cells: [String]?

    public init(text: String, lines: LineSpan, cells: [String]? = nil) {
        self.text = text
        self.lines = lines
        self.cells = cells
    }
}

/// Text after `Normalize`: the cleaned lines (page numbers and running headers removed,
/// blank lines dropped, NFC) and the paragraphs built from them.
public struct NormalizedText: Sendable {
    public var source: SourceInfo
    /// Cleaned non-blank lines, each keeping its source line number.
    public var lines: [SourceLine]
    public var paragraphs: [Paragraph]
    public var repair: RepairSummary?
    /// Warnings found while normalising (low-confidence repairs).
    public var warnings: [PlanWarning]

    public init(source: SourceInfo, lines: [SourceLine], paragraphs: [Paragraph],
                repair: RepairSummary? = nil, warnings: [PlanWarning] = []) {
        self.source = source
        self.lines = lines
        self.paragraphs = paragraphs
        self.repair = repair
        self.warnings = warnings
    }
}
