import PlanModel

/// Indicators (chỉ tiêu) from the section tree.
///
/// Where: a section whose title names targets (`Các chỉ tiêu chủ yếu`, `Một số chỉ tiêu cụ
/// thể`, `Mục tiêu:`, `Mục tiêu cụ thể` …) and everything below it. Each numbered child and
/// each bullet or paragraph there is a statement; every quantity in a statement is one
/// indicator, its `text` the clause that holds it (split on `.`, `;` and, when a part holds
/// several quantities, `,`). Under a `chỉ tiêu` heading a numbered child without any
/// quantity (`(5) Phấn đấu đến năm 2028 không còn hộ nghèo.`) is still one indicator with a
/// null value; under a `mục tiêu` heading statements without a quantity are goals, not
/// indicators, and are left out.
///
/// Comparator: `>=` for trở lên / trên / ít nhất / từ / không thấp hơn / tối thiểu / ≥ / >,
/// `<=` for tối đa / không quá / dưới / không vượt / ≤ / <, null for estimates (khoảng, gần,
/// xấp xỉ) and for statements without a quantity, `=` for any other stated target (`đạt
/// 100%`, `tăng bình quân 15%/năm`). A range (`50-100 cơ sở`) gives its lower end with `>=`.
/// Outside such headings only stated aims count: sentences opened by `Phấn đấu` (or its
/// misspellings) or following `mục tiêu:`.
/// Year: the clause's `Đến năm 2030` / `giai đoạn 2026 - 2030` / `năm 2028`, else the one an
/// earlier clause of the same sentence stated.
enum IndicatorExtractorImpl {
    enum Mode { case targets, goals }

    static func extract(from sections: [Section]) -> [Indicator] {
        var out: [Indicator] = []
        for section in sections { visit(section, mode: nil, out: &out) }
        return out
    }

    private static func visit(_ section: Section, mode inherited: Mode?, out: inout [Indicator]) {
        let own = headingMode(section.title)
        if let inherited {
            // A statement section inside a target heading: its title is a statement, and so is
            // each paragraph after it (a heading's title stops at its first sentence).
            let paragraphs = section.blocks.filter { $0.kind == .paragraph }
            let mode = own ?? inherited
            var found = indicators(in: section.title, sectionId: section.id, lines: section.lines)
            for block in paragraphs { found += indicators(in: block.text, sectionId: section.id, lines: section.lines) }
            // A numbered target without a figure is still a target; a sub-heading with its own
            // children or bullets ("a) Về kinh tế:") is not.
            let isLeaf = section.children.isEmpty && !section.blocks.contains { $0.kind == .item }
            if found.isEmpty, isLeaf, mode == .targets, inherited == .targets, own == nil {
                let statement = ([section.title] + paragraphs.map(\.text)).filter { !$0.isEmpty }.joined(separator: ". ")
                if !statement.isEmpty {
                    out.append(Indicator(sectionId: section.id, text: clean(statement), year: QuantityScanner.targetYear(in: statement),
                                         lines: section.lines))
                }
            } else {
                out += found
            }
            for block in section.blocks where block.kind == .item {
                out += indicators(in: block.text, sectionId: section.id, lines: block.lines)
            }
            for child in section.children { visit(child, mode: mode, out: &out) }
        } else if let own {
            for block in section.blocks where block.kind != .table && block.kind != .subheading {
                out += indicators(in: block.text, sectionId: section.id, lines: block.lines)
            }
            for child in section.children { visit(child, mode: own, out: &out) }
        } else {
            // Outside target headings, a stated aim is a target too: the sentences that start
            // "Phấn đấu …" or follow "mục tiêu:" ("… với mục tiêu: 100% các văn bản …").
            out += aims(in: section.title, sectionId: section.id, lines: section.lines)
            // A paragraph that stops mid-sentence continues in the next one (however the
            // lines were wrapped), so the aim is read over both.
            var runs: [(text: String, lines: LineSpan)] = []
            var open = false
            for block in section.blocks where block.kind == .paragraph || block.kind == .item {
                if open, block.kind == .paragraph, var last = runs.popLast() {
                    last.text += " " + block.text
                    last.lines = last.lines.union(block.lines)
                    runs.append(last)
                } else {
                    runs.append((block.text, block.lines))
                }
                open = !(block.text.last.map { ".!?".contains($0) } ?? true)
            }
            for run in runs { out += aims(in: run.text, sectionId: section.id, lines: run.lines) }
            for child in section.children { visit(child, mode: nil, out: &out) }
        }
    }

