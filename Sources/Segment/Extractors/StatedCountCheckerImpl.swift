import PlanModel

/// `stated-count-mismatch`: a count stated in the text (`14 chỉ tiêu`, `03 đột phá`, `06 đề án`,
/// `3 nhóm tiêu chí về: …; …; …`, `09 công trình giao thông`) that the list it refers to does
/// not have. The list referred to is, in this order:
/// 1. an inline list after a colon in the same sentence (items split on `;`);
/// 2. a section whose title names the counted thing (`Các chỉ tiêu chủ yếu`, `… các Đề án`):
///    its numbered children;
/// 3. an appendix table group whose heading names it (`Nhóm các công trình giao thông`): its
///    numbered rows, only those funded `theo phân cấp` when the statement says so.
/// No warning is given when nothing is found to compare with.
enum StatedCountCheckerImpl {
    static let nouns = ["khâu đột phá", "đột phá", "chỉ tiêu", "đề án", "nhóm nhiệm vụ", "nhiệm vụ trọng tâm",
                        "nhóm giải pháp", "giải pháp", "chương trình", "công trình", "dự án", "nhóm tiêu chí",
                        "tiêu chí", "mục tiêu", "trụ cột", "lĩnh vực", "nội dung", "mô hình", "phong trào"]
    /// The nouns as written lowercase and capitalised (a cheap test before lowercasing a text).
    static let nounNeedles = nouns + nouns.map { String($0.prefix(1)).uppercased() + $0.dropFirst() }
    /// Words before a number that make it a target, not the size of a list.
    static let targetWords = ["ít nhất", "tối thiểu", "trên", "đạt", "hơn", "tối đa", "khoảng", "từ", "mỗi", "thêm"]
    static let synonyms = [("trường học", "giáo dục"), ("giáo dục", "trường học")]

    struct Statement {
        var count: Int
        var noun: String
        /// The noun and the words qualifying it (`công trình nhà văn hoá`).
        var phrase: String
        var sentence: String
        var sectionId: String?
        var line: Int
    }

    static func check(sections: [Section], appendices: [Appendix]) -> [PlanWarning] {
        var statements: [Statement] = []
        let all = sections.flatMap(\.flattened)
        for s in all {
            statements += scan(s.title, sectionId: s.id, line: s.lines.first)
            for b in s.blocks { statements += scan(b.text, sectionId: s.id, line: b.lines.first) }
        }
        for a in appendices {
            for t in a.tables {
                for r in t.rows { for c in r.cells { statements += scan(c, sectionId: nil, line: r.lines.first) } }
            }
        }
        guard !statements.isEmpty else { return [] }
        let lists = all.filter { $0.children.count >= 2 && $0.title.count < 100 }
            .map { ListSection(section: $0, title: normalizeTones(lowercased($0.title))) }
        var groups: [TableGroups]?
        var warnings: [PlanWarning] = []
        for st in statements {
            if case .mismatch(let w) = checkInline(st) ?? checkSections(st, lists) ?? checkAppendices(st, appendices, &groups) {
                warnings.append(w)
            }
        }
        return warnings
    }

    // MARK: statements

    /// `prefilter`: skip texts the byte test rules out (tests turn it off to compare).
    static func scan(_ text: String, sectionId: String?, line: Int, prefilter: Bool = true) -> [Statement] {
        var out: [Statement] = []
        guard StatedCountBytes.hasDigit(text) else { return [] }
        // A count needs digits, a space and a noun next to each other (decided on bytes for
        // simple text; any other goes on to the character code).
        guard !prefilter || StatedCountBytes.mayStateCount(text) else { return [] }
        guard nounNeedles.contains(where: { TextSearch.contains(text, $0) }) else { return [] }
        for sentence in ClauseSplitter.sentences(text) {
            let chars = Array(sentence)
            let lower = Array(sentence.lowercased())
            guard lower.count == chars.count else { continue }
            var i = 0
            while i < chars.count {
                guard chars[i].isASCIIDigitChar, i == 0 || chars[i - 1] == " " || chars[i - 1] == ":" else { i += 1; continue }
                var j = i
                while j < chars.count, chars[j].isASCIIDigitChar { j += 1 }
                defer { i = j }
                guard j - i <= 3, j < chars.count, chars[j] == " ", let count = Int(String(chars[i..<j])) else { continue }
                let after = String(lower[(j + 1)..<min(lower.count, j + 24)])
                guard let noun = nouns.first(where: { after.hasPrefix($0) && !(after.dropFirst($0.count).first?.isLetter ?? false) }) else { continue }
                let before = String(lower[max(0, i - 16)..<i]).trimmingTrailingSpaces()
                if targetWords.contains(where: { before.hasSuffix(" " + $0) || before == $0 }) { continue }
                // The phrase: the noun and up to four more words, to the next punctuation.
                var phraseWords: [Substring] = []
                for word in String(chars[(j + 1)..<min(chars.count, j + 120)]).split(separator: " ") {
                    let cleanWord = word.filter { !",;:.()".contains($0) }
                    if !cleanWord.isEmpty { phraseWords.append(Substring(cleanWord)) }
                    if word.last.map({ ",;:.)".contains($0) }) ?? false { break }
                    if phraseWords.count >= noun.split(separator: " ").count + 4 { break }
                }
                out.append(Statement(count: count, noun: noun, phrase: phraseWords.joined(separator: " "),
                                     sentence: sentence, sectionId: sectionId, line: line))
            }
        }
        return out
    }

