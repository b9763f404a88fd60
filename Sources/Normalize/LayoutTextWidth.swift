/// A rough printed width of a line, in ems of a proportional serif font (Times New Roman,
/// the font of administrative documents). Capitals are about half again as wide as small
/// letters, so an upper-case heading wraps after fewer characters than body text: counting
/// characters would take it for a short line.
enum LayoutTextWidth {
    /// - Complexity: O(n) in the characters of `text`.
    static func width(_ text: String) -> Double {
        var total = 0.0
        for character in text {
            if character == " " {
                total += 0.25
            } else if character.isUppercase {
                total += 0.70
            } else if character.isNumber {
                total += 0.50
            } else if character.isLetter {
                total += 0.46
            } else {
                total += 0.33
            }
        }
        return total
    }

    /// The measure (full line width) of a text: the 90th percentile of its line widths.
    static func measure(_ widths: [Double]) -> Double {
        guard !widths.isEmpty else { return 1 }
        let sorted = widths.sorted()
        let index = min(sorted.count - 1, Int(Double(sorted.count) * 0.9))
        return max(sorted[index], 1)
    }
}
