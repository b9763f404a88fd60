import Testing
@testable import Diff
@testable import Pipeline

/// The renderers on a small diff: colour only when asked, Markdown escaping, word marks.
@Suite struct RendererTests {
    static var diff: PlanDiff {
        var targets = Sample.targets
        targets.children[0].text[0] = "- Tổng thu ngân sách trên địa bàn tăng bình quân 15%/năm."
        var tasks = Sample.tasks().children
        tasks.append(S("6", "Quốc phòng | an ninh", ["Giữ vững *an ninh* chính trị."]))
        return PlanDiffer().diff(old: Sample.base(), new: plan([Sample.purposes, targets, Sample.tasks(tasks), Sample.organisation],
                                                              indicators: Sample.targetIndicators,
                                                              assignments: Sample.taskAssignments))
    }

    @Test func textIsColouredOnlyForATerminal() {
        let coloured = TextRenderer(color: true).render(Self.diff)
        #expect(coloured.contains("\u{1B}[31;9m14\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32;4m15\u{1B}[0m"))
        let plain = TextRenderer(color: false).render(Self.diff)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("[-14-]{+15+}"))
        #expect(plain.contains("+ III.6  Quốc phòng | an ninh  [section: added]"))
    }

    @Test func markdownEscapesTableAndEmphasisCharacters() {
        let markdown = MarkdownRenderer().render(Self.diff)
        #expect(markdown.contains("Quốc phòng \\| an ninh"))
        #expect(markdown.contains("Giữ vững \\*an ninh\\* chính trị."))
        #expect(markdown.contains("**Added:**"))
    }

    @Test func noChangesSaysSo() {
        let same = PlanDiffer().diff(old: Sample.base(), new: Sample.base())
        #expect(TextRenderer(color: false).render(same).hasSuffix("No changes.\n"))
        #expect(MarkdownRenderer().render(same).hasSuffix("No changes.\n"))
        #expect(HTMLRenderer().render(same).contains("<p>No changes.</p>"))
    }

    /// A removed heading without text of its own: its title, no empty quote or block.
    @Test func removedHeadingWithoutTextShowsNoEmptyQuote() {
        var tasks = Sample.tasks().children
        tasks.append(S("6", "Quốc phòng, an ninh", []))
        let diff = PlanDiffer().diff(old: plan([Sample.purposes, Sample.targets, Sample.tasks(tasks), Sample.organisation],
                                               indicators: Sample.targetIndicators, assignments: Sample.taskAssignments),
                                     new: Sample.base())
        let removed = diff.changes.filter { $0.kind == .removed }
        #expect(removed.map(\.title) == ["Quốc phòng, an ninh"])
        let markdown = MarkdownRenderer().render(diff)
        #expect(markdown.contains("Quốc phòng, an ninh"))
        #expect(!markdown.contains("**Removed:**\n\n> \n"))
        #expect(!HTMLRenderer().render(diff).contains("<del></del>"))
        #expect(!TextRenderer(color: false).render(diff).contains("\n    \n"))
    }
}