    /// Words that open a stated aim (with the misspellings seen in real plans).
    static let aimOpeners = ["Phấn đấu", "phấn đấu", "Phân đấu", "Phân đầu", "Phấn đầu"]
    private static let aimNeedles = TextSearch.Needles(aimOpeners + ["mục tiêu:"])

    /// Indicators of the aims stated in a text outside target headings: from an opener or
    /// from `mục tiêu:` to the end of its sentence.
    static func aims(in text: String, sectionId: String, lines: LineSpan) -> [Indicator] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        guard TextSearch.containsAny(text, aimNeedles) else {
            return []
        }
        var out: [Indicator] = []
        for sentence in ClauseSplitter.sentences(text) {
            var start: String.Index?
            for opener in aimOpeners {
                if let r = TextSearch.range(of: opener, in: sentence), start == nil || r.lowerBound < (start ?? r.lowerBound) {
                    start = r.lowerBound
                }
            }
            if let r = TextSearch.range(of: "mục tiêu:", in: sentence), start == nil || r.upperBound < (start ?? r.upperBound) {
                start = r.upperBound
            }
            guard let start else { continue }
            out += indicators(in: String(sentence[start...]).trimmed(), sectionId: sectionId, lines: lines)
        }
        return out
    }

    /// `targets` for a `chỉ tiêu` heading, `goals` for a `mục tiêu` one, nil otherwise.
    static func headingMode(_ title: String) -> Mode? {
        guard let scalars = FastText.simpleScalars(title) else { return headingModeCharacters(title) }
        let lower = FastText.lowerScalars(scalars)
        let r = FastText.trim(lower, 0..<lower.count)
        guard r.count <= 120 else { return nil }
        var start = r.lowerBound
        for prefix in modePrefixes where start + prefix.count <= r.upperBound && FastText.matches(lower, start, prefix) {
            start += prefix.count
        }
        guard start + chiTieu.count <= r.upperBound || start + mucTieu.count <= r.upperBound else { return nil }
        if start + chiTieu.count <= r.upperBound, FastText.matches(lower, start, chiTieu) { return .targets }
        if start + mucTieu.count <= r.upperBound, FastText.matches(lower, start, mucTieu) {
            let rest = Array(lower[start..<r.upperBound])
            return FastText.find(chiTieu, in: rest) != nil ? .targets : .goals
        }
        return nil
    }

    private static let modePrefixes = ["các ", "một số ", "hệ thống ", "những ", "nhóm "].map(FastText.array)
    private static let chiTieu = FastText.array("chỉ tiêu"), mucTieu = FastText.array("mục tiêu")

    static func headingModeCharacters(_ title: String) -> Mode? {
        var t = Substring(title.lowercased().trimmed())
        guard t.count <= 120 else { return nil }
        for prefix in ["các ", "một số ", "hệ thống ", "những ", "nhóm "] where t.hasPrefix(prefix) {
            t = t.dropFirst(prefix.count)
        }
        if t.hasPrefix("chỉ tiêu") { return .targets }
        if t.hasPrefix("mục tiêu") {
            return TextSearch.contains(String(t), "chỉ tiêu") ? .targets : .goals
        }
        return nil
    }

    /// One indicator per quantity of `statement`.
    static func indicators(in statement: String, sectionId: String, lines: LineSpan) -> [Indicator] {
        guard let c = FastText.simpleScalars(statement) else { return indicatorsCharacters(in: statement, sectionId: sectionId, lines: lines) }
        let lc = FastText.lowerScalars(c)
        var out: [Indicator] = []
        for sentence in ClauseSplitter.sentences(c, 0..<c.count) {
            // A year stated in a clause holds for the clauses after it in the sentence
            // ("Đến năm 2030, … 97,45% trở lên; … 61,03%"), not for those before.
            var carriedYear: Int?
            for clause in ClauseSplitter.clauses(c, sentence) {
                let clauseLower = Array(lc[clause])
                let parts = ClauseSplitter.quantityParts(Array(c[clause]), clauseLower)
                for part in parts {
                    // The same rule inside a clause: a part takes the year of an earlier part.
                    let partYear = QuantityScanner.targetYear(lower: part.lower) ?? carriedYear
                    carriedYear = partYear
                    let text = clean(part.text)
                    for q in part.quantities {
                        let comparator: Comparator? = q.approximate ? nil : (q.bound ?? (q.upper != nil ? .atLeast : .equal))
                        out.append(Indicator(sectionId: sectionId, text: text, value: q.value, unit: q.unit,
                                             comparator: comparator,
                                             year: partYear,
                                             lines: lines))
                    }
                }
                // A year in a clause without quantities ("Đến năm 2030, …;") holds for what follows.
                if parts.isEmpty, let year = QuantityScanner.targetYear(lower: clauseLower) { carriedYear = year }
            }
        }
        return out
    }

    /// `indicators(in:)` of text that is not simple.
    static func indicatorsCharacters(in statement: String, sectionId: String, lines: LineSpan) -> [Indicator] {
        var out: [Indicator] = []
        for sentence in ClauseSplitter.sentences(statement) {
            // A year stated in a clause holds for the clauses after it in the sentence
            // ("Đến năm 2030, … 97,45% trở lên; … 61,03%"), not for those before.
            var carriedYear: Int?
            for clause in ClauseSplitter.clauses(sentence) {
                let parts = ClauseSplitter.quantityParts(clause)
                for part in parts {
                    // The same rule inside a clause: a part takes the year of an earlier part.
                    let partYear = QuantityScanner.targetYear(in: part.text) ?? carriedYear
                    carriedYear = partYear
                    for q in part.quantities {
                        let comparator: Comparator? = q.approximate ? nil : (q.bound ?? (q.upper != nil ? .atLeast : .equal))
                        out.append(Indicator(sectionId: sectionId, text: clean(part.text), value: q.value, unit: q.unit,
                                             comparator: comparator,
                                             year: partYear,
                                             lines: lines))
                    }
                }
                // A year in a clause without quantities ("Đến năm 2030, …;") holds for what follows.
                if parts.isEmpty, let year = QuantityScanner.targetYear(in: clause) { carriedYear = year }
            }
        }
        return out
    }

    /// Trims the clause: outer spaces, a leading bullet, trailing `;` `,` `.`, unbalanced brackets.
    static func clean(_ text: String) -> String {
        guard let scalars = FastText.simpleScalars(text) else { return cleanCharacters(text) }
        return clean(scalars)
    }

    @inline(__always)
    private static func isTrailingPunctuation(_ s: Unicode.Scalar) -> Bool {
        s == ";" || s == "," || s == "." || s == ":" || FastText.isWhitespace(s)
    }

    /// `clean` of simple text given as scalars.
    static func clean(_ c: [Unicode.Scalar]) -> String {
        var r = FastText.trim(c, 0..<c.count)
        var a = r.lowerBound, b = r.upperBound
        if a < b, c[a] == "-" || c[a] == "+" || c[a] == "•" || c[a] == "*", a + 1 < b, c[a + 1] == " " { a += 2 }
        while b > a, isTrailingPunctuation(c[b - 1]) { b -= 1 }
        var opens = 0, closes = 0
        for k in a..<b {
            if c[k] == "(" { opens += 1 } else if c[k] == ")" { closes += 1 }
        }
        if opens > closes, a < b, c[a] == "(" { a += 1 }
        if closes > opens, b > a, c[b - 1] == ")" { b -= 1 }
        while b > a, isTrailingPunctuation(c[b - 1]) { b -= 1 }
        r = FastText.trim(c, a..<b)
        return FastText.string(c[r])
    }

    static func cleanCharacters(_ text: String) -> String {
        var s = Substring(text.trimmed())
        if let first = s.first, "-+•*".contains(first), s.dropFirst().first == " " { s = s.dropFirst(2) }
        while let last = s.last, ";,.:".contains(last) || last.isWhitespace { s = s.dropLast() }
        let opens = s.filter { $0 == "(" }.count, closes = s.filter { $0 == ")" }.count
        if opens > closes, s.first == "(" { s = s.dropFirst() }
        if closes > opens, s.last == ")" { s = s.dropLast() }
        while let last = s.last, ";,.:".contains(last) || last.isWhitespace { s = s.dropLast() }
        return s.trimmed()
    }
}

