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
        guard let scalars = FastText.simpleScalars(text) else { return splitCharacters(text) }
        return split(scalars)
    }

    /// `split` on `Character`s: text that is not simple, and the reference the tests hold the
    /// scalar path to.
    static func splitCharacters(_ text: String) -> Split { split(Array(text)) }

    static func split<U: TextUnit>(_ c: [U]) -> Split {
        let (stop, bang, question, space) = (U("."), U("!"), U("?"), U(" "))
        var i = 0
        while i < c.count {
            let s = c[i]
            if s == stop || s == bang || s == question, i + 2 < c.count, c[i + 1] == space,
               startsSentence(c, from: i + 2), !isAbbreviation(c, endingAt: i) {
                var j = i + 1
                while j < c.count, c[j] == space { j += 1 }
                return Split(title: U.text(c[0..<trimmedEnd(c, s == stop ? i : i + 1)]),
                             rest: U.text(c[j...]), restOffset: j)
            }
            i += 1
        }
        return Split(title: U.text(c[0..<trimmedEnd(c, c.count)]), rest: nil, restOffset: c.count)
    }

    private static let openers: [Unicode.Scalar] = ["“", "\"", "'", "(", "«", "‘", "*"]

    private static func startsSentence<U: TextUnit>(_ c: [U], from index: Int) -> Bool {
        var k = index
        while k < c.count, openers.contains(where: { U($0) == c[k] }) { k += 1 }
        guard k < c.count else { return false }
        return c[k].isUnitUppercase || c[k].isUnitNumeric
    }

    private static func isAbbreviation<U: TextUnit>(_ c: [U], endingAt index: Int) -> Bool {
        let (space, open) = (U(" "), U("("))
        var k = index
        while k > 0, c[k - 1] != space, c[k - 1] != open { k -= 1 }
        if index - k == 1, c[k].isUnitLetter { return true }
        return abbreviations.contains(U.text(c[k..<index]))
    }

    /// The end of `c[..<end]` without a trailing ".", ":", ";" or "./." and spaces.
    private static func trimmedEnd<U: TextUnit>(_ c: [U], _ end: Int) -> Int {
        let trailing = [" ", ":", ";", ".", "/"].map { U($0) }
        var b = end
        while b > 0, trailing.contains(c[b - 1]) { b -= 1 }
        return b
    }
}
