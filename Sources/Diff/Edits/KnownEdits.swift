import PlanModel

/// A replacement version of a plan with one edit of each kind, and the changes a correct
/// diff must report for it. Targets are chosen in disjoint parts of the section tree so
/// the expected list is exact:
/// - one section removed from a group of three or more (its later siblings renumbered);
/// - two sibling sections swapped (both renumbered, one of them moved);
/// - one section appended to a group;
/// - one indicator value changed (in the text and in the indicator);
/// - one assignment's lead unit and deadline changed;
/// - one appendix table cell changed;
/// - one section re-wrapped (no change).
public struct KnownEdits: Sendable {
    /// What the diff must report for one edit.
    public struct Expected: Hashable, Sendable, CustomStringConvertible {
        public var kind: Change.Kind
        public var target: Change.Target
        public var oldId: String?
        public var newId: String?
        public var renumbered: Bool
        /// The field paths the change must carry (sorted).
        public var fieldPaths: [String]

        public var description: String {
            "\(kind.rawValue) \(target.rawValue) \(oldId ?? "-")>\(newId ?? "-")"
                + (renumbered ? " renumbered" : "") + (fieldPaths.isEmpty ? "" : " " + fieldPaths.joined(separator: ","))
        }

        /// The same description for a reported change.
        public init(_ change: Change) {
            self.init(kind: change.kind, target: change.target, oldId: change.oldId, newId: change.newId,
                      renumbered: change.renumbered, fieldPaths: Array(Set(change.fields.map(\.path))).sorted())
        }

        public init(kind: Change.Kind, target: Change.Target, oldId: String?, newId: String?,
                    renumbered: Bool = false, fieldPaths: [String] = []) {
            self.kind = kind
            self.target = target
            self.oldId = oldId
            self.newId = newId
            self.renumbered = renumbered
            self.fieldPaths = fieldPaths
        }
    }

    public var replacement: Plan
    public var expected: [Expected]
    /// Of the two swapped sections, exactly one must be reported as moved.
    public var swapped: [String]
    /// The edits that could not be made on this plan (no group of three, no indicator…).
    public var missing: [String]
    /// The ids of the section that was only re-wrapped.
    public var rewrapped: String?

    /// What was edited, in terms of the original plan, so that the same edits can be made
    /// to the source text (end-to-end tests).
    public struct Targets: Sendable {
        /// The sibling group a section was removed from (the second one, index 1).
        public var removalGroup: [Section] = []
        /// The two swapped siblings, in their original order.
        public var swapped: [Section] = []
        /// The last sibling of the group a section was appended to, and the new section.
        public var appendedAfter: Section?
        public var appended: Section?
        public var indicator: Indicator?
        public var indicatorValue: Double?
        public var assignment: Assignment?
        public var lead = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"
        public var deadline: String?
        public var rewrapped: Section?
    }

    public var targets = Targets()

