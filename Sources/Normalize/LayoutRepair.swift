import PlanModel

/// Turns printed lines into paragraphs: drops blank lines, page numbers and running
/// headers, and joins lines that a PDF or OCR wrapped.
public struct LayoutRepair: Sendable {
    public var layout: ExtractedText.Layout

    public init(layout: ExtractedText.Layout) { self.layout = layout }

    public struct Result: Sendable {
        public var lines: [SourceLine]
        public var paragraphs: [Paragraph]
    }

    /// `lines` are normalised; `rawLines` are as extracted (their leading spaces tell page starts).
    public func repair(lines: [SourceLine], rawLines: [SourceLine]) -> Result {
        let kept = lines.filter { !$0.text.isEmpty }
        let paragraphs = kept.map { line -> Paragraph in
            let cells = line.text.contains("\t") ? line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) : nil
            return Paragraph(text: line.text.replacingTabs(), lines: LineSpan(line: line.number), cells: cells)
        }
        return Result(lines: kept, paragraphs: paragraphs)
    }
}

extension String {
    func replacingTabs() -> String {
        guard contains("\t") else { return self }
        return split(separator: "\t", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
