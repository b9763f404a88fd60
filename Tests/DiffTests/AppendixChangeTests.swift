import Testing
@testable import Diff
@testable import Pipeline

/// Appendix tables compared row by row, cell by cell.
@Suite struct AppendixChangeTests {
    static func appendix(_ rows: [[String]], title: String = "CHỈ TIÊU CHỦ YẾU", text: String = "(Kèm theo Kế hoạch số 103/KH-UBND)") -> Appendix {
        Appendix(label: "PHỤ LỤC 1", title: title, tables: [
            Table(columns: ["TT", "Tên chỉ tiêu", "Năm 2030"],
                  rows: rows.enumerated().map { TableRow(cells: $0.element, lines: LineSpan(line: 100 + $0.offset)) })],
                 blocks: [Block(kind: .paragraph, text: text, lines: LineSpan(line: 99))])
    }

    static let rows = [["1", "Thu ngân sách tăng bình quân", "14%"],
                       ["2", "Tỷ lệ đô thị hóa", "100%"],
                       ["3", "Tỷ lệ hộ nghèo", "dưới 0,5%"]]

    func diff(_ old: Appendix, _ new: Appendix) -> [Change] {
        PlanDiffer().diff(old: plan([], appendices: [old]), new: plan([], appendices: [new])).changes
    }

    @Test func insertedRowRenumbersTheRestWithoutCellChanges() {
        let new = [["1", "Số doanh nghiệp thành lập mới", "300"]] + Self.rows.map { [String(Int($0[0])! + 1)] + $0.dropFirst() }
        let changes = diff(Self.appendix(Self.rows), Self.appendix(new))
        #expect(changes.map(\.kind) == [.added, .changed, .changed, .changed])
        #expect(changes[0].newId == "PHỤ LỤC 1#1.1" && changes[0].title == "Số doanh nghiệp thành lập mới")
        #expect(changes.dropFirst().allSatisfy { $0.renumbered && $0.fields.isEmpty })
    }

    @Test func changedCellIsAField() {
        var new = Self.rows
        new[2][2] = "dưới 0,3%"
        let changes = diff(Self.appendix(Self.rows), Self.appendix(new))
        #expect(changes.count == 1)
        #expect(changes.first?.fields == [.init(path: "cell.Năm 2030", old: "dưới 0,5%", new: "dưới 0,3%")])
        #expect(changes.first?.oldId == "PHỤ LỤC 1#1.3" && changes.first?.renumbered == false)
    }

    @Test func titleAndTextOfTheAppendix() {
        let changes = diff(Self.appendix(Self.rows),
                           Self.appendix(Self.rows, title: "CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030",
                                         text: "(Kèm theo Kế hoạch số 120/KH-UBND)"))
        #expect(changes.count == 1)
        #expect(changes.first?.fields.map(\.path) == ["appendix.title", "appendix.text"])
        #expect(changes.first?.textDiff?.contains(.init(op: .insert, text: "120")) == true)
    }
}
