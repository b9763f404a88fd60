/// The title of a heading paragraph.
///
/// A heading's text is usually a short title ("Mục tiêu:", "MỤC ĐÍCH, YÊU CẦU"). In many
/// plans a numbered paragraph is a whole statement ("4.1. Đẩy mạnh …; tập trung … . Phát triển
/// …"): the title is then the paragraph up to the end of its first sentence, and the rest of
/// the paragraph becomes the section's first paragraph block. A trailing ".", ":" or ";" is
/// not part of a title.
enum HeadingTitle {
    struct Split: Hashable {
        var title: String
        /// The text after the first sentence, if any.
        var rest: String?
        /// Where `rest` starts in the text, in characters.
        var restOffset: Int
    }

    /// Abbreviations whose "." does not end a sentence.
    static let abbreviations: Set<String> = ["TP", "Tp", "TT", "ThS", "TS", "PGS", "GS", "BS", "Q", "P", "X", "H",
                                             "v.v", "St", "Đ/c", "đ/c", "Ths", "KS", "CN", "Th.S", "TX"]

    static func split(_ text: String) -> Split {
        guard let c = FastText.simpleScalars(text) else { return splitCharacters(text) }
        var i = 0
        while i < c.count {
            let s = c[i]
            if s == "." || s == "!" || s == "?", i + 2 < c.count, c[i + 1] == " ",
               startsSentence(c, from: i + 2), !isAbbreviation(c, endingAt: i) {
                var j = i + 1
                while j < c.count, c[j] == " " { j += 1 }
                return Split(title: FastText.string(c[0..<trimmedEnd(c, s == "." ? i : i + 1)]),
                             rest: FastText.string(c[j...]), restOffset: j)
            }
            i += 1
        }
        return Split(title: FastText.string(c[0..<trimmedEnd(c, c.count)]), rest: nil, restOffset: c.count)
    }

    private static let openers: Set<Unicode.Scalar> = ["“", "\"", "'", "(", "«", "‘", "*"]

    private static func startsSentence(_ c: [Unicode.Scalar], from index: Int) -> Bool {
        var k = index
        while k < c.count, openers.contains(c[k]) { k += 1 }
        guard k < c.count else { return false }
        return FastText.isUppercase(c[k]) || c[k].properties.numericType != nil
    }

    private static func isAbbreviation(_ c: [Unicode.Scalar], endingAt index: Int) -> Bool {
        var k = index
        while k > 0, c[k - 1] != " ", c[k - 1] != "(" { k -= 1 }
        if index - k == 1, FastText.isLetter(c[k]) { return true }
        return abbreviations.contains(FastText.string(c[k..<index]))
    }

    /// The end of `trimmed` of `c[..<end]`.
    private static func trimmedEnd(_ c: [Unicode.Scalar], _ end: Int) -> Int {
        var b = end
        while b > 0, c[b - 1] == " " || c[b - 1] == ":" || c[b - 1] == ";" || c[b - 1] == "." || c[b - 1] == "/" { b -= 1 }
        return b
    }

    static func splitCharacters(_ text: String) -> Split {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?", i + 2 < chars.count, chars[i + 1] == " ",
               startsSentence(chars, from: i + 2), !isAbbreviation(chars, endingAt: i) {
                var j = i + 1
                while j < chars.count, chars[j] == " " { j += 1 }
                let title = String(chars[0..<(c == "." ? i : i + 1)])
                return Split(title: trimmed(title), rest: String(chars[j...]), restOffset: j)
            }
            i += 1
        }
        return Split(title: trimmed(text), rest: nil, restOffset: chars.count)
    }

    private static func startsSentence(_ chars: [Character], from index: Int) -> Bool {
        var k = index
        while k < chars.count, "“\"'(«‘*".contains(chars[k]) { k += 1 }
        guard k < chars.count else { return false }
        return chars[k].isUppercase || chars[k].isNumber
    }

    private static func isAbbreviation(_ chars: [Character], endingAt index: Int) -> Bool {
        var k = index
        while k > 0, chars[k - 1] != " ", chars[k - 1] != "(" { k -= 1 }
        let word = String(chars[k..<index])
        if word.count == 1, word.first?.isLetter == true { return true }
        return abbreviations.contains(word)
    }

    /// Without a trailing ".", ":", ";" or "./." and surrounding spaces.
    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last == " " || last == ":" || last == ";" || last == "." || last == "/" { s = s.dropLast() }
        return String(s)
    }
}
