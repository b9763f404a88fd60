import Testing
@testable import Segment
import PlanModel

@Suite struct StatedCountCheckerExtractorTests {
    /// Seed 001: PHỤ LỤC 2 row 1.7 states "09 công trình giao thông, 07 công trình trường học,
    /// 03 công trình nhà văn hoá, 01 chỉnh trang đô thị" funded theo phân cấp; PHỤ LỤC 1 lists
    /// 9, 7, 6 and 1 such works: the 03 is a real mismatch.
    @Test func seed001WorksCountedAgainstAppendixOne() throws {
        let (paragraphs, lines) = SeedRegions.appendixRegion(try SeedRegions.normalized("001_a820fea86ef87c1d"))
        let appendices = AppendixParser.parse(paragraphs, lines: lines)
        let warnings = StatedCountChecker.check(sections: [], appendices: appendices)
        #expect(warnings.count == 1)
        let w = try #require(warnings.first)
        #expect(w.code == .statedCountMismatch)
        #expect(w.line == 3694)
        #expect(w.message.contains("3 công trình nhà văn hoá"))
        #expect(w.message.contains("PHỤ LỤC 1, group III"))
        #expect(w.message.contains("lists 6"))
    }

    @Test func inlineListAndSectionChildren() {
        let paren = { (n: Int) in
            Section(id: "II.2.(\(n))", marker: "(\(n))", number: "\(n)", style: .paren, title: "Chỉ tiêu \(n)", lines: LineSpan(line: 10 + n))
        }
        let targets = Section(id: "II.2", marker: "2.", number: "2", style: .arabic, title: "Các chỉ tiêu chủ yếu",
                              children: (1...13).map(paren), lines: LineSpan(10, 30))
        let intro = Section(id: "II.1", marker: "1.", number: "1", style: .arabic, title: "Mục tiêu tổng quát", blocks: [
            Block(kind: .paragraph, text: "Kế hoạch đề ra 14 chỉ tiêu chủ yếu.", lines: LineSpan(line: 8)),
            Block(kind: .paragraph, text: "Xây dựng đội ngũ với 3 nhóm tiêu chí về: trình độ, năng lực; chuyển đổi số; kỹ năng giao tiếp.", lines: LineSpan(line: 9)),
            Block(kind: .paragraph, text: "Hằng năm, xây dựng ít nhất 03 mô hình dân vận khéo.", lines: LineSpan(line: 9)),
        ], lines: LineSpan(7, 9))
        let warnings = StatedCountChecker.check(sections: [intro, targets], appendices: [])
        #expect(warnings.count == 1)
        #expect(warnings.first?.sectionId == "II.1")
        #expect(warnings.first?.line == 8)
        #expect(warnings.first?.message == "the text states 14 chỉ tiêu chủ yếu but section II.2 (Các chỉ tiêu chủ yếu) has 13")
    }
}