/// Splits statements into sentences, clauses and the parts that hold one quantity each.
///
/// Simple text (`FastText.isSimple`) is split on its scalars, as index ranges; other text
/// by the original `Character` code.
enum ClauseSplitter {
    typealias Scalars = [Unicode.Scalar]

    /// Sentences: a `.` followed by a space and an uppercase letter or digit ends one.
    static func sentences(_ text: String) -> [String] {
        guard let c = FastText.simpleScalars(text) else { return sentencesCharacters(text) }
        return sentences(c, 0..<c.count).map { FastText.string(c[$0]) }
    }

    static func sentencesCharacters(_ text: String) -> [String] {
        split(text) { chars, i in
            chars[i] == "." && i + 2 < chars.count && chars[i + 1] == " "
                && (chars[i + 2].isUppercase || chars[i + 2].isASCIIDigitChar)
                && !(i > 0 && chars[i - 1].isASCIIDigitChar && chars[i + 2].isASCIIDigitChar)
        }
    }

    /// Sentences of `c[range]`, as trimmed ranges of `c`.
    static func sentences(_ c: Scalars, _ range: Range<Int>) -> [Range<Int>] {
        let lo = range.lowerBound
        return split(c, range) { c, i, end in
            c[i] == "." && i + 2 < end && c[i + 1] == " "
                && (FastText.isUppercase(c[i + 2]) || FastText.isDigit(c[i + 2]))
                && !(i > lo && FastText.isDigit(c[i - 1]) && FastText.isDigit(c[i + 2]))
        }
    }

