import PlanModel

extension RepairOutcome {
    /// The plan contract's `repair` object.
    public var summary: RepairSummary {
        RepairSummary(applied: !changes.isEmpty, tokens: tokens, changed: changes.count, lowConfidence: lowConfidence)
    }

    /// One `low-confidence-repair` warning per line with unsure replacements.
    public var lowConfidenceWarnings: [PlanWarning] {
        var byLine: [Int: [RepairChange]] = [:]
        for change in changes where change.confidence < Repairer.lowConfidence { byLine[change.line, default: []].append(change) }
        return byLine.keys.sorted().map { line in
            let items = (byLine[line] ?? []).prefix(4).map {
                "“\($0.original)” → “\($0.replacement)” (col \($0.column), \(Int(($0.confidence * 100).rounded()))%)"
            }
            return PlanWarning(code: .lowConfidenceRepair,
                               message: "unsure diacritic repair on line \(line): " + items.joined(separator: ", "),
                               line: line)
        }
    }
}
