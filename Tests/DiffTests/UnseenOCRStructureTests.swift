import Testing
import Foundation
import TestSupport
@testable import Diff
@testable import Pipeline

/// OCR of plans the OCR readings were not tuned on: our own fixture plans rendered and read by
/// tesseract's English model (`shared/tools/make-ocr.sh PLAN OUT DPI`, files in
/// `Tests/Fixtures/ocr/`). tesseract reads "I." as "lL" (repaired to "lí") or "L", "II." as
/// "I.", "U1." (repaired to "Ủi."), "III." as "Il.", "IV." as "Iv.", a full stop as a comma
/// ("1, Nâng cao"), "Nơi nhận:" as "Noinhan:", prints the closing's two columns on one line,
/// and layout repair joins a misread heading to the paragraph above it. After repair the
/// structure is the clean plan's: the same section tree, header kind, number and date,
/// signature and recipients (names compared without marks: repair may choose other marks).
@Suite struct UnseenOCRStructureTests {
    static func convert(_ path: String) throws -> Plan {
        let converter = Converter()
        return converter.convert(try converter.extract(path: path))
    }

    static func pair(_ ocr: String, clean: String) throws -> (ocr: Plan, clean: Plan) {
        let ocrPlan = try convert(TestPaths.fixtures.appendingPathComponent("ocr/\(ocr)").path)
        let cleanPlan = try convert(TestPaths.fixtures.appendingPathComponent("plans/\(clean)").path)
        return (ocrPlan, cleanPlan)
    }

    static func ids(_ plan: Plan) -> [String] { plan.sections.flatMap(\.flattened).map(\.id) }

    static func unmarked(_ text: String?) -> String? {
        text?.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    static let cases: [(ocr: String, clean: String)] = [
        ("hai-cot-noi-nhan.ocr200.txt", "hai-cot-noi-nhan.txt"),
        ("hai-cot-noi-nhan.ocr150.txt", "hai-cot-noi-nhan.txt"),
        ("bang-tab-nhan-dinh-dang.ocr150.txt", "bang-tab-nhan-dinh-dang.txt"),
        ("chi-tieu-khong-dong-trong.ocr200.txt", "chi-tieu-khong-dong-trong.txt"),
        ("ke-hoach-dong-hai.ocr200.txt", "ke-hoach-dong-hai.txt"),
        ("ke-hoach-dong-hai.ocr150.txt", "ke-hoach-dong-hai.txt"),
        ("in-pdf-ngat-dong.ocr150.txt", "in-pdf-ngat-dong.txt"),
        ("nghi-quyet-dieu.ocr150.txt", "nghi-quyet-dieu.txt"),
    ]

    /// The section tree, header kind/number/date, signature and recipients match the clean plan,
    /// and the diff reports no section removed, added, moved or renumbered.
    @Test(arguments: cases)
    func repairedOCRHasTheCleanStructure(ocr: String, clean: String) throws {
        let plans = try Self.pair(ocr, clean: clean)
        #expect(plans.ocr.repair.applied)
        #expect(Self.ids(plans.ocr) == Self.ids(plans.clean))
        #expect(plans.ocr.sections.flatMap(\.flattened).map(\.marker).count == plans.clean.sections.flatMap(\.flattened).count)
        let doc = plans.ocr.document, cleanDoc = plans.clean.document
        #expect(doc.kind == cleanDoc.kind)
        #expect(doc.date == cleanDoc.date)
        // "HĐND" loses the bar of its Đ in OCR: the number is compared without marks.
        #expect(Self.unmarked(doc.number)?.replacingOccurrences(of: "đ", with: "d")
                == Self.unmarked(cleanDoc.number)?.replacingOccurrences(of: "đ", with: "d"))
        #expect(Self.unmarked(plans.ocr.signature?.authority) == Self.unmarked(plans.clean.signature?.authority))
        #expect(Self.unmarked(plans.ocr.signature?.name) == Self.unmarked(plans.clean.signature?.name))
        #expect(plans.ocr.recipients.count == plans.clean.recipients.count)
        let diff = PlanDiffer().diff(old: plans.clean, new: plans.ocr)
        let structural = diff.changes.filter { $0.target == .section && ($0.kind != .changed || $0.renumbered || $0.moved) }
        #expect(structural.isEmpty, "\(structural)")
    }

