import Testing
import Foundation
import ICU
import Normalize
import TestSupport
@testable import Diff
@testable import Pipeline

/// The seeds through the whole converter: a seed against itself, its re-wrapped, NFD and
/// other-tone-placement copies (no change), and replacement versions with known edits, made
/// to the plan and to the source text (exactly the expected changes).
///
/// These depend on the segmenter: each first requires that the seed has a section tree.
@Suite struct SeedDiffTests {
    static func load(_ name: String) throws -> (ExtractedText, Plan) {
        let converter = Converter()
        let extracted = try converter.extract(path: TestPaths.seed("\(name).txt").path)
        return (extracted, converter.convert(extracted))
    }

    static func convert(_ extracted: ExtractedText, lines: [String]) -> Plan {
        let numbered = lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        return Converter().convert(ExtractedText(source: extracted.source, lines: numbered, layout: extracted.layout))
    }

    static func describe(_ changes: [Change]) -> String {
        changes.map { KnownEdits.Expected($0).description }.joined(separator: "; ")
    }

    @Test(arguments: TestPaths.seedNames)
    func seedAgainstItselfIsNoChange(name: String) throws {
        let (_, plan) = try Self.load(name)
        try #require(!plan.sections.isEmpty, "\(name): the segmenter found no sections")
        let (_, again) = try Self.load(name)
        let diff = PlanDiffer().diff(old: plan, new: again)
        #expect(diff.changes.isEmpty, "\(Self.describe(diff.changes))")
        #expect(diff.summary.unchanged == plan.sections.reduce(0) { $0 + $1.flattened.count })
    }

    @Test(arguments: TestPaths.seedNames)
    func nfdAndOtherTonePlacementAreNoChange(name: String) throws {
        let (extracted, plan) = try Self.load(name)
        try #require(!plan.sections.isEmpty, "\(name): the segmenter found no sections")
        for placement in [TonePlacement.new, .old] {
            let lines = extracted.lines.map { ICU.nfd(placement.apply(to: $0.text)) }
            #expect(lines != extracted.lines.map(\.text))
            let diff = PlanDiffer().diff(old: plan, new: Self.convert(extracted, lines: lines))
            #expect(diff.changes.isEmpty, "\(placement): \(Self.describe(diff.changes))")
        }
    }

    @Test(arguments: TestPaths.seedNames)
    func rewrappedCopyIsNoChange(name: String) throws {
        let (extracted, plan) = try Self.load(name)
        try #require(!plan.sections.isEmpty, "\(name): the segmenter found no sections")
        var edits = TextEdits(lines: extracted.lines.map(\.text))
        for section in plan.sections.flatMap(\.flattened) { edits.rewrap(section) }
        let lines = edits.applied()
        #expect(lines != extracted.lines.map(\.text), "nothing was re-wrapped")
        let diff = PlanDiffer().diff(old: plan, new: Self.convert(extracted, lines: lines))
        #expect(diff.changes.isEmpty, "\(Self.describe(diff.changes))")
    }

    @Test(arguments: TestPaths.seedNames)
    func knownEditsToThePlan(name: String) throws {
        let (_, plan) = try Self.load(name)
        try #require(!plan.sections.isEmpty, "\(name): the segmenter found no sections")
        try KnownEditsTests.check(plan)
    }

