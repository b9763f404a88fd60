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

// MARK: Fixed words as OCR prints them

extension HeaderText {
    /// The header's fixed words in a repaired OCR line, as they are printed: the number's
    /// label "Số" whose mark OCR changed ("Sơ:", "So:", "S6:"), and a date whose words lost
    /// their marks ("ngay_ 15 thang 12 nam 2025") or whose digit one OCR read as a bar or a
    /// letter ("tháng | năm 2026", "tháng l"). Other lines are returned unchanged.
    static func withOCRFixedWords(_ line: String) -> String {
        withPrintedDate(withPrintedNumberLabel(line))
    }

    private static let oGlyphs: Set<Character> = Set("oóòỏõọôốồổỗộơớờởỡợOÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ06")

    /// "Sơ: 12/KH-UBND" → "Số: 12/KH-UBND": an S, an o-like glyph, then a colon, or a space
    /// and a token with a digit and a "/" or "-".
    static func withPrintedNumberLabel(_ line: String) -> String {
        let chars = Array(line.prefix(3))
        guard chars.count == 3, chars[0] == "S" || chars[0] == "s", oGlyphs.contains(chars[1]), chars[1] != "ố" else {
            return line
        }
        let tail = line.dropFirst(2)
        if chars[2] == ":" { return "Số" + tail }
        guard chars[2] == " ", let token = tail.split(separator: " ").first,
              token.contains(where: \.isNumber), token.contains(where: { $0 == "/" || $0 == "-" }) else { return line }
        return "Số" + tail
    }

    /// "ngay_ 15 thang | nam 2025" → "ngày 15 tháng 1 năm 2025".
    static func withPrintedDate(_ line: String) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 6 else { return line }
        func digits(_ word: String) -> String? {
            let mapped = word.map { c -> Character in
                switch c {
                case "|", "l", "I", "!": return "1"
                case "O", "o": return "0"
                default: return c
                }
            }
            guard (1...2).contains(mapped.count), mapped.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return String(mapped)
        }
        for i in 0...(words.count - 6) where OCRFold.letters(words[i]) == "ngay" {
            guard OCRFold.letters(words[i + 2]) == "thang", OCRFold.letters(words[i + 4]) == "nam",
                  words[i + 5].prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), words[i + 5].count >= 4,
                  let day = digits(words[i + 1]), let month = digits(words[i + 3]) else { continue }
            words[i] = words[i].first?.isUppercase == true ? "Ngày" : "ngày"
            words[i + 1] = day
            words[i + 2] = "tháng"
            words[i + 3] = month
            words[i + 4] = "năm"
            return words.joined(separator: " ")
        }
        return line
    }
}
