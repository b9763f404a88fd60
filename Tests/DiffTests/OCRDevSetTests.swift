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

    /// The counts reached (session 2, after the golden review added footnote relocation and wider
    /// indicator rules: an OCR'd footnote mark "¹" read as "1" keeps 004's footnote in II.3, and
    /// more indicators give more field pairs to misread; the preamble and closing formula are
    /// compared as document fields, where "Chương" read as "Công" now shows; 001 at 200 dpi:
    /// appendix rows 33 → 34 when the clean text's row IV.2 got its funding cell "Ngoài NSNN"
    /// right while the OCR'd table, with other widths, keeps "Ngoài" in the scale cell).
    /// Lower them when the diff or the repair improves. Session 3 (branch repairlm): the
    /// shipped lexicon's background model (general text, dictionary word pairs) swaps a few
    /// OCR misreadings for other wrong ones ("đi mới" → "di mới" for "đổi mới"; syllable
    /// accuracy of this OCR with the shipped lexicon unchanged: 001 0.9718, 004 0.9813 →
    /// 0.9812), which moves 001 at 200 dpi 6 → 8 changed sections, 34 → 35 appendix rows,
    /// and 004 at 200 dpi 4 → 5 sections (5 → 7 fields).
    static let ceilings: [String: Counts] = [
        "001_a820fea86ef87c1d 200": Counts(sectionsChanged: 8, sectionFields: 8, documentFields: 1, appendixRows: 35),
        "003_80b10907ed40827a 200": Counts(sectionsChanged: 3, sectionFields: 3, documentFields: 3, appendixRows: 17),
        "004_a55728677e93c42b 200": Counts(sectionsChanged: 5, sectionFields: 7, documentFields: 3),
        "001_a820fea86ef87c1d 150": Counts(sectionsChanged: 11, sectionsRemoved: 5, sectionsAdded: 3, sectionsMoved: 7,
                                           sectionFields: 36, documentFields: 1, appendixRows: 38),
        "003_80b10907ed40827a 150": Counts(sectionsChanged: 16, sectionsRemoved: 6, sectionsAdded: 6, sectionsMoved: 11,
                                           sectionFields: 38, documentFields: 10, appendixRows: 23),
        "004_a55728677e93c42b 150": Counts(sectionsChanged: 16, sectionsRemoved: 1, sectionsMoved: 2,
                                           sectionFields: 34, documentFields: 3),
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
