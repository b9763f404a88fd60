import Testing
import Foundation
import TestSupport
@testable import Diff
@testable import Pipeline

/// Repaired OCR against the clean text of the same plan (issue 4: layout is not content).
/// The OCR dev set (`shared/ocr-dev`) holds English-model OCR of the three seeds at 200 and
/// 150 dpi. The counts of what the diff still reports are held at or below what was reached;
/// known edits made to the OCR side are still reported.
@Suite struct OCRDevSetTests {
    /// What the diff of a clean seed against its repaired OCR reports.
    struct Counts: Equatable, CustomStringConvertible {
        var sectionsChanged = 0, sectionsRemoved = 0, sectionsAdded = 0, sectionsMoved = 0
        var sectionFields = 0, documentFields = 0, appendixRows = 0

        init(sectionsChanged: Int = 0, sectionsRemoved: Int = 0, sectionsAdded: Int = 0, sectionsMoved: Int = 0,
             sectionFields: Int = 0, documentFields: Int = 0, appendixRows: Int = 0) {
            self.sectionsChanged = sectionsChanged
            self.sectionsRemoved = sectionsRemoved
            self.sectionsAdded = sectionsAdded
            self.sectionsMoved = sectionsMoved
            self.sectionFields = sectionFields
            self.documentFields = documentFields
            self.appendixRows = appendixRows
        }

        init(_ diff: PlanDiff) {
            for change in diff.changes {
                switch change.target {
                case .section:
                    switch change.kind {
                    case .changed: sectionsChanged += 1
                    case .removed: sectionsRemoved += 1
                    case .added: sectionsAdded += 1
                    }
                    if change.moved { sectionsMoved += 1 }
                    sectionFields += change.fields.count
                case .document: documentFields += change.fields.count
                case .appendixRow: appendixRows += 1
                case .indicator, .assignment: sectionFields += change.fields.count
                }
            }
        }

        func atMost(_ ceiling: Counts) -> Bool {
            sectionsChanged <= ceiling.sectionsChanged && sectionsRemoved <= ceiling.sectionsRemoved
                && sectionsAdded <= ceiling.sectionsAdded && sectionsMoved <= ceiling.sectionsMoved
                && sectionFields <= ceiling.sectionFields && documentFields <= ceiling.documentFields
                && appendixRows <= ceiling.appendixRows
        }

        var description: String {
            "sections changed \(sectionsChanged) removed \(sectionsRemoved) added \(sectionsAdded) moved \(sectionsMoved)"
                + " (fields \(sectionFields)), document fields \(documentFields), appendix rows \(appendixRows)"
        }
    }

    /// The counts reached (session 3: the header parser reads OCR'd fixed words — a stray "ở"
    /// beside the issuer, "Căn cứ’"/"Thu hiện" leads, a document number cut by ";" — so that
    /// 001's issuer and 003/004's references match; misread abbreviations ("TTĐT" → "TỐT") and
    /// misread words of `protectedWords` outside `strictWords` ("được" → "dung") count as hard
    /// words; appendix rows whose words OCR only moved, misread or ran together are no change).
    /// What is left: words the repair got wrong beyond the noise model ("kỹ" → "v", "nước" →
    /// "nuwdéc", "lực" → "về"), assignment units that run on where OCR lost a full stop, 004's
    /// footnote read into II.3, merged rows of 001's wrapped table, 003's table read as its
    /// header (the header text differs), and at 150 dpi OCR mixing columns.
    /// 001 at 200 dpi: appendix rows 23 → 24 when cuts inside a printed line made the clean rows
    /// 2.1, 3.4 and 5.5 of PHỤ LỤC 2 right, while the OCR'd table, where "Đảng ủy" reads "Đảng
    /// tỷ", is cut otherwise in 1.4 and 3.4. Then the shipped lexicon's background model
    /// (branch repairlm: dictionary word pairs, general text; repair accuracy up, e.g. stripped
    /// 0.951 → 0.966) swaps a few OCR misreadings for other wrong ones ("đi mới" → "di mới" for
    /// "đổi mới"): 001 200 dpi sections 5 → 7, 003 rows 4 → 5, 004 sections 4 → 5 (fields 5 → 7,
    /// document 0 → 1), 003 150 dpi fields 36 → 38, rows 7 → 8.
    /// Session 4: a unit list that ran on into the task where OCR misread the word ending it
    /// ("thường xuyên" → "thống xuyên", "thực hiện" → "thu hiện") is no change when the other
    /// side's sentence has those words after the unit (`FieldComparison.ranOn`): 001 200 dpi
    /// sections 7 → 6 (C.6), 003 200 dpi 3 → 2 (II.5.4). A year found on one side only while
    /// the other side's text has that year as a number ("năm 2030" repaired "ném 2030") is no
    /// change (`FieldComparison.yearWordMisread`): 004 200 dpi sections 5 → 4 (II.8.2).
    /// The learned OCR channel (session 4, branch repairacc2) moved 003's scrambled 150 dpi OCR a
    /// little (sections 16 → 17, moved 11 → 12, fields 38 → 41); the repairer does not use it yet.
    /// Lower them when the diff or the repair improves.
    static let ceilings: [String: Counts] = [
        "001_a820fea86ef87c1d 200": Counts(sectionsChanged: 6, sectionFields: 6, documentFields: 0, appendixRows: 24),
        "003_80b10907ed40827a 200": Counts(sectionsChanged: 2, sectionFields: 2, documentFields: 1, appendixRows: 5),
        "004_a55728677e93c42b 200": Counts(sectionsChanged: 4, sectionFields: 6, documentFields: 1),
        "001_a820fea86ef87c1d 150": Counts(sectionsChanged: 11, sectionsRemoved: 5, sectionsAdded: 3, sectionsMoved: 7,
                                           sectionFields: 34, documentFields: 1, appendixRows: 26),
        "003_80b10907ed40827a 150": Counts(sectionsChanged: 16, sectionsRemoved: 6, sectionsAdded: 6, sectionsMoved: 11,
                                           sectionFields: 38, documentFields: 10, appendixRows: 8),
        "004_a55728677e93c42b 150": Counts(sectionsChanged: 16, sectionsRemoved: 1, sectionsMoved: 2,
                                           sectionFields: 34, documentFields: 2),
    ]

