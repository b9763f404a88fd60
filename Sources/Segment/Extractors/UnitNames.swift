/// Names of bodies (đơn vị) in assignment text: where a list of them ends and where it splits.
///
/// A list is split on `,` `;` `và` `cùng` only where the next piece starts like a unit name
/// (`Phòng …`, `Ban …`, `Văn phòng …`, `Trung tâm …`, `Công an …`, `Ủy ban …`, `UBND …`,
/// `MTTQ …`, `Đảng ủy …`, `Thuế cơ sở …`, `các cơ quan …`), so `Phòng Kinh tế, Hạ tầng và Đô
/// thị` stays one unit and `các cơ quan, đơn vị, cá nhân liên quan` too. The list ends at the
/// first word that starts the task (`tham mưu`, `triển khai`, `tổ chức`, `căn cứ` …).
enum UnitNames {
    /// Words a unit name starts with (matched at a word boundary; case as written).
    static let heads: [String] = [
        "Văn phòng", "Phòng", "Ban", "Trung tâm", "Công an", "Ủy ban", "Uỷ ban", "UBND", "UBMTTQ", "MTTQ",
        "Mặt trận", "Đảng ủy", "Đảng uỷ", "Đảng bộ", "Thuế", "Hội đồng", "HĐND", "Thường trực", "Trạm", "Trường",
        "Sở", "Chi cục", "Cục", "Hội", "Đoàn", "Liên đoàn", "Chi bộ", "Tổ dân phố", "Tổ công tác", "Kho bạc", "Bảo hiểm",
        "Ngân hàng", "Công ty", "Hợp tác xã", "Thủ trưởng", "Lãnh đạo", "Chủ tịch", "Phó Chủ tịch", "Đồng chí",
        "Bí thư", "Cấp ủy", "Cấp uỷ", "Chính quyền", "UBKT", "Ủy ban kiểm tra", "Cơ quan", "Đơn vị", "Các", "BCH",
        "Bộ phận", "Quân sự", "Chỉ huy", "Viện", "Chủ đầu tư", "Nhà đầu tư", "Trung đoàn", "Cơ sở",
        "Công chức", "Thôn", "Ấp", "Khu phố",
        "các", "phòng", "ban", "Văn phòng HĐND", "VP",
    ]

    /// Words that begin the task after a list of units.
    static let taskWords: [String] = [
        "tham mưu", "triển khai", "tổ chức thực hiện", "tổ chức", "thực hiện", "tăng cường", "theo dõi",
        "xây dựng", "hướng dẫn", "đôn đốc", "kiểm tra", "rà soát", "tuyên truyền", "căn cứ", "chỉ đạo",
        "nghiên cứu", "đề xuất", "chịu trách nhiệm", "có trách nhiệm", "bảo đảm", "đảm bảo", "nâng cao",
        "đẩy mạnh", "quản lý", "giải quyết", "tổng hợp", "báo cáo", "thường xuyên", "nhằm", "để", "về việc",
        "chủ động", "chủ trì", "phối hợp", "giao", "trực tiếp", "cụ thể hóa", "cụ thể hoá", "thể chế hóa",
        "thể chế hoá", "ban hành", "vận động", "phát động", "duy trì", "hoàn thành", "tiếp tục", "định kỳ",
        "theo chức năng", "trong việc", "trong quá trình", "phụ trách", "giám sát", "là",
    ]

    /// `tham mưu, giúp việc` is part of a unit's name (`các cơ quan chuyên trách tham mưu, giúp
    /// việc Đảng ủy`), not the task.
    static let nameInternalPhrases = ["tham mưu, giúp việc", "tham mưu giúp việc", "ủy ban kiểm tra", "uỷ ban kiểm tra",
                                      "ban quản lý", "ban chỉ đạo", "ban thường vụ", "đầu tư xây dựng", "dịch vụ",
                                      "phục vụ"]

    static let collectiveNouns = ["cơ quan", "đơn vị", "phòng", "ban", "tổ", "chi bộ", "đảng bộ", "trường", "cơ sở",
                                  "đoàn thể", "tổ chức", "đồng chí", "cấp ủy", "cấp uỷ", "ngành", "hội", "doanh nghiệp",
                                  "hợp tác xã", "lực lượng"]

    /// The word lists as units of one type, made once per type.
    private struct Words<U: TextUnit>: Sendable {
        let heads, tasks, protected, collective, joiners, prefixes, cleanSuffixes: [[U]]
        let hdnd, ubnd: [U]
        let headFirsts: Set<U>

