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

    @Test func alternativeReadings() {
        #expect(NumberingMarkers.ocrRomanAlternative("1. CÁC CHƯƠNG TRÌNH")?.number == "I")
        #expect(NumberingMarkers.ocrRomanAlternative("IL. VỀ PHÁT TRIỂN")?.number == "II")
        #expect(NumberingMarkers.ocrRomanAlternative("l1. VỀ PHÁT TRIỂN")?.number == "II")
        #expect(NumberingMarkers.ocrRomanAlternative("L. Lý do") == nil)
        #expect(NumberingMarkers.ocrRomanAlternative("2. Nhiệm vụ") == nil)
        #expect(NumberingMarkers.ocrRomanAlternative("1.000 người") == nil)
    }
}
