import Testing
import PlanModel
@testable import Segment

@Suite struct NumberingMarkerTests {
    @Test(arguments: [
        ("I. MỤC ĐÍCH", NumberingStyle.roman, "I.", "I"),
        ("III. TỔ CHỨC", .roman, "III.", "III"),
        ("B. NỘI DUNG", .upperLetter, "B.", "B"),
        ("1. Mục đích", .arabic, "1.", "1"),
        ("12. Triển khai", .arabic, "12.", "12"),
        ("1.2 Tuyên truyền", .decimal, "1.2", "1.2"),
        ("12.5. Mô hình", .decimal, "12.5.", "12.5"),
        ("1.1.2. Khởi công", .decimal, "1.1.2.", "1.1.2"),
        ("(4) Đề án", .paren, "(4)", "4"),
        ("(1). Tốc độ", .paren, "(1).", "1"),
        ("a) Mục tiêu:", .lowerLetter, "a)", "a"),
        ("đ) Theo dõi", .lowerLetter, "đ)", "đ"),
    ])
    func reads(text: String, style: NumberingStyle, marker: String, number: String) {
        let reading = NumberingMarkers.parse(text).first { $0.style == style }
        #expect(reading?.marker == marker)
        #expect(reading?.number == number)
    }

    @Test func markerWithoutSpace() {
        #expect(NumberingMarkers.parse("1.1.Đẩy mạnh cải cách").first?.number == "1.1")
        #expect(NumberingMarkers.parse("2.Tăng cường").first?.marker == "2.")
        #expect(NumberingMarkers.parse("1.000đ").isEmpty)
    }

    @Test func bullets() {
        #expect(BlockBuilder.block(text: "-Xây dựng nhà văn hóa", lines: LineSpan(line: 1)).kind == .item)
        #expect(BlockBuilder.block(text: "• Xây dựng", lines: LineSpan(line: 1)).marker == "•")
        #expect(BlockBuilder.block(text: "-5% so với năm trước", lines: LineSpan(line: 1)).kind == .paragraph)
    }

    /// Wrapped lines that start with a number or a dash are not markers.
    @Test(arguments: ["2030 ngày càng phát triển", "1.000 hộ kinh doanh", "02 cấp. Hoàn thiện", "- xã hội.",
                      "2025-2030 với chủ đề", "(Phân công nhiệm vụ)", "f) không có chữ f", "1.", "TM. ỦY BAN"])
    func notMarkers(text: String) {
        #expect(NumberingMarkers.parse(text).isEmpty)
    }

    /// OCR's "Il." and "Ill." are II and III; the marker stays as printed.
    @Test func ocrRomanNumerals() {
        let two = NumberingMarkers.parse("Il. VE PHAT TRIEN").first { $0.style == .roman }
        #expect(two?.number == "II" && two?.marker == "Il." && two?.ordinal == 2)
        #expect(NumberingMarkers.parse("Ill. TO CHUC THUC HIEN").first?.number == "III")
        #expect(NumberingMarkers.parse("ll. hai chữ l").isEmpty)
    }

    @Test func romanAndLetterReadingsOfI() {
        #expect(Set(NumberingMarkers.parse("I. Nội dung").map(\.style)) == [.roman, .upperLetter])
        #expect(NumberingMarkers.parse("C. TỔ CHỨC").map(\.style) == [.upperLetter])
        // "Đ." is the letter after D; "Điều 2." an article.
        #expect(NumberingMarkers.parse("Đ. KIỂM TRA, GIÁM SÁT").map(\.number) == ["Đ"])
        #expect(NumberingMarkers.parse("Điều 2. Tổ chức thực hiện").map { "\($0.marker) \($0.article)" } == ["Điều 2. true"])
    }

    @Test func vietnameseLetterOrder() {
        let d = NumberingMarkers.parse("d) x y").first { $0.style == .lowerLetter }!
        let dd = NumberingMarkers.parse("đ) x y").first { $0.style == .lowerLetter }!
        let e = NumberingMarkers.parse("e) x y").first { $0.style == .lowerLetter }!
        let g = NumberingMarkers.parse("g) x y").first { $0.style == .lowerLetter }!
        #expect(NumberingRelation.between(d, dd) == .next)
        #expect(NumberingRelation.between(dd, e) == .next)
        #expect(NumberingRelation.between(e, g) == .next)           // no f
        #expect(NumberingRelation.between(d, e) == .gap(missing: [5]))  // đ skipped
    }

