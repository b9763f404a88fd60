import PlanModel

/// Turns paired section trees into the section changes of the contract.
///
/// A paired section is listed when its own number changed, it moved among its siblings or
/// to another parent, its title or text changed, or one of its indicators or assignments
/// did. A section whose id changed only because an ancestor was renumbered (III.5.1 →
/// III.4.1 under III.5 → III.4) follows its parent and is not listed on its own.
/// An unpaired section is listed once, as the root of its unpaired subtree.
struct SectionChanges {
    let old: SectionTree
    let new: SectionTree
    let matcher: SectionMatcher
    let comparison: ComparisonText
    let oldPlan: Plan
    let newPlan: Plan

    struct Result {
        var changes: [Change] = []
        var unchanged = 0
    }

    func build() -> Result {
        let moved = movedNodes()
        let facts = FieldComparison(comparison: comparison)
        let oldIndicators = group(oldPlan.indicators.map { ($0.sectionId, $0) }, in: old)
        let newIndicators = group(newPlan.indicators.map { ($0.sectionId, $0) }, in: new)
        let oldAssignments = group(oldPlan.assignments.map { ($0.sectionId, $0) }, in: old)
        let newAssignments = group(newPlan.assignments.map { ($0.sectionId, $0) }, in: new)
        let words = WordDiff(comparison: comparison)

        var keyed: [(order: Double, change: Change)] = []
        var unchanged = 0
        for n in new.nodes.indices {
            let newNode = new.nodes[n]
            guard let o = matcher.newToOld[n] else {
                if let parent = newNode.parent, matcher.newToOld[parent] == nil { continue }
                let text = new.subtreeText(n)
                keyed.append((Double(n), Change(
                    kind: .added, target: .section, oldId: nil, newId: newNode.id, oldNumber: nil,
                    newNumber: newNode.number, title: newNode.title,
                    fields: [.init(path: "text", old: nil, new: text)])))
                continue
            }
            let oldNode = old.nodes[o]
            var fields: [Change.FieldChange] = []
            var textDiff: [Change.TextOp]?
            // A heading wrapped into its first paragraph in one layout only is no change.
            // In loose mode, title and body are read as one text too: OCR may end a heading
            // at another word, and misread words are noise (`OCRNoise`).
            let sameContent = oldNode.contentKey == newNode.contentKey
                || isOCRNoise(oldNode.title + "\n" + oldNode.bodyText, newNode.title + "\n" + newNode.bodyText)
            let titleChanged = !sameContent && oldNode.titleTokens != newNode.titleTokens
                && !isOCRNoise(oldNode.title, newNode.title)
            let bodyChanged = !sameContent && oldNode.bodyTokens != newNode.bodyTokens
                && !isOCRNoise(oldNode.bodyText, newNode.bodyText)
            if titleChanged {
                fields.append(.init(path: "title", old: oldNode.title, new: newNode.title))
            }
            if bodyChanged {
                fields.append(.init(path: "text", old: oldNode.bodyText, new: newNode.bodyText))
                textDiff = words.ops(old: oldNode.bodyText, new: newNode.bodyText)
            } else if titleChanged {
                textDiff = words.ops(old: oldNode.title, new: newNode.title)
            }
            // Facts are read from the section's text: when the texts differ only by OCR noise
            // (same digits, same number words), a fact found on one side only was read
            // differently, not added or removed.
            let readAlike = comparison.loose && sameContent
            fields += facts.indicators(old: oldIndicators[o] ?? [], new: newIndicators[n] ?? [], readAlike: readAlike)
            fields += facts.assignments(old: oldAssignments[o] ?? [], new: newAssignments[n] ?? [], readAlike: readAlike)
            let numberChanged = comparison.tokens(ownNumber(o, in: old)) != comparison.tokens(ownNumber(n, in: new))
            let isMoved = moved.contains(n)
            guard numberChanged || isMoved || !fields.isEmpty else {
                unchanged += 1
                continue
            }
            keyed.append((Double(n), Change(
                kind: .changed, target: .section, oldId: oldNode.id, newId: newNode.id,
                oldNumber: oldNode.number, newNumber: newNode.number, title: newNode.title,
                renumbered: numberChanged || oldNode.id != newNode.id, moved: isMoved,
                fields: fields, textDiff: textDiff)))
        }
        // Removed subtrees go where their old neighbourhood went.
        var lastPaired = -1.0
        for o in old.nodes.indices {
            if let n = matcher.oldToNew[o] { lastPaired = Double(n); continue }
            let oldNode = old.nodes[o]
            if let parent = oldNode.parent, matcher.oldToNew[parent] == nil { continue }
            keyed.append((lastPaired + 0.5, Change(
                kind: .removed, target: .section, oldId: oldNode.id, newId: nil, oldNumber: oldNode.number,
                newNumber: nil, title: oldNode.title,
                fields: [.init(path: "text", old: old.subtreeText(o), new: nil)])))
        }
        let ordered = keyed.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
        return Result(changes: ordered.map(\.element.change), unchanged: unchanged)
    }

    /// In loose mode (a side was OCR-repaired), a difference that looks like OCR misreading
    /// is layout, not content (see `OCRNoise`).
    private func isOCRNoise(_ old: String, _ new: String) -> Bool {
        comparison.loose && OCRNoise.isNoise(old, new, comparison: comparison)
    }

    /// The part of a section's number that is its own: "5.1" under "5" is "1", so that a
    /// child renumbered only with its parent (5.1 → 4.1 under 5 → 4) follows it.
    private func ownNumber(_ index: Int, in tree: SectionTree) -> String {
        let number = tree.nodes[index].number
        guard let parent = tree.nodes[index].parent else { return number }
        let prefix = tree.nodes[parent].number + "."
        return number.hasPrefix(prefix) && number.count > prefix.count ? String(number.dropFirst(prefix.count)) : number
    }

    /// New nodes that moved: to another parent, or out of order among paired siblings.
    private func movedNodes() -> Set<Int> {
        var moved = Set<Int>()
        var groups: [[Int]] = [new.roots]
        for node in new.nodes where !node.children.isEmpty { groups.append(node.children) }
        for siblings in groups {
            var inPlace: [Int] = []
            var positions: [Int] = []
            for n in siblings {
                guard let o = matcher.newToOld[n] else { continue }
                if matcher.parentsCorrespond(o, n) {
                    inPlace.append(n)
                    positions.append(old.nodes[o].position)
                } else {
                    moved.insert(n)
                }
            }
            for i in SiblingOrder.outOfOrder(positions) { moved.insert(inPlace[i]) }
        }
        return moved
    }

    /// Facts grouped by the node of the section they belong to.
    private func group<T>(_ items: [(String, T)], in tree: SectionTree) -> [Int: [T]] {
        var result: [Int: [T]] = [:]
        for (id, item) in items {
            if let node = tree.node(forSectionId: id) { result[node, default: []].append(item) }
        }
        return result
    }
}
