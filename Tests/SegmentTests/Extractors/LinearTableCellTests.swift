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
}
