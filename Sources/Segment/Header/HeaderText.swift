/// Small text helpers for header lines.
enum HeaderText {
    /// The line without bold markers (`**`) and surrounding spaces.
    static func clean(_ text: String) -> String {
        if isClean(text.utf8) { return text }
        var t = text
        if t.contains("**") { t = t.replacingOccurrences(of: "**", with: "") }
        return String(t.trimmingCharacters(in: " \t"))
    }

    /// No "**" and no space or tab at either end: `clean` leaves the text as it is. (A
    /// `Character` "*", " " or "\t" is that one scalar, so the bytes tell.)
    private static func isClean(_ utf8: String.UTF8View) -> Bool {
        guard let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x09, last != 0x20, last != 0x09
        else { return false }
        var previous: UInt8 = 0
        for b in utf8 {
            if b == 0x2A && previous == 0x2A { return false }
            previous = b
        }
        return true
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

    /// An OCR'd upper-case line without the short lower-case words OCR made of a seal or a
    /// mark beside it ("ĐẢNG ỦY PHƯỜNG HƯNG ĐẠO ở"); any other line as it is.
    static func withoutStrayWords(_ text: String) -> String {
        func stray(_ word: Substring) -> Bool {
            word.count <= 2 && !word.contains { $0.isLetter && $0.isUppercase }
        }
        var words = text.split(separator: " ")[...]
        while let first = words.first, stray(first) { words = words.dropFirst() }
        while let last = words.last, stray(last) { words = words.dropLast() }
        let kept = words.joined(separator: " ")
        return kept.count < text.count && isUpperCase(kept) ? kept : text
    }

    /// A separator line: only dashes, underscores, asterisks, dots or spaces.
    static func isSeparator(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { "-–—_*.=~ ".contains($0) }
    }

    /// A line that holds an issuer and, after it, the quốc hiệu or tiêu ngữ of the other
    /// column ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ AN BÌNH Độc lập - Tự do
    /// - Hạnh phúc"), parted; any other line as it is.
    static func splitMotto(_ text: String) -> [String] {
        var index = text.startIndex
        while let space = text[index...].firstIndex(of: " ") {
            index = text.index(after: space)
            guard isMotto(String(text[index...])) else { continue }
            let before = String(text[..<space].trimmingCharacters(in: " \t"))
            return before.isEmpty ? [text] : [before, String(text[index...])]
        }
        return [text]
    }

    /// Quốc hiệu and tiêu ngữ lines, which name no issuer.
    static func isMotto(_ text: String) -> Bool {
        // Only c, C, đ or Đ uppercase to the first letter of these.
        guard let first = text.utf8.first, first == 0x43 || first == 0x63 || first == 0xC4 else { return false }
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
