import Testing
import Foundation
@testable import Pipeline
import TestSupport

/// The hand-written plan JSON writer produces the bytes of `JSONEncoder` with the contract's
/// options, pretty and compact, on every seed, fixture and format fixture and on a plan with
/// every field set, every optional nil, and awkward strings and numbers.
@Suite struct PlanJSONWriterTests {
    func expectSame(_ plan: Plan, _ label: String) throws {
        for pretty in [true, false] {
            let fast = PlanJSONWriter.encode(plan, pretty: pretty)
            let reference = [UInt8](try PlanJSON.foundationEncode(plan, pretty: pretty))
            #expect(fast == reference, "\(label) pretty: \(pretty)")
            #expect([UInt8](try PlanJSON.encode(plan, pretty: pretty)) == reference)
        }
    }

    @Test func seedsAndFixtures() throws {
        var inputs = GoldenPlanTests.inputs
        let formats = TestPaths.fixtures.appendingPathComponent("formats")
        for name in try FileManager.default.contentsOfDirectory(atPath: formats.path).sorted() {
            inputs.append(formats.appendingPathComponent(name).path)
        }
        var converted = 0
        for input in inputs {
            guard let plan = try? Converter(options: .init(repair: .never)).convert(path: input) else { continue }
            try expectSame(plan, input)
            converted += 1
        }
        #expect(converted >= 15)
    }

    static let awkward = ["", "\"quoted\" \\ back/slash", "tab\tnew\nline\rcr", "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}",
                          "\u{2028}\u{2029}\u{FEFF}", "Đông Hải – “Kế hoạch” 😀 e\u{301}", "</script>", "http://a/b"]

    @Test func everyFieldAndAwkwardValues() throws {
        let span = LineSpan(3, 9)
        let table = Table(columns: Self.awkward, rows: [TableRow(cells: ["a", ""], lines: span), TableRow(cells: [], lines: span)])
        let leaf = Section(id: "1.1", marker: "a)", number: "a", style: .lowerLetter, title: "\"x\"",
                           blocks: [], children: [], lines: LineSpan(line: 4))
        let section = Section(id: "1", marker: "I.", number: "I", style: .roman, title: Self.awkward[1],
                              blocks: [Block(kind: .paragraph, text: "p", lines: span),
                                       Block(kind: .table, marker: "-", text: "t", lines: span, table: table)],
                              children: [leaf], lines: span)
        let values: [Double?] = [nil, 0, -0.0, 0.5, 1, 95, 10.9, 11.23, 1.0 / 3, 1e-7, 123456.789, 1e15, 1e16, 1e21,
                                 -2.5, 5e-324, 1.7976931348623157e308, 100_000_000_000]
        let indicators = values.enumerated().map { i, value in
            Indicator(sectionId: "1", text: Self.awkward[i % Self.awkward.count], value: value,
                      unit: i % 2 == 0 ? nil : "%", comparator: [nil, .atLeast, .atMost, .equal][i % 4],
                      year: i % 3 == 0 ? nil : 2025 + i, lines: span)
        }
        let header = DocumentHeader(kind: .keHoach, kindLabel: "KẾ HOẠCH", number: "09-CTr/ĐU", issuer: nil,
                                    place: "Đông Hải", date: "2025-10-13", title: nil,
                                    references: [DocumentReference(text: "x", number: nil, date: "2025-01-01"),
                                                 DocumentReference(text: "y\\z", number: "1/QĐ", date: nil)])
        var plan = Plan(source: SourceInfo(path: "/a/b\"c.txt", format: .pdf, sha256: "ab", encoding: "utf-8",
                                           unicodeVersion: nil),
                        document: header, sections: [section], indicators: indicators,
                        assignments: [Assignment(sectionId: "1", lead: ["UBND"], cooperating: [], deadline: nil, text: "a", lines: span),
                                      Assignment(sectionId: "2", lead: [], cooperating: ["a", "b"], deadline: "2025", text: "", lines: span)],
                        appendices: [Appendix(label: "PHỤ LỤC", title: nil, tables: [table], blocks: []),
                                     Appendix(label: "2", title: "t", tables: [], blocks: section.blocks)],
                        recipients: Self.awkward, signature: Signature(authority: "TM.", title: nil, name: "A"),
                        warnings: [PlanWarning(code: .numberingGap, message: "m", sectionId: nil, line: 3),
                                   PlanWarning(code: .noStructure, message: "n", sectionId: "1", line: nil)],
                        repair: RepairSummary(applied: true, tokens: 10, changed: 2, lowConfidence: 1))
        try expectSame(plan, "full")
        plan.signature = nil
        plan.document = DocumentHeader()
        plan.source.unicodeVersion = "15.1"
        try expectSame(plan, "nil signature")
        try expectSame(Plan(source: SourceInfo(path: "", format: .text, sha256: "", encoding: "")), "empty")
    }

    @Test func nonFiniteValuesStillThrow() {
        let plan = Plan(source: SourceInfo(path: "x", format: .text, sha256: "", encoding: ""),
                        indicators: [Indicator(sectionId: "1", text: "t", value: .infinity, lines: LineSpan(line: 1))])
        #expect(throws: (any Error).self) { try PlanJSON.encode(plan) }
    }
}
