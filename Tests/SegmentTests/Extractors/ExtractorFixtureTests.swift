import Testing
@testable import Segment
import PlanModel

/// A small plan ending written for these tests (not a seed): a deputy's signature and a
/// linearised table of another shape (four columns, header cells wrapped, Roman groups).
@Suite struct ExtractorFixtureTests {
    @Test func linearisedTableOfAnotherShape() throws {
        let text = try SeedRegions.normalized(fixture: "phu-luc-tuyen-tinh.txt")
        let (paragraphs, lines) = SeedRegions.appendixRegion(text)
        let appendices = AppendixParser.parse(paragraphs, lines: lines)
        let a = try #require(appendices.first)
        #expect(a.label == "PHỤ LỤC")
        #expect(a.title == "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026")
        #expect(a.blocks.first?.text == "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã Tân Lập)")
        #expect(a.blocks.first?.lines == LineSpan(12, 13))
        let t = try #require(a.tables.first)
        #expect(t.columns == ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"])
        #expect(t.rows.map(\.cells) == [
            ["I", "Lĩnh vực kinh tế", "", ""],
            ["1", "Rà soát, cập nhật quy hoạch sử dụng đất năm 2026", "Phòng Kinh tế", "Quý I/2026"],
            ["2", "Hỗ trợ 15 hộ kinh doanh chuyển đổi thành doanh nghiệp", "Phòng Kinh tế", "Năm 2026"],
            ["II", "Lĩnh vực văn hóa - xã hội", "", ""],
            ["1", "Tổ chức Đại hội Thể dục thể thao xã lần thứ II", "Phòng Văn hóa - Xã hội", "Tháng 6/2026"],
            ["2", "Hoàn thành chuyển đổi số hồ sơ địa chính", "Văn phòng HĐND và UBND xã", "Thường xuyên"],
        ])
        #expect(t.rows[1].lines == LineSpan(19, 25))
    }

    @Test func closingOfTheFixture() throws {
        let text = try SeedRegions.normalized(fixture: "phu-luc-tuyen-tinh.txt")
        let parts = ClosingParser.parse(SeedRegions.closingRegion(text))
        #expect(parts.recipients == ["Thường trực Huyện ủy", "Các phòng, ban, đơn vị thuộc UBND xã", "Lưu: VT"])
        #expect(parts.signature == Signature(authority: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Thị Mai"))
    }
}