    static func ocrPath(_ seed: String, dpi: Int) throws -> String {
        let url = TestPaths.shared.appendingPathComponent("ocr-dev/\(seed).ocr-eng-\(dpi)dpi.txt")
        try #require(FileManager.default.fileExists(atPath: url.path),
                     "the OCR dev set is missing: \(url.path) (it is read from the shared folder, never copied)")
        return url.path
    }

    static func convert(_ path: String) throws -> Plan {
        let converter = Converter()
        return converter.convert(try converter.extract(path: path))
    }

    static func convert(lines: [String], like path: String) throws -> Plan {
        let converter = Converter()
        let extracted = try converter.extract(path: path)
        let numbered = lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        return converter.convert(ExtractedText(source: extracted.source, lines: numbered, layout: extracted.layout))
    }

    static let cases: [(String, Int)] = TestPaths.seedNames.flatMap { [($0, 200), ($0, 150)] }

    @Test(arguments: cases)
    func repairedOCRAgainstCleanTextStaysWithinItsCeiling(seed: String, dpi: Int) throws {
        let ocr = try Self.convert(try Self.ocrPath(seed, dpi: dpi))
        let clean = try Self.convert(TestPaths.seed("\(seed).txt").path)
        #expect(ocr.repair.applied, "the OCR text was not repaired, so the diff is not loose")
        let counts = Counts(PlanDiffer().diff(old: clean, new: ocr))
        let ceiling = try #require(Self.ceilings["\(seed) \(dpi)"])
        #expect(counts.atMost(ceiling), "\(seed) at \(dpi) dpi: \(counts); ceiling: \(ceiling)")
    }

    /// At 200 dpi the repaired OCR has the clean text's section tree: no section is
    /// removed, added, moved or renumbered.
    @Test(arguments: TestPaths.seedNames)
    func ocrAt200dpiHasTheCleanTree(seed: String) throws {
        let ocr = try Self.convert(try Self.ocrPath(seed, dpi: 200))
        let clean = try Self.convert(TestPaths.seed("\(seed).txt").path)
        #expect(ocr.sections.flatMap(\.flattened).map(\.id) == clean.sections.flatMap(\.flattened).map(\.id))
        let diff = PlanDiffer().diff(old: clean, new: ocr)
        #expect(!diff.changes.contains { $0.target == .section && ($0.kind != .changed || $0.renumbered || $0.moved) })
    }

    /// The known edits made to the repaired OCR plan are all reported against the clean
    /// plan, beside whatever OCR noise is left.
    @Test(arguments: TestPaths.seedNames)
    func knownEditsToTheOCRPlanAreReported(seed: String) throws {
        let ocr = try Self.convert(try Self.ocrPath(seed, dpi: 200))
        let clean = try Self.convert(TestPaths.seed("\(seed).txt").path)
        let edits = KnownEdits(ocr)
        let diff = PlanDiffer().diff(old: clean, new: edits.replacement)
        let reported = diff.changes.map(KnownEdits.Expected.init)
        for expected in edits.expected where expected.target == .section {
            let found = reported.contains {
                $0.kind == expected.kind && $0.target == expected.target && $0.oldId == expected.oldId
                    && $0.newId == expected.newId && $0.renumbered == expected.renumbered
                    && Set(expected.fieldPaths).isSubset(of: $0.fieldPaths)
            }
            #expect(found, "\(seed): \(expected) not reported; reported: \(reported.filter { $0.target == .section })")
        }
        // The edited appendix cell: its row is reported (OCR may pair it with another row
        // of the clean table, so only the new side's row is certain).
        for expected in edits.expected where expected.target == .appendixRow {
            #expect(reported.contains { $0.target == .appendixRow && $0.newId == expected.newId },
                    "\(seed): \(expected) not reported")
        }
        #expect(edits.expected.filter { $0.target == .section }.count >= 4)
    }

    /// The header of the repaired OCR reads as the clean one: 001's issuer under its superior
    /// body beside a stray "ở", 003's and 004's references without the misread lead ("Căn cứ’",
    /// "Thu hiện") and with 003's number cut by ";" and a paragraph break ("16-CTr/; TỪ").
    @Test(arguments: TestPaths.seedNames)
    func ocrHeaderReadsAsTheCleanOne(seed: String) throws {
        let ocr = try Self.convert(try Self.ocrPath(seed, dpi: 200))
        let clean = try Self.convert(TestPaths.seed("\(seed).txt").path)
        let comparison = ComparisonText(loose: true)
        #expect(comparison.tokens(ocr.document.issuer ?? "") == comparison.tokens(clean.document.issuer ?? ""))
        #expect(ocr.document.references.count == clean.document.references.count)
        for (a, b) in zip(ocr.document.references, clean.document.references) {
            #expect(OCRNoise.isNoise(a.text, b.text, comparison: comparison), "\(a.text) ≠ \(b.text)")
        }
    }

    /// A number changed in an OCR'd appendix table is reported, however OCR cut the table's
    /// rows (001: a wrapped row; 003: a table read as its header, with "≥ 14" read "214").
    @Test(arguments: [("001_a820fea86ef87c1d", "Bm=12m", "Bm=14m", "14m"),
                      ("001_a820fea86ef87c1d", "Quy hoach 2392", "Quy hoach 2397", "2397"),
                      ("003_80b10907ed40827a", "GRDP % 15 214", "GRDP % 17 214", "17"),
                      ("003_80b10907ed40827a", "% 0 Phong KTHTPT", "% 5 Phong KTHTPT", "5")])
    func changedNumbersInOCRTablesAreReported(seed: String, from: String, to: String, number: String) throws {
        let path = try Self.ocrPath(seed, dpi: 200)
        let clean = try Self.convert(TestPaths.seed("\(seed).txt").path)
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let n = try #require(lines.firstIndex { $0.contains(from) }, "no line has \(from)")
        lines[n] = lines[n].replacingOccurrences(of: from, with: to)
        let edited = try Self.convert(lines: lines, like: path)
        let untouched = try Self.convert(path)
        let before = PlanDiffer().diff(old: clean, new: untouched).changes.filter { $0.target == .appendixRow }
        let after = PlanDiffer().diff(old: clean, new: edited).changes.filter { $0.target == .appendixRow }
        // A row change not reported before, that has the new number on its new side, or the
        // old row on its old side (OCR may have left the new row nowhere to pair with).
        let oldNumber = String(from.split(separator: " ").first { $0.contains(where: \.isNumber) } ?? "")
        func mentions(_ text: String?, _ word: String) -> Bool {
            (text ?? "").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == Substring(word) }
                || (text ?? "").contains(word) && word.count > 2
        }
        let novel = after.filter { !before.contains($0) }
        let reported = novel.contains { change in
            change.fields.contains { mentions($0.new, number) || ($0.new == nil && mentions($0.old, oldNumber)) }
        }
        #expect(reported,
                "\(seed): \(from) → \(to) not reported; rows reported: \(after.map { $0.newId ?? $0.oldId ?? "" })")
    }

    /// A changed target value, a changed lead unit and a replaced sentence, made to the OCR
    /// text itself, are reported.
    @Test func editsToTheOCRTextAreReported() throws {
        let seed = "004_a55728677e93c42b"
        let path = try Self.ocrPath(seed, dpi: 200)
        let clean = try Self.convert(TestPaths.seed("\(seed).txt").path)
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        func edit(_ from: String, _ to: String) throws {
            let n = try #require(lines.firstIndex { $0.contains(from) }, "no line has \(from)")
            lines[n] = lines[n].replacingOccurrences(of: from, with: to)
        }
        try edit("99%", "97%")
        try edit("Don vi chu tri thu hién: Phong Van hda - Xa hdi.", "Don vi chu tri thu hién: Cong an phuong.")
        try edit("Tang cudng céng tac giai phong mat bang,", "Nghiêm cấm mọi hình thức quảng cáo thuốc lá trên địa bàn phường.")
        let edited = try Self.convert(lines: lines, like: path)
        let untouched = try Self.convert(path)
        let before = Set(PlanDiffer().diff(old: clean, new: untouched).changes.map(KnownEdits.Expected.init))
        let diff = PlanDiffer().diff(old: clean, new: edited)
        let fields = diff.changes.flatMap(\.fields)
        #expect(fields.contains { $0.path == "indicator.value" && $0.old?.contains("99") == true && $0.new?.contains("97") == true },
                "\(fields.map(\.path))")
        #expect(fields.contains { $0.path == "assignment.lead" && $0.new?.contains("Công an") == true })
        #expect(diff.changes.contains { change in
            // The repair reads the new sentence too ("thuốc lá" may come out "thuộc là").
            change.textDiff?.contains { $0.op == .insert && $0.text.contains("quảng cáo") } == true
        })
        #expect(Set(diff.changes.map(KnownEdits.Expected.init)).count > before.count)
    }
}
