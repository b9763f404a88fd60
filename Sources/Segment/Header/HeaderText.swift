/// Small text helpers for header lines.
enum HeaderText {
    /// The line without bold markers (`**`) and surrounding spaces.
    static func clean(_ text: String) -> String {
        var t = text
        if t.contains("**") { t = t.replacingOccurrences(of: "**", with: "") }
        return String(t.trimmingCharacters(in: " \t"))
    }

    /// True when every letter is uppercase and there are at least two letters.
    static func isUpperCase(_ text: String) -> Bool {
        var letters = 0
        for c in text where c.isLetter {
            if c.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A separator line: only dashes, underscores, asterisks, dots or spaces.
    static func isSeparator(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { "-–—_*.=~ ".contains($0) }
    }

    /// Quốc hiệu and tiêu ngữ lines, which name no issuer.
    static func isMotto(_ text: String) -> Bool {
        let folded = text.uppercased()
        return folded.hasPrefix("CỘNG HÒA XÃ HỘI") || folded.hasPrefix("CỘNG HOÀ XÃ HỘI")
            || folded.hasPrefix("ĐỘC LẬP") || folded.hasPrefix("ĐẢNG CỘNG SẢN VIỆT NAM")
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

}

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> Substring {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return Substring(s)
    }
}