    /// hai-cot-noi-nhan at 200 dpi, value by value.
    @Test func communePlanAt200dpi() throws {
        let plans = try Self.pair("hai-cot-noi-nhan.ocr200.txt", clean: "hai-cot-noi-nhan.txt")
        let plan = plans.ocr
        #expect(plan.sections.map(\.id) == ["I", "II", "III", "IV"])
        // As OCR printed them: "lí" (repaired from "lL"), "I.", "Il.", "Iv.".
        #expect(plan.sections.map(\.marker) == ["lí", "I.", "Il.", "Iv."])
        #expect(plan.sections.map(\.title) == ["MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU", "NHIỆM VỤ TRỌNG TÂM", "TỔ CHỨC THỰC HIỆN"])
        #expect(plan.document.number == "58/KH-UBND")
        #expect(plan.document.date == "2026-02-03")
        // "Noinhan: KT. CHỦ TỊCH", "- UBND huyền (b/c); PHÓ CHỦ TỊCH", …, "-Luu: VT. Lé Thi Mai".
        #expect(plan.signature?.authority == "KT. CHỦ TỊCH")
        #expect(plan.signature?.title == "PHÓ CHỦ TỊCH")
        #expect(plan.recipients.count == 5)
        #expect(plan.recipients.last == "Lưu: VT")
    }

    /// chu-cai-va-diem at 150 dpi: the part "B." has "1. CAICACH THỂ CHẾ" (I read as a digit
    /// one, confirmed by the "II." that follows) and "1, Rà soát" (a full stop read as a comma).
    /// Its points c), d), đ) are lost: OCR read them right ("c)", "d)"), but repair makes
    /// syllables of them ("có)", "ở)") before the segmenter sees the text — a repair issue.
    @Test func partsAndDigitOneAt150dpi() throws {
        let plans = try Self.pair("chu-cai-va-diem.ocr150.txt", clean: "chu-cai-va-diem.txt")
        func upper(_ plan: Plan) -> [String] { Self.ids(plan).filter { $0.split(separator: ".").count <= 3 } }
        #expect(upper(plans.ocr) == upper(plans.clean))
        #expect(upper(plans.ocr) == ["A", "A.1", "A.2", "B", "B.I", "B.I.1", "B.I.2", "B.II", "B.II.1", "C"])
        let partB = try #require(plans.ocr.sections.first { $0.id == "B" })
        #expect(partB.children.map(\.marker) == ["1.", "II."])
        #expect(partB.children.first?.children.map(\.marker) == ["1,", "2."])
        #expect(Self.ids(plans.ocr).contains("B.I.1.b") && !Self.ids(plans.ocr).contains("B.I.1.c"))
    }

    /// chi-tieu-khong-dong-trong at 200 dpi: "Sơ: 12/KH-UBND", "ngày 20 tháng | năm 2026",
    /// "L CHỈ TIÊU CHỦ YẾU" (I without its full stop) and "I. TỔ CHỨC THỰC HIỆN" (II).
    @Test func shortPlanAt200dpi() throws {
        let plan = try Self.pair("chi-tieu-khong-dong-trong.ocr200.txt", clean: "chi-tieu-khong-dong-trong.txt").ocr
        #expect(plan.document.number == "12/KH-UBND")
        #expect(plan.document.date == "2026-01-20")
        #expect(plan.sections.map(\.number) == ["I", "II"])
        #expect(plan.sections.map(\.marker) == ["L", "I."])
        #expect(plan.sections.first?.children.count == 8)
    }
}
