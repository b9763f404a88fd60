import PlanModel

/// Compares two plans by meaning (issue 4): sections matched by what they say, facts
/// compared field by field, layout differences ignored.
public struct PlanDiffer: Sendable {
    public struct Options: Sendable {
        /// Fold diacritics when comparing (for OCR-repaired text). `nil`: only when a side
        /// says its text was repaired (`repair.applied`).
        public var loose: Bool?
        public init(loose: Bool? = nil) { self.loose = loose }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// What changed from `old` (the superseded plan) to `new` (its replacement).
    /// - Complexity: about O(n log n) in the number of sections and tokens (see `SectionMatcher`).
    public func diff(old: Plan, new: Plan) -> PlanDiff {
        let comparison = ComparisonText(loose: options.loose ?? (old.repair.applied || new.repair.applied))
        var vocabulary = Vocabulary()
        let oldTree = SectionTree(sections: old.sections, comparison: comparison, vocabulary: &vocabulary)
        let newTree = SectionTree(sections: new.sections, comparison: comparison, vocabulary: &vocabulary)
        var matcher = SectionMatcher(old: oldTree, new: newTree, weights: vocabulary.weights())
        matcher.run()
        let sections = SectionChanges(old: oldTree, new: newTree, matcher: matcher, comparison: comparison,
                                      oldPlan: old, newPlan: new).build()
        var changes: [Change] = []
        if let document = DocumentChanges(comparison: comparison).change(old: old, new: new) {
            changes.append(document)
        }
        changes += sections.changes
        changes += AppendixChanges(comparison: comparison).changes(old: old.appendices, new: new.appendices)

        var summary = PlanDiff.Summary()
        for change in changes {
            switch change.kind {
            case .added: summary.added += 1
            case .removed: summary.removed += 1
            case .changed:
                if !change.fields.isEmpty { summary.changed += 1 }
                if change.renumbered { summary.renumbered += 1 }
                if change.moved { summary.moved += 1 }
            }
        }
        summary.unchanged = sections.unchanged
        return PlanDiff(old: PlanDiff.Side(source: old.source, title: old.document.title),
                        new: PlanDiff.Side(source: new.source, title: new.document.title),
                        summary: summary, changes: changes)
    }
}
