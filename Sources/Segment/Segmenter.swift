import PlanModel

/// Builds the plan tree (header, sections, blocks, indicators, assignments, appendices,
/// recipients, signature, warnings) from normalised paragraphs.
///
/// Segmentation never throws: a malformed document gives a plan plus warnings.
public struct Segmenter: Sendable {
    public init() {}

    public func segment(_ text: NormalizedText) -> Plan {
        var plan = Plan(source: text.source)
        plan.warnings = text.warnings
        if let repair = text.repair { plan.repair = repair }
        // The section tree, header and the rest are built in later commits (issue 2).
        plan.warnings.append(PlanWarning(code: .noStructure, message: "segmentation not implemented yet"))
        return plan
    }
}
