import PlanModel
@testable import Diff

/// The known edits made to a plan's source text instead of its plan, so that the replacement
/// goes through the whole converter: lines removed, headings renumbered, sections swapped
/// and appended, a value and a lead unit rewritten, a paragraph re-wrapped.
struct TextEdits {
    private(set) var lines: [String]
    /// Replace lines `first...last` (1-based) by `replacement`; `last == first - 1` inserts.
    private var ops: [(first: Int, last: Int, replacement: [String])] = []
    /// Edits that could not be made (a heading marker not where the plan says, …).
    private(set) var problems: [String] = []

    init(lines: [String]) { self.lines = lines }

    func line(_ n: Int) -> String { n >= 1 && n <= lines.count ? lines[n - 1] : "" }

    mutating func replace(_ first: Int, _ last: Int, with replacement: [String]) {
        ops.append((first, last, replacement))
    }

    /// The edited text: operations applied from the bottom up, so line numbers stay valid.
    func applied() -> [String] {
        var result = lines
        for op in ops.sorted(by: { ($0.first, $0.last) > ($1.first, $1.last) }) {
            let lower = max(op.first - 1, 0), upper = min(max(op.last, op.first - 1), result.count)
            result.replaceSubrange(lower..<upper, with: op.replacement)
        }
        return result
    }

    /// The heading line of `section` with its marker (and the number prefix of decimal
    /// descendants) changed from `section`'s to `target`'s.
    mutating func relabeledSpan(_ section: Section, as target: Section) -> [String] {
        var span = Array(lines[(section.lines.first - 1)..<min(section.lines.last, lines.count)])
        func rewrite(_ s: Section, marker: String) {
            let index = s.lines.first - section.lines.first
            guard index >= 0, index < span.count else { problems.append("\(s.id): heading outside its span"); return }
            let text = span[index]
            let indent = text.prefix { $0 == " " || $0 == "\t" }
            let rest = text.dropFirst(indent.count)
            guard rest.hasPrefix(s.marker) else {
                problems.append("\(s.id): line \(s.lines.first) does not start with \(s.marker)")
                return
            }
            span[index] = indent + marker + rest.dropFirst(s.marker.count)
        }
        rewrite(section, marker: target.marker)
        for child in section.flattened.dropFirst() where child.marker.hasPrefix(section.number + ".") {
            rewrite(child, marker: target.number + child.marker.dropFirst(section.number.count))
        }
        return span
    }

    /// Moves line breaks inside the blocks of `section` (its own blocks, not its children's).
    mutating func rewrap(_ section: Section) {
        for block in section.blocks where block.kind != .table {
            let numbers = (block.lines.first...block.lines.last).filter { !line($0).trimmingSpaces().isEmpty }
            if numbers.count >= 2 {
                var texts = numbers.map { line($0) }
                var moved = false
                for i in 0..<(texts.count - 1) {
                    var words = texts[i].split(separator: " ")
                    guard words.count >= 4, let last = words.last, Self.canStartLine(last) else { continue }
                    words.removeLast()
                    texts[i] = words.joined(separator: " ")
                    texts[i + 1] = String(last) + " " + texts[i + 1].trimmingSpaces()
                    moved = true
                }
                if moved { for (n, t) in zip(numbers, texts) { replace(n, n, with: [t]) } }
            } else if let n = numbers.first {
                // One paragraph a line (DOCX): a break would make two paragraphs, so only
                // the spacing changes.
                let words = line(n).split(separator: " ")
                guard words.count >= 4 else { continue }
                replace(n, n, with: [words.enumerated().map { $0.offset % 3 == 2 ? "\($0.element)  " : "\($0.element) " }
                    .joined() + " "])
            }
        }
    }

    /// A word that cannot be read as a heading or bullet when it starts a line.
    static func canStartLine(_ word: Substring) -> Bool {
        guard let first = word.first, first.isLetter, first.isLowercase else { return false }
        return !word.hasSuffix(")") && !word.hasSuffix(".") && word.count > 1
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
