import Testing
@testable import Segment
import PlanModel

@Suite struct VietnameseNumberExtractorTests {
    @Test(arguments: [("1.000", 1000.0), ("97,45", 97.45), ("15,2", 15.2), ("02", 2.0), ("2.500", 2500.0),
                      ("1.207", 1207.0), ("11,23", 11.23), ("100", 100.0), ("1.000.000", 1_000_000.0), ("0,5", 0.5)])
    func parsesNumbers(text: String, value: Double) {
        #expect(VietnameseNumber.parse(text) == value)
    }

    @Test func rejectsNonNumbers() {
        #expect(VietnameseNumber.parse("abc") == nil)
        #expect(VietnameseNumber.parse("1,2,3") == nil)
        #expect(VietnameseNumber.parse("") == nil)
    }

    @Test func percentWithYearlyUnitAndBound() {
        let q = QuantityScanner.scan("đạt bình quân 14%/năm trở lên, phấn đấu đạt 15%/năm")
        #expect(q.count == 2)
        #expect(q.first?.value == 14)
        #expect(q.first?.unit == "%/năm")
        #expect(q.first?.bound == .atLeast)
        #expect(q.last?.value == 15)
        #expect(q.last?.bound == nil)
    }

    @Test func rangesAndWordUnits() {
        let q = QuantityScanner.scan("từ 50-100 cơ sở (trung bình 10 - 20 cơ sở/năm); trên 490 doanh nghiệp; ≥ 01 lớp/cấp")
        #expect(q.map(\.value) == [50, 10, 490, 1])
        #expect(q.map(\.upper) == [100, 20, nil, nil])
        #expect(q.map(\.unit) == ["cơ sở", "cơ sở/năm", "doanh nghiệp", "lớp/cấp"])
        #expect(q[2].bound == .atLeast)
        #expect(q[3].bound == .atLeast)
    }

    @Test func boundsBeforeTheNumber() {
        let q = QuantityScanner.scan("không thấp hơn 60% tổng chi, chi thường xuyên tối đa 40% tổng chi, khoảng 45 doanh nghiệp, đạt 98 % trở lên")
        #expect(q.map(\.value) == [60, 40, 45, 98])
        #expect(q.map(\.bound) == [.atLeast, .atMost, nil, .atLeast])
        #expect(q[2].approximate)
        #expect(q[3].unit == "%")
    }

    @Test func datesDocumentNumbersAndYearsAreNotQuantities() {
        let text = "Nghị quyết số 09-NQ/ĐH ngày 27/9/2025; Nghị quyết 68 – NQ/TW, ngày 04/5/2025; giai đoạn 2026 - 2030; Đề án 06 của Chính phủ; chính quyền 2 cấp; Quyết định 27/2025/QĐ-TTg"
        #expect(QuantityScanner.scan(text).isEmpty)
    }

    @Test func targetYears() {
        #expect(QuantityScanner.targetYear(in: "Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 97,45% trở lên") == 2030)
        #expect(QuantityScanner.targetYear(in: "Tăng trưởng GRDP giai đoạn 2026 - 2030 đạt bình quân 14%/năm") == 2030)
        #expect(QuantityScanner.targetYear(in: "Phấn đấu đến năm 2028 không còn hộ nghèo.") == 2028)
        #expect(QuantityScanner.targetYear(in: "Hằng năm, thu ngân sách tăng 15%/năm") == nil)
        #expect(QuantityScanner.targetYear(in: "ngày 27/9/2025") == nil)
    }
}
