import PlanModel

/// Footnotes of a DOCX or PDF page land where the page ended, often in another section
/// ("¹“4 xin”: Xin chào, …" after the heading "3. Cơ cấu lại nền kinh tế …" while the mark
/// "“5 không”¹" is in 1.4). A paragraph that opens with a superscript number is moved to the
/// section whose title or text carries that mark, after the block holding it.
enum Footnotes {
    static let superscripts: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    static func relocate(_ sections: inout [Section]) {
        var notes: [(mark: String, block: Block)] = []
        for i in sections.indices { take(&sections[i], into: &notes) }
        for note in notes {
            var placed = false
            for i in sections.indices where !placed { placed = place(note.block, mark: note.mark, in: &sections[i]) }
            if !placed { putBack(note.block, in: &sections) }
        }
    }

    /// The superscript digits that open a footnote paragraph ("¹" of "¹“4 xin”: …").
    static func mark(of block: Block) -> String? {
        guard block.kind == .paragraph else { return nil }
        let mark = block.text.prefix { superscripts.contains($0) }
        return mark.isEmpty || mark.count == block.text.count ? nil : String(mark)
    }

    private static func take(_ section: inout Section, into notes: inout [(mark: String, block: Block)]) {
        section.blocks.removeAll { block in
            guard let mark = mark(of: block) else { return false }
            notes.append((mark, block))
            return true
        }
        for i in section.children.indices { take(&section.children[i], into: &notes) }
    }

    /// Puts the note after the first block (or title) of `section` or its subsections that
    /// carries the mark after a non-superscript character.
    private static func place(_ note: Block, mark: String, in section: inout Section) -> Bool {
        if carries(section.title, mark) {
            section.blocks.insert(note, at: 0)
            return true
        }
        if let i = section.blocks.firstIndex(where: { carries($0.text, mark) }) {
            section.blocks.insert(note, at: i + 1)
            return true
        }
        for i in section.children.indices where place(note, mark: mark, in: &section.children[i]) { return true }
        return false
    }

    private static func carries(_ text: String, _ mark: String) -> Bool {
        var rest = Substring(text)
        while let r = rest.firstRange(of: mark) {
            let next = rest[r.upperBound...].first
            if r.lowerBound > rest.startIndex, !superscripts.contains(rest[rest.index(before: r.lowerBound)]),
               next.map({ !superscripts.contains($0) }) ?? true {
                return true
            }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// No mark found: the note goes back to the deepest section that starts before it.
    private static func putBack(_ note: Block, in sections: inout [Section]) {
        guard let i = sections.lastIndex(where: { $0.lines.first <= note.lines.first }) else { return }
        if sections[i].children.contains(where: { $0.lines.first <= note.lines.first }) {
            putBack(note, in: &sections[i].children)
        } else {
            let at = sections[i].blocks.firstIndex { $0.lines.first > note.lines.first } ?? sections[i].blocks.count
            sections[i].blocks.insert(note, at: at)
        }
    }
}
