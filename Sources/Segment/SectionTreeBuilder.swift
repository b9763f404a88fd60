import PlanModel

/// Builds the section tree from the body's paragraphs, deciding by numbering context which
/// numbered paragraphs are headings, and reports numbering gaps and duplicates.
///
/// A numbered paragraph is a heading when it is
/// 1. the next sibling (or a skipped or repeated one) of an open section of the same list,
///    looked for from the deepest open section up (closing the deeper ones); or
/// 2. a plausible first subsection of the deepest open section: numbered 1 (or 2, a gap,
///    when its style is a usual deeper level than its parent's), of a style no open ancestor
///    uses, a decimal's leading components matching its parent's number ("4.1" under "4.");
///    at the top, numbered 1.
/// Anything else is text of the deepest open section. Paragraphs before the first heading
/// (the preamble) belong to no section: they are kept as the document's preamble blocks.
struct SectionTreeBuilder {
    private struct Node {
        var section: Section
        var marker: NumberingMarker
        var builder = BlockBuilder()
        /// Numbers of the subsections so far, with the line of the first of each.
        var childNumbers: [String: Int] = [:]
        var childCount = 0
        /// A part or chapter printed alone ("PHẦN I"): its title is the next paragraph, in capitals.
        var awaitsTitle = false
    }

    private var stack: [Node] = []
    private var roots: [Section] = []
    private var rootNumbers: [String: Int] = [:]
    private var rootCount = 0
    private var usedIds = Set<String>()
    private(set) var warnings: [PlanWarning] = []
    /// The paragraphs before the first heading.
    private var preamble = BlockBuilder()
    /// The cleaned source lines by number, to place a heading's remainder on its line.
    private let lineTexts: [Int: String]

    init(lines: [SourceLine]) {
        var map: [Int: String] = [:]
        for line in lines { map[line.number] = line.text }
        lineTexts = map
    }

    /// The tree and its warnings.
    static func build(_ paragraphs: ArraySlice<Paragraph>, lines: [SourceLine],
                      ocr: Bool = false) -> (sections: [Section], warnings: [PlanWarning]) {
        let tree = buildWithPreamble(paragraphs, lines: lines, ocr: ocr)
        return (tree.sections, tree.warnings)
    }

    /// The tree, its warnings and the preamble (the blocks before the first heading).
    /// - Parameter ocr: the text was OCR'd and repaired: Roman headings misread by OCR
    ///   ("1." for I, "IL." for II, "I." twice) are read as the numbering context asks
    ///   (`OCRRomanReadings`). Clean text is read exactly as printed.
    static func buildWithPreamble(_ paragraphs: ArraySlice<Paragraph>, lines: [SourceLine],
                                  ocr: Bool = false)
        -> (sections: [Section], warnings: [PlanWarning], preamble: [Block]) {
        var builder = SectionTreeBuilder(lines: lines)
        let overrides = ocr ? OCRRomanReadings.readings(paragraphs.map { $0.cells == nil ? Emphasis.strip($0.text) : "" }) : [:]
        for (offset, paragraph) in paragraphs.enumerated() {
            builder.add(paragraph, reading: overrides[offset])
        }
        let tree = builder.finish()
        return (tree.sections, tree.warnings, builder.preamble.finish())
    }

    /// Whether a paragraph could open the tree (a first heading at the top).
    static func opensTree(_ paragraph: Paragraph) -> Bool {
        paragraph.cells == nil && NumberingMarkers.parse(Emphasis.strip(paragraph.text)).contains { $0.ordinal == 1 && $0.components.count == 1 }
    }

    /// Adds a paragraph; `reading`, when given, is the only reading of its marker.
    mutating func add(_ paragraph: Paragraph, reading: NumberingMarker? = nil) {
        if paragraph.cells == nil,
           let (level, marker, relation) = heading(for: Emphasis.strip(paragraph.text), readings: reading.map { [$0] }) {
            close(downTo: level)
            open(marker, relation: relation, paragraph: paragraph)
            return
        }
        guard !stack.isEmpty else {
            if roots.isEmpty { preamble.add(paragraph) }
            return
        }
        if stack[stack.count - 1].awaitsTitle {
            stack[stack.count - 1].awaitsTitle = false
            let text = Emphasis.strip(paragraph.text)
            if paragraph.cells == nil, HeaderText.isUpperCase(text) {
                stack[stack.count - 1].section.title = text
                stack[stack.count - 1].section.lines = LineSpan(stack[stack.count - 1].section.lines.first, paragraph.lines.last)
                return
            }
        }
        stack[stack.count - 1].builder.add(paragraph)
    }

    mutating func finish() -> (sections: [Section], warnings: [PlanWarning]) {
        close(downTo: 0)
        return (roots, warnings)
    }

    // MARK: Deciding