        init() {
            func units(_ word: String) -> [U] { word.unicodeScalars.map { U($0) } }
            heads = UnitNames.heads.map(units)
            tasks = taskWords.map(units)
            protected = nameInternalPhrases.map(units)
            collective = collectiveNouns.map(units)
            joiners = ["và ", "cùng ", "với "].map(units)
            prefixes = ["Đề nghị ", "đề nghị ", "Giao ", "giao ", "với ", "cùng ", ": "].map(units)
            cleanSuffixes = [" thực hiện", " chủ trì"].map(units)
            hdnd = units("HĐND")
            ubnd = units("UBND")
            headFirsts = Set(heads.compactMap(\.first))
        }
    }

    private static let scalarWords = Words<Unicode.Scalar>(), characterWords = Words<Character>()

    // MARK: Entry points: simple text as scalars (`FastText`), other text as Characters

    /// The units of `text` (a list that may be followed by the task): cut at the first task
    /// word, then split where the next piece starts like a unit.
    static func units(_ text: String, cutAtTask: Bool = true) -> [String] {
        guard let scalars = FastText.simpleScalars(text) else { return unitsCharacters(text, cutAtTask: cutAtTask) }
        return units(scalars, scalarWords, cutAtTask: cutAtTask)
    }

    /// `units` of simple text given as scalars.
    static func units(_ text: [Unicode.Scalar], cutAtTask: Bool = true) -> [String] {
        units(text, scalarWords, cutAtTask: cutAtTask)
    }

    static func unitsCharacters(_ text: String, cutAtTask: Bool) -> [String] {
        units(Array(text), characterWords, cutAtTask: cutAtTask)
    }

    /// The text before the first task word (lowercase as written, outside the name-internal
    /// phrases).
    static func cutBeforeTask(_ text: String) -> String {
        guard let chars = FastText.simpleScalars(text) else { return cutBeforeTaskCharacters(text) }
        return cutBeforeTask(chars, scalarWords) ?? text
    }

    static func cutBeforeTaskCharacters(_ text: String) -> String {
        cutBeforeTask(Array(text), characterWords) ?? text
    }

    /// Splits on `, ` `; ` ` và ` ` cùng ` where the next piece starts with a unit head.
    static func split(_ text: String) -> [String] {
        guard let chars = FastText.simpleScalars(text) else { return splitCharacters(text) }
        return split(chars, scalarWords).map { FastText.string(chars[$0]) }
    }

    static func splitCharacters(_ text: String) -> [String] {
        let chars = Array(text)
        return split(chars, characterWords).map { String(chars[$0]) }
    }

    /// Whether a unit name starts at `index`: a head word followed by a space or the end;
    /// lowercase heads (`các`, `phòng`, `ban`) only before a word that makes them a name.
    static func startsUnit(_ chars: [Unicode.Scalar], at index: Int) -> Bool { startsUnit(chars, at: index, scalarWords) }

    static func startsUnit(_ chars: [Character], at index: Int) -> Bool { startsUnit(chars, at: index, characterWords) }

    static func clean(_ unit: String) -> String {
        guard let c = FastText.simpleScalars(unit) else { return cleanCharacters(unit) }
        return FastText.string(c[clean(c, 0..<c.count, scalarWords)])
    }

    static func cleanCharacters(_ unit: String) -> String {
        let c = Array(unit)
        return String(c[clean(c, 0..<c.count, characterWords)])
    }

    // MARK: One body for both unit types


    private static func units<U: TextUnit>(_ text: [U], _ words: Words<U>, cutAtTask: Bool) -> [String] {
        let r = TextUnits.trim(text, 0..<text.count)
        var list = Array(text[r])
        if cutAtTask, let cut = cutIndex(list, words) { list = Array(list[TextUnits.trim(list, 0..<cut)]) }
        for prefix in words.prefixes where FastText.matches(list, 0, prefix) {
            list.removeFirst(prefix.count)
        }
        var out: [String] = []
        for piece in split(list, words) {
            let r = clean(list, piece, words)
            if !r.isEmpty { out.append(U.text(list[r])) }
        }
        return out
    }

    private static func cutBeforeTask<U: TextUnit>(_ chars: [U], _ words: Words<U>) -> String? {
        guard let cut = cutIndex(chars, words) else { return nil }
        return U.text(chars[TextUnits.trim(chars, 0..<cut)])
    }

