import Testing
import Foundation
import TestSupport
@testable import Diff
@testable import Pipeline

/// `vnplan diff` end to end on the plan JSON fixtures in Tests/Fixtures/diff.
@Suite struct DiffCommandTests {
    static let old = TestPaths.fixtures.appendingPathComponent("diff/old-plan.json").path
    static let new = TestPaths.fixtures.appendingPathComponent("diff/new-plan.json").path

    @Test func jsonReportOfTheFixturePair() throws {
        let result = try DiffCLI.run(["diff", Self.old, Self.new, "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let json = Data(result.stdout.utf8)
        #expect(try SchemaValidator.errors(json: json, schema: "plan-diff.schema.json") == [])
        let diff = try JSONDecoder().decode(PlanDiff.self, from: json)
        let listed = diff.changes.map { "\($0.kind.rawValue) \($0.target.rawValue) \($0.oldId ?? "-")>\($0.newId ?? "-")" }
        #expect(listed == [
            "changed document 103/KH-UBND>120/KH-UBND",
            "changed section II.1>II.1",
            "changed section III.1>III.1",
            "removed section III.2>-",
            "changed section III.3>III.2",
            "changed section III.4>III.3",
            "added section ->III.4",
            "changed appendix-row PHỤ LỤC 1#1.1>PHỤ LỤC 1#1.1",
        ])
        // III.4.1 → III.3.1 follows its parent; the re-wrapped, new-tone section I is no change.
        #expect(!diff.changes.contains { $0.oldId == "III.4.1" || $0.oldId == "I" })
        #expect(diff.summary.unchanged == 4)
        let section = diff.changes[1]
        #expect(section.fields.contains(.init(path: "indicator.value", old: "14%/năm", new: "15%/năm")))
        let task = diff.changes[2]
        #expect(task.fields == [.init(path: "assignment.lead", old: "Phòng Kinh tế, Hạ tầng và Đô thị", new: "Văn phòng HĐND và UBND"),
                                .init(path: "assignment.deadline", old: "Thường xuyên", new: "Năm 2026")])
        #expect(diff.changes[4].renumbered && diff.changes[4].fields.isEmpty && diff.changes[4].textDiff == nil)
        #expect(diff.changes[7].fields == [.init(path: "cell.Năm 2030", old: "14%", new: "15%")])
    }

    /// A replacement plan as text, through the whole converter (segmenter and extractors).
    @Test func textReplacementPlan() throws {
        let old = TestPaths.fixtures.appendingPathComponent("diff/ke-hoach-cu.txt").path
        let new = TestPaths.fixtures.appendingPathComponent("diff/ke-hoach-moi.txt").path
        let result = try DiffCLI.run(["diff", old, new, "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let json = Data(result.stdout.utf8)
        #expect(try SchemaValidator.errors(json: json, schema: "plan-diff.schema.json") == [])
        let diff = try JSONDecoder().decode(PlanDiff.self, from: json)
        let sections = diff.changes.filter { $0.target == .section }.map(KnownEdits.Expected.init).map(\.description)
        // Section I (NFD, new tone placement) and the untouched sections are not listed.
        #expect(sections == [
            "changed section II.(1)>II.(1) indicator.value,title",
            "removed section III.2>- text",
            "changed section III.3>III.2 renumbered",
            "changed section III.4>III.3 renumbered",
            "added section ->III.4 text",
            "changed section IV>IV assignment.deadline,assignment.lead,text",
        ])
        let fields = diff.changes.flatMap(\.fields)
        #expect(fields.contains(.init(path: "indicator.value", old: "14%/năm", new: "15%/năm")))
        #expect(fields.contains(.init(path: "assignment.lead", old: "Phòng Kinh tế, Hạ tầng và Đô thị", new: "Văn phòng HĐND và UBND phường")))
        #expect(fields.contains(.init(path: "assignment.deadline", old: "trước ngày 15/12/2026", new: "trước ngày 30/6/2026")))
        // The number of the document changed too, once the header parser reads it.
        if let number = diff.changes.first(where: { $0.target == .document })?.fields.first(where: { $0.path == "document.number" }) {
            #expect(number.old == "103/KH-UBND" && number.new == "120/KH-UBND")
        }
        // I, II, II.(2), III and III.1.
        #expect(diff.summary.unchanged == 5)
    }

    @Test func samePlanExitsZero() throws {
        let result = try DiffCLI.run(["diff", Self.old, Self.old, "--format", "json"])
        #expect(result.status == 0)
        let diff = try JSONDecoder().decode(PlanDiff.self, from: Data(result.stdout.utf8))
        #expect(diff.changes.isEmpty)
    }

    @Test func textIsPlainWhenNotATerminal() throws {
        let result = try DiffCLI.run(["diff", Self.old, Self.new, "--format", "text"])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("[-14-]{+15+}"))
        #expect(result.stdout.contains("III.3 → III.2"))
    }

    @Test func markdownHasASummaryTableAndBeforeAfter() throws {
        let result = try DiffCLI.run(["diff", Self.old, Self.new, "--format", "markdown"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("| Added | 1 |"))
        #expect(result.stdout.contains("| Unchanged | 4 |"))
        #expect(result.stdout.contains("**Before:**"))
        #expect(result.stdout.contains("~~14~~"))
        #expect(result.stdout.contains("**15**"))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-diff-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try DiffCLI.run(["diff", Self.old, Self.new, "--format", "html", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && !html.contains("<script") && !html.contains("http://") && !html.contains("src="))
        #expect(html.contains("<del>14</del><ins>15</ins>"))
        #expect(html.contains("<a href=\"#c1\">"))
        #expect(html.contains("id=\"c8\""))
    }

    @Test func htmlEscapesEverything() {
        var plan = Sample.base()
        plan.sections[0].title = "<script>alert('x')</script> & \"quotes\""
        let html = HTMLRenderer().render(PlanDiffer().diff(old: Sample.base(), new: plan))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
    }

    @Test func errorsAreOneLineNamingTheFileWithStatusTwo() throws {
        let missing = try DiffCLI.run(["diff", "/nonexistent/old.txt", Self.new])
        #expect(missing.status == 2)
        #expect(missing.stderr == "vnplan: /nonexistent/old.txt: no such file\n")

        let notPlan = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-notplan-\(UUID().uuidString).json")
        try Data("{\"hello\": 1}".utf8).write(to: notPlan)
        defer { try? FileManager.default.removeItem(at: notPlan) }
        let wrong = try DiffCLI.run(["diff", Self.old, notPlan.path])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.split(separator: "\n").count == 1 && wrong.stderr.contains(notPlan.path))

        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-broken-\(UUID().uuidString).json")
        try Data("{\"schemaVersion\": \"1.0\", \"sections\": [{\"id\": 3}]}".utf8).write(to: broken)
        defer { try? FileManager.default.removeItem(at: broken) }
        let bad = try DiffCLI.run(["diff", broken.path, Self.new])
        #expect(bad.status == 2)
        #expect(bad.stderr.split(separator: "\n").count == 1 && bad.stderr.contains(broken.path), "\(bad.stderr)")

        let format = try DiffCLI.run(["diff", Self.old, Self.new, "--format", "pdf"])
        #expect(format.status == 2 && format.stderr.contains("--format"))
    }

    @Test func standardInputIsOneSide() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.old))
        let result = try DiffCLI.run(["diff", "-", Self.old, "--format", "json"], stdin: data)
        #expect(result.status == 0, "\(result.stderr)")
    }
}

/// The built `vnplan`, run by the shared test helper.
typealias DiffCLI = VNPlanBinary