    /// Clauses of a sentence: split on `;`.
    static func clauses(_ sentence: String) -> [String] {
        guard let c = FastText.simpleScalars(sentence) else { return clausesCharacters(sentence) }
        return clauses(c, 0..<c.count).map { FastText.string(c[$0]) }
    }

    static func clausesCharacters(_ sentence: String) -> [String] {
        split(sentence) { chars, i in chars[i] == ";" }
    }

    static func clauses(_ c: Scalars, _ range: Range<Int>) -> [Range<Int>] {
        split(c, range) { c, i, _ in c[i] == ";" }
    }

    struct Part: Equatable {
        var text: String
        var quantities: [Quantity]
    }

    /// A part of simple text: its scalars and their lowercase forms.
    struct ScalarPart {
        var text: Scalars
        var lower: Scalars
        var quantities: [Quantity]
    }

    /// A clause holding several quantities is split on `, ` so that each part holds the
    /// quantities stated together; parts without one join the next (or, at the end, the last).
    static func quantityParts(_ clause: String) -> [Part] {
        guard let c = FastText.simpleScalars(clause) else { return quantityPartsCharacters(clause) }
        return quantityParts(c, FastText.lowerScalars(c)).map { Part(text: FastText.string($0.text), quantities: $0.quantities) }
    }