    @Test func decimalsContinueOnlyTheirOwnPrefix() {
        let a = NumberingMarkers.parse("4.1. x y")[0], b = NumberingMarkers.parse("4.2 x y")[0], c = NumberingMarkers.parse("5.2. x y")[0]
        #expect(NumberingRelation.between(a, b) == .next)
        #expect(NumberingRelation.between(a, c) == nil)
    }

    @Test func headingTitles() {
        #expect(HeadingTitle.split("Mục tiêu:") == .init(title: "Mục tiêu", rest: nil, restOffset: 9))
        let split = HeadingTitle.split("Phấn đấu đạt 3% tổng chi. Đến năm 2030, tỷ lệ đạt 5%.")
        #expect(split.title == "Phấn đấu đạt 3% tổng chi")
        #expect(split.rest == "Đến năm 2030, tỷ lệ đạt 5%.")
        // "P. Thạch Khôi", "TP. Hải Phòng": abbreviations, not sentence ends.
        #expect(HeadingTitle.split("Giao UBND P. Thạch Khôi và TP. Hải Phòng thực hiện").rest == nil)
    }

    @Test func emphasisIsDropped() {
        #expect(Emphasis.strip("***Phát triển các thành phần kinh tế:*** Phát triển đa dạng") == "Phát triển các thành phần kinh tế: Phát triển đa dạng")
        #expect(Emphasis.strip("**TM. ỦY BAN NHÂN DÂN") == "TM. ỦY BAN NHÂN DÂN")
        #expect(Emphasis.strip("(*qua Văn phòng HĐND&UBND*) trước") == "(qua Văn phòng HĐND&UBND) trước")
        #expect(Emphasis.strip("* Về cải cách hành chính:") == "* Về cải cách hành chính:")
    }

    @Test(arguments: ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "**TM.ỦY BAN NHÂN DÂN", "T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH"])
    func closingStarts(text: String) {
        #expect(DocumentRegions.isClosingStart(text))
    }

    @Test(arguments: ["TM. Phòng Kinh tế phối hợp thực hiện các nội dung sau", "Tổ chức thực hiện", "Q. Tân Phú được giao chủ trì"])
    func notClosingStarts(text: String) {
        #expect(!DocumentRegions.isClosingStart(text))
    }

    @Test func appendixLabels() {
        #expect(DocumentRegions.isAppendixLabel("PHỤ LỤC"))
        #expect(DocumentRegions.isAppendixLabel("PHỤ LỤC 2"))
        #expect(DocumentRegions.isAppendixLabel("Phụ lục II"))
        #expect(!DocumentRegions.isAppendixLabel("Phụ lục kèm theo gồm 14 chỉ tiêu chủ yếu"))
    }

    /// 001's PHỤ LỤC 2 numbers two rows 7.6 (lines 3369 and 3397): found from the appendix rows.
    @Test func appendixRowNumbers() {
        func row(_ n: String, _ line: Int) -> TableRow { TableRow(cells: [n, "…"], lines: LineSpan(line: line)) }
        let table = Table(columns: ["STT", "Nhiệm vụ"], rows: [
            row("I", 2256), row("7", 3222), row("7.5", 3340), row("7.6", 3369), row("7.6", 3397), row("7.7", 3422),
            row("-", 3430), row("II", 3531), row("1", 3533), row("1.1", 3535), row("1.3", 3587),
        ])
        let warnings = AppendixNumbering.check([Appendix(label: "PHỤ LỤC 2", tables: [table])])
        #expect(warnings.map(\.code) == [.numberingDuplicate, .numberingGap])
        #expect(warnings.map(\.line) == [3397, 3587])
        #expect(warnings.first?.message == "PHỤ LỤC 2: row number 7.6 is used twice (lines 3369 and 3397)")
    }
}