    @Test(arguments: TestPaths.seedNames)
    func knownEditsToTheText(name: String) throws {
        let (extracted, plan) = try Self.load(name)
        try #require(!plan.sections.isEmpty, "\(name): the segmenter found no sections")
        let known = KnownEdits(plan)
        let t = known.targets
        var text = TextEdits(lines: extracted.lines.map(\.text))
        var expected: [KnownEdits.Expected] = []

        // A section removed; its later siblings renumbered, in the text.
        let group = t.removalGroup
        if group.count >= 3 {
            text.replace(group[1].lines.first, group[1].lines.last, with: [])
            expected.append(.init(kind: .removed, target: .section, oldId: group[1].id, newId: nil, fieldPaths: ["text"]))
            for j in 2..<group.count {
                text.replace(group[j].lines.first, group[j].lines.last, with: text.relabeledSpan(group[j], as: group[j - 1]))
                expected.append(.init(kind: .changed, target: .section, oldId: group[j].id, newId: group[j - 1].id,
                                      renumbered: true))
            }
        }
        // Two siblings swapped.
        if t.swapped.count == 2, t.swapped[1].lines.first > t.swapped[0].lines.last {
            let (a, b) = (t.swapped[0], t.swapped[1])
            let between = (a.lines.last + 1)..<b.lines.first
            text.replace(a.lines.first, b.lines.last,
                         with: text.relabeledSpan(b, as: a) + between.map { text.line($0) } + text.relabeledSpan(a, as: b))
            expected.append(.init(kind: .changed, target: .section, oldId: a.id, newId: b.id, renumbered: true))
            expected.append(.init(kind: .changed, target: .section, oldId: b.id, newId: a.id, renumbered: true))
        }
        // A section appended after the last of its siblings.
        if let after = t.appendedAfter, let added = t.appended {
            let blank = text.line(after.lines.last + 1).trimmingSpaces().isEmpty
            let heading = "\(added.marker) \(added.title)"
            var body = added.blocks.map(\.text)
            // The body's end mark "./." moves to the new last paragraph, as an editor would.
            let last = text.line(after.lines.last)
            if last.trimmingSpaces().hasSuffix("./."), let end = body.indices.last {
                text.replace(after.lines.last, after.lines.last,
                             with: [String(last.trimmingSpaces().dropLast(3)) + "."])
                body[end] = String(body[end].dropLast(body[end].hasSuffix(".") ? 1 : 0)) + "./."
            }
            text.replace(after.lines.last + 1, after.lines.last,
                         with: blank ? [""] + ([heading] + body).flatMap { [$0, ""] }.dropLast() : [heading] + body)
            expected.append(.init(kind: .added, target: .section, oldId: nil, newId: added.id, fieldPaths: ["text"]))
        }
        // A target value and a lead unit rewritten where they are printed.
        var factPaths: [String: Set<String>] = [:]
        func owner(_ id: String) -> String? {
            var key = Substring(id)
            let ids = Set(plan.sections.flatMap(\.flattened).map(\.id))
            while !key.isEmpty {
                if ids.contains(String(key)) { return String(key) }
                guard let dot = key.lastIndex(of: ".") else { return nil }
                key = key[..<dot]
            }
            return nil
        }
        if let indicator = t.indicator, let value = indicator.value, let newValue = t.indicatorValue,
           let old = KnownEdits.printed(value), let new = KnownEdits.printed(newValue), let id = owner(indicator.sectionId),
           let n = (indicator.lines.first...indicator.lines.last).first(where: { text.line($0).replacingFirst(old, with: new) != text.line($0) }) {
            text.replace(n, n, with: [text.line(n).replacingFirst(old, with: new)])
            factPaths[id, default: []].formUnion(["indicator.value", "text"])
        }
        if let assignment = t.assignment, let lead = assignment.lead.first, let id = owner(assignment.sectionId),
           let n = (assignment.lines.first...assignment.lines.last).first(where: { text.line($0).contains(lead) }) {
            let line = text.line(n)
            text.replace(n, n, with: [line.replacingFirst(lead, with: t.lead)])
            factPaths[id, default: []].formUnion(["assignment.lead", "text"])
        }
        for (id, paths) in factPaths {
            expected.append(.init(kind: .changed, target: .section, oldId: id, newId: id, fieldPaths: paths.sorted()))
        }
        // A paragraph re-wrapped: no change.
        if let section = t.rewrapped { text.rewrap(section) }

        #expect(text.problems.isEmpty, "\(text.problems)")
        #expect(expected.count >= 4, "too few edits could be made: \(expected)")
        let replacement = Self.convert(extracted, lines: text.applied())
        let diff = PlanDiffer().diff(old: plan, new: replacement)
        // A rewritten value or unit may sit in the heading's first sentence, which the
        // segmenter makes the title: either is the section's text.
        let reported = diff.changes.map { change -> KnownEdits.Expected in
            var e = KnownEdits.Expected(change)
            if let id = e.oldId, factPaths[id] != nil {
                e.fieldPaths = Array(Set(e.fieldPaths.map { $0 == "title" ? "text" : $0 })).sorted()
            }
            return e
        }
        #expect(Set(reported) == Set(expected),
                "unexpected: \(Set(reported).subtracting(expected)); missing: \(Set(expected).subtracting(reported))")
        #expect(reported.count == expected.count)
        if t.swapped.count == 2 {
            #expect(diff.changes.filter { $0.moved }.map(\.oldId) .count == 1)
        }
        #expect(try SchemaValidator.errors(json: PlanJSON.encode(diff), schema: "plan-diff.schema.json") == [])
    }
}
