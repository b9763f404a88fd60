import Testing
@testable import Segment
import PlanModel

/// Linearised PDF tables whose rows cross a page break: after the repeated header each cell
/// goes on where it stopped, so its first words may be lowercase or finish a bullet item.
@Suite struct LinearTableCellTests {
    static func table(_ texts: [String]) -> Table? {
        LinearTableParser.parse(texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
    }

    static let header = ["STT Nhiệm vụ Sản phẩm đầu ra", "Tiến độ", "thực hiện", "Đơn vị", "chủ trì", "Đơn vị", "phối hợp"]

    @Test func bulletItemContinuesAfterPageBreak() throws {
        let lines = Self.header + [
            "1",
            "Đẩy mạnh xã hội hóa các hoạt động văn hóa,",
            "thể dục thể thao trên địa bàn phường",
            "- Các giải thể thao",
            "được tổ chức hằng năm",
            "Hằng năm",
            "UBND",
            "phường",
            "Các cơ quan, đơn vị liên",
            "quan",
            "2",
            "Nâng cao hiệu quả công tác dân số, củng cố y",
            "tế cơ sở, tăng cường vệ sinh môi trường và",
            "chăm sóc sức khỏe ban đầu cho Nhân dân",
            "- Trạm Y tế đạt chuẩn",
            "quốc gia",
            "- 100% hộ dân được",
            "tuyên truyền chăm sóc",
            "Duy trì hoạt",
            "động thường",
            "xuyên",
            "UBND",
            "phường",
            "MTTQ và các tổ chức",
            "chính trị - xã hội",
        ] + Self.header + [
            "sức khỏe, phòng dịch",
            "- 100% cơ sở kinh",
            "doanh thực phẩm ký",
            "cam kết ATTP",
            "3",
            "Xây dựng các trường học có cơ sở vật chất",
            "khang trang hiện đại, đáp ứng yêu cầu dạy và",
            "học",
            "- Các trường đạt chuẩn",
            "quốc gia",
            "Giai đoạn",
            "2025-2030",
            "UBND",
            "phường",
            "Các trường học",
        ]
        let rows = try #require(Self.table(lines)).rows
        let row = try #require(rows.first { $0.cells[0] == "2" })
        #expect(row.cells[1] == "Nâng cao hiệu quả công tác dân số, củng cố y tế cơ sở, tăng cường vệ sinh môi trường và chăm sóc sức khỏe ban đầu cho Nhân dân")
        #expect(row.cells[2] == "- Trạm Y tế đạt chuẩn quốc gia - 100% hộ dân được tuyên truyền chăm sóc sức khỏe, phòng dịch - 100% cơ sở kinh doanh thực phẩm ký cam kết ATTP")
    }

    @Test func lowercaseCellContinuesAfterPageBreak() throws {
        let header = ["STT Tên công trình Quy mô đầu tư", "Nguồn", "vốn", "Thời gian", "triển", "khai"]
        let lines = header + [
            "1 Dự án đầu tư xây",
            "dựng khu đô thị mới",
            "tại khu vực Tiểu",
            "Trà (30ha)",
            "Xây dựng nhà ở, khu thương mại",
            "dịch vụ, viện dưỡng lão.",
            "Ngoài",
            "NSNN 2025-",
            "2030",
            "2 Dự án đầu tư xây",
            "dựng khu đô thị mới",
            "Xây dựng nhà ở, trung tâm thương",
            "Ngoài",
            "NSNN",
            "2025-",
            "2030",
        ] + header + [
            "tại khu vực Phúc Lộc,",
            "Tiểu Trà (60 ha)",
            "mại dịch vụ, công viên, trường học",
            "3 Dự án đầu tư xây",
            "dựng khu đô thị mới",
            "tại khu vực Vân",
            "Quan (33ha)",
            "Xây dựng khu đô thị trí tuệ nhân",
            "tạo; trung tâm nghiên cứu, đào tạo",
            "Ngoài",
            "NSNN",
            "2025-",
            "2030",
        ]
        let rows = try #require(Self.table(lines)).rows
        let row = try #require(rows.first { $0.cells[0] == "2" })
        #expect(row.cells[1] == "Dự án đầu tư xây dựng khu đô thị mới tại khu vực Phúc Lộc, Tiểu Trà (60 ha)")
        #expect(row.cells[2] == "Xây dựng nhà ở, trung tâm thương mại dịch vụ, công viên, trường học")
        #expect(row.cells[3] == "Ngoài NSNN")
    }

    /// `Tray`, the last word of "ven sông Lạch Tray", wrapped alone onto a line before the
    /// funding cell's `Ngoài`: it ends the cell before, while a time cell's `Thường` that goes on
    /// lowercase (`xuyên hằng năm`) opens its own.
    @Test func strayWordBeforeAKindCellEndsThePreviousCell() throws {
        let header = ["STT Tên công trình Quy mô đầu tư", "Nguồn", "vốn", "Thời gian", "triển", "khai"]
        let lines = header + [
            "1 Dự án đầu tư xây",
            "dựng khu đô thị mới",
            "tại khu vực Tiểu",
            "Trà (30ha)",
            "Xây dựng nhà ở, khu thương mại",
            "dịch vụ, viện dưỡng lão.",
            "NSNN theo",
            "phân cấp",
            "Thường",
            "xuyên hằng",
            "năm",
            "2",
            "Dự án đầu tư xây",
            "dựng khu đô thị mới",
            "ven sông Lạch Tray",
            "(1,98 ha)",
            "Xây dựng nhà ở thương mại phục vụ",
            "chỉnh trang đô thị ven sông Lạch",
            "Tray",
            "Ngoài",
            "NSNN",
            "2025-",
            "2030",
        ]
        let rows = try #require(Self.table(lines)).rows
        #expect(rows.map(\.cells) == [
            ["1", "Dự án đầu tư xây dựng khu đô thị mới tại khu vực Tiểu Trà (30ha)",
             "Xây dựng nhà ở, khu thương mại dịch vụ, viện dưỡng lão.", "NSNN theo phân cấp", "Thường xuyên hằng năm"],
            ["2", "Dự án đầu tư xây dựng khu đô thị mới ven sông Lạch Tray (1,98 ha)",
             "Xây dựng nhà ở thương mại phục vụ chỉnh trang đô thị ven sông Lạch Tray", "Ngoài NSNN", "2025-2030"],
        ])
    }

    /// `Ngoài`, the funding cell's first word, printed at the end of the scale cell's line.
    @Test func fundingWordPrintedOnAnotherCellsLine() throws {
        let header = ["STT Tên công trình Quy mô đầu tư", "Nguồn", "vốn", "Thời gian", "triển", "khai"]
        let lines = header + [
            "1 Dự án đầu tư xây",
            "dựng khu đô thị mới",
            "tại khu vực Tiểu",
            "Trà (30ha)",
            "Xây dựng nhà ở, khu thương mại",
            "dịch vụ, viện dưỡng lão.",
            "NSNN theo",
            "phân cấp",
            "2026-",
            "2030",
            "2 Dự án đầu tư xây",
            "dựng khu đô thị mới tại",
            "khu vực Phúc Lộc",
            "Xây dựng nhà ở, trung tâm thương Ngoài",
            "NSNN",
            "2025-",
            "2030",
        ]
        let rows = try #require(Self.table(lines)).rows
        #expect(rows.last?.cells == ["2", "Dự án đầu tư xây dựng khu đô thị mới tại khu vực Phúc Lộc",
                                     "Xây dựng nhà ở, trung tâm thương", "Ngoài NSNN", "2025-2030"])
        func split(_ text: String) -> [String] {
            LinearTableParser.splitFundingWord(LinearTableParser.Line(text: text, number: 1)).map(\.text)
        }
        #expect(split("trung tâm thương Ngoài") == ["trung tâm thương", "Ngoài"])
        #expect(split("huy động nguồn vốn") == ["huy động nguồn vốn"])
        #expect(split("Khu Ngoài") == ["Khu Ngoài"])
        #expect(split("nguồn NSNN") == ["nguồn NSNN"])
        #expect(split("Ngoài") == ["Ngoài"])
    }

    /// Three rows cut as printed, repeated as rows 1…9, so that the columns' widths are known
    /// (a width is the 95th percentile of the column's lines).
    static let plainRows: [String] = (0..<3).flatMap { copy -> [String] in
        [
            "\(3 * copy + 1)",
            "Tổ chức quán triệt, triển khai thực hiện Nghị",
            "quyết của Đảng bộ phường nhiệm kỳ 2025-2030",
            "Kế hoạch, hội nghị",
            "quán triệt",
            "Năm 2025",
            "Ban Xây dựng",
            "Đảng",
            "Văn phòng Đảng ủy; các",
            "chi bộ, đảng bộ trực thuộc",
            "\(3 * copy + 2)",
            "Đẩy mạnh cải cách hành chính, nâng cao chỉ",
            "số hài lòng của người dân và doanh nghiệp",
            "- Kế hoạch cải cách hành",
            "chính hằng năm",
            "Hằng năm",
            "UBND",
            "phường",
            "Các cơ quan, đơn vị liên",
            "quan",
            "\(3 * copy + 3)",
            "Xây dựng các trường học có cơ sở vật chất",
            "khang trang hiện đại, đáp ứng yêu cầu dạy và",
            "học",
            "- Các trường đạt chuẩn",
            "quốc gia",
            "Giai đoạn",
            "2025-2030",
            "UBND",
            "phường",
            "Các trường học",
        ]
    }

    @Test func oneLineHoldingSeveralCells() throws {
        // Row 10's first printed line holds its first three cells (the PDF put the words
        // printed on one baseline on one line).
        let lines = Self.header + Self.plainRows + [
            "10 Hoàn thành quy hoạch tỷ lệ 1/2000 phường Đồ án được phê duyệt Năm 2026",
            "UBND",
            "phường",
            "Chủ đầu tư, Sở Xây",
            "dựng",
        ]
        let rows = try #require(Self.table(lines)).rows
        let ten = try #require(rows.first { $0.cells[0] == "10" })
        #expect(ten.cells == ["10", "Hoàn thành quy hoạch tỷ lệ 1/2000 phường", "Đồ án được phê duyệt", "Năm 2026",
                              "UBND phường", "Chủ đầu tư, Sở Xây dựng"])
        // The other rows are as printed; a line that fits its column is not cut.
        for row in rows where row.cells[0] != "10" {
            #expect(row.cells[3].hasPrefix("Năm") || row.cells[3].hasPrefix("Hằng") || row.cells[3].hasPrefix("Giai"))
        }
        let one = try #require(rows.first { $0.cells[0] == "1" })
        #expect(one.cells == ["1", "Tổ chức quán triệt, triển khai thực hiện Nghị quyết của Đảng bộ phường nhiệm kỳ 2025-2030",
                              "Kế hoạch, hội nghị quán triệt", "Năm 2025", "Ban Xây dựng Đảng",
                              "Văn phòng Đảng ủy; các chi bộ, đảng bộ trực thuộc"])
    }

    @Test func bulletPrintedOnTheLineOfTheCellBefore() throws {
        // After the page break, one printed line holds the end of "Nhiệm vụ" and a new bullet
        // of "Sản phẩm đầu ra", wider than the "Nhiệm vụ" column.
        let lines = Self.header + Self.plainRows + [
            "10",
            "Ưu tiên đầu tư cơ sở vật chất, trang thiết bị",
            "đáp ứng yêu cầu hiện đại hóa nền hành",
            "chính. Triển khai các giải pháp giám sát, bảo",
            "đảm an toàn, an ninh thông tin cho chuyển",
            "- Trang thiết bị CNTT",
            "hiện đại phục vụ công",
            "việc của cán bộ",
            "Hằng năm",
            "UBND",
            "phường",
            "Các cơ quan, đơn vị liên",
            "quan",
        ] + Self.header + [
            "đổi số trong toàn hệ thống chính trị - Hồ sơ cấp độ an toàn",
            "thông tin",
        ]
        let rows = try #require(Self.table(lines)).rows
        let ten = try #require(rows.first { $0.cells[0] == "10" })
        #expect(ten.cells[1] == "Ưu tiên đầu tư cơ sở vật chất, trang thiết bị đáp ứng yêu cầu hiện đại hóa nền hành chính. Triển khai các giải pháp giám sát, bảo đảm an toàn, an ninh thông tin cho chuyển đổi số trong toàn hệ thống chính trị")
        #expect(ten.cells[2] == "- Trang thiết bị CNTT hiện đại phục vụ công việc của cán bộ - Hồ sơ cấp độ an toàn thông tin")
    }

    @Test func inlineCutsOfACellOpener() {
        let kinds: [ColumnKind?] = [nil, nil, nil, .time, .unit, .unit]
        let line = "Kiểm tra chuyên đề, giám sát chuyên đề Chương trình, Kế Giai đoạn UBKT Ban Xây dựng Đảng;"
        let cuts = InlineCuts.cuts(line, kinds: kinds)
        #expect(cuts == InlineCuts.cutsCharacters(line, kinds: kinds))
        let bytes = Array(line.utf8)
        let starts = cuts.map { String(decoding: bytes[$0.offset...].prefix(while: { $0 != 0x20 }), as: UTF8.self) }
        // Not before "Kế" (after a comma): a capital after a lowercase letter, or an opener.
        #expect(starts == ["Chương", "Giai", "UBKT", "Ban", "Xây", "Đảng;"])
        #expect(cuts.map(\.cost) == [3, 2, 2, 2, 3, 3])
        // A dash inside a name is a candidate only before a capital: "chính trị - xã hội" is not.
        #expect(InlineCuts.cuts("MTTQ và các tổ chức chính trị - xã hội", kinds: kinds).isEmpty)
        #expect(InlineCuts.cuts("chính trị - Hồ sơ", kinds: kinds).map(\.offset) == [Array("chính trị ".utf8).count])
    }
}
