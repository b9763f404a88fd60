import Testing
import PlanModel
@testable import Diff

/// Loose mode (one side OCR-repaired): a list of units that ran on into the task because OCR
/// misread the word that ends it is no change; a unit that really changed still is.
@Suite struct UnitRunOnTests {
    static func assignment(_ cooperating: [String], _ text: String) -> Assignment {
        Assignment(sectionId: "C.6", lead: ["Văn phòng Đảng ủy"], cooperating: cooperating, text: text, lines: LineSpan(line: 1))
    }

    static var facts: FieldComparison { FieldComparison(comparison: ComparisonText(loose: true)) }

    @Test func aListThatRanOnIntoTheTaskIsNoChange() {
        // 001 C.6 at 200 dpi: "thường xuyên" read "thống xuyên", so the cut before the task missed.
        let old = Self.assignment(["các cơ quan có liên quan"],
                                  "Giao Văn phòng Đảng ủy chủ trì, phối hợp với các cơ quan có liên quan thường xuyên theo dõi, kiểm tra.")
        let new = Self.assignment(["các cơ quan có liên quan thống xuyên"],
                                  "Giao Văn phòng Đảng ủy chủ trì, phối hợp với các cơ quan có liên quan thống xuyên theo dõi, kiểm tra.")
        #expect(Self.facts.assignments(old: [old], new: [new]).isEmpty)
        #expect(Self.facts.assignments(old: [new], new: [old]).isEmpty)
    }

    @Test func aUnitThatChangedIsReported() {
        // The extra word is not what the old sentence has after the unit.
        let old = Self.assignment(["Trung tâm Y tế"], "Giao Văn phòng Đảng ủy chủ trì, phối hợp với Trung tâm Y tế thường xuyên theo dõi.")
        let new = Self.assignment(["Trung tâm Y tế xã"], "Giao Văn phòng Đảng ủy chủ trì, phối hợp với Trung tâm Y tế xã thường xuyên theo dõi.")
        #expect(Self.facts.assignments(old: [old], new: [new]).map(\.path) == ["assignment.cooperating"])
        // A unit name added after the last one (a capital) is a change even where the old sentence goes on alike.
        let added = Self.assignment(["Trung tâm Y tế Công an"], "Giao Văn phòng Đảng ủy chủ trì, phối hợp với Trung tâm Y tế Công an theo dõi.")
        let before = Self.assignment(["Trung tâm Y tế"], "Giao Văn phòng Đảng ủy chủ trì, phối hợp với Trung tâm Y tế Công an theo dõi.")
        #expect(Self.facts.assignments(old: [before], new: [added]).map(\.path) == ["assignment.cooperating"])
        // Strict mode (clean text on both sides) never takes a run-on for noise.
        let strict = FieldComparison(comparison: ComparisonText(loose: false))
        let o = Self.assignment(["các cơ quan có liên quan"], "phối hợp với các cơ quan có liên quan thường xuyên theo dõi.")
        let n = Self.assignment(["các cơ quan có liên quan thường xuyên"], "phối hợp với các cơ quan có liên quan thường xuyên theo dõi.")
        #expect(strict.assignments(old: [o], new: [n]).map(\.path) == ["assignment.cooperating"])
    }
}
