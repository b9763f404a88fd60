import Testing
@testable import Segment
import PlanModel

/// Odd input never crashes or hangs an extractor: pseudo-random lines built from the pieces
/// plans are made of (numbers, markers, labels, tabs, Vietnamese words).
@Suite struct ExtractorRobustnessTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = ["PHỤ LỤC", "PHỤ LỤC 2", "STT", "TT", "Nơi nhận:", "- ", "+ ", "TM.", "KT. CHỦ TỊCH", "1", "2", "1.1",
                         "IV", "2026-", "2030", "\t", "\t\t", "(", ")", "Phòng Kinh tế", "chủ trì", "phối hợp với", "Giao",
                         "97,45%", "1.000", "≥", "trở lên", "đến năm", "Đơn vị chủ trì:", "Thời gian thực hiện:", ";", ",",
                         ".", ":", "trước ngày", "15/12", "03 đột phá", "chỉ tiêu", "Mục tiêu:", "ít nhất", "—", "İ", "ß", ""]

    static func line(_ g: inout Generator) -> String {
        (0..<g.next(8)).map { _ in pieces[g.next(pieces.count)] }.joined(separator: g.next(3) == 0 ? "" : " ")
    }

    @Test func randomLinesThroughEveryExtractor() {
        var g = Generator(state: 42)
        for round in 0..<60 {
            let count = 1 + g.next(round % 10 == 0 ? 400 : 60)
            let lines = (0..<count).map { SourceLine(number: $0 + 1, text: Self.line(&g)) }
            let paragraphs = lines.map { Paragraph(text: $0.text, lines: LineSpan(line: $0.number)) }
            let appendices = AppendixParser.parse(paragraphs, lines: lines)
            _ = ClosingParser.parse(paragraphs)
            let blocks = paragraphs.map { Block(kind: $0.text.hasPrefix("-") ? .item : .paragraph, text: $0.text, lines: $0.lines) }
            let section = Section(id: "I", marker: "I.", number: "I", style: .roman, title: Self.line(&g), blocks: blocks, children: [
                Section(id: "I.1", marker: "1.", number: "1", style: .arabic, title: "Các chỉ tiêu chủ yếu", blocks: blocks,
                        lines: LineSpan(1, count)),
            ], lines: LineSpan(1, count))
            _ = IndicatorExtractor.extract(from: [section])
            _ = AssignmentExtractor.extract(from: [section])
            _ = StatedCountChecker.check(sections: [section], appendices: appendices)
        }
    }

    @Test func aTableRowWithThousandsOfLinesIsLeftUncut() {
        var lines = [SourceLine(number: 1, text: "PHỤ LỤC"), SourceLine(number: 2, text: "STT Nội dung Ghi chú"),
                     SourceLine(number: 3, text: "1")]
        for i in 0..<3000 { lines.append(SourceLine(number: 4 + i, text: "nội dung dòng \(i)")) }
        let appendices = AppendixParser.parse([], lines: lines)
        #expect(appendices.first?.tables.first?.rows.count == 1)
    }
}
