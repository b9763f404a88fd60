/// DOCX extraction writes bold and italic runs as `**…**`, `***…***` and `*…*`. They are
/// formatting, not text: titles and blocks are given without them. A `*` followed by a
/// space is a bullet, not emphasis, and stays.
enum Emphasis {
    /// - Complexity: O(n).
    static func strip(_ text: String) -> String {
        guard FastText.containsByte(text, 0x2A, 0x5F) else { return text }
        guard let scalars = FastText.simpleScalars(text) else { return stripCharacters(text) }
        return strip(scalars)
    }

    /// `strip` on `Character`s: text that is not simple, and the reference the tests hold the
    /// scalar path to.
    static func stripCharacters(_ text: String) -> String { strip(Array(text)) }

    static func strip<U: TextUnit>(_ chars: [U]) -> String {
        let star = U("*"), underscore = U("_"), space = U(" ")
        var out: [U] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            if chars[i] == star || (chars[i] == underscore && i + 1 < chars.count && chars[i + 1] == underscore) {
                let mark = chars[i]
                var j = i
                while j < chars.count, chars[j] == mark { j += 1 }
                let opens = j < chars.count && !chars[j].isUnitWhitespace
                let closes = i > 0 && !chars[i - 1].isUnitWhitespace
                // A lone "*" followed by a space is a bullet: neither opens nor closes.
                if opens || closes {
                    i = j
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        // Runs of spaces collapsed, none at the start or the end.
        var collapsed: [U] = []
        collapsed.reserveCapacity(out.count)
        var pendingSpace = false
        for unit in out {
            if unit == space { pendingSpace = !collapsed.isEmpty; continue }
            if pendingSpace { collapsed.append(space) }
            pendingSpace = false
            collapsed.append(unit)
        }
        return U.text(collapsed)
    }
}
