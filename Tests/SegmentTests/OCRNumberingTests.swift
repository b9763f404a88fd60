import Testing
import PlanModel
@testable import Segment

/// OCR'd Roman headings read by their numbering context, only when the text was repaired.
@Suite struct OCRNumberingTests {
    /// Section ids of a body given as one paragraph a line.
    static func ids(_ body: [String], ocr: Bool) -> [String] {
        let paragraphs = body.enumerated().map { Paragraph(text: $1, lines: LineSpan(line: $0 + 1)) }
        let lines = body.enumerated().map { SourceLine(number: $0 + 1, text: $1) }
        let tree = SectionTreeBuilder.build(paragraphs[...], lines: lines, ocr: ocr)
        return tree.sections.flatMap(\.flattened).map(\.id)
    }

    static let part: [String] = [
        "A. MỤC ĐÍCH, YÊU CẦU", "1. Quán triệt sâu sắc.", "2. Cụ thể hóa.",
        "B. NỘI DUNG CHƯƠNG TRÌNH",
        "1. CÁC CHƯƠNG TRÌNH VỀ CÔNG TÁC XÂY DỰNG ĐẢNG",
        "1. Công tác chính trị, tư tưởng", "a) Mục tiêu", "b) Nhiệm vụ và giải pháp",
        "2. Sắp xếp tổ chức bộ máy", "a) Mục tiêu",
        "Il. VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI",
        "1. Phát triển kinh tế", "a) Mục tiêu",
        "C. TỔ CHỨC THỰC HIỆN", "1. Ban Thường vụ Đảng ủy chỉ đạo.",
    ]

    @Test func aDigitOneOpeningARomanListIsI() {
        let expected = ["A", "A.1", "A.2", "B", "B.I", "B.I.1", "B.I.1.a", "B.I.1.b", "B.I.2", "B.I.2.a",
                        "B.II", "B.II.1", "B.II.1.a", "C", "C.1"]
        #expect(Self.ids(Self.part, ocr: true) == expected)
    }

    @Test func cleanTextIsReadAsPrinted() {
        // Without repair, "1." stays Arabic: the tree is the printed one.
        #expect(Self.ids(Self.part, ocr: false).contains("B.1"))
        #expect(!Self.ids(Self.part, ocr: false).contains("B.I"))
    }

    @Test func aDigitOneWithoutALaterIIStaysArabic() {
        let body = ["A. NỘI DUNG", "1. Mục tiêu", "2. Nhiệm vụ", "B. TỔ CHỨC THỰC HIỆN", "1. Giao"]
        #expect(Self.ids(body, ocr: true) == ["A", "A.1", "A.2", "B", "B.1"])
    }

    @Test func misreadIIandIII() {
        let body = ["I. MỤC ĐÍCH", "1. Mục đích", "IL. NỘI DUNG", "1. Nội dung", "111. TỔ CHỨC THỰC HIỆN", "1. Giao"]
        #expect(Self.ids(body, ocr: true) == ["I", "I.1", "II", "II.1", "III", "III.1"])
    }

    @Test func elevenAfterTenIsArabic() {
        let items = (1...12).map { "\($0). Nhiệm vụ số \($0)" }
        let body = ["I. MỤC ĐÍCH", "1. Mục đích", "II. NỘI DUNG"] + items + ["III. TỔ CHỨC"]
        let ids = Self.ids(body, ocr: true)
        #expect(ids.contains("II.11") && ids.contains("II.12") && ids.contains("III"))
    }

    @Test func aLostIIsTheNextNumeral() {
        // "II." printed as "I.": the next Roman heading is III, so this one is II.
        let body = ["I. MỤC ĐÍCH", "1. Mục đích", "I. NỘI DUNG", "1. Nội dung", "Ill. TỔ CHỨC THỰC HIỆN"]
        #expect(Self.ids(body, ocr: true) == ["I", "I.1", "II", "II.1", "III"])
        // A real repeat (the next one is II) stays a repeat.
        let repeated = ["I. MỤC ĐÍCH", "I. MỤC ĐÍCH (bản sửa)", "II. NỘI DUNG"]
        #expect(Self.ids(repeated, ocr: true) == ["I", "I#2", "II"])
    }

