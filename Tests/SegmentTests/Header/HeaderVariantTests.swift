import Testing
import PlanModel
@testable import Segment
import TestSupport

/// Header shapes the seeds do not show.
@Suite struct HeaderVariantTests {
    /// A number typed with a space inside it.
    @Test(arguments: [("Số: 45 /KH-UBND", "45/KH-UBND"), ("Số: 45/KH- UBND", "45/KH-UBND"), ("Số: 45/ KH-UBND", "45/KH-UBND"),
                      ("Số 09- CTr/ĐU", "09-CTr/ĐU"), ("Số: 103/KH-UBND", "103/KH-UBND")])
    func numberWithASpaceInside(line: String, number: String) {
        #expect(NumberLine.parse(line)?.number == number)
    }

    /// The date beside the number (a DOCX table row) is not taken into it.
    @Test func theDateBesideTheNumberStaysOut() {
        let line = NumberLine.parse("Số: 45/KH-UBND\tĐông Hải, ngày 5 tháng 11 năm 2025")
        #expect(line?.number == "45/KH-UBND")
        #expect(line?.rest == "Đông Hải, ngày 5 tháng 11 năm 2025")
    }

    /// A short header as printed lines without blank lines: "KẾ HOẠCH" under the place and date
    /// is its own line (it was joined to the date, and the issuer became "II. NHIỆM VỤ").
    @Test func kindLabelUnderThePlaceAndDateInPrintedLines() throws {
        let text = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 45 /KH-UBND", "TP. Hồ Chí Minh, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
                    "Triển khai công tác cải cách hành chính năm 2026", "I. MỤC ĐÍCH", "1. Nâng cao chất lượng phục vụ.",
                    "II. NHIỆM VỤ", "1. Rà soát thủ tục."].joined(separator: "\n")
        let plan = try SegmentFixture.plan(text: text)
        #expect(plan.document.kind == .keHoach)
        #expect(plan.document.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")
        #expect(plan.document.number == "45/KH-UBND")
        #expect(plan.document.place == "TP. Hồ Chí Minh")
        #expect(plan.document.date == "2026-03-12")
        #expect(plan.document.title == "Triển khai công tác cải cách hành chính năm 2026")
        #expect(plan.sections.map(\.id) == ["I", "II"])
    }
}
