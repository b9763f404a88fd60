import PlanModel

/// Makes a replacement version of a plan with known edits, the way a ward edits a plan:
/// sections removed (the following siblings renumbered), swapped, appended; a target value,
/// a lead unit or a deadline changed; a paragraph re-wrapped. Section ids, numbers and the
/// section ids of indicators and assignments are kept consistent, as a converter would
/// produce them for the edited text. Used by the tests and `vnplan bench diff`.
public struct PlanEditor: Sendable {
    public private(set) var plan: Plan

    public init(_ plan: Plan) { self.plan = plan }

    /// A path of child indices from the roots to a section.
    public typealias Path = [Int]

    public func section(at path: Path) -> Section? {
        guard let first = path.first, first < plan.sections.count else { return nil }
        var node = plan.sections[first]
        for i in path.dropFirst() {
            guard i < node.children.count else { return nil }
            node = node.children[i]
        }
        return node
    }

    /// The path of the section with this id, if any.
    public func path(of id: String) -> Path? {
        func search(_ sections: [Section], _ prefix: Path) -> Path? {
            for (i, s) in sections.enumerated() {
                if s.id == id { return prefix + [i] }
                if id.hasPrefix(s.id + "."), let found = search(s.children, prefix + [i]) { return found }
            }
            return nil
        }
        return search(plan.sections, [])
    }

    // MARK: Structure

    /// Removes a section and its subtree; each following sibling takes the number of the
    /// one before it (III.4 removed: III.5 becomes III.4, III.5.1 becomes III.4.1).
    public mutating func remove(at path: Path) {
        guard let index = path.last else { return }
        let parentPath = Array(path.dropLast())
        let original = children(at: parentPath)
        guard index < original.count else { return }
        var siblings = original
        let removed = siblings.remove(at: index)
        dropFacts(under: removed.id)
        var mapping: [(String, String)] = []
        for j in index..<siblings.count {
            // The sibling now at j was at j + 1; it takes the number position j had.
            Self.relabel(&siblings[j], number: original[j].number, marker: original[j].marker, id: original[j].id,
                         mapping: &mapping)
        }
        setChildren(siblings, at: parentPath)
        renameFacts(simultaneously: mapping)
    }

    /// Swaps two sibling sections; the numbers stay with the positions.
    public mutating func swap(_ a: Path, _ b: Path) {
        guard a.dropLast() == b.dropLast(), let i = a.last, let j = b.last else { return }
        let parentPath = Array(a.dropLast())
        var siblings = children(at: parentPath)
        guard i < siblings.count, j < siblings.count, i != j else { return }
        var first = siblings[j], second = siblings[i]
        var mapping: [(String, String)] = []
        Self.relabel(&first, number: second.number, marker: second.marker, id: second.id, mapping: &mapping)
        Self.relabel(&second, number: siblings[j].number, marker: siblings[j].marker, id: siblings[j].id,
                     mapping: &mapping)
        siblings[i] = first
        siblings[j] = second
        setChildren(siblings, at: parentPath)
        renameFacts(simultaneously: mapping)
    }

    /// Appends a new section after the last child of `parentPath` ([] for the top level),
    /// numbered next in its siblings' style.
    public mutating func append(title: String, text: [String], under parentPath: Path) {
        var siblings = children(at: parentPath)
        let parent = parentPath.isEmpty ? nil : section(at: parentPath)
        let style = siblings.last?.style ?? .arabic
        let number = siblings.last.map { Self.next($0.number, style: style) } ?? "1"
        let own = style == .paren ? "(\(number))" : (number.split(separator: ".").last.map(String.init) ?? number)
        let marker = style == .paren ? "(\(number))" : style == .lowerLetter ? "\(number))" : "\(number)."
        let line = (siblings.last?.lines.last ?? parent?.lines.last ?? 0) + 1
        let blocks = text.enumerated().map { Block(kind: .paragraph, text: $0.element, lines: LineSpan(line: line + 1 + $0.offset)) }
        siblings.append(Section(id: parent.map { "\($0.id).\(own)" } ?? own, marker: marker, number: number, style: style,
                                title: title, blocks: blocks, lines: LineSpan(line, line + text.count)))
        setChildren(siblings, at: parentPath)
    }

    // MARK: Text and facts

    /// Replaces the first occurrence of `old` in the section's blocks. Returns false when absent.
    @discardableResult
    public mutating func replaceText(at path: Path, _ old: String, with new: String) -> Bool {
        guard var s = section(at: path) else { return false }
        for b in s.blocks.indices {
            if let range = s.blocks[b].text.firstRange(of: old) {
                s.blocks[b].text.replaceSubrange(range, with: new)
                update(at: path) { $0.blocks = s.blocks }
                return true
            }
        }
        return false
    }