    /// The level the heading goes to (0 = top), its reading, and how it follows.
    private func heading(for text: String, readings given: [NumberingMarker]? = nil) -> (Int, NumberingMarker, NumberingRelation)? {
        let readings = given ?? NumberingMarkers.parse(text)
        guard !readings.isEmpty else { return nil }
        for level in stack.indices.reversed() {
            for reading in readings {
                if let relation = NumberingRelation.between(stack[level].marker, reading) {
                    return (level, reading, relation)
                }
                if startsNextGroup(reading, at: level) { return (level, reading, .next) }
            }
        }
        for reading in readings where canBeFirstChild(reading) {
            guard let relation = NumberingRelation.first(reading) else { continue }
            if relation == .next { return (stack.count, reading, relation) }
            // A list that starts at 2 is taken only at the top of a deeper level than its parent's
            // ("2." under "I."), not for a Roman numeral under a point "b)".
            if let parent = stack.last, Self.rank(reading) > Self.rank(parent.marker) {
                return (stack.count, reading, relation)
            }
        }
        return nil
    }

    /// The usual depth of a marker: a part ("PHẦN I") and a chapter ("CHƯƠNG II") above
    /// everything, an article ("Điều 1.") where a Roman numeral sits.
    static func rank(_ marker: NumberingMarker) -> Int {
        switch marker.division {
        case .part: return -2
        case .chapter: return -1
        case .article: return rank(.roman)
        case nil: return rank(marker.style)
        }
    }

    /// The usual depth of a numbering style in a plan: A. > I. > 1. > 1.1 > (1), a).
    static func rank(_ style: NumberingStyle) -> Int {
        switch style {
        case .upperLetter: return 0
        case .roman: return 1
        case .arabic: return 2
        case .decimal: return 3
        case .paren, .lowerLetter: return 4
        }
    }

    /// Decimals printed directly under a Roman numeral or a letter ("I." → "1.1.", "1.2.",
    /// "2.1.") carry the missing level in their first components: "2.1" after "1.2" is the
    /// next group's first item, a sibling.
    private func startsNextGroup(_ reading: NumberingMarker, at level: Int) -> Bool {
        let open = stack[level].marker
        guard reading.style == .decimal, open.style == .decimal, reading.components.count == open.components.count,
              reading.ordinal == 1, let newGroup = reading.prefix.last, let oldGroup = open.prefix.last,
              newGroup == oldGroup + 1, reading.prefix.dropLast() == open.prefix.dropLast() else { return false }
        if level == 0 { return true }
        let parent = stack[level - 1].marker
        return !(parent.style == .arabic || parent.style == .decimal) || parent.components != open.prefix
    }

    private func canBeFirstChild(_ reading: NumberingMarker) -> Bool {
        guard let parent = stack.last else {
            return reading.components.count == 1 && roots.isEmpty
        }
        if parent.childCount > 0 { return false }
        if stack.contains(where: { $0.marker.style == reading.style && $0.marker.division == reading.division
                && $0.marker.components.count == reading.components.count }) {
            return false
        }
        if reading.style == .decimal {
            switch parent.marker.style {
            case .arabic, .decimal:
                return reading.prefix == parent.marker.components
            default:
                return reading.components.count == 2
            }
        }
        return reading.components.count == 1
    }

    // MARK: Building

    private mutating func open(_ marker: NumberingMarker, relation: NumberingRelation, paragraph: Paragraph) {
        let parentId = stack.last?.section.id
        let component = idComponent(marker, parent: stack.last?.marker)
        var id = parentId.map { "\($0).\(component)" } ?? component
        if usedIds.contains(id) {
            var n = 2
            while usedIds.contains("\(id)#\(n)") { n += 1 }
            id = "\(id)#\(n)"
        }
        usedIds.insert(id)

        let split = HeadingTitle.split(marker.rest)
        let section = Section(id: id, marker: marker.marker, number: marker.number, style: marker.style,
                              title: Emphasis.strip(split.title), lines: paragraph.lines)
        var node = Node(section: section, marker: marker)
        node.awaitsTitle = marker.division.map { $0 != .article } == true && section.title.isEmpty
        if let rest = split.rest {
            let offset = Self.characters(of: paragraph.text, before: marker.rest) + split.restOffset
            let first = line(atOffset: offset, in: paragraph)
            node.builder.add(BlockBuilder.block(text: rest, lines: LineSpan(first, paragraph.lines.last)))
        }

        report(relation, marker: marker, id: id, line: paragraph.lines.first, parentId: parentId)
        if stack.isEmpty {
            rootNumbers[marker.number] = rootNumbers[marker.number] ?? paragraph.lines.first
            rootCount += 1
        } else {
            stack[stack.count - 1].childNumbers[marker.number] = stack[stack.count - 1].childNumbers[marker.number] ?? paragraph.lines.first
            stack[stack.count - 1].childCount += 1
        }
        stack.append(node)
    }

