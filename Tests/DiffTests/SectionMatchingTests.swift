import Testing
import Foundation
import ICU
import Normalize
import TestSupport
@testable import Diff
@testable import Pipeline

/// The matcher on hand-built plans: every known edit gives exactly the expected changes.
@Suite struct SectionMatchingTests {
    let differ = PlanDiffer()

    func sections(_ diff: PlanDiff) -> [Change] { diff.changes.filter { $0.target == .section } }

    @Test func planAgainstItselfReportsNothing() {
        let diff = differ.diff(old: Sample.base(), new: Sample.base(path: "new.txt"))
        #expect(diff.changes.isEmpty)
        #expect(diff.summary.unchanged == 15)
    }

    @Test func layoutIsNotContent() {
        var new = Sample.base(path: "new.txt")
        // NFD, old tone placement, other spacing and wrapping, a paragraph split in two blocks.
        func relayout(_ s: inout Section) {
            s.title = ICU.nfd(TonePlacement.old.apply(to: s.title))
            s.blocks = s.blocks.flatMap { block -> [Block] in
                let words = block.text.split(separator: " ")
                var wrapped = block
                wrapped.text = ICU.nfd(words.enumerated().map { $0.offset % 4 == 3 ? "\($0.element)\n" : "\($0.element) " }
                    .joined())
                guard words.count > 8 else { return [wrapped] }
                var first = block, second = block
                first.text = words[..<4].joined(separator: "  ")
                second.text = words[4...].joined(separator: " ")
                return [first, second]
            }
            for i in s.children.indices { relayout(&s.children[i]) }
        }
        for i in new.sections.indices { relayout(&new.sections[i]) }
        #expect(new != Sample.base(path: "new.txt"))
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.isEmpty, "\(diff.changes)")
    }

    @Test func headingWrappedIntoItsParagraphIsNoChange() {
        var new = Sample.base(path: "new.txt")
        // One layout reads "Cải cách hành chính và" as the title and the rest as text.
        new.sections[2].children[4].title = "Cải cách hành chính và"
        new.sections[2].children[4].blocks[0].text = "chuyển đổi số\n" + new.sections[2].children[4].blocks[0].text
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.isEmpty, "\(diff.changes)")
    }

    @Test func residualOCRDiacriticErrorsAreNoChangeWhenASideWasRepaired() {
        var ocr = Sample.base(path: "scan.ocr.txt")
        ocr.sections[2].children[2].title = "Quan ly dat dai, tài nguyen và môi trưởng"
        ocr.sections[2].children[2].blocks[0].text = "Tăng cuờng kiểm tra, xử lý vi phạm trật tự xây dựng, lân chiếm đất công."
        #expect(differ.diff(old: Sample.base(), new: ocr).changes.count == 1)
        ocr.repair = RepairSummary(applied: true, tokens: 300, changed: 120, lowConfidence: 4)
        #expect(differ.diff(old: Sample.base(), new: ocr).changes.isEmpty)
        // Words and numbers still count.
        ocr.sections[2].children[2].blocks[0].text = "Tăng cuờng kiểm tra 2 lần mỗi năm."
        #expect(differ.diff(old: Sample.base(), new: ocr).changes.count == 1)
    }

    @Test func removedSectionRenumbersTheNextOneAndItsChildrenFollow() {
        var tasks = Sample.tasks().children
        tasks.remove(at: 3) // III.4 Văn hóa, xã hội
        tasks[3].number = "4"
        tasks[3].children[0].number = "4.1"
        tasks[3].children[1].number = "4.2"
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                       indicators: Sample.targetIndicators, assignments: Sample.taskAssignments)
        let diff = differ.diff(old: Sample.base(), new: new)
        let changes = sections(diff)
        #expect(changes.count == 2)
        #expect(changes.map(\.kind) == [.removed, .changed])
        #expect(changes[0].oldId == "III.4" && changes[0].newId == nil)
        #expect(changes[1].oldId == "III.5" && changes[1].newId == "III.4")
        #expect(changes[1].renumbered && !changes[1].moved)
        #expect(changes[1].fields.isEmpty && changes[1].textDiff == nil)
        #expect(diff.summary.removed == 1 && diff.summary.renumbered == 1 && diff.summary.added == 0)
        #expect(diff.summary.unchanged == 13)
    }

    @Test func swappedSectionsAreOneChangeEach() {
        var tasks = Sample.tasks().children
        tasks.swapAt(1, 2)
        tasks[1].number = "2"
        tasks[2].number = "3"
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                       indicators: Sample.targetIndicators,
                       assignments: [Sample.taskAssignments[0].with(sectionId: "III.3")])
        let diff = differ.diff(old: Sample.base(), new: new)
        let changes = sections(diff)
        #expect(changes.count == 2)
        #expect(Set(changes.map { "\($0.oldId ?? "-")>\($0.newId ?? "-")" }) == ["III.2>III.3", "III.3>III.2"])
        #expect(changes.allSatisfy { $0.kind == .changed && $0.renumbered && $0.fields.isEmpty })
        #expect(changes.filter(\.moved).count == 1)
        #expect(diff.summary.added == 0 && diff.summary.removed == 0)
    }

    @Test func addedSectionAtTheEnd() {
        var tasks = Sample.tasks().children
        tasks.append(S("6", "Quốc phòng, an ninh", ["Giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn."]))
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                       indicators: Sample.targetIndicators, assignments: Sample.taskAssignments)
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.kind == .added)
        #expect(diff.changes.first?.newId == "III.6" && diff.changes.first?.oldId == nil)
        #expect(diff.changes.first?.title == "Quốc phòng, an ninh")
    }

    @Test func indicatorValueChangeIsAWordDiffAndAField() {
        var targets = Sample.targets
        targets.children[0].text[0] = "- Tổng thu ngân sách trên địa bàn tăng bình quân 15%/năm."
        var indicator = Sample.targetIndicators[0]
        indicator.text = "Tổng thu ngân sách trên địa bàn tăng bình quân 15%/năm"
        indicator.value = 15
        let new = plan([Sample.purposes, targets, Sample.tasks(), Sample.organisation],
                       indicators: [indicator], assignments: Sample.taskAssignments)
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.count == 1)
        let change = diff.changes[0]
        #expect(change.oldId == "II.1" && change.newId == "II.1" && !change.renumbered && !change.moved)
        #expect(change.fields.map(\.path) == ["text", "indicator.value"])
        #expect(change.fields.last == Change.FieldChange(path: "indicator.value", old: "14%/năm", new: "15%/năm"))
        let ops = change.textDiff ?? []
        #expect(ops.filter { $0.op == .delete }.map(\.text) == ["14"])
        #expect(ops.filter { $0.op == .insert }.map(\.text) == ["15"])
        #expect(diff.summary.changed == 1)
    }

    @Test func leadUnitAndDeadlineChanges() {
        var tasks = Sample.tasks().children
        tasks[1].text = ["Huy động mọi nguồn lực đầu tư phát triển hạ tầng giao thông đô thị (Văn phòng HĐND và UBND chủ trì, năm 2026)."]
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                       indicators: Sample.targetIndicators,
                       assignments: [Assignment(sectionId: "III.2", lead: ["Văn phòng HĐND và UBND"],
                                                cooperating: ["Thuế cơ sở 1"], deadline: "Năm 2026",
                                                text: "Văn phòng HĐND và UBND chủ trì", lines: LineSpan(line: 20))])
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.count == 1)
        let fields = diff.changes.first?.fields ?? []
        #expect(fields.contains(.init(path: "assignment.lead", old: "Phòng Kinh tế, Hạ tầng và Đô thị", new: "Văn phòng HĐND và UBND")))
        #expect(fields.contains(.init(path: "assignment.deadline", old: "Thường xuyên", new: "Năm 2026")))
        #expect(!fields.contains { $0.path == "assignment.cooperating" })
    }

    @Test func sectionMovedToAnotherParent() {
        var tasks = Sample.tasks().children
        let moved = tasks.remove(at: 3)          // III.4 Văn hóa, xã hội
        tasks[3].number = "4"
        tasks[3].children[0].number = "4.1"
        tasks[3].children[1].number = "4.2"
        var organisation = Sample.organisation
        var child = moved
        child.number = "1"
        organisation.children = [child]
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), organisation],
                       indicators: Sample.targetIndicators, assignments: Sample.taskAssignments)
        let diff = differ.diff(old: Sample.base(), new: new)
        let changes = sections(diff)
        #expect(changes.count == 2)
        let movedChange = changes.first { $0.oldId == "III.4" }
        #expect(movedChange?.newId == "IV.1" && movedChange?.moved == true && movedChange?.renumbered == true)
        #expect(movedChange?.kind == .changed && movedChange?.fields.isEmpty == true)
        #expect(changes.contains { $0.oldId == "III.5" && $0.newId == "III.4" && !$0.moved })
    }

    @Test func retitledHeadingIsOneChange() {
        var tasks = Sample.tasks()
        tasks.title = "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"
        let new = plan([Sample.purposes, Sample.targets, tasks, Sample.organisation],
                       indicators: Sample.targetIndicators, assignments: Sample.taskAssignments)
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.oldId == "III" && diff.changes.first?.newId == "III")
        #expect(diff.changes.first?.fields.map(\.path) == ["title"])
    }

    @Test func rewrittenSectionUnderTheSameHeadingIsChanged() {
        var tasks = Sample.tasks().children
        tasks[3].text = ["Xây dựng đời sống văn minh đô thị, nếp sống văn hóa ở mỗi tổ dân phố."]
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                       indicators: Sample.targetIndicators, assignments: Sample.taskAssignments)
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.oldId == "III.4" && diff.changes.first?.fields.map(\.path) == ["text"])
    }

    @Test func unrelatedReplacementIsRemovedAndAdded() {
        var tasks = Sample.tasks().children
        tasks[3] = S("4", "Quốc phòng, an ninh", ["Giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn."])
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                       indicators: Sample.targetIndicators, assignments: Sample.taskAssignments)
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.map(\.kind) == [.removed, .added])
    }

    @Test func outputValidatesAgainstTheSchema() throws {
        var tasks = Sample.tasks().children
        tasks.swapAt(1, 2)
        tasks[1].number = "2"
        tasks[2].number = "3"
        tasks.append(S("6", "Quốc phòng, an ninh", ["Giữ vững an ninh chính trị."]))
        tasks.remove(at: 0)
        let new = plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                       number: "12-CTr/ĐU")
        let diff = differ.diff(old: Sample.base(), new: new)
        #expect(diff.changes.contains { $0.target == .document })
        let json = try PlanJSON.encode(diff)
        #expect(try SchemaValidator.errors(json: json, schema: "plan-diff.schema.json") == [])
    }
}

extension Assignment {
    func with(sectionId: String) -> Assignment {
        var copy = self
        copy.sectionId = sectionId
        return copy
    }
}
