import Foundation
import Testing
import PlanModel
@testable import Normalize
import TestSupport

/// Layout repair on the seeds and on the printed-lines fixture.
@Suite struct LayoutRepairTests {
    /// The file's lines as extracted (UTF-8 text, LF line ends; this suite does not depend on Ingest).
    static func extract(_ path: String) throws -> ExtractedText {
        let text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        let lines = parts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        return ExtractedText(source: SourceInfo(path: path, format: .text, sha256: "", encoding: "utf-8"), lines: lines)
    }

    static func repaired(_ path: String) throws -> (text: NormalizedText, layout: ExtractedText.Layout) {
        let extracted = try extract(path)
        let lines = extracted.lines.map { line -> SourceLine in
            var copy = line
            copy.text = TextNormalizer().normalize(line.text)
            return copy
        }
        let result = LayoutRepair(layout: .unknown).repair(lines: lines, rawLines: extracted.lines)
        return (Normalizer().normalize(extracted), result.layout)
    }

    static func seed(_ name: String) throws -> (text: NormalizedText, layout: ExtractedText.Layout) {
        try repaired(TestPaths.seed(name).path)
    }

    /// The paragraph that starts at source line `first`.
    static func paragraph(_ text: NormalizedText, at first: Int) -> Paragraph? {
        text.paragraphs.first { $0.lines.first == first }
    }

    @Test func detectsLayouts() throws {
        #expect(try Self.seed("001_a820fea86ef87c1d.txt").layout == .printedLines)
        #expect(try Self.seed("003_80b10907ed40827a.txt").layout == .paragraphs)
        #expect(try Self.seed("004_a55728677e93c42b.txt").layout == .paragraphs)
        #expect(try Self.repaired(TestPaths.fixtures.appendingPathComponent("plans/in-pdf-ngat-dong.txt").path).layout == .printedLines)
    }

    /// 001 prints page numbers 26 and 32 (lines 2550, 3513) at the foot of two appendix pages.
    /// Its appendix tables repeat their header lines at each page top: table structure, not
    /// furniture; they stay for the appendix parser, which reads its page breaks from them.
    @Test func removesPageFurnitureFrom001() throws {
        let text = try Self.seed("001_a820fea86ef87c1d.txt").text
        let numbers = Set(text.lines.map(\.number))
        #expect(!numbers.contains(2550) && !numbers.contains(3513))
        // Table row numbers alone on a line stay, and so do table cells closing a page.
        #expect(numbers.isSuperset(of: [1267, 2476, 4885, 1413, 1891, 3172]))
        // The repeated table headers stay.
        #expect(numbers.isSuperset(of: [1254, 1414, 1415, 1423, 2076, 2243, 2393, 2555]))
        // 2529 non-blank lines − 2 page numbers.
        #expect(text.lines.count == 2529 - 2)
    }

    /// A one-line running header repeated at page tops goes; a footer needs most pages.
    @Test func runningHeaderAndTableHeader() {
        func line(_ n: Int, _ text: String, page: Bool = false) -> LayoutLine {
            LayoutLine(number: n, text: text, pageStart: page, page: nil, lowConfidenceWords: [])
        }
        let lines = [
            line(1, "Nội dung trang một."), line(2, "STT Nội dung"), line(3, "Đơn vị"), line(4, "1"), line(5, "Đường"),
            line(6, "Kế hoạch số 12/KH-UBND", page: true), line(7, "Nội dung trang hai."),
            line(8, "STT Nội dung", page: true), line(9, "Đơn vị"), line(10, "2"), line(11, "Cầu"),
            line(12, "Kế hoạch số 12/KH-UBND", page: true), line(13, "Nội dung trang ba."),
            line(14, "STT Nội dung", page: true), line(15, "Đơn vị"), line(16, "3"), line(17, "Chợ"),
        ]
        #expect(LayoutFurniture.find(lines) == [5, 11])
    }