    /// `quantityParts` of a simple clause given as scalars and lowercase scalars.
    static func quantityParts(_ clause: Scalars, _ lower: Scalars) -> [ScalarPart] {
        let all = QuantityScanner.scan(clause, lower: lower)
        guard all.count > 1 else {
            return all.isEmpty ? [] : [ScalarPart(text: clause, lower: lower, quantities: all)]
        }
        let pieces = split(clause, 0..<clause.count) { c, i, end in
            c[i] == "," && i + 1 < end && c[i + 1] == " "
        }
        var parts: [ScalarPart] = []
        var pending: Scalars = [], pendingLower: Scalars = []
        for piece in pieces {
            var text = pending, lowerText = pendingLower
            if !pending.isEmpty { text.append(" "); lowerText.append(" ") }
            text += clause[piece]
            lowerText += lower[piece]
            let quantities = QuantityScanner.scan(text, lower: lowerText)
            if quantities.isEmpty {
                pending = text
                pendingLower = lowerText
            } else {
                parts.append(ScalarPart(text: text, lower: lowerText, quantities: quantities))
                pending = []
                pendingLower = []
            }
        }
        if !pending.isEmpty, var last = parts.popLast() {
            last.text.append(" ")
            last.text += pending
            last.lower.append(" ")
            last.lower += pendingLower
            parts.append(last)
        }
        return parts
    }

    static func quantityPartsCharacters(_ clause: String) -> [Part] {
        let all = QuantityScanner.scan(clause)
        guard all.count > 1 else { return all.isEmpty ? [] : [Part(text: clause, quantities: all)] }
        let pieces = split(clause) { chars, i in
            chars[i] == "," && i + 1 < chars.count && chars[i + 1] == " "
        }
        var parts: [Part] = []
        var pending = ""
        for piece in pieces {
            let text = pending.isEmpty ? piece : pending + " " + piece
            let quantities = QuantityScanner.scan(text)
            if quantities.isEmpty {
                pending = text
            } else {
                parts.append(Part(text: text, quantities: quantities))
                pending = ""
            }
        }
        if !pending.isEmpty, var last = parts.popLast() {
            last.text += " " + pending
            parts.append(last)
        }
        return parts
    }

    /// Splits `c[range]` after each separator accepted by `isBreak(c, i, range.upperBound)`
    /// (the separator stays with the left piece); pieces are trimmed, empty ones dropped.
    private static func split(_ c: Scalars, _ range: Range<Int>, isBreak: (Scalars, Int, Int) -> Bool) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        let end = range.upperBound
        var i = start
        while i < end {
            if isBreak(c, i, end) {
                let piece = FastText.trim(c, start..<(i + 1))
                if !piece.isEmpty { pieces.append(piece) }
                start = i + 1
            }
            i += 1
        }
        if start < end {
            let piece = FastText.trim(c, start..<end)
            if !piece.isEmpty { pieces.append(piece) }
        }
        return pieces
    }

    /// Splits after each separator character accepted by `isBreak` (the separator stays with
    /// the left piece); pieces are trimmed, empty ones dropped.
    private static func split(_ text: String, isBreak: ([Character], Int) -> Bool) -> [String] {
        let chars = Array(text)
        var pieces: [String] = []
        var start = 0
        for i in chars.indices {
            if isBreak(chars, i) {
                let piece = String(chars[start...i]).trimmed()
                if !piece.isEmpty { pieces.append(piece) }
                start = i + 1
            }
        }
        if start < chars.count {
            let piece = String(chars[start...]).trimmed()
            if !piece.isEmpty { pieces.append(piece) }
        }
        return pieces
    }
}
