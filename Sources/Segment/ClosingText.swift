import PlanModel

/// The closing formula of the body ("Trên đây là Kế hoạch …", and what follows it up to
/// "Nơi nhận", such as "(Kế hoạch này thay thế Kế hoạch số 70/KH-UBND …)./.") is the
/// document's, not the last section's: it is taken out of the last section.
enum ClosingText {
    static let openers = ["Trên đây là ", "Trên đây là:"]

    static func take(from sections: inout [Section]) -> [Block] {
        guard !sections.isEmpty else { return [] }
        return take(from: &sections[sections.count - 1])
    }

    /// Looks in the last section at each depth, deepest first.
    private static func take(from section: inout Section) -> [Block] {
        if !section.children.isEmpty {
            let found = take(from: &section.children[section.children.count - 1])
            if !found.isEmpty {
                section.lines = LineSpan(section.lines.first, section.children[section.children.count - 1].lines.last)
                return found
            }
        }
        guard let i = section.blocks.firstIndex(where: { block in
            block.kind == .paragraph && openers.contains { block.text.hasPrefix($0) }
        }) else { return [] }
        let closing = Array(section.blocks[i...])
        section.blocks.removeSubrange(i...)
        var last = section.lines.first
        if let block = section.blocks.last { last = max(last, block.lines.last) }
        if let child = section.children.last { last = max(last, child.lines.last) }
        // A heading's remainder on its own line stays inside the heading's span.
        section.lines = LineSpan(section.lines.first, last)
        return closing
    }
}