    // MARK: references

    /// `với 3 nhóm tiêu chí về: a; b; c` — the items after the colon that follows the count.
    private static func checkInline(_ st: Statement) -> Outcome? {
        let lower = st.sentence.lowercased()
        guard let nounRange = TextSearch.range(of: st.noun, in: lower),
              let colon = lower[nounRange.upperBound...].firstIndex(of: ":") else { return nil }
        let between = lower[nounRange.upperBound..<colon]
        guard between.split(separator: " ").count <= 4 else { return nil }
        let items = lower[lower.index(after: colon)...].split(separator: ";").filter { !$0.trimmed().isEmpty }
        guard items.count >= 2 else { return nil }
        guard items.count != st.count else { return .agrees }
        return warning(st, "lists \(items.count) after the colon")
    }

    /// Sections that can hold a counted list (two children or more), with their titles
    /// lowercased and tone-normalised once.
    struct ListSection {
        var section: Section
        var title: String
    }

    private static func checkSections(_ st: Statement, _ sections: [ListSection]) -> Outcome? {
        let noun = normalizeTones(st.noun)
        let candidates = sections.filter { s in
            TextSearch.contains(s.title, noun) && !TextSearch.contains(s.title, String(st.count) + " ")
        }.map(\.section)
        guard !candidates.isEmpty else { return nil }
        if candidates.contains(where: { $0.children.count == st.count }) { return .agrees }
        let first = candidates[0]
        return warning(st, "section \(first.id) (\(first.title)) has \(first.children.count)")
    }

    /// An appendix table's groups: each Roman-numbered row with its heading (lowercased,
    /// tone-normalised) and the arabic-numbered rows under it, in table order. The same for
    /// every statement, so made once.
    struct TableGroups {
        var label: String
        var fundingColumn: Int?
        var groups: [(row: TableRow, title: String, members: [TableRow])]
    }

    private static func tableGroups(_ appendices: [Appendix]) -> [TableGroups] {
        var out: [TableGroups] = []
        for appendix in appendices {
            for table in appendix.tables {
                let fundingColumn = table.columns.firstIndex { $0.lowercased().contains("nguồn") }
                var groups: [(row: TableRow, title: String, members: [TableRow])] = []
                var i = 0
                while i < table.rows.count {
                    let row = table.rows[i]
                    guard TableGroupNumeral.value(row.cells.first ?? "") != nil, row.cells.count > 1 else { i += 1; continue }
                    let title = normalizeTones(lowercased(row.cells[1]))
                    var members: [TableRow] = []
                    var k = i + 1
                    while k < table.rows.count, TableGroupNumeral.value(table.rows[k].cells.first ?? "") == nil {
                        if table.rows[k].cells.first?.allSatisfy(\.isASCIIDigitChar) == true, !(table.rows[k].cells.first ?? "").isEmpty {
                            members.append(table.rows[k])
                        }
                        k += 1
                    }
                    groups.append((row, title, members))
                    i = k
                }
                out.append(TableGroups(label: appendix.label, fundingColumn: fundingColumn, groups: groups))
            }
        }
        return out
    }

    private static func checkAppendices(_ st: Statement, _ appendices: [Appendix], _ cache: inout [TableGroups]?) -> Outcome? {
        let qualifier = normalizeTones(st.phrase.lowercased()).dropFirst(st.noun.count).trimmed()
        guard !qualifier.isEmpty else { return nil }
        let words = qualifier.split(separator: " ")
        let key = words.suffix(2).joined(separator: " ")
        var keys = [key]
        for (a, b) in synonyms where key == a { keys.append(b) }
        let byFunding = st.sentence.lowercased().contains("phân cấp")
        let tables = cache ?? tableGroups(appendices)
        cache = tables
        for table in tables {
            for (row, title, members) in table.groups where keys.contains(where: { TextSearch.contains(title, $0) }) {
                var counted = members
                var how = ""
                if byFunding, let f = table.fundingColumn {
                    counted = members.filter { f < $0.cells.count && $0.cells[f].lowercased().contains("phân cấp") }
                    how = " funded theo phân cấp"
                }
                if counted.count == st.count { return .agrees }
                return warning(st, "\(table.label), group \(row.cells[0]) (\(row.cells[1])) lists \(counted.count)\(how)")
            }
        }
        return nil
    }

    /// `text.lowercased()` through the byte table.
    private static func lowercased(_ text: String) -> String {
        String(decoding: TableTextBytes.lowercased(text), as: UTF8.self)
    }

    /// What comparing a statement with its list found.
    enum Outcome { case agrees, mismatch(PlanWarning) }

    private static func warning(_ st: Statement, _ found: String) -> Outcome {
        .mismatch(PlanWarning(code: .statedCountMismatch,
                    message: "the text states \(st.count) \(st.phrase) but \(found)",
                    sectionId: st.sectionId, line: st.line))
    }

    /// Old tone placement made new (`hoá` → `hóa`, `uỷ` → `ủy`) for matching only.
    static func normalizeTones(_ text: String) -> String {
        if let fast = StatedCountBytes.normalizeTones(text) { return fast }
        guard text.contains(where: { "áàảãạéèẻẽẹýỳỷỹỵ".contains($0) }) else { return text }
        var s = text
        for (old, new) in [("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("oé", "óe"), ("oè", "òe"),
                           ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"), ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")] {
            s = s.replacing(old, with: new)
        }
        return s
    }
}
