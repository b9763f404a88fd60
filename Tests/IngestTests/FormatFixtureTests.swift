import Testing
import PlanModel
@testable import Ingest

/// Every rendering of the fixture plan gives the plain text's lines.
@Suite struct FormatFixtureTests {
    @Test func docxGivesThePlainLinesWithNumberingAndTable() throws {
        let text = try FormatFixtures.extract("plan.docx")
        #expect(text.source.format == .docx)
        #expect(text.layout == .paragraphs)
        #expect(text.lines.map(\.text) == FormatFixtures.plainLines)
        #expect(text.lines.map(\.number) == Array(1...FormatFixtures.plainLines.count))
        // Header, footer, comment, footnote, deleted and hidden text are not in the body.
        let all = text.lines.map(\.text).joined(separator: "\n")
        for hidden in ["phải bỏ qua", "XÓA BỎ", "CHỮ ẨN"] { #expect(!all.contains(hidden)) }
    }

    /// A document typed with the .VnTime fonts: TCVN3 bytes stored as Latin-1 characters.
    @Test func docxInTCVN3FontsIsDecoded() throws {
        let text = try FormatFixtures.extract("plan.vntime.docx")
        #expect(text.source.encoding == "tcvn3")
        let lines = text.lines.map(\.text)
        #expect(lines.map { $0.lowercased() } == FormatFixtures.legacyLines.map { $0.lowercased() })
        #expect(lines.contains("Số: 103/KH-UBND"))
        #expect(lines.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(try FormatFixtures.extract("plan.docx").source.encoding == "utf-8")
    }

    @Test func fontEncodedRepairLeavesUnicodeVietnameseAlone() {
        let lines = ["Tôi là ai", "Căn cứ Luật Tổ chức chính quyền địa phương", "café – 2025"]
        #expect(FontEncodedText.repair(lines).encoding == nil)
        #expect(FontEncodedText.repair(lines).lines == lines)
    }

    /// Word's own template: numbering from the List Number and List Bullet styles.
    @Test func docxOnWordsTemplate() throws {
        let text = try FormatFixtures.extract("word-template.docx")
        #expect(text.lines.map(\.text) == [
            "KẾ HOẠCH", "ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 103/KH-UBND",
            "1. Mục đích", "2. Yêu cầu", "• Xác định rõ nhiệm vụ", "1. Chi tiết",
        ])
    }

    @Test func htmlGivesThePlainLinesWithoutNavigationOrScripts() throws {
        let text = try FormatFixtures.extract("plan.html")
        #expect(text.source.format == .html)
        #expect(text.layout == .paragraphs)
        #expect(text.lines.map(\.text) == FormatFixtures.plainLines.filter { !$0.isEmpty })
    }

    @Test(arguments: ["plan.pdf", "plan.hocr", "plan.alto.xml"])
    func laidOutFormatsGiveThePlainTextAndTableRows(name: String) throws {
        let text = try FormatFixtures.extract(name)
        let lines = text.lines.map(\.text)
        #expect(text.layout == .printedLines)
        #expect(FormatFixtures.runningText(lines) == FormatFixtures.runningText(FormatFixtures.plainLines))
        #expect(lines.filter(FormatFixtures.isTableRow) == FormatFixtures.plainLines.filter(FormatFixtures.isTableRow))
        // Page numbers and the running footer are gone; lines keep their pages.
        #expect(!lines.contains { $0.contains("Kế hoạch số 103/KH-UBND của UBND phường") })
        #expect(!lines.contains { PageFurniture.isPageNumber($0) })
        let pages = Set(text.lines.compactMap(\.page))
        #expect(pages == [1, 2, 3])
        #expect(text.lines.first { $0.text == "PHỤ LỤC" }?.page == 3)
        #expect(text.lines.first { $0.text == "ỦY BAN NHÂN DÂN" }?.page == 1)
    }

    /// Cells centred vertically beside wrapped cells, and header cells merged across columns
    /// and rows, as Word lays out appendix tables.
    @Test func pdfTableWithMergedAndCentredCells() throws {
        let text = try FormatFixtures.extract("table-merged-cells.pdf")
        let lines = text.lines.map(\.text)
        #expect(Array(lines.prefix(2)) == ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HẢI"])
        // Rows are told apart by the wider gap between them than between a wrapped cell's lines:
        // a row with an empty first column, a first column that wraps ("4 (mới)").
        #expect(lines.filter(FormatFixtures.isTableRow) == [
            "STT\tNội dung\tĐơn vị tính\tKế hoạch 2026 - 2030 Đến năm 2030\tBình quân năm\tCơ quan chủ trì",
            "1\tThu ngân sách nhà nước trên địa bàn phường\t%\t\t≥ 15\tPhòng KTHTĐT",
            "2\tTốc độ tăng trưởng GRDP\t%\t15\t≥ 14\tPhòng KTHTĐT",
            "-\tCông nghiệp – Xây dựng\t%\t\t≥ 15,2\t",
            "3\tChi phát triển khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số\t%\t≥ 60 tổng chi ngân sách\t≥ 3\tPhòng VH-XH",
            "\tTỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội\t%\t≥ 61,03%\t\t",
            "4 (mới)\tSố doanh nghiệp hoạt động trên địa bàn\tDN\t≥ 490\t45\tPhòng KTHTĐT",
        ])
        #expect(lines.contains("Đông Hải, ngày 5 tháng 11 năm 2025"))
    }

    @Test(arguments: [("plan.hocr", SourceFormat.hocr), ("plan.alto.xml", SourceFormat.alto)])
    func ocrFormatsCarryLowConfidenceWords(name: String, format: SourceFormat) throws {
        let text = try FormatFixtures.extract(name)
        #expect(text.source.format == format)
        let suspects = text.lines.flatMap(\.lowConfidenceWords)
        #expect(Set(suspects.map(\.word)) == ["chặt", "Khiêm"])
        #expect(suspects.allSatisfy { $0.confidence < 0.5 })
        #expect(text.lines.first { $0.text == "Nguyễn Trọng Khiêm" }?.lowConfidenceWords.map(\.word) == ["Khiêm"])
    }

    @Test(arguments: [("plan.cp1258.txt", "windows-1258"), ("plan.vni.txt", "vni")])
    func legacyEncodingsAreDetected(name: String, encoding: String) throws {
        let text = try FormatFixtures.extract(name)
        #expect(text.source.encoding == encoding)
        #expect(text.lines.map(\.text) == FormatFixtures.legacyLines)
    }

    /// TCVN3 has no capital toned vowels: case is restored from context (capital lines,
    /// a line's first word); a capital inside a sentence ("báo cáo Ủy ban") cannot be known.
    @Test func tcvn3IsDetectedAndCaseRestoredFromContext() throws {
        let text = try FormatFixtures.extract("plan.tcvn3.txt")
        #expect(text.source.encoding == "tcvn3")
        let lines = text.lines.map(\.text)
        let expected = FormatFixtures.legacyLines
        #expect(lines.map { $0.lowercased() } == expected.map { $0.lowercased() })
        let exact = zip(lines, expected).filter { $0 == $1 }.count
        #expect(exact == expected.count - 2)
        for line in ["ỦY BAN NHÂN DÂN", "KẾ HOẠCH", "Độc lập - Tự do - Hạnh phúc", "Số: 103/KH-UBND",
                     "Ủy ban nhân dân phường Đông Hải xây dựng Kế hoạch thực hiện như sau:", "CHỦ TỊCH"] {
            #expect(lines.contains(line))
        }
    }

    @Test func forcedEncodingWins() throws {
        let vni = try FormatFixtures.extract("plan.vni.txt", options: .init(encoding: "vni"))
        #expect(vni.lines.map(\.text) == FormatFixtures.legacyLines)
        // Font-encoded text later saved as UTF-8 is read back through its bytes.
        let typed = try Ingester(options: .init(encoding: "tcvn3")).extract(bytes: Array("KÕ ho¹ch ViÖt Nam".utf8), path: "t.txt")
        #expect(typed.lines.map(\.text) == ["Kế hoạch Việt Nam"])
        #expect(typed.source.encoding == "tcvn3")
        let windows = try Ingester(options: .init(encoding: "windows-1258"))
            .extract(bytes: [0x56, 0x69, 0xEA, 0xF2, 0x74], path: "w.txt")
        #expect(windows.lines.map(\.text) == ["Việt"])
    }

    @Test func validUTF8StaysUTF8() throws {
        // Latin-1 looking text that is valid UTF-8 is not re-decoded.
        let text = try Ingester().extract(bytes: Array("KÕ ho¹ch".utf8), path: "u.txt")
        #expect(text.lines.map(\.text) == ["KÕ ho¹ch"])
        #expect(text.source.encoding == "utf-8")
    }

    @Test func brokenBytesThatAreNoVietnameseKeepTheUTF8Error() {
        let bytes: [UInt8] = Array("Plan ".utf8) + [0xFF, 0xFE, 0x80, 0x81] + Array(" zz".utf8)
        #expect(throws: IngestError(path: "b.txt", problem: .invalidUTF8(byteOffset: 5))) {
            try Ingester().extract(bytes: bytes, path: "b.txt")
        }
    }
}
