import PlanModel

/// A document printed after another one's closing: a decision (Quyết định) or a resolution
/// that "ban hành kèm theo" a plan is followed, after its Nơi nhận and signature, by the plan
/// itself with its own header (issuer, quốc hiệu, kind label, title, "(Ban hành kèm theo Quyết
/// định số …)") and its own numbered sections. The plan's sections are the substance: they join
/// the section tree after the decision's articles instead of being read as recipients.
struct AttachedDocument: Hashable {
    /// The attached document's header paragraphs (issuer to the line before its first heading).
    var header: Range<Int>
    /// Its numbered body: from its first heading to its own closing, an appendix, or the end.
    var body: Range<Int>

    /// How many paragraphs after the kind label the first heading may come (title lines,
    /// "(Ban hành kèm theo …)", a separator).
    static let headingWindow = 8

    /// The attached document after the closing that starts at `closingStart`: a kind label
    /// ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", …) followed within a few paragraphs by a first
    /// heading (I., 1., A.). Nil when the closing is the document's last part.
    static func find(_ paragraphs: [Paragraph], closingStart: Int, appendixStart: Int?) -> AttachedDocument? {
        let count = paragraphs.count
        var index = closingStart + 1
        while index < count {
            defer { index += 1 }
            guard paragraphs[index].cells == nil, mayBeKindLabel(paragraphs[index].text.utf8) else { continue }
            let text = HeaderText.clean(paragraphs[index].text)
            guard DocumentKinds.kind(ofLabel: text) != nil || DocumentKinds.labelBeforeSummary(text) != nil else { continue }
            let window = (index + 1)..<min(index + 1 + headingWindow, count)
            guard let first = window.first(where: { SectionTreeBuilder.opensTree(paragraphs[$0]) }) else { continue }
            var headerStart = index
            while headerStart - 1 > closingStart, isHeaderLine(HeaderText.clean(paragraphs[headerStart - 1].text)) {
                headerStart -= 1
            }
            var end = count
            if let appendixStart, appendixStart > first { end = appendixStart }
            if let own = ownClosing(paragraphs, from: first + 1, to: end) { end = own }
            return AttachedDocument(header: headerStart..<first, body: first..<end)
        }
        return nil
    }

    /// The kind labels' UTF-8 ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", …).
    private static let labelBytes: [[UInt8]] = DocumentKinds.labels.map { Array($0.0.utf8) }

    /// Whether the paragraph's bytes start with a kind label, possibly after "**" (a byte
    /// comparison: most paragraphs fail at their first byte).
    static func mayBeKindLabel(_ utf8: String.UTF8View) -> Bool {
        var start = utf8.startIndex
        while start != utf8.endIndex, utf8[start] == 0x2A { start = utf8.index(after: start) }
        let rest = utf8[start...]
        return labelBytes.contains { rest.starts(with: $0) }
    }

    /// A line of a document header above the kind label: the issuer (upper case), the quốc
    /// hiệu and tiêu ngữ, a separator, "Số: …", or the place and date. The signer's name, in
    /// mixed case, is not one: the closing ends with it.
    static func isHeaderLine(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        if HeaderText.isMotto(text) || HeaderText.isSeparator(text) { return true }
        if NumberLine.parse(text) != nil { return true }
        if HeaderParserImpl.shortPlaceDate(text) != nil || DocumentDates.longForm(in: text) != nil, text.count <= 80 {
            return true
        }
        return text.count <= 80 && HeaderText.isUpperCase(text) && !DocumentRegions.isClosingStart(text)
    }

    /// Where the attached document's own closing starts: a "Nơi nhận" or signature authority
    /// line, or a signature printed without one ("CHỦ TỊCH" and a name) in the last paragraphs.
    static func ownClosing(_ paragraphs: [Paragraph], from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        if let closing = (start..<end).first(where: { DocumentRegions.isClosingStart(paragraphs[$0].text) }) {
            return closing
        }
        let tail = max(start, end - 3)..<end
        return tail.first { index in
            let text = HeaderText.clean(paragraphs[index].text)
            guard text.count <= 40, HeaderText.isUpperCase(text), !SectionTreeBuilder.opensTree(paragraphs[index]) else { return false }
            return (index..<end).allSatisfy { paragraphs[$0].text.count <= 40 }
        }
    }

    /// `sections` with any top-level id that `used` already holds made unique as the tree
    /// builder does for a repeated number ("1" → "1#2"), its descendants' ids following it.
    static func uniqued(_ sections: [Section], against used: Set<String>) -> [Section] {
        var taken = used
        return sections.map { section in
            guard taken.contains(section.id) else { taken.insert(section.id); return section }
            var n = 2
            while taken.contains("\(section.id)#\(n)") { n += 1 }
            let id = "\(section.id)#\(n)"
            taken.insert(id)
            return renamed(section, from: section.id, to: id)
        }
    }

    private static func renamed(_ section: Section, from old: String, to new: String) -> Section {
        var copy = section
        copy.id = new + section.id.dropFirst(old.count)
        copy.children = section.children.map { renamed($0, from: old, to: new) }
        return copy
    }

    /// Every id in a tree.
    static func ids(_ sections: [Section]) -> Set<String> {
        var result = Set<String>()
        func visit(_ section: Section) {
            result.insert(section.id)
            section.children.forEach(visit)
        }
        sections.forEach(visit)
        return result
    }
}
