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
/// Outside such headings only stated aims count: sentences from `Phấn đấu` (or its
/// misspellings) or after `mục tiêu`, sentences opening with a share (`100% …`) and sentences
/// holding a target word (`đến năm 2030`, `tối thiểu`, `trở lên`, `chỉ tiêu` …).
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
        // "Nhiệm vụ, giải pháp" under "MỤC TIÊU, NHIỆM VỤ": tasks, not targets, from here down.
        if inherited != nil, namesTasks(section.title, atStart: true) {
            visit(section, mode: nil, out: &out)
            return
        }
        // "MỤC TIÊU, NHIỆM VỤ …" heads both: its "Mục tiêu" child says which part holds targets.
        let own = namesTasks(section.title, atStart: false) ? nil : headingMode(section.title)
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
            out += tableIndicators(section)
            for child in section.children { visit(child, mode: mode, out: &out) }
        } else if let own {
            for block in section.blocks where block.kind != .table && block.kind != .subheading {
                out += indicators(in: block.text, sectionId: section.id, lines: block.lines)
            }
            out += tableIndicators(section)
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

    /// The rows of the tables under a target heading (`TableIndicators`).
    private static func tableIndicators(_ section: Section) -> [Indicator] {
        section.blocks.flatMap { block in
            block.table.map { TableIndicators.indicators(in: $0, sectionId: section.id) } ?? []
        }
    }

    /// Words that open a stated aim (with the misspellings seen in real plans).
    static let aimOpeners = ["Phấn đấu", "phấn đấu", "Phân đấu", "Phân đầu", "Phấn đầu", "Phần đầu", "phần đầu"]
    /// Words after which an aim is stated.
    static let aimWords = ["mục tiêu", "Mục tiêu"]
    /// Every way an aim can start holds one of these: an opener, `mục tiêu`, a target word, or
    /// the `%` of a sentence opening with a share.
    private static let aimNeedles = TextSearch.Needles(aimOpeners + aimWords + targetWords + ["%"])
    private static let aimOpenerScalars = aimOpeners.map(FastText.array)
    private static let aimWordScalars = aimWords.map(FastText.array)
    private static let targetWordScalars = targetWords.map(FastText.array)
    private static let shareLeads = ["Hằng năm", "Hàng năm"].map(FastText.array)

    /// Indicators of the aims stated in a text outside target headings: from an opener or
    /// from `mục tiêu` to the end of its sentence, or the whole sentence when it opens with a
    /// share or holds a target word.
    static func aims(in text: String, sectionId: String, lines: LineSpan) -> [Indicator] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        guard TextSearch.containsAny(text, aimNeedles) else { return [] }
        guard let c = FastText.simpleScalars(text) else { return aimsCharacters(in: text, sectionId: sectionId, lines: lines) }
        let lc = FastText.lowerScalars(c)
        var out: [Indicator] = []
        for sentence in ClauseSplitter.sentences(c, 0..<c.count) {
            guard var start = aimStart(c, sentence) else { continue }
            while start < sentence.upperBound, c[start] == ":" || c[start] == " " { start += 1 }
            let r = FastText.trim(c, start..<sentence.upperBound)
            out += indicators(Array(c[r]), Array(lc[r]), sectionId: sectionId, lines: lines)
        }
        return out
    }

    /// Where the aim stated in the sentence `c[sentence]` starts, nil if it states none.
    private static func aimStart(_ c: [Unicode.Scalar], _ sentence: Range<Int>) -> Int? {
        var start: Int?
        for opener in aimOpenerScalars {
            if let i = FastText.find(opener, in: c, within: sentence), start.map({ i < $0 }) ?? true { start = i }
        }
        // "… với mục tiêu: 100% …", "Mục tiêu đến năm 2030, tỷ lệ … đạt 100%", "hướng tới
        // mục tiêu thu gom … đạt 100%": the aim is what follows the word.
        for word in aimWordScalars {
            if let i = FastText.find(word, in: c, within: sentence), start.map({ i + word.count < $0 }) ?? true {
                start = i + word.count
            }
        }
        if start != nil { return start }
        // A sentence that opens with a share, or holds a target word, states a target.
        if opensWithShare(c, sentence) { return sentence.lowerBound }
        if targetWordScalars.contains(where: { FastText.find($0, in: c, within: sentence) != nil }) { return sentence.lowerBound }
        return nil
    }

    /// `opensWithShare` of the sentence `c[r]` of simple text.
    static func opensWithShare(_ c: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        for lead in shareLeads where i + lead.count <= r.upperBound && FastText.matches(c, i, lead) {
            i += lead.count
            while i < r.upperBound, c[i] == "," || c[i] == " " { i += 1 }
        }
        guard i < r.upperBound, FastText.isDigit(c[i]) else { return false }
        while i < r.upperBound, FastText.isDigit(c[i]) || c[i] == "," || c[i] == "." { i += 1 }
        while i < r.upperBound, c[i] == " " { i += 1 }
        return i < r.upperBound && c[i] == "%"
    }

    /// `aims(in:)` of text that is not simple.
    static func aimsCharacters(in text: String, sectionId: String, lines: LineSpan) -> [Indicator] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        var out: [Indicator] = []
        for sentence in ClauseSplitter.sentencesCharacters(text) {
            var start: String.Index?
            for opener in aimOpeners {
                if let r = TextSearch.range(of: opener, in: sentence), start == nil || r.lowerBound < (start ?? r.lowerBound) {
                    start = r.lowerBound
                }
            }
            for word in aimWords {
                if let r = TextSearch.range(of: word, in: sentence), start == nil || r.upperBound < (start ?? r.upperBound) {
                    start = r.upperBound
                }
            }
            // A sentence that opens with a share ("100% cán bộ, công chức được tập huấn …",
            // "Hằng năm, 100% các chi đoàn đăng ký …") states a target by its form.
            if start == nil, opensWithShare(sentence) { start = sentence.startIndex }
            // So does a quantity set for a year ahead ("… đến năm 2030 đạt 50%"), bounded as a
            // target is ("đạt tối thiểu 20% tổng chi", "đạt ít nhất 5%", "từ 90% trở lên") or
            // named a chỉ tiêu ("hoàn thành 100% chỉ tiêu tuyển chọn …").
            if start == nil, targetWords.contains(where: { TextSearch.contains(sentence, $0) }) {
                start = sentence.startIndex
            }
            guard var start else { continue }
            while start < sentence.endIndex, sentence[start] == ":" || sentence[start] == " " {
                start = sentence.index(after: start)
            }
            out += indicatorsCharacters(in: String(sentence[start...]).trimmed(), sectionId: sectionId, lines: lines)
        }
        return out
    }

    /// Words that make a quantity in the same sentence a target.
    static let targetWords = ["đến năm 20", "đến hết năm 20", "tối thiểu", "ít nhất", "trở lên",
                              "không thấp hơn", "không vượt quá", "không quá", "tối đa", "chỉ tiêu"]

    /// "100% …", "Hằng năm, 100% …", "Hàng năm 95% …": a percentage at the start of a sentence.
    static func opensWithShare(_ sentence: String) -> Bool {
        var rest = Substring(sentence)
        for lead in ["Hằng năm", "Hàng năm"] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count).drop { $0 == "," || $0 == " " }
        }
        let digits = rest.prefix { $0.isASCIIDigitChar || $0 == "," || $0 == "." }
        guard let first = digits.first, first.isASCIIDigitChar else { return false }
        return rest.dropFirst(digits.count).drop { $0 == " " }.first == "%"
    }

    /// Whether a heading names tasks: at its start ("Nhiệm vụ, giải pháp", "Giải pháp thực
    /// hiện", "Tổ chức thực hiện") or, with `atStart` false, after its goals ("Mục tiêu, nhiệm
    /// vụ", "MỤC TIÊU VÀ GIẢI PHÁP").
    static func namesTasks(_ title: String, atStart: Bool) -> Bool {
        // "nhiệm vụ", "giải pháp", "tổ chức thực hiện" / "mục tiêu" in either case: the first
        // byte rules out most titles before any lowercasing.
        guard let first = title.utf8.first.map({ $0 | 0x20 }) else { return false }
        guard atStart ? (first == 0x6E || first == 0x67 || first == 0x74) : first == 0x6D else { return false }
        let lower = title.lowercased()
        guard lower.count <= 120 else { return false }
        let words = ["nhiệm vụ", "giải pháp", "tổ chức thực hiện"]
        if atStart { return words.contains { lower.hasPrefix($0) } }
        guard lower.hasPrefix("mục tiêu") else { return false }
        return words.contains { TextSearch.contains(lower, ", " + $0) || TextSearch.contains(lower, " và " + $0) }
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
        // "Thông qua kế hoạch … với các chỉ tiêu chủ yếu sau:" announces the targets below.
        var end = r.upperBound
        while end > r.lowerBound, lower[end - 1] == ":" || lower[end - 1] == " " { end -= 1 }
        if end - r.lowerBound >= sau.count, FastText.endsWith(lower, end, sau),
           FastText.find(chiTieu, in: Array(lower[r])) != nil {
            return .targets
        }
        return nil
    }

    private static let sau = FastText.array(" sau")

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
        while let last = t.last, last == ":" || last == " " { t = t.dropLast() }
        if t.hasSuffix(" sau"), TextSearch.contains(String(t), "chỉ tiêu") { return .targets }
        return nil
    }

    /// One indicator per quantity of `statement`.
    static func indicators(in statement: String, sectionId: String, lines: LineSpan) -> [Indicator] {
        guard let c = FastText.simpleScalars(statement) else { return indicatorsCharacters(in: statement, sectionId: sectionId, lines: lines) }
        return indicators(c, FastText.lowerScalars(c), sectionId: sectionId, lines: lines)
    }

    /// `indicators(in:)` of a simple statement given as its scalars and their lowercase forms.
    private static func indicators(_ c: [Unicode.Scalar], _ lc: [Unicode.Scalar], sectionId: String, lines: LineSpan) -> [Indicator] {
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
        // A bracket left open before the figure holds the statement (see `cleanCharacters`).
        if opens > closes, let open = lastOpen(c, a..<b), open != a,
           !c[open..<b].contains(")"), c[open..<b].contains(where: FastText.isDigit) {
            a = open + 1
        }
        if opens > closes, a < b, c[a] == "(" { a += 1 }
        if closes > opens, b > a, c[b - 1] == ")" { b -= 1 }
        while b > a, isTrailingPunctuation(c[b - 1]) { b -= 1 }
        r = FastText.trim(c, a..<b)
        return FastText.string(c[r])
    }

    private static func lastOpen(_ c: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
        var k = r.upperBound
        while k > r.lowerBound {
            k -= 1
            if c[k] == "(" { return k }
        }
        return nil
    }

    static func cleanCharacters(_ text: String) -> String {
        var s = Substring(text.trimmed())
        if let first = s.first, "-+•*".contains(first), s.dropFirst().first == " " { s = s.dropFirst(2) }
        while let last = s.last, ";,.:".contains(last) || last.isWhitespace { s = s.dropLast() }
        let opens = s.filter { $0 == "(" }.count, closes = s.filter { $0 == ")" }.count
        // "… giảm tỷ trọng nông nghiệp (phấn đấu công nghiệp - xây dựng tăng trên 15,2%/năm": a
        // bracket left open before the figure holds the statement; what precedes it is another.
        if opens > closes, let open = s.lastIndex(of: "("), open != s.startIndex,
           !s[open...].contains(")"), s[open...].contains(where: \.isASCIIDigitChar) {
            s = s[s.index(after: open)...]
        }
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
            // After a share a piece without a quantity goes on with it, unless it sets the
            // year of what follows (see `quantityPartsCharacters`).
            if quantities.isEmpty, pending.isEmpty, let last = parts.last, isShare(last),
               QuantityScanner.targetYear(lower: lowerText) == nil {
                parts[parts.count - 1].text.append(" ")
                parts[parts.count - 1].text += text
                parts[parts.count - 1].lower.append(" ")
                parts[parts.count - 1].lower += lowerText
                continue
            }
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
            // After a share ("100% học sinh các trường Tiểu học, THCS, THPT … được tuyên
            // truyền, 70% trở lên …") a piece without a quantity goes on with it, unless it
            // sets the year of what follows ("…, đến năm 2045 …").
            if quantities.isEmpty, pending.isEmpty, var last = parts.last, isShare(last),
               QuantityScanner.targetYear(in: piece) == nil {
                last.text += " " + piece
                parts[parts.count - 1] = last
                continue
            }
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

    /// A part whose quantity leads what it counts ("100% học sinh các trường …"), rather than
    /// closing the statement ("… đạt 97,45% trở lên").
    static func isShare(_ part: Part) -> Bool {
        guard let q = part.quantities.last, q.end < part.text.count else { return false }
        var rest = String(part.text.dropFirst(q.end)).trimmed()
        for bound in ["trở lên", "trở xuống"] where rest.hasPrefix(bound) { rest = String(rest.dropFirst(bound.count)) }
        return rest.split { $0 == " " || $0 == "," || $0 == "." || $0 == ";" }.count >= 2
    }

    private static let shareBounds = ["trở lên", "trở xuống"].map(FastText.array)

    /// `isShare` of a part of simple text.
    static func isShare(_ part: ScalarPart) -> Bool {
        let t = part.text
        guard let q = part.quantities.last, q.end < t.count else { return false }
        var r = FastText.trim(t, q.end..<t.count)
        for bound in shareBounds where r.lowerBound + bound.count <= r.upperBound && FastText.matches(t, r.lowerBound, bound) {
            r = (r.lowerBound + bound.count)..<r.upperBound
        }
        var words = 0, inWord = false
        for k in r {
            let isSeparator = t[k] == " " || t[k] == "," || t[k] == "." || t[k] == ";"
            if !isSeparator, !inWord { words += 1 }
            inWord = !isSeparator
        }
        return words >= 2
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
