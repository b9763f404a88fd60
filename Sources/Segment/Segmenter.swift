import PlanModel

/// Builds the plan tree (header, sections, blocks, indicators, assignments, appendices,
/// recipients, signature, warnings) from normalised paragraphs.
///
/// Segmentation never throws: a malformed document gives a plan plus warnings.
public struct Segmenter: Sendable {
    public init() {}

    public func segment(_ text: NormalizedText) -> Plan {
        var plan = Plan(source: text.source)
        if let repair = text.repair { plan.repair = repair }
        let ocr = text.repair?.applied ?? false
        let paragraphs = ocr ? OCRHeadingLines.split(text.paragraphs, lines: text.lines) : text.paragraphs

        let header = HeaderParser.parse(paragraphs, ocr: ocr)
        plan.document = header.header
        let regions = DocumentRegions.find(paragraphs, bodyStart: header.bodyStart)

        let tree = SectionTreeBuilder.buildWithPreamble(paragraphs[regions.body], lines: text.lines, ocr: ocr)
        plan.sections = tree.sections
        var treeWarnings = tree.warnings
        if let attached = regions.attached {
            let more = SectionTreeBuilder.build(paragraphs[attached.body], lines: text.lines, ocr: ocr)
            plan.sections += AttachedDocument.uniqued(more.sections, against: AttachedDocument.ids(plan.sections))
            treeWarnings += more.warnings
        }
        Footnotes.relocate(&plan.sections)
        plan.document.closing = ClosingText.take(from: &plan.sections)
        plan.document.preamble = tree.preamble

        if let closing = regions.closing {
            let parts = ClosingParser.parse(Array(paragraphs[closing]))
            plan.recipients = parts.recipients
            plan.signature = parts.signature
        }
        if let appendix = regions.appendix {
            let region = Array(paragraphs[appendix])
            let first = region.first?.lines.first ?? Int.max
            let last = region.last?.lines.last ?? Int.min
            let lines = text.lines.filter { $0.number >= first && $0.number <= last }
            plan.appendices = AppendixParser.parse(region, lines: lines)
        }
        plan.indicators = IndicatorExtractor.extract(from: plan.sections)
        plan.assignments = AssignmentExtractor.extract(from: plan.sections)

        plan.warnings = text.warnings + treeWarnings + AppendixNumbering.check(plan.appendices)
        plan.warnings += StatedCountChecker.check(sections: plan.sections, appendices: plan.appendices)
        plan.warnings += NameConsistencyChecker.check(header: plan.document, paragraphs: paragraphs)
        if plan.sections.isEmpty {
            plan.warnings.append(PlanWarning(code: .noStructure,
                                             message: "no numbered section (I., 1., A., (1), a)) was found in the text"))
        }
        return plan
    }
}