    /// Where `cutBeforeTask` cuts `chars` (before the trim), nil when it does not: the first
    /// task word after a space or a comma, followed by no letter, outside the name-internal
    /// phrases (found in the text in lower case).
    private static func cutIndex<U: TextUnit>(_ chars: [U], _ words: Words<U>) -> Int? {
        let space = U(" "), comma = U(",")
        var protected: [Range<Int>]?
        var i = 1
        while i < chars.count {
            if chars[i - 1] == space || chars[i - 1] == comma {
                let c = chars[i]
                // Case as written: "Ban Quản lý dự án" is a name, "quản lý" a task.
                var candidate = false
                for w in words.tasks where w[0] == c && FastText.matches(chars, i, w) {
                    if i + w.count < chars.count, chars[i + w.count].isUnitLetter { continue }
                    candidate = true
                    break
                }
                if candidate {
                    if protected == nil {
                        let lower = chars.map(\.lowercasedUnit)
                        var found: [Range<Int>] = []
                        for p in words.protected {
                            var k = 0
                            while k + p.count <= lower.count {
                                if FastText.matches(lower, k, p) { found.append(k..<(k + p.count)); k += p.count } else { k += 1 }
                            }
                        }
                        protected = found
                    }
                    if protected?.contains(where: { $0.contains(i) }) == true { i += 1; continue }
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    /// The pieces of `chars` (untrimmed ranges) split on `, ` `; ` ` và ` ` cùng ` ` với `
    /// where the next piece starts like a unit; "Văn phòng HĐND và UBND phường" is one office.
    private static func split<U: TextUnit>(_ chars: [U], _ words: Words<U>) -> [Range<Int>] {
        let space = U(" "), comma = U(","), semicolon = U(";")
        var pieces: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < chars.count {
            var sepEnd: Int?
            if chars[i] == comma || chars[i] == semicolon, i + 1 < chars.count, chars[i + 1] == space {
                sepEnd = i + 2
            } else if chars[i] == space {
                for w in words.joiners where FastText.matches(chars, i + 1, w) { sepEnd = i + 1 + w.count }
            }
            if let sepEnd {
                let joinsCouncils = chars[i] == space && i >= 4 && FastText.matches(chars, i - 4, words.hdnd)
                    && FastText.matches(chars, sepEnd, words.ubnd)
                if !joinsCouncils, startsUnit(chars, at: sepEnd, words) {
                    pieces.append(start..<i)
                    start = sepEnd
                    i = sepEnd
                    continue
                }
            }
            i += 1
        }
        pieces.append(start..<max(start, chars.count))
        return pieces
    }

    private static func startsUnit<U: TextUnit>(_ chars: [U], at index: Int, _ words: Words<U>) -> Bool {
        guard index < chars.count, words.headFirsts.contains(chars[index]) else { return false }
        let space = U(" ")
        for (head, h) in zip(heads, words.heads) {
            guard FastText.matches(chars, index, h) else { continue }
            let after = index + h.count
            if after < chars.count, chars[after].isUnitLetter { continue }
            if head == "phòng" || head == "ban" {
                // "phòng Văn hóa - Xã hội" is a unit; "ban, ngành" is not.
                guard after + 1 < chars.count, chars[after] == space, chars[after + 1].isUnitUppercase else { continue }
            }
            if head == "các" || head == "Các" {
                guard after + 1 < chars.count, chars[after] == space else { continue }
                guard words.collective.contains(where: { FastText.matches(chars, after + 1, $0) }) else { continue }
            }
            return true
        }
        return false
    }

    /// `clean` of `chars[range]`: without `;` `,` `.` `:` at its end, `,` `;` `:` at its start,
    /// a trailing " thực hiện" / " chủ trì", and surrounding spaces.
    private static func clean<U: TextUnit>(_ chars: [U], _ range: Range<Int>, _ words: Words<U>) -> Range<Int> {
        let ends = [";", ",", ".", ":"].map { U($0) }, starts = [",", ";", ":"].map { U($0) }
        let r = TextUnits.trim(chars, range)
        var a = r.lowerBound, b = r.upperBound
        while b > a, ends.contains(chars[b - 1]) || chars[b - 1].isUnitWhitespace { b -= 1 }
        while a < b, starts.contains(chars[a]) || chars[a].isUnitWhitespace { a += 1 }
        for suffix in words.cleanSuffixes where b - suffix.count >= a && FastText.matches(chars, b - suffix.count, suffix) {
            b -= suffix.count
        }
        return TextUnits.trim(chars, a..<b)
    }
}
