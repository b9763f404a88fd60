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

    private static let headChars = heads.map { Array($0) }
    private static let taskChars = taskWords.map { Array($0) }

    /// Whether `chars[at...]` starts with `word` (no allocation).
    @inline(__always)
    static func matches(_ chars: [Character], _ at: Int, _ word: [Character]) -> Bool {
        guard at + word.count <= chars.count else { return false }
        var k = 0
        while k < word.count {
            if chars[at + k] != word[k] { return false }
            k += 1
        }
        return true
    }

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

    private static let protectedChars = nameInternalPhrases.map { Array($0) }

    /// The units of `text` (a list that may be followed by the task): cut at the first task
    /// word, then split where the next piece starts like a unit.
    static func units(_ text: String, cutAtTask: Bool = true) -> [String] {
        guard let scalars = FastText.simpleScalars(text) else { return unitsCharacters(text, cutAtTask: cutAtTask) }
        return units(scalars, cutAtTask: cutAtTask)
    }

    static func unitsCharacters(_ text: String, cutAtTask: Bool) -> [String] {
        var list = text.trimmed()
        if cutAtTask { list = cutBeforeTask(list) }
        for prefix in ["Đề nghị ", "đề nghị ", "Giao ", "giao ", "với ", "cùng ", ": "] where list.hasPrefix(prefix) {
            list = String(list.dropFirst(prefix.count))
        }
        return splitCharacters(list).map(clean).filter { !$0.isEmpty }
    }

    /// The text before the first task word (lowercase as written, outside the name-internal
    /// phrases).
    static func cutBeforeTask(_ text: String) -> String {
        guard let chars = FastText.simpleScalars(text) else { return cutBeforeTaskCharacters(text) }
        guard let cut = cutIndex(chars) else { return text }
        return FastText.string(chars[FastText.trim(chars, 0..<cut)])
    }

    static func cutBeforeTaskCharacters(_ text: String) -> String {
        let lower = Array(text.lowercased())
        let chars = Array(text)
        guard lower.count == chars.count else { return text }
        var protected: [Range<Int>] = []
        for p in protectedChars {
            var i = 0
            while i + p.count <= lower.count {
                if matches(lower, i, p) { protected.append(i..<(i + p.count)); i += p.count } else { i += 1 }
            }
        }
        var i = 1
        while i < chars.count {
            if chars[i - 1] == " " || chars[i - 1] == "," {
                if protected.contains(where: { $0.contains(i) }) { i += 1; continue }
                for w in taskChars where matches(chars, i, w) {
                    // Case as written: "Ban Quản lý dự án" is a name, "quản lý" a task.
                    if i + w.count < chars.count, chars[i + w.count].isLetter { continue }
                    return String(chars[..<i]).trimmed()
                }
            }
            i += 1
        }
        return text
    }

    private static let hdnd = Array("HĐND"), ubnd = Array("UBND")
    private static let joinerChars = ["và ", "cùng ", "với "].map { Array($0) }

    /// Splits on `, ` `; ` ` và ` ` cùng ` where the next piece starts with a unit head.
    static func split(_ text: String) -> [String] {
        guard let chars = FastText.simpleScalars(text) else { return splitCharacters(text) }
        return split(chars).map { FastText.string(chars[$0]) }
    }

    static func splitCharacters(_ text: String) -> [String] {
        let chars = Array(text)
        var pieces: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            var sepEnd: Int?
            if (chars[i] == "," || chars[i] == ";"), i + 1 < chars.count, chars[i + 1] == " " {
                sepEnd = i + 2
            } else if chars[i] == " " {
                for w in joinerChars where matches(chars, i + 1, w) { sepEnd = i + 1 + w.count }
            }
            // "Văn phòng HĐND và UBND phường" is one office.
            let joinsCouncils = chars[i] == " " && i >= 4 && matches(chars, i - 4, hdnd)
                && matches(chars, sepEnd ?? i, ubnd)
            if let sepEnd, !joinsCouncils, startsUnit(chars, at: sepEnd) {
                pieces.append(String(chars[start..<i]))
                start = sepEnd
                i = sepEnd
                continue
            }
            i += 1
        }
        pieces.append(String(chars[start...]))
        return pieces
    }

    private static let collectiveNouns = ["cơ quan", "đơn vị", "phòng", "ban", "tổ", "chi bộ", "đảng bộ", "trường", "cơ sở",
                                          "đoàn thể", "tổ chức", "đồng chí", "cấp ủy", "cấp uỷ", "ngành", "hội", "doanh nghiệp",
                                          "hợp tác xã", "lực lượng"].map { Array($0) }

    /// Whether a unit name starts at `index`: a head word followed by a space or the end;
    /// lowercase heads (`các`, `phòng`, `ban`) only before a word that makes them a name.
    static func startsUnit(_ chars: [Character], at index: Int) -> Bool {
        guard index < chars.count else { return false }
        for (head, h) in zip(heads, headChars) {
            guard matches(chars, index, h) else { continue }
            let after = index + h.count
            if after < chars.count, chars[after].isLetter { continue }
            if head == "phòng" || head == "ban" {
                // "phòng Văn hóa - Xã hội" is a unit; "ban, ngành" is not.
                guard after + 1 < chars.count, chars[after] == " ", chars[after + 1].isUppercase else { continue }
            }
            if head == "các" || head == "Các" {
                guard after + 1 < chars.count, chars[after] == " " else { continue }
                guard collectiveNouns.contains(where: { matches(chars, after + 1, $0) }) else { continue }
            }
            return true
        }
        return false
    }

    static func clean(_ unit: String) -> String {
        guard let c = FastText.simpleScalars(unit) else { return cleanCharacters(unit) }
        return FastText.string(c[clean(c, 0..<c.count)])
    }

    static func cleanCharacters(_ unit: String) -> String {
        var s = Substring(unit.trimmed())
        while let last = s.last, ";,.:".contains(last) || last.isWhitespace { s = s.dropLast() }
        while let first = s.first, ",;:".contains(first) || first.isWhitespace { s = s.dropFirst() }
        for suffix in [" thực hiện", " chủ trì"] where s.hasSuffix(suffix) { s = s.dropLast(suffix.count) }
        return s.trimmed()
    }

    // MARK: Scalar versions (simple text, see `FastText`)

    typealias Scalars = [Unicode.Scalar]

    private static let headScalars = heads.map(FastText.array)
    private static let taskScalars = taskWords.map(FastText.array)
    private static let protectedScalars = nameInternalPhrases.map(FastText.array)
    private static let collectiveScalars = ["cơ quan", "đơn vị", "phòng", "ban", "tổ", "chi bộ", "đảng bộ", "trường", "cơ sở",
                                            "đoàn thể", "tổ chức", "đồng chí", "cấp ủy", "cấp uỷ", "ngành", "hội", "doanh nghiệp",
                                            "hợp tác xã", "lực lượng"].map(FastText.array)
    private static let hdndScalars = FastText.array("HĐND"), ubndScalars = FastText.array("UBND")
    private static let joinerScalars = ["và ", "cùng ", "với "].map(FastText.array)
    private static let unitPrefixScalars = ["Đề nghị ", "đề nghị ", "Giao ", "giao ", "với ", "cùng ", ": "].map(FastText.array)
    private static let cleanSuffixScalars = [" thực hiện", " chủ trì"].map(FastText.array)
    private static let headFirsts: Set<Unicode.Scalar> = Set(headScalars.compactMap(\.first))

    /// `units` of simple text given as scalars.
    static func units(_ text: Scalars, cutAtTask: Bool = true) -> [String] {
        let r = FastText.trim(text, 0..<text.count)
        var list = Array(text[r])
        if cutAtTask, let cut = cutIndex(list) { list = Array(list[FastText.trim(list, 0..<cut)]) }
        for prefix in unitPrefixScalars where FastText.matches(list, 0, prefix) {
            list.removeFirst(prefix.count)
        }
        var out: [String] = []
        for piece in split(list) {
            let r = clean(list, piece)
            if !r.isEmpty { out.append(FastText.string(list[r])) }
        }
        return out
    }

    /// Where `cutBeforeTask` cuts `chars` (before the trim), nil when it does not.
    static func cutIndex(_ chars: Scalars) -> Int? {
        var lower: Scalars?
        var protected: [Range<Int>] = []
        var i = 1
        while i < chars.count {
            if chars[i - 1] == " " || chars[i - 1] == "," {
                let c = chars[i]
                // Task words start with a lowercase letter: only then is a match possible.
                var candidate = false
                for w in taskScalars where w[0] == c && FastText.matches(chars, i, w) {
                    if i + w.count < chars.count, FastText.isLetter(chars[i + w.count]) { continue }
                    candidate = true
                    break
                }
                if candidate {
                    if lower == nil {
                        let l = FastText.lowerScalars(chars)
                        lower = l
                        for p in protectedScalars {
                            var k = 0
                            while k + p.count <= l.count {
                                if FastText.matches(l, k, p) { protected.append(k..<(k + p.count)); k += p.count } else { k += 1 }
                            }
                        }
                    }
                    if protected.contains(where: { $0.contains(i) }) { i += 1; continue }
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    /// `split` of simple text: the pieces as ranges of `chars` (untrimmed).
    static func split(_ chars: Scalars) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < chars.count {
            var sepEnd: Int?
            if (chars[i] == "," || chars[i] == ";"), i + 1 < chars.count, chars[i + 1] == " " {
                sepEnd = i + 2
            } else if chars[i] == " " {
                for w in joinerScalars where FastText.matches(chars, i + 1, w) { sepEnd = i + 1 + w.count }
            }
            if let sepEnd {
                // "Văn phòng HĐND và UBND phường" is one office.
                let joinsCouncils = chars[i] == " " && i >= 4 && FastText.matches(chars, i - 4, hdndScalars)
                    && FastText.matches(chars, sepEnd, ubndScalars)
                if !joinsCouncils, startsUnit(chars, at: sepEnd) {
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

    /// `startsUnit` on scalars.
    static func startsUnit(_ chars: Scalars, at index: Int) -> Bool {
        guard index < chars.count, headFirsts.contains(chars[index]) else { return false }
        for (head, h) in zip(heads, headScalars) {
            guard FastText.matches(chars, index, h) else { continue }
            let after = index + h.count
            if after < chars.count, FastText.isLetter(chars[after]) { continue }
            if head == "phòng" || head == "ban" {
                guard after + 1 < chars.count, chars[after] == " ", FastText.isUppercase(chars[after + 1]) else { continue }
            }
            if head == "các" || head == "Các" {
                guard after + 1 < chars.count, chars[after] == " " else { continue }
                guard collectiveScalars.contains(where: { FastText.matches(chars, after + 1, $0) }) else { continue }
            }
            return true
        }
        return false
    }

    /// `clean` of `chars[range]`: the cleaned range.
    static func clean(_ chars: Scalars, _ range: Range<Int>) -> Range<Int> {
        var r = FastText.trim(chars, range)
        var a = r.lowerBound, b = r.upperBound
        while b > a, chars[b - 1] == ";" || chars[b - 1] == "," || chars[b - 1] == "." || chars[b - 1] == ":"
            || FastText.isWhitespace(chars[b - 1]) { b -= 1 }
        while a < b, chars[a] == "," || chars[a] == ";" || chars[a] == ":" || FastText.isWhitespace(chars[a]) { a += 1 }
        for suffix in cleanSuffixScalars where b - suffix.count >= a && FastText.matches(chars, b - suffix.count, suffix) {
            b -= suffix.count
        }
        r = FastText.trim(chars, a..<b)
        return r
    }
}
