import Testing
import PlanModel
import Ingest
import Normalize
@testable import Segment
import TestSupport

@Suite struct HeaderParserTests {
    func paragraphs(_ path: String) throws -> [Paragraph] {
        Normalizer().normalize(try Ingester().extract(path: path)).paragraphs
    }

    @Test func fixturePlan() throws {
        let parts = HeaderParser.parse(try paragraphs(TestPaths.fixtures.appendingPathComponent("plans/ke-hoach-dong-hai.txt").path))
        let h = parts.header
        #expect(h.kind == .keHoach)
        #expect(h.kindLabel == "KẾ HOẠCH")
        #expect(h.number == "103/KH-UBND")
        #expect(h.issuer == "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI")
        #expect(h.place == "Đông Hải")
        #expect(h.date == "2025-11-05")
        #expect(h.title == "Thực hiện Chương trình hành động số 03-CTr/QU ngày 02/10/2025 của Quận ủy về phát triển kinh tế - xã hội phường Đông Hải giai đoạn 2026 - 2030")
        #expect(h.references.map(\.number) == ["03-CTr/QU", "24/NQ-HĐND"])
        #expect(h.references.map(\.date) == ["2025-10-02", "2025-12-15"])
    }

    @Test func seed001PartyProgramme() throws {
        let h = HeaderParser.parse(try paragraphs(TestPaths.seed("001_a820fea86ef87c1d.txt").path)).header
        #expect(h.kind == .chuongTrinhHanhDong)
        #expect(h.kindLabel == "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG")
        #expect(h.number == "09-CTr/ĐU")
        #expect(h.issuer == "ĐẢNG ỦY PHƯỜNG HƯNG ĐẠO")
        #expect(h.place == "Hưng Đạo")
        #expect(h.date == "2025-10-13")
        #expect(h.title == "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030")
    }

    @Test func seed003DraftWithBlankNumberAndDay() throws {
        let h = HeaderParser.parse(try paragraphs(TestPaths.seed("003_80b10907ed40827a.txt").path)).header
        #expect(h.kind == .keHoach)
        #expect(h.number == nil)
        #expect(h.date == nil)
        #expect(h.place == "P. Thạch Khôi")
        #expect(h.issuer == nil)
        #expect(h.title == "Phát triển kinh tế - xã hội, quốc phòng - an ninh của phường Thạch Khôi giai đoạn 2026 - 2030")
        let numbers = h.references.compactMap(\.number)
        #expect(numbers.prefix(6) == ["09-NQ/ĐH", "05-CTr/TU", "17-CTr/TU", "16-CTr/TU", "73/NQ-HĐND", "02-CTr/ĐU"])
        #expect(numbers.contains("01-NQ/ĐH"))
        #expect(numbers.contains("109/KH-UBND"))
        #expect(h.references.first?.date == "2025-09-27")
    }

    @Test func seed004TitleIsTheFirstLine() throws {
        let h = HeaderParser.parse(try paragraphs(TestPaths.seed("004_a55728677e93c42b.txt").path)).header
        #expect(h.kind == .chuongTrinhHanhDong)
        #expect(h.kindLabel == "CHƯƠNG TRÌNH HÀNH ĐỘNG")
        #expect(h.place == "P. Lê Thanh Nghị")
        #expect(h.title?.hasPrefix("Thực hiện Chương trình hành động số 01/CTr-UBND ngày 11/3/2026") == true)
        #expect(h.title?.hasSuffix("giai đoạn 2026 - 2030 và những năm tiếp theo") == true)
        #expect(h.references.first?.number == "01/CTr-UBND")
        #expect(h.references.first?.date == "2026-03-11")
        #expect(h.references.prefix(3).map(\.number) == ["01/CTr-UBND", "04-ĐA/TU", "05-NQ/TU"])
        #expect(h.references[2].date == "2026-01-14")
        #expect(h.references[1].text == "Đề án số 04-ĐA/TU")
    }

    @Test func placeNamedTwoWaysInSeed003() throws {
        let p = try paragraphs(TestPaths.seed("003_80b10907ed40827a.txt").path)
        let header = HeaderParser.parse(p).header
        let warnings = NameConsistencyChecker.check(header: header, paragraphs: p)
        #expect(warnings.count == 1)
        #expect(warnings.first?.code == .inconsistentName)
        #expect(warnings.first?.message.contains("Thạch Khê") == true)
        #expect(warnings.first?.message.contains("Thạch Khôi") == true)
    }

    @Test(arguments: ["001_a820fea86ef87c1d.txt", "004_a55728677e93c42b.txt"])
    func consistentSeedsGiveNoNameWarning(seed: String) throws {
        let p = try paragraphs(TestPaths.seed(seed).path)
        #expect(NameConsistencyChecker.check(header: HeaderParser.parse(p).header, paragraphs: p).isEmpty)
    }

    @Test(arguments: [
        ("ngày 5 tháng 11 năm 2025", "2025-11-05"), ("ngày 13 tháng 10 năm 2025", "2025-10-13"),
        ("ngày tháng 4 năm 2026", nil), ("ngày 31 tháng 2 năm 2026", nil),
        ("ngày 5 tháng 11, năm 2025", "2025-11-05"),
    ] as [(String, String?)])
    func longDates(text: String, iso: String?) {
        #expect(DocumentDates.longForm(in: text)?.date == iso)
    }

    /// The place-and-date line with the short date form.
    @Test func shortPlaceDates() {
        #expect(HeaderParserImpl.shortPlaceDate("Đông Hải, ngày 05/11/2025")?.place == "Đông Hải")
        #expect(HeaderParserImpl.shortPlaceDate("Đông Hải, ngày 05/11/2025")?.date == "2025-11-05")
        #expect(HeaderParserImpl.shortPlaceDate("Đông Hải,ngày 5/11/2025")?.date == "2025-11-05")
        #expect(HeaderParserImpl.shortPlaceDate("ngày 31/2/2026")?.place == nil)
        #expect(HeaderParserImpl.shortPlaceDate("Kế hoạch số 12/KH-UBND ngày 5 của 05/11/2025") == nil)
        #expect(HeaderParserImpl.shortPlaceDate("Đông Hải, 05/11/2025") == nil)
    }

    @Test func documentNumbersAreTidied() {
        #expect(DocumentNumbers.all(in: "Nghị Quyết số 01 - NQ/ĐH của Đại hội").map(\.number) == ["01-NQ/ĐH"])
        #expect(DocumentNumbers.all(in: "Nghị quyết 68 – NQ/TW, ngày 04/5/2025").map(\.number) == ["68-NQ/TW"])
        #expect(DocumentNumbers.all(in: "Nghị quyết số 24/NQ - HĐND của").map(\.number) == ["24/NQ-HĐND"])
        #expect(DocumentNumbers.all(in: "giai đoạn 2026 - 2030").isEmpty)
    }
}
