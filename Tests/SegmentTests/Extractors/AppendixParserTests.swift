import Testing
@testable import Segment
import PlanModel

@Suite struct AppendixParserExtractorTests {
    @Test func seed003TabTableWithTwoRowHeader() throws {
        let (paragraphs, lines) = SeedRegions.appendixRegion(try SeedRegions.normalized("003_80b10907ed40827a"))
        let appendices = AppendixParser.parse(paragraphs, lines: lines)
        #expect(appendices.count == 1)
        let a = try #require(appendices.first)
        #expect(a.label == "PHỤ LỤC")
        #expect(a.title == "THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2026 - 2030")
        #expect(a.blocks.first?.text == "(Kèm theo Kế hoạch số /KH-UBND, ngày tháng 03 năm 2026 của Ủy ban nhân dân phường Thạch Khê)")
        #expect(a.blocks.first?.lines == LineSpan(line: 223))
        #expect(a.blocks.map(\.text).contains("I. Các chỉ tiêu chủ yếu giai đoạn 2026-2030"))
        let table = try #require(a.tables.first)
        #expect(table.columns == ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch 05 năm 2026 - 2030: Đến năm 2030",
                                  "Kế hoạch 05 năm 2026 - 2030: Bình quân năm", "Cơ quan chủ trì tham mưu",
                                  "Cơ quan phối hợp thực hiện"])
        #expect(table.rows.first == TableRow(cells: ["1", "Thu ngân sách nhà nước trên địa bàn", "%", "", "≥ 15",
                                                     "Phòng KTHTĐT", "Tổ dân phố"], lines: LineSpan(line: 229)))
        #expect(table.rows.count == 27)
        #expect(table.rows.allSatisfy { $0.cells.count == 7 })
        // "-" sub-rows are rows; a row without number (line 245) too.
        #expect(table.rows[2].cells.prefix(2) == ["-", "Công nghiệp – Xây dựng"])
        let unnumbered = try #require(table.rows.first { $0.lines == LineSpan(line: 245) })
        #expect(unnumbered.cells[0] == "" && unnumbered.cells[3] == "≥ 61,03%")
        // The wrapped cell on line 256 joins row 14.
        let fourteen = try #require(table.rows.first { $0.cells[0] == "14" })
        #expect(fourteen.lines == LineSpan(254, 256))
        #expect(fourteen.cells[4] == "≥ 75; ≥ 90 % với tội phạm rất nghiêm trọng và đặc biệt nhằm")
        #expect(table.rows.filter { $0.cells[0].allSatisfy(\.isNumber) && !$0.cells[0].isEmpty }.count == 15)
    }

    @Test func seed001LinearisedTables() throws {
        let (paragraphs, lines) = SeedRegions.appendixRegion(try SeedRegions.normalized("001_a820fea86ef87c1d"))
        let appendices = AppendixParser.parse(paragraphs, lines: lines)
        #expect(appendices.map(\.label) == ["PHỤ LỤC 1", "PHỤ LỤC 2"])
        let one = appendices[0]
        #expect(one.title == "MỘT SỐ CÔNG TRÌNH, DỰ ÁN TRÊN ĐỊA BÀN PHƯỜNG GIAI ĐOẠN 2026-2030")
        #expect(one.blocks.first?.text == "(Kèm theo Chương trình hành động số 09-CTr/ĐU, ngày 13/10/2025 của Ban Chấp hành Đảng bộ)")
        let t1 = try #require(one.tables.first)
        #expect(t1.columns == ["STT", "Tên công trình", "Quy mô đầu tư", "Nguồn vốn", "Thời gian triển khai"])
        #expect(t1.rows.first == TableRow(cells: ["I", "Nhóm các công trình giao thông", "", "", ""], lines: LineSpan(line: 1265)))
        #expect(t1.rows[1] == TableRow(cells: [
            "1",
            "Đầu tư xây dựng tuyến đường 25m và cầu trước cửa Trụ sở phòng cháy khu vực 6 kết nối đường Kênh Hòa Bình",
            "- Bề rộng nền đường Bn=25m - Bề rộng mặt đường Bm=15m - Bề rộng hè đường Bhe=2x5m - Xây dựng cầu rộng 25m - Xây dựng hệ thống hạ tầng kỹ thuật đồng bộ - Xây dựng cầu qua kênh Hòa Bình",
            "NSNN theo phân cấp", "2026-2030"], lines: LineSpan(1267, 1305)))
        // Group rows I–IV and 11 + 8 + 6 + 7 numbered rows; the number restarts after each group.
        #expect(t1.rows.filter { TableGroupNumeral.value($0.cells[0]) != nil }.map { $0.cells[0] } == ["I", "II", "III", "IV"])
        #expect(t1.rows.count == 36)
        // Row II.8 continues after a page break (its last two items come after the repeated header).
        let schoolEight = t1.rows[20]
        #expect(schoolEight.cells[1] == "Trường THPT Mạc Đĩnh Chi")
        #expect(schoolEight.cells[2].hasSuffix("- Xây dựng khu nhà để xe giáo viên 315m2… và các công trình phụ trợ"))
        #expect(schoolEight.cells[3] == "NSTP" && schoolEight.cells[4] == "2025-2027")

        // "NSNN 2025-" printed on one line: the year goes to the time column.
        #expect(t1.rows[31].cells == ["3", "Dự án đầu tư xây dựng khu đô thị mới tại khu vực Tiểu Trà (30ha)",
                                      "Xây dựng nhà ở, khu thương mại dịch vụ, viện dưỡng lão.", "Ngoài NSNN", "2025-2030"])

        let two = appendices[1]
        let t2 = try #require(two.tables.first)
        #expect(t2.columns == ["STT", "Nhiệm vụ", "Sản phẩm đầu ra", "Tiến độ thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"])
        #expect(t2.rows[1].cells == ["1", "Công tác chính trị, tư tưởng và đạo đức cách mạng của Đảng bộ phường", "", "", "", ""])
        #expect(t2.rows[2].cells == ["1.1",
            "Tiếp tục thực hiện Chương trình hành động số 40-CTr/TU của Ban Thường vụ Thành ủy Hải Phòng thực hiện Nghị quyết số 07-NQ/TU về đổi mới, nâng cao chất lượng, hiệu quả công tác tư tưởng của Đảng bộ thành phố Hải Phòng",
            "Chương trình, Kế hoạch và tổ chức thực hiện", "Thực hiện thường xuyên", "Ban Xây dựng Đảng",
            "Văn phòng Đảng ủy; MTTQ và các tổ chức chính trị - xã hội; Trung tâm Chính trị; các chi bộ, đảng bộ trực thuộc Đảng ủy"])
        #expect(t2.rows[2].lines == LineSpan(2260, 2304))
    }

    @Test func rowNumbersFollowTheSequence() {
        let one = RowNumber.parse("1", after: nil)?.number
        #expect(one?.parts == [1])
        #expect(RowNumber.parse("2030", after: one) == nil)
        #expect(RowNumber.parse("3 đến đường Vành", after: RowNumber(text: "2", parts: [2], isRoman: false)) == nil)
        #expect(RowNumber.parse("1.1", after: one)?.number.parts == [1, 1])
        #expect(RowNumber.parse("2 Dự án đầu tư xây", after: one)?.rest == "Dự án đầu tư xây")
        #expect(RowNumber.parse("II Nhóm các công trình giáo dục", after: one, lastRoman: 1)?.number.isRoman == true)
        #expect(RowNumber.parse("26", after: RowNumber(text: "2.2", parts: [2, 2], isRoman: false)) == nil)
        #expect(RowNumber.parse("7.6", after: RowNumber(text: "7.6", parts: [7, 6], isRoman: false))?.number.parts == [7, 6])
        let merged = LinearTableParser.splitYear(LinearTableParser.Line(text: "NSNN 2025-", number: 9))
        #expect(merged.map(\.text) == ["NSNN", "2025-"])
        #expect(LinearTableParser.splitYear(LinearTableParser.Line(text: "Giai đoạn 2025-2030", number: 9)).count == 1)
    }

    @Test func labels() {
        #expect(AppendixParserImpl.label("PHỤ LỤC") == "PHỤ LỤC")
        #expect(AppendixParserImpl.label("PHỤ LỤC 2") == "PHỤ LỤC 2")
        #expect(AppendixParserImpl.label("PHỤ LỤC II") == "PHỤ LỤC II")
        #expect(AppendixParserImpl.label("PHỤ LỤC KÈM THEO CÁC NỘI DUNG") == nil)
        #expect(AppendixParserImpl.label("PHU LUC 1") == "PHỤ LỤC 1")
    }
}