    public init(_ plan: Plan) {
        var editor = PlanEditor(plan)
        var targets = Targets()
        var expected: [Expected] = []
        var missing: [String] = []
        var swapped: [String] = []
        // Sibling groups: the roots and every children list, with the parent's path.
        var groups: [(parent: PlanEditor.Path, members: [Section])] = [([], plan.sections)]
        func collect(_ sections: [Section], _ prefix: PlanEditor.Path) {
            for (i, s) in sections.enumerated() {
                if !s.children.isEmpty { groups.append((prefix + [i], s.children)) }
                collect(s.children, prefix + [i])
            }
        }
        collect(plan.sections, [])
        /// Ids whose subtrees an edit touches.
        var touched: [String] = []
        func isFree(_ id: String) -> Bool {
            !touched.contains { id == $0 || id.hasPrefix($0 + ".") }
        }
        let factIds = plan.indicators.map(\.sectionId) + plan.assignments.map(\.sectionId)
        func facts(_ sections: ArraySlice<Section>) -> Int {
            sections.reduce(0) { sum, s in sum + factIds.filter { $0 == s.id || $0.hasPrefix(s.id + ".") }.count }
        }
        func distinct(_ sections: [Section]) -> Bool {
            Set(sections.map { $0.title + "\u{1}" + $0.blocks.map(\.text).joined() }).count == sections.count
        }
        let parentId: (PlanEditor.Path) -> String? = { path in path.isEmpty ? nil : editor.section(at: path)?.id }

        // Remove the second section of a group of three or more (fewest facts in what it
        // renumbers, then the largest).
        let removable = groups.filter { $0.members.count >= 3 && distinct($0.members) }
            .min { (facts($0.members[1...]), -$0.members.count) < (facts($1.members[1...]), -$1.members.count) }
        if let group = removable {
            let members = group.members
            expected.append(Expected(kind: .removed, target: .section, oldId: members[1].id, newId: nil,
                                     fieldPaths: ["text"]))
            for j in 2..<members.count {
                expected.append(Expected(kind: .changed, target: .section, oldId: members[j].id,
                                         newId: members[j - 1].id, renumbered: true))
            }
            touched += members[1...].map(\.id)
            targets.removalGroup = members
            editor.remove(at: group.parent + [1])
        } else {
            missing.append("remove: no group of three distinct sibling sections")
        }

        // Swap the first two of another group (a different one, untouched).
        if let group = groups.filter({ g in
            g.members.count >= 2 && distinct(Array(g.members.prefix(2))) && g.members.prefix(2).allSatisfy { isFree($0.id) }
                && (parentId(g.parent).map(isFree) ?? true) && g.members.first?.id != removable?.members.first?.id
        }).min(by: { facts($0.members.prefix(2)) < facts($1.members.prefix(2)) }) {
            let (a, b) = (group.members[0], group.members[1])
            expected.append(Expected(kind: .changed, target: .section, oldId: a.id, newId: b.id, renumbered: true))
            expected.append(Expected(kind: .changed, target: .section, oldId: b.id, newId: a.id, renumbered: true))
            swapped = [a.id, b.id]
            targets.swapped = [a, b]
            touched += [a.id, b.id]
            if let pa = editor.path(of: a.id), let pb = editor.path(of: b.id) { editor.swap(pa, pb) }
        } else {
            missing.append("swap: no second group of two distinct sibling sections")
        }

        // Append to a third group.
        if let group = groups.reversed().first(where: { g in
            g.members.allSatisfy { isFree($0.id) } && (parentId(g.parent).map(isFree) ?? true)
        }), let path = group.members.first.flatMap({ editor.path(of: $0.id) })?.dropLast() {
            let before = editor.plan
            editor.append(title: "Tăng cường quốc phòng, an ninh trên địa bàn",
                          text: ["Giữ vững an ninh chính trị, trật tự an toàn xã hội; xây dựng khu vực phòng thủ vững chắc."],
                          under: Array(path))
            let added = editor.section(at: Array(path) + [group.members.count])
            if let added, editor.plan != before {
                expected.append(Expected(kind: .added, target: .section, oldId: nil, newId: added.id, fieldPaths: ["text"]))
                touched.append(added.id)
                targets.appendedAfter = group.members.last
                targets.appended = added
            }
        } else {
            missing.append("append: no third untouched group")
        }

        // Indicator value and assignment: in untouched sections.
        var factChanges: [String: Set<String>] = [:]
        if let k = plan.indicators.indices.first(where: { isFree(plan.indicators[$0].sectionId) && plan.indicators[$0].value != nil }),
           let value = plan.indicators[k].value {
            let indicator = plan.indicators[k]
            let newValue = value + 1
            targets.indicator = indicator
            targets.indicatorValue = newValue
            editor.setIndicator(indicator, value: newValue)
            var paths: Set<String> = ["indicator.value"]
            // The same edit in the printed text, where the number can be found.
            if let sectionPath = Self.sectionPath(editor, indicator.sectionId),
               let printed = Self.printed(value), editor.section(at: sectionPath)?.blocks.contains(where: { $0.text.contains(indicator.text) }) == true {
                let newText = indicator.text.replacingFirst(printed, with: Self.printed(newValue) ?? printed)
                if newText != indicator.text, editor.replaceText(at: sectionPath, indicator.text, with: newText) {
                    paths.insert("text")
                }
            }
            if let id = Self.sectionPath(editor, indicator.sectionId).flatMap({ editor.section(at: $0)?.id }) {
                factChanges[id, default: []].formUnion(paths)
            }
        } else {
            missing.append("indicator: no indicator with a value in an untouched section")
        }
        if let k = plan.assignments.indices.first(where: { isFree(plan.assignments[$0].sectionId) && !plan.assignments[$0].lead.isEmpty }) {
            let assignment = plan.assignments[k]
            let deadline = assignment.deadline == "Năm 2027" ? "Năm 2028" : "Năm 2027"
            targets.assignment = assignment
            targets.deadline = deadline
            editor.setAssignment(assignment, lead: [targets.lead], deadline: deadline)
            if let path = Self.sectionPath(editor, assignment.sectionId), let id = editor.section(at: path)?.id {
                var paths: Set<String> = ["assignment.lead", "assignment.deadline"]
                // The lead unit renamed in the text too, where it is printed.
                if let lead = assignment.lead.first, editor.replaceText(at: path, lead, with: targets.lead) {
                    paths.insert("text")
                }
                factChanges[id, default: []].formUnion(paths)
            }
        } else {
            missing.append("assignment: no assignment with a lead unit in an untouched section")
        }
        for (id, paths) in factChanges.sorted(by: { $0.key < $1.key }) {
            expected.append(Expected(kind: .changed, target: .section, oldId: id, newId: id, fieldPaths: paths.sorted()))
            touched.append(id)
        }

        // An appendix cell.
        var edited = editor.plan
        if let a = edited.appendices.indices.first(where: { i in edited.appendices[i].tables.contains { !$0.rows.isEmpty } }),
           let t = edited.appendices[a].tables.firstIndex(where: { $0.rows.contains { $0.cells.count >= 2 } }),
           let r = edited.appendices[a].tables[t].rows.firstIndex(where: { $0.cells.count >= 2 }) {
            let row = edited.appendices[a].tables[t].rows[r]
            let c = row.cells.count - 1
            edited.appendices[a].tables[t].rows[r].cells[c] = row.cells[c] + " (điều chỉnh)"
            let columns = edited.appendices[a].tables[t].columns
            let name = c < columns.count && !columns[c].isEmpty ? columns[c] : String(c + 1)
            let id = "\(edited.appendices[a].label)#\(t + 1).\(r + 1)"
            expected.append(Expected(kind: .changed, target: .appendixRow, oldId: id, newId: id, fieldPaths: ["cell.\(name)"]))
        } else {
            missing.append("appendix: no table row with two cells")
        }
        editor = PlanEditor(edited)

        // Re-wrap an untouched section with text: no change.
        var rewrapped: String?
        if let section = plan.sections.flatMap(\.flattened).first(where: { s in
            isFree(s.id) && s.blocks.contains { $0.text.split(separator: " ").count > 10 }
        }), let path = editor.path(of: section.id) {
            editor.rewrap(at: path)
            rewrapped = section.id
            targets.rewrapped = section
        } else {
            missing.append("rewrap: no untouched section with a paragraph")
        }

        replacement = editor.plan
        replacement.source.path = "edited-" + plan.source.path
        self.expected = expected
        self.swapped = swapped
        self.missing = missing
        self.rewrapped = rewrapped
        self.targets = targets
    }

    private static func sectionPath(_ editor: PlanEditor, _ id: String) -> PlanEditor.Path? {
        var key = Substring(id)
        while !key.isEmpty {
            if let path = editor.path(of: String(key)) { return path }
            guard let dot = key.lastIndex(of: ".") else { return nil }
            key = key[..<dot]
        }
        return nil
    }

    /// A value as printed in Vietnamese text ("14", "97,45").
    static func printed(_ value: Double) -> String? {
        guard let text = FieldComparison.format(value, unit: nil) else { return nil }
        return text
    }
}

extension String {
    /// `self` with the first occurrence of `target` (as a whole number: not inside a longer
    /// run of digits) replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        var searchStart = startIndex
        while let range = self[searchStart...].firstRange(of: target) {
            let before = range.lowerBound > startIndex ? self[index(before: range.lowerBound)] : " "
            let after = range.upperBound < endIndex ? self[range.upperBound] : " "
            if !before.isNumber && !after.isNumber {
                var copy = self
                copy.replaceSubrange(range, with: replacement)
                return copy
            }
            searchStart = range.upperBound
        }
        return self
    }
}