    /// Re-wraps every block of a section: other line breaks and spacing, same words.
    public mutating func rewrap(at path: Path, width: Int = 7) {
        update(at: path) { section in
            for b in section.blocks.indices {
                let words = section.blocks[b].text.split(separator: " ")
                section.blocks[b].text = stride(from: 0, to: words.count, by: width)
                    .map { words[$0..<min($0 + width, words.count)].joined(separator: "  ") }
                    .joined(separator: "\n")
            }
        }
    }

    /// Changes the value of the first indicator equal to `indicator`.
    public mutating func setIndicator(_ indicator: Indicator, value: Double) {
        guard let index = plan.indicators.firstIndex(of: indicator) else { return }
        plan.indicators[index].value = value
    }

    /// Changes the lead units and deadline of the first assignment equal to `assignment`.
    public mutating func setAssignment(_ assignment: Assignment, lead: [String]? = nil, deadline: String? = nil) {
        guard let index = plan.assignments.firstIndex(of: assignment) else { return }
        if let lead { plan.assignments[index].lead = lead }
        if let deadline { plan.assignments[index].deadline = deadline }
    }

    // MARK: Helpers

    private func children(at path: Path) -> [Section] {
        path.isEmpty ? plan.sections : (section(at: path)?.children ?? [])
    }

    private mutating func setChildren(_ children: [Section], at path: Path) {
        if path.isEmpty { plan.sections = children } else { update(at: path) { $0.children = children } }
    }

    private mutating func update(at path: Path, _ body: (inout Section) -> Void) {
        func walk(_ sections: inout [Section], _ rest: ArraySlice<Int>) {
            guard let i = rest.first, i < sections.count else { return }
            if rest.count == 1 { body(&sections[i]) } else { walk(&sections[i].children, rest.dropFirst()) }
        }
        walk(&plan.sections, path[...])
    }

    /// Gives a section a new number, marker and id; its descendants' ids (and decimal
    /// numbers such as 5.1 under 5) follow. Records old id → new id for every node.
    private static func relabel(_ s: inout Section, number: String, marker: String, id: String,
                                mapping: inout [(String, String)]) {
        let (oldId, oldNumber) = (s.id, s.number)
        mapping.append((oldId, id))
        s.id = id
        s.number = number
        s.marker = marker
        for c in s.children.indices {
            var child = s.children[c]
            let ownId = child.id.hasPrefix(oldId + ".") ? String(child.id.dropFirst(oldId.count)) : "." + child.id
            var childNumber = child.number, childMarker = child.marker
            if child.number.hasPrefix(oldNumber + ".") {
                childNumber = number + child.number.dropFirst(oldNumber.count)
                if child.marker.hasPrefix(oldNumber + ".") { childMarker = number + child.marker.dropFirst(oldNumber.count) }
            }
            relabel(&child, number: childNumber, marker: childMarker, id: id + ownId, mapping: &mapping)
            s.children[c] = child
        }
    }

    /// Renames section ids of facts; every rename applies to the original ids at once.
    private mutating func renameFacts(simultaneously mapping: [(String, String)]) {
        func rename(_ id: String) -> String {
            // The longest old id that is the id or its prefix.
            var best: (String, String)?
            for (old, new) in mapping where id == old || id.hasPrefix(old + ".") {
                if old.count > (best?.0.count ?? -1) { best = (old, new) }
            }
            guard let best else { return id }
            return best.1 + id.dropFirst(best.0.count)
        }
        for i in plan.indicators.indices { plan.indicators[i].sectionId = rename(plan.indicators[i].sectionId) }
        for i in plan.assignments.indices { plan.assignments[i].sectionId = rename(plan.assignments[i].sectionId) }
    }

    private mutating func dropFacts(under id: String) {
        plan.indicators.removeAll { $0.sectionId == id || $0.sectionId.hasPrefix(id + ".") }
        plan.assignments.removeAll { $0.sectionId == id || $0.sectionId.hasPrefix(id + ".") }
    }

    static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                         "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]
    static let letters = Array("abcdđeghiklmnopqrstuvxy").map(String.init)

    /// The number after `number` in its style: 3 → 4, 1.2 → 1.3, IV → V, d → đ, B → C.
    static func next(_ number: String, style: NumberingStyle) -> String {
        var parts = number.split(separator: ".").map(String.init)
        guard let last = parts.last else { return "1" }
        let following: String
        if let n = Int(last) {
            following = String(n + 1)
        } else if style == .roman, let i = romans.firstIndex(of: last), i + 1 < romans.count {
            following = romans[i + 1]
        } else if let i = letters.firstIndex(of: last.lowercased()), i + 1 < letters.count {
            following = last == last.lowercased() ? letters[i + 1] : letters[i + 1].uppercased()
        } else {
            following = last + "'"
        }
        parts[parts.count - 1] = following
        return parts.joined(separator: ".")
    }
}
