import PlanModel

/// How a marker follows the open section of its list.
enum NumberingRelation: Hashable {
    /// The expected next number.
    case next
    /// Numbers were skipped (III then V): the missing ordinals.
    case gap(missing: [Int])
    /// The same number again (12.5 twice).
    case duplicate

    /// How `new` follows `open` in the same list, or nil when it does not continue it
    /// (another style, another decimal prefix, a step back, or a jump of more than three).
    static func between(_ open: NumberingMarker, _ new: NumberingMarker) -> NumberingRelation? {
        guard new.sameList(as: open) else { return nil }
        let a = open.ordinal, b = new.ordinal
        if b == a + 1 { return .next }
        // Capital letters: "D." then "E." is the Latin habit for parts, not a gap.
        if open.style == .upperLetter, a == 4, b == 6 { return .next }
        if b == a { return .duplicate }
        if b > a + 1, b <= a + 3 { return .gap(missing: Array((a + 1)..<b)) }
        return nil
    }

    /// How `new` starts the subsections of a section that has none yet: at 1, or at 2 when
    /// the first was left out (a gap). Nil when it cannot be a first subsection.
    static func first(_ new: NumberingMarker) -> NumberingRelation? {
        switch new.ordinal {
        case 1: return .next
        case 2: return .gap(missing: [1])
        default: return nil
        }
    }
}
