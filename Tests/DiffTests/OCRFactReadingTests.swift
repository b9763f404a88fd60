import Testing
import PlanModel
@testable import Diff

/// Loose mode (one side OCR-repaired): facts read differently because OCR misread a word
/// around them are no change — a list of units that ran on into the task because the word
/// ending it was misread, a year whose "năm" was misread — while a real change still is.
@Suite struct OCRFactReadingTests {
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

    @Test func aYearWhoseWordWasMisreadIsNoChange() {
        // 004 II.8.2 at 200 dpi: "đến năm 2030 đạt 40%" repaired as "đến ném 2030 đạt 40%".
        let old = Indicator(sectionId: "II.8.2", text: "Tỷ lệ thực phẩm bao gói đến năm 2030 đạt 40%", value: 40, unit: "%",
                            comparator: .equal, year: 2030, lines: LineSpan(line: 1))
        var new = old
        new.text = "Tỷ lệ thực phẩm bao gói đến ném 2030 đạt 40%"
        new.year = nil
        #expect(Self.facts.indicators(old: [old], new: [new]).isEmpty)
        // The year gone from the text is a change; so is another year.
        var gone = new
        gone.text = "Tỷ lệ thực phẩm bao gói đạt 40%"
        #expect(Self.facts.indicators(old: [old], new: [gone]).map(\.path) == ["indicator.year"])
        var other = old
        other.text = "Tỷ lệ thực phẩm bao gói đến năm 2031 đạt 40%"
        other.year = 2031
        #expect(Self.facts.indicators(old: [old], new: [other]).map(\.path) == ["indicator.year"])
    }
}