    @Test func candidateReadings() {
        #expect(OCRRoman.candidate("1. CÁC CHƯƠNG TRÌNH")?.values == [1])
        #expect(OCRRoman.candidate("IL. VỀ PHÁT TRIỂN")?.values.contains(2) == true)
        #expect(OCRRoman.candidate("l1. VỀ PHÁT TRIỂN")?.values.contains(2) == true)
        #expect(OCRRoman.candidate("11. VỀ PHÁT TRIỂN")?.values == [2])
        // tesseract's readings of our fixtures: "I." as "lL" (repaired to "lí"), "II." as "U1."
        // (repaired to "Ủi."), "IV." as "Iv.", "I." without its full stop.
        #expect(OCRRoman.candidate("lL MỤC ĐÍCH, YÊU CẦU")?.values.contains(1) == true)
        #expect(OCRRoman.candidate("lí MỤC ĐÍCH, YÊU CẦU")?.printed == "lí")
        #expect(OCRRoman.candidate("Ủi. CHỈ TIÊU")?.values.contains(2) == true)
        #expect(OCRRoman.candidate("Iv. TỔ CHỨC THỰC HIỆN")?.values.contains(4) == true)
        #expect(OCRRoman.candidate("L CHỈ TIÊU CHỦ YẾU")?.values.contains(1) == true)
        // Not candidates: the letter L, a word, a number, a point in small letters before text.
        #expect(OCRRoman.candidate("L. Lý do") == nil)
        #expect(OCRRoman.candidate("2. Nhiệm vụ") == nil)
        #expect(OCRRoman.candidate("1.000 người") == nil)
        #expect(OCRRoman.candidate("1 MỤC ĐÍCH") == nil)
        #expect(OCRRoman.candidate("l. Lắp đặt camera") == nil)
        #expect(OCRRoman.candidate("U CHỈ") == nil)
        #expect(OCRRoman.candidate("Ủy ban nhân dân") == nil)
    }

    @Test func unseenMisreadingsOfAWholeList() {
        // hai-cot-noi-nhan at 200 dpi: I–IV printed "lí", "I.", "Il.", "Iv.".
        let body = ["lí MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao", "I. CHỈ TIÊU", "1. Hồ sơ", "Il. NHIỆM VỤ TRỌNG TÂM",
                    "1. Hoàn thiện", "Iv. TỔ CHỨC THỰC HIỆN", "1. Công chức"]
        #expect(Self.ids(body, ocr: true) == ["I", "I.1", "II", "II.1", "III", "III.1", "IV", "IV.1"])
        // At 150 dpi: "I.", "Ủi.", "Ill.", "IV.".
        let other = ["I. MỤC ĐÍCH", "1. Nâng cao", "Ủi. CHỈ TIÊU", "1. Hồ sơ", "3. Phấn đấu", "Ill. NHIỆM VỤ",
                     "1. Hoàn thiện", "IV. TỔ CHỨC THỰC HIỆN"]
        #expect(Self.ids(other, ocr: true) == ["I", "I.1", "II", "II.1", "II.3", "III", "III.1", "IV"])
        // in-pdf-ngat-dong: I–III printed "lL", "Il.", "Il.".
        let twice = ["lL MỤC ĐÍCH", "1. Cụ thể hóa", "Il. NHIỆM VỤ", "1. Phát triển", "Il. TỔ CHỨC THỰC HIỆN"]
        #expect(Self.ids(twice, ocr: true) == ["I", "I.1", "II", "II.1", "III"])
        // Clean text is read as printed: "Il." is II, the rest are not headings.
        #expect(!Self.ids(body, ocr: false).contains("IV"))
    }

    @Test func anArabicFullStopReadAsAComma() {
        let body = ["I. MỤC ĐÍCH", "1, Nâng cao chất lượng", "2. Gắn trách nhiệm", "II. NỘI DUNG", "1, Rà soát", "a) Rà soát"]
        #expect(Self.ids(body, ocr: true) == ["I", "I.1", "I.2", "II", "II.1", "II.1.a"])
        #expect(!Self.ids(body, ocr: false).contains("I.1"))
        // A count is not a marker: "1, 2 và 3" has no capital after the comma.
        #expect(OCRRomanReadings.commaMarker("1, 2 và 3 tháng") == nil)
    }

}