    @Test func joinsWrappedLinesOf001() throws {
        let text = try Self.seed("001_a820fea86ef87c1d.txt").text
        // An upper-case heading wrapped after fewer characters.
        #expect(Self.paragraph(text, at: 72)?.text == "I. CÁC CHƯƠNG TRÌNH VỀ CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ")
        #expect(Self.paragraph(text, at: 72)?.lines == LineSpan(72, 74))
        // A full heading line, then "a)": the numbering expects it, so it starts a paragraph.
        #expect(Self.paragraph(text, at: 76)?.lines == LineSpan(76, 76))
        #expect(Self.paragraph(text, at: 78)?.text == "a) Mục tiêu:")
        // Across a page break (81 starts a page).
        #expect(Self.paragraph(text, at: 80)?.lines == LineSpan(80, 83))
        // "02 cấp." at the start of a wrapped line is text.
        #expect(Self.paragraph(text, at: 198)?.text.contains("chính quyền địa phương 02 cấp. Hoàn thiện") == true)
        // A full line ending with a full stop inside a justified paragraph.
        #expect(Self.paragraph(text, at: 957)?.lines == LineSpan(957, 983))
        // A recipient line wrapped after a comma.
        #expect(Self.paragraph(text, at: 1216)?.text == "- Đ/c Nguyễn Đình Chuyến - UVBTVTU, Trưởng ban Nội chính Thành ủy (để báo cáo),")
        // Header lines stay apart.
        #expect(Self.paragraph(text, at: 21)?.text == "CHƯƠNG TRÌNH HÀNH ĐỘNG")
        #expect(Self.paragraph(text, at: 23)?.text == "CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG")
        #expect(Self.paragraph(text, at: 24)?.text == "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030")
        #expect(Self.paragraph(text, at: 42)?.text == "A. MỤC ĐÍCH, YÊU CẦU")
        // "Hải Phòng thực hiện Nghị quyết số 07-" + "NQ/TU": the hyphen stays, no space.
        #expect(text.paragraphs.contains { $0.text.contains("Nghị quyết số 07-NQ/TU về đổi mới") })
    }

    /// DOCX text cut mid-sentence (a page break in the source) is joined when the next line
    /// starts with a small letter; other lines are paragraphs as they are.
    @Test func joinsBrokenDocxParagraphs() throws {
        let t3 = try Self.seed("003_80b10907ed40827a.txt").text
        #expect(Self.paragraph(t3, at: 91)?.lines == LineSpan(91, 93))
        #expect(Self.paragraph(t3, at: 187)?.lines == LineSpan(187, 189))
        #expect(Self.paragraph(t3, at: 214)?.text == "**TM. ỦY BAN NHÂN DÂN")
        let row = try #require(Self.paragraph(t3, at: 229))
        #expect(row.cells == ["1", "Thu ngân sách nhà nước trên địa bàn", "%", "", "≥ 15", "Phòng KTHTĐT", "Tổ dân phố"])
        let t4 = try Self.seed("004_a55728677e93c42b.txt").text
        #expect(Self.paragraph(t4, at: 287)?.text == "9.5 Thực hiện đồng bộ các giải pháp giảm nghèo bền vững, phấn đấu đến năm 2030 không còn hộ nghèo theo chuẩn nghèo đa chiều.")
        #expect(Self.paragraph(t4, at: 313)?.text == "Đơn vị phối hợp: Các phòng chuyên môn và các cơ quan, đơn vị, cá nhân liên quan.")
        #expect(Self.paragraph(t4, at: 47)?.lines == LineSpan(47, 47))
        #expect(t4.lines.count == 228)
    }

    @Test func printedFixture() throws {
        let text = try Self.repaired(TestPaths.fixtures.appendingPathComponent("plans/in-pdf-ngat-dong.txt").path).text
        // Page numbers (40, 57) and the running header (42, 59) are gone.
        #expect(Set(text.lines.map(\.number)).isDisjoint(with: [40, 42, 57, 59]))
        #expect(Self.paragraph(text, at: 15)?.text == "1. Cụ thể hóa các mục tiêu của Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025-2030 thành các nhiệm vụ, giải pháp cụ thể, phù hợp với điều kiện thực tiễn của phường.")
        #expect(Self.paragraph(text, at: 21)?.lines == LineSpan(21, 25))
        #expect(Self.paragraph(text, at: 29)?.lines == LineSpan(29, 29))
        #expect(Self.paragraph(text, at: 39)?.lines == LineSpan(39, 44))
        #expect(Self.paragraph(text, at: 56)?.text == "2. Quản lý quy hoạch, phát triển đô thị")
    }

