/// DOCX extraction writes bold and italic runs as `**…**`, `***…***` and `*…*`. They are
/// formatting, not text: titles and blocks are given without them. A `*` followed by a
/// space is a bullet, not emphasis, and stays.
enum Emphasis {
    /// - Complexity: O(n).
    static func strip(_ text: String) -> String {
        guard FastText.containsByte(text, 0x2A, 0x5F) else { return text }
        guard let chars = FastText.simpleScalars(text) else { return stripCharacters(text) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            if chars[i] == "*" || (chars[i] == "_" && i + 1 < chars.count && chars[i + 1] == "_") {
                let mark = chars[i]
                var j = i
                while j < chars.count, chars[j] == mark { j += 1 }
                let opens = j < chars.count && !FastText.isWhitespace(chars[j])
                let closes = i > 0 && !FastText.isWhitespace(chars[i - 1])
                if opens || closes {
                    i = j
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        // Collapsed spaces, as `collapseSpaces`.
        var collapsed: [Unicode.Scalar] = []
        collapsed.reserveCapacity(out.count)
        var pendingSpace = false
        for s in out {
            if s == " " { pendingSpace = !collapsed.isEmpty; continue }
            if pendingSpace { collapsed.append(" ") }
            pendingSpace = false
            collapsed.append(s)
        }
        return FastText.string(collapsed)
    }

    static func stripCharacters(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = 0
        while i < chars.count {
            if chars[i] == "*" || (chars[i] == "_" && i + 1 < chars.count && chars[i + 1] == "_") {
                let mark = chars[i]
                var j = i
                while j < chars.count, chars[j] == mark { j += 1 }
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let after: Character? = j < chars.count ? chars[j] : nil
                let opens = after.map { !$0.isWhitespace } ?? false
                let closes = before.map { !$0.isWhitespace } ?? false
                // A lone "*" that starts the text followed by a space is a bullet.
                if opens || closes {
                    i = j
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        return collapseSpaces(out)
    }

    static func collapseSpaces(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text {
            if character == " " { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(character)
        }
        return out
    }
}