    /// Closes open sections from the deepest up to `level` (inclusive), attaching each to its parent.
    private mutating func close(downTo level: Int) {
        while stack.count > level {
            var node = stack.removeLast()
            node.section.blocks = node.builder.finish()
            // A bracketed note after the last item of a list ("(Phân công nhiệm vụ cụ thể tại
            // phụ lục đính kèm)") is about the whole list: it goes to the list's parent.
            var notes: [Block] = []
            if stack.count > level, node.section.style == .paren || node.section.style == .lowerLetter {
                while let block = node.section.blocks.last, Self.isBracketedNote(block) {
                    notes.insert(node.section.blocks.removeLast(), at: 0)
                }
            }
            var last = node.section.lines.last
            if let block = node.section.blocks.last { last = max(last, block.lines.last) }
            if let child = node.section.children.last { last = max(last, child.lines.last) }
            node.section.lines = LineSpan(node.section.lines.first, last)
            if stack.isEmpty {
                roots.append(node.section)
            } else {
                stack[stack.count - 1].section.children.append(node.section)
                for note in notes { stack[stack.count - 1].builder.add(note) }
            }
        }
    }

    /// A paragraph wholly in brackets that opens with a capital: "(Chi tiết tại Phụ lục 1)".
    static func isBracketedNote(_ block: Block) -> Bool {
        guard block.kind == .paragraph, block.text.hasPrefix("(") else { return false }
        var text = Substring(block.text)
        while let last = text.last, last == "." || last == " " { text = text.dropLast() }
        guard text.last == ")", text.dropFirst().first?.isUppercase == true else { return false }
        var depth = 0
        for (i, c) in zip(text.indices, text) {
            if c == "(" { depth += 1 }
            if c == ")" {
                depth -= 1
                if depth == 0, text.index(after: i) != text.endIndex { return false }
            }
        }
        return depth == 0
    }

    /// A section's own id component: "III", "2" for "1.2" under "1.", "(4)", "a".
    private func idComponent(_ marker: NumberingMarker, parent: NumberingMarker?) -> String {
        switch marker.style {
        case .paren: return "(\(marker.number))"
        case .decimal:
            if let parent, parent.style == .arabic || parent.style == .decimal, marker.prefix == parent.components {
                return String(marker.ordinal)
            }
            return marker.number
        default: return marker.number
        }
    }

    /// The source line holding character `offset` of a paragraph's text.
    /// - Complexity: O(offset): a line is counted whole only when the offset lies past it.
    private func line(atOffset offset: Int, in paragraph: Paragraph) -> Int {
        var consumed = 0
        for number in paragraph.lines.first...paragraph.lines.last {
            guard let text = lineTexts[number] else { continue }
            // `consumed + text.count + 1 > offset`, without counting a long line to its end.
            let d = offset - consumed
            if d < 0 || text.index(text.startIndex, offsetBy: d, limitedBy: text.endIndex) != nil { return number }
            consumed += text.count + 1
        }
        return paragraph.lines.last
    }

    /// `text.count - rest.count`: the Characters before `rest` where `rest` ends `text`,
    /// counted over that prefix alone (the marker) instead of over both whole texts.
    static func characters(of text: String, before rest: String) -> Int {
        let cut = text.utf8.count - rest.utf8.count
        guard cut >= 0, text.utf8.dropFirst(cut).elementsEqual(rest.utf8) else { return text.count - rest.count }
        // Where `rest` starts a Character of `text`, the two counts add up.
        guard let boundary = String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: cut), within: text) else {
            return text.count - rest.count
        }
        return text[..<boundary].count
    }

    // MARK: Warnings

    private mutating func report(_ relation: NumberingRelation, marker: NumberingMarker, id: String, line: Int, parentId: String?) {
        let place = parentId.map { "under \($0)" } ?? "at the top level"
        switch relation {
        case .next:
            return
        case .gap(let missing):
            let names = missing.map { NumberingMarkers.printedMarker($0, like: marker) }
            let verb = names.count == 1 ? "is" : "are"
            let isFirst = (stack.last?.childCount ?? rootCount) == 0
            let message = isFirst
                ? "the numbering \(place) starts at \(marker.marker) (line \(line)): \(names.joined(separator: ", ")) \(verb) missing"
                : "the numbering \(place) jumps from \(previousMarker()) to \(marker.marker) (line \(line)): \(names.joined(separator: ", ")) \(verb) missing"
            warnings.append(PlanWarning(code: .numberingGap, message: message, sectionId: id, line: line))
        case .duplicate:
            let numbers = stack.last?.childNumbers ?? rootNumbers
            let first = numbers[marker.number].map { "at line \($0) and again " } ?? ""
            let message = "\(marker.marker) is used twice \(place): \(first)at line \(line)"
            warnings.append(PlanWarning(code: .numberingDuplicate, message: message, sectionId: id, line: line))
        }
    }

    /// The marker of the sibling closed just before.
    private func previousMarker() -> String {
        let siblings = stack.last?.section.children ?? roots
        return siblings.last?.marker ?? "?"
    }
}