    /// pdftotext's form feeds: "- 2 -" at the top of page 2 goes, the item goes on across it.
    @Test func formFeedPages() {
        let texts = ["I. MỤC TIÊU", "1. Phát triển kinh tế - xã hội của phường theo hướng bền vững, hiện đại và",
                     "\u{0C}- 2 -", "hiệu quả, bảo đảm an sinh xã hội cho Nhân dân.", "2. Bảo vệ môi trường."]
        let lines = texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let normalized = lines.map { line -> SourceLine in
            var copy = line
            copy.text = TextNormalizer().normalize(line.text)
            return copy
        }
        let result = LayoutRepair(layout: .printedLines).repair(lines: normalized, rawLines: lines)
        #expect(result.lines.map(\.number) == [1, 2, 4, 5])
        #expect(result.paragraphs.map(\.lines) == [LineSpan(1, 1), LineSpan(2, 4), LineSpan(5, 5)])
    }

    /// After a full line that lacks its full stop, a Roman numeral and a number that skips one
    /// still start paragraphs; a number the list does not lead to is a wrapped line.
    @Test func headingsAfterOpenFullLines() {
        let texts = [
            "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM CỦA PHƯỜNG TRONG GIAI ĐOẠN 2026 - 2030",
            "1. Tăng cường công tác quản lý nhà nước về đất đai, tài nguyên và môi trường trên",
            "địa bàn phường, xử lý dứt điểm các trường hợp vi phạm về trật tự xây dựng đô thị",
            "3. Phát triển hạ tầng giao thông, đầu tư nâng cấp các tuyến đường trong khu dân cư",
            "theo quy hoạch được duyệt, bảo đảm kết nối đồng bộ với các tuyến đường của thành phố",
            "15. Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành có liên quan đến phường",
            "IV. TỔ CHỨC THỰC HIỆN",
        ]
        let lines = texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let result = LayoutRepair(layout: .printedLines).repair(lines: lines, rawLines: lines)
        #expect(result.paragraphs.map(\.lines) == [LineSpan(1, 1), LineSpan(2, 3), LineSpan(4, 6), LineSpan(7, 7)])
    }

    /// Printed lines with no blank lines between and a narrow measure (a table page): the
    /// signature lines stay apart, and so does the bracketed line under an appendix title.
    @Test func signatureAndBracketedLines() {
        let texts = [
            "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Mai", "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026", "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/01/2026",
            "của Ủy ban nhân dân xã Tân Lập)", "TT Nội dung nhiệm vụ Cơ quan", "chủ trì",
        ]
        let lines = texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let result = LayoutRepair(layout: .printedLines).repair(lines: lines, rawLines: lines)
        #expect(result.paragraphs.map(\.text) == [
            "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Mai", "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
            "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã Tân Lập)",
            "TT Nội dung nhiệm vụ Cơ quan chủ trì",
        ])
    }

    @Test func pageNumberValues() {
        #expect(LayoutFurniture.pageNumberValue("12") == 12)
        #expect(LayoutFurniture.pageNumberValue("- 3 -") == 3)
        #expect(LayoutFurniture.pageNumberValue("Trang 4") == 4)
        #expect(LayoutFurniture.pageNumberValue("2030") == nil)
        #expect(LayoutFurniture.pageNumberValue("1.") == nil)
    }

    @Test func wideCapitals() {
        #expect(LayoutTextWidth.width("ĐẢNG VÀ HỆ") > LayoutTextWidth.width("đảng và hệ"))
    }

    @Test func emptyInput() {
        let result = LayoutRepair(layout: .unknown).repair(lines: [], rawLines: [])
        #expect(result.paragraphs.isEmpty && result.lines.isEmpty)
    }
}
