import Testing
import Foundation
import TestSupport
@testable import Pipeline

/// Every rendering of the fixture plan (Tests/Fixtures/formats, made by
/// scripts/make-format-fixtures.sh) converts to the same plan as its plain text: the same
/// sections, indicators, assignments and appendix rows. Line numbers are left out of the
/// comparison: they are each source's own (a PDF's printed lines wrap).
@Suite struct FormatParityTests {
    static let plainPath = TestPaths.fixtures.appendingPathComponent("plans/ke-hoach-dong-hai.txt").path

    static func formatPath(_ name: String) -> String {
        TestPaths.fixtures.appendingPathComponent("formats/\(name)").path
    }

    /// The compared parts of a plan as canonical JSON, without `lines`.
    static func structure(_ plan: Plan) throws -> String {
        let object = try JSONSerialization.jsonObject(with: PlanJSON.encode(plan))
        guard let dictionary = object as? [String: Any] else { return "" }
        var kept: [String: Any] = [:]
        for key in ["sections", "indicators", "assignments", "appendices"] { kept[key] = dropLines(dictionary[key] ?? NSNull()) }
        let data = try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    static func dropLines(_ value: Any) -> Any {
        if let dictionary = value as? [String: Any] {
            var out: [String: Any] = [:]
            for (key, inner) in dictionary where key != "lines" { out[key] = dropLines(inner) }
            return out
        }
        if let array = value as? [Any] { return array.map(dropLines) }
        return value
    }

    static func plainPlan(legacy: Bool = false) throws -> Plan {
        var text = try String(contentsOfFile: plainPath, encoding: .utf8)
        if legacy { text = text.replacingOccurrences(of: "≥", with: ">=") }
        return try Converter().convert(bytes: Array(text.utf8), path: plainPath)
    }

    /// The comparison means something only if the plain text's plan has every kind of content.
    @Test func plainPlanHasStructureToCompare() throws {
        let plan = try Self.plainPlan()
        #expect(plan.sections.count >= 3)
        #expect(!plan.indicators.isEmpty)
        #expect(!plan.assignments.isEmpty)
        #expect(plan.appendices.first?.tables.first?.rows.isEmpty == false)
    }

    @Test(arguments: ["plan.docx", "plan.pdf", "plan.html", "plan.hocr", "plan.alto.xml"])
    func unicodeFormatsGiveThePlainTextsPlan(name: String) throws {
        let plan = try Converter().convert(path: Self.formatPath(name))
        #expect(try Self.structure(plan) == Self.structure(Self.plainPlan()))
    }

    @Test(arguments: ["plan.cp1258.txt", "plan.vni.txt"])
    func legacyEncodingsGiveThePlainTextsPlan(name: String) throws {
        let plan = try Converter().convert(path: Self.formatPath(name))
        #expect(try Self.structure(plan) == Self.structure(Self.plainPlan(legacy: true)))
    }

    /// TCVN3 cannot carry a capital toned vowel inside a sentence ("báo cáo Ủy ban"): compared
    /// without case.
    @Test(arguments: ["plan.tcvn3.txt", "plan.vntime.docx"])
    func tcvn3GivesThePlainTextsPlanUpToCase(name: String) throws {
        let plan = try Converter().convert(path: Self.formatPath(name))
        #expect(try Self.structure(plan).lowercased() == Self.structure(Self.plainPlan(legacy: true)).lowercased())
    }

    /// A PDF whose header and closing are two-column borderless tables (made with
    /// `pango-view --font="Liberation Serif 12" --width=560 --wrap=word` from
    /// plans/hai-cot-noi-nhan.txt with each tab widened to 30 spaces): the wide gap parts the
    /// columns as the DOCX text's tabs do, so header, recipients and signature match it too.
    @Test func twoColumnPDFGivesTheTabTextsPlan() throws {
        let pdf = try Converter().convert(path: Self.formatPath("two-column-header.pdf"))
        let text = try Converter().convert(path: TestPaths.fixtures.appendingPathComponent("plans/hai-cot-noi-nhan.txt").path)
        #expect(pdf.document.issuer == "ỦY BAN NHÂN DÂN XÃ AN BÌNH")
        for keyPath in [\Plan.document.issuer, \Plan.document.number, \Plan.document.place, \Plan.document.date,
                        \Plan.document.title, \Plan.document.kindLabel] {
            #expect(pdf[keyPath: keyPath] == text[keyPath: keyPath])
        }
        #expect(pdf.recipients == text.recipients)
        #expect(pdf.signature == text.signature)
        #expect(try Self.structure(pdf) == Self.structure(text))
    }
}
