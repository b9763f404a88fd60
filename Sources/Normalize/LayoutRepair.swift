import PlanModel

/// Turns printed lines into paragraphs: drops blank lines, page numbers and running
/// headers, and joins lines that a PDF or OCR wrapped.
public struct LayoutRepair: Sendable {
    public var layout: ExtractedText.Layout

    public init(layout: ExtractedText.Layout) { self.layout = layout }

    public struct Result: Sendable {
        /// The cleaned non-blank lines: page numbers and running headers/footers removed.
        public var lines: [SourceLine]
        public var paragraphs: [Paragraph]
        /// The layout used: the given one, or the one detected when it was `.unknown`.
        public var layout: ExtractedText.Layout
    }

    /// `lines` are normalised; `rawLines` are as extracted (their leading spaces tell page starts).
    public func repair(lines: [SourceLine], rawLines: [SourceLine]) -> Result {
        let all = LayoutPages.lines(lines, rawLines: rawLines)
        let furniture = LayoutFurniture.find(all)
        var kept: [LayoutLine] = []
        kept.reserveCapacity(all.count)
        var carryPageStart = false
        for (index, line) in all.enumerated() {
            if furniture.contains(index) {
                carryPageStart = carryPageStart || line.pageStart
                continue
            }
            var copy = line
            copy.pageStart = line.pageStart || carryPageStart
            carryPageStart = false
            kept.append(copy)
        }
        let decided = layout == .unknown ? LayoutDetector.detect(kept) : layout
        let paragraphs = decided == .printedLines
            ? LayoutJoiner(lines: kept).paragraphs()
            : ParagraphLines.paragraphs(kept)
        return Result(lines: kept.map(\.sourceLine), paragraphs: paragraphs, layout: decided)
    }
}

extension String {
    func replacingTabs() -> String {
        // No tab byte, no tab character; with one, the `Character` test decides.
        guard utf8.contains(9), contains("\t") else { return self }
        return split(separator: "\t", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
