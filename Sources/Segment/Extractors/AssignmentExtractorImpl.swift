import PlanModel

/// Assignments (who leads, who cooperates, by when) from the section tree:
/// - explicit lines under a task: `Đơn vị chủ trì (thực hiện): …`, `Đơn vị (phối hợp): …`,
///   `Thời gian thực hiện: …`, `Lãnh đạo chỉ đạo: …` (the leader stays in `text` only);
/// - sentences `Giao X chủ trì, phối hợp với Y, Z …` / `Đề nghị X chủ trì …` / `X chủ trì …`
///   in titles and paragraphs;
/// - headings that name the responsible unit (`5.1. Phòng … chủ trì, phối hợp với …`,
///   `5.5. Trung tâm Phục vụ hành chính công:`), and under a `Tổ chức thực hiện` / `Phân công`
///   heading every numbered child that starts with a unit (`1. Văn phòng HĐND và UBND phường: …`),
///   a following `Chủ trì, phối hợp với …` paragraph adding the cooperating units.
/// Deadlines come from a `Thời gian …:` line or a `trước ngày …` phrase.
enum AssignmentExtractorImpl {
    static func extract(from sections: [Section]) -> [Assignment] {
        var out: [Assignment] = []
        for section in sections { visit(section, underDuties: false, out: &out) }
        return out
    }

    private static func visit(_ section: Section, underDuties: Bool, out: inout [Assignment]) {
        var own: [Assignment] = []
        var heading = fromHeading(section, underDuties: underDuties)
        var explicit = ExplicitLines()
        for block in section.blocks where block.kind != .table {
            if explicit.take(block) { continue }
            let text = block.text
            if var h = heading, text.hasPrefix("Chủ trì") || text.hasPrefix("chủ trì") {
                h.cooperating += cooperatingUnits(after: text)
                h.text += " " + text
                h.lines = h.lines.union(block.lines)
                if h.deadline == nil { h.deadline = Deadline.find(in: text) }
                heading = h
                continue
            }
            // Only sentences that assign (Giao/Đề nghị … or … chủ trì …) are split and parsed.
            guard TextSearch.containsAny(text, assigningWords) else { continue }
            let clauses = ClauseSplitter.sentences(text).flatMap(ClauseSplitter.clauses)
            let found = own.count
            for clause in clauses {
                if let a = fromSentence(clause, sectionId: section.id, lines: block.lines) { own.append(a) }
            }
            // "… chủ trì, phối hợp với … . Thời gian thực hiện: Quý II năm 2026." in one paragraph,
            // or after a semicolon: "… thực hiện; thời gian: cả năm 2026."
            if own.count > found, let deadline = statedDeadline(in: clauses) {
                for i in found..<own.count where own[i].deadline == nil { own[i].deadline = deadline }
            }
        }
        if var h = heading {
            if h.deadline == nil {
                h.deadline = section.blocks.lazy.compactMap { Deadline.find(in: $0.text) }.first
            }
            if let e = explicit.assignment(sectionId: section.id) {
                h.cooperating += e.cooperating
                h.deadline = h.deadline ?? e.deadline
                h.text += " " + e.text
                h.lines = h.lines.union(e.lines)
            }
            heading = h
            out.append(h)
        } else if let e = explicit.assignment(sectionId: section.id) {
            out.append(e)
        }
        out += own
        let duties = underDuties || isDutiesHeading(section.title)
        for child in section.children { visit(child, underDuties: duties, out: &out) }
    }

    private static let assigningWords = TextSearch.Needles(["chủ trì", "Chủ trì", "Giao ", "giao ", "Đề nghị", "đề nghị"])

    /// `Tổ chức thực hiện`, `Phân công thực hiện`, `Phân công nhiệm vụ`, `Trách nhiệm thực hiện`.
    static func isDutiesHeading(_ title: String) -> Bool {
        guard let scalars = FastText.simpleScalars(title) else { return isDutiesHeadingCharacters(title) }
        let t = FastText.lowerScalars(scalars)
        guard t.count < 80 else { return false }
        return dutiesPrefixes.contains { FastText.matches(t, 0, $0) }
            || dutiesPhrases.contains { FastText.find($0, in: t) != nil }
    }

    private static let dutiesPrefixes = ["tổ chức thực hiện", "phân công", "trách nhiệm"].map(FastText.array)
    private static let dutiesPhrases = ["phân công thực hiện", "phân công nhiệm vụ"].map(FastText.array)

    static func isDutiesHeadingCharacters(_ title: String) -> Bool {
        let t = title.lowercased()
        guard t.count < 80 else { return false }
        return t.hasPrefix("tổ chức thực hiện") || t.hasPrefix("phân công") || t.hasPrefix("trách nhiệm")
            || TextSearch.contains(t, "phân công thực hiện") || TextSearch.contains(t, "phân công nhiệm vụ")
    }

    /// A heading that names who is responsible.
    private static func fromHeading(_ section: Section, underDuties: Bool) -> Assignment? {
        let title = section.title.trimmed()
        guard !title.isEmpty else { return nil }
        let lines = section.lines
        if let a = fromSentence(title, sectionId: section.id, lines: lines) { return a }
        guard startsUnit(title) else { return nil }
        let words = title.split(separator: " ").count
        // A title that is nothing but a unit's name (`5.5. Trung tâm Phục vụ hành chính công:`).
        let onlyUnit = words <= 12 && !isDutiesHeading(title) && UnitNames.cutBeforeTask(title) == title
            && UnitNames.units(title).joined(separator: ", ") == UnitNames.clean(title)
        let named = title.hasSuffix(":") || TextSearch.contains(title, " tham mưu") || TextSearch.contains(title, " chủ trì") || onlyUnit
        guard underDuties || (named && words <= 30) else { return nil }
        var head = title
        if let colon = title.firstIndex(of: ":") { head = String(title[..<colon]) }
        let lead = UnitNames.units(head)
        guard !lead.isEmpty else { return nil }
        return Assignment(sectionId: section.id, lead: lead, cooperating: cooperatingUnits(after: title),
                          deadline: Deadline.find(in: title), text: title, lines: lines)
    }

    /// `Giao X chủ trì, phối hợp với Y …`, `Đề nghị X chủ trì …`, `X chủ trì …`, `Giao X …`.
    static func fromSentence(_ sentence: String, sectionId: String, lines: LineSpan) -> Assignment? {
        guard let c = FastText.simpleScalars(sentence) else { return fromSentenceCharacters(sentence, sectionId: sectionId, lines: lines) }
        let r = FastText.trim(c, 0..<c.count)
        var a = r.lowerBound
        if a < r.upperBound, c[a] == "-" || c[a] == "+" || c[a] == "•" {
            a += 1
            while a < r.upperBound, c[a] == " " { a += 1 }
        }
        let body = Array(c[a..<r.upperBound])
        var restStart = 0
        var assigned = false
        for prefix in assignPrefixes where FastText.matches(body, restStart, prefix) {
            restStart += prefix.count
            assigned = true
        }
        let rest = Array(body[restStart...])
        let lower = FastText.lowerScalars(rest)
        let leadEnd = FastText.find(chuTri, in: lower)
        guard assigned || leadEnd != nil else { return nil }
        let namesUnit = UnitNames.startsUnit(rest, at: 0)
            || (assigned && ((rest.first.map(FastText.isUppercase) ?? false) || FastText.matches(rest, 0, cac)))
        guard namesUnit else { return nil }
        let leadText: [Unicode.Scalar]
        if let offset = leadEnd {
            leadText = Array(rest[..<offset])
        } else if assigned {
            leadText = rest
        } else {
            return nil
        }
        let lead = UnitNames.units(leadText)
        guard !lead.isEmpty, lead.allSatisfy({ $0.unicodeScalars.count < 120 }) else { return nil }
        return Assignment(sectionId: sectionId, lead: lead, cooperating: cooperatingUnits(rest, lower),
                          deadline: Deadline.find(body), text: IndicatorExtractorImpl.clean(body), lines: lines)
    }

    /// The value of a `Thời gian thực hiện: …` (`Thời hạn`, `Tiến độ`) sentence or clause after
    /// the first of `sentences`.
    static func statedDeadline(in sentences: [String]) -> String? {
        for sentence in sentences.dropFirst() {
            if let (label, value) = ExplicitLines.label(of: sentence), label == .deadline, !value.isEmpty {
                return IndicatorExtractorImpl.clean(value)
            }
        }
        return nil
    }

    private static let assignPrefixes = ["Giao ", "Đề nghị ", "giao ", "đề nghị "].map(FastText.array)
    private static let chuTri = FastText.array("chủ trì"), cac = FastText.array("các ")
    private static let phoiHop = FastText.array("phối hợp")
    private static let coopWords = ["với ", "cùng "].map(FastText.array)

    /// `UnitNames.startsUnit` at the start of `text`.
    static func startsUnit(_ text: String) -> Bool {
        guard let scalars = FastText.simpleScalars(text) else { return UnitNames.startsUnit(Array(text), at: 0) }
        return UnitNames.startsUnit(scalars, at: 0)
    }

    /// `cooperatingUnits(after:)` of simple text given as scalars and lowercase scalars.
    static func cooperatingUnits(_ text: [Unicode.Scalar], _ lower: [Unicode.Scalar]) -> [String] {
        guard let found = FastText.find(phoiHop, in: lower) else { return [] }
        var a = found + phoiHop.count
        while a < text.count, text[a] == " " || text[a] == "," { a += 1 }
        for word in coopWords where FastText.matches(text, a, word) { a += word.count }
        let rest = Array(text[a...])
        guard UnitNames.startsUnit(rest, at: 0) else { return [] }
        return UnitNames.units(rest)
    }

    static func fromSentenceCharacters(_ sentence: String, sectionId: String, lines: LineSpan) -> Assignment? {
        var text = Substring(sentence.trimmed())
        if let first = text.first, "-+•".contains(first) { text = text.dropFirst().drop(while: { $0 == " " }) }
        let body = String(text)
        var rest = body
        var assigned = false
        for prefix in ["Giao ", "Đề nghị ", "giao ", "đề nghị "] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count))
            assigned = true
        }
        let lower = rest.lowercased()
        let leadEnd = TextSearch.range(of: "chủ trì", in: lower)
        guard assigned || leadEnd != nil else { return nil }
        let chars = Array(rest)
        let namesUnit = UnitNames.startsUnit(chars, at: 0)
            || (assigned && ((rest.first?.isUppercase ?? false) || rest.hasPrefix("các ")))
        guard namesUnit else { return nil }
        let leadText: String
        if let range = leadEnd {
            let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
            leadText = String(chars[..<offset])
        } else if assigned {
            leadText = rest
        } else {
            return nil
        }
        let lead = UnitNames.units(leadText)
        guard !lead.isEmpty, lead.allSatisfy({ $0.count < 120 }) else { return nil }
        return Assignment(sectionId: sectionId, lead: lead, cooperating: cooperatingUnits(after: rest),
                          deadline: Deadline.find(in: body), text: IndicatorExtractorImpl.clean(body), lines: lines)
    }

    /// The units after `phối hợp với` / `phối hợp cùng` / `phối hợp`.
    static func cooperatingUnits(after text: String) -> [String] {
        guard let c = FastText.simpleScalars(text) else { return cooperatingUnitsCharacters(after: text) }
        return cooperatingUnits(c, FastText.lowerScalars(c))
    }

    static func cooperatingUnitsCharacters(after text: String) -> [String] {
        let lower = text.lowercased()
        guard let range = TextSearch.range(of: "phối hợp", in: lower) else { return [] }
        var rest = Substring(text[range.upperBound...])
        rest = rest.drop(while: { $0 == " " || $0 == "," })
        for word in ["với ", "cùng "] where rest.hasPrefix(word) { rest = rest.dropFirst(word.count) }
        guard UnitNames.startsUnit(Array(rest), at: 0) else { return [] }
        return UnitNames.units(String(rest))
    }

    /// The labelled lines (`Đơn vị chủ trì thực hiện: …`) under one task.
    struct ExplicitLines {
        var lead: [String] = []
        var cooperating: [String] = []
        var deadline: String?
        var texts: [String] = []
        var lines: LineSpan?

        enum Label { case lead, cooperating, deadline, leader }

        static func label(of text: String) -> (Label, String)? {
            // The label is short: look for its colon in the first bytes only.
            guard let colonByte = text.utf8.prefix(100).firstIndex(of: 0x3A),
                  let colon = colonByte.samePosition(in: text) else { return nil }
            guard let nameScalars = FastText.simpleScalars(String(text[..<colon])) else {
                return labelCharacters(of: text, colon: colon)
            }
            guard nameScalars.count <= 40 else { return nil }
            let name = FastText.lowerScalars(nameScalars)
            func has(_ word: [Unicode.Scalar]) -> Bool { FastText.find(word, in: name) != nil }
            var label: Label?
            if has(Words.lanhDao) || has(Words.nguoiChiDao) {
                label = .leader
            } else if has(Words.thoiGian) || has(Words.thoiHan) || has(Words.tienDo) {
                label = .deadline
            } else if has(Words.donVi) || has(Words.coQuan) || FastText.matches(name, 0, Words.chuTri) || FastText.matches(name, 0, Words.phoiHop) {
                if has(Words.phoiHop) {
                    label = .cooperating
                } else if has(Words.chuTri) || has(Words.thucHien) {
                    label = .lead
                }
            }
            guard let label else { return nil }
            return (label, String(text[text.index(after: colon)...]).trimmed())
        }

        private enum Words {
            static let lanhDao = FastText.array("lãnh đạo"), nguoiChiDao = FastText.array("người chỉ đạo")
            static let thoiGian = FastText.array("thời gian"), thoiHan = FastText.array("thời hạn")
            static let tienDo = FastText.array("tiến độ"), donVi = FastText.array("đơn vị"), coQuan = FastText.array("cơ quan")
            static let chuTri = FastText.array("chủ trì"), phoiHop = FastText.array("phối hợp")
            static let thucHien = FastText.array("thực hiện")
        }

        static func labelCharacters(of text: String, colon: String.Index) -> (Label, String)? {
            let name = text[..<colon].lowercased()
            guard name.count <= 40 else { return nil }
            let value = String(text[text.index(after: colon)...]).trimmed()
            if TextSearch.contains(name, "lãnh đạo") || TextSearch.contains(name, "người chỉ đạo") { return (.leader, value) }
            if TextSearch.contains(name, "thời gian") || TextSearch.contains(name, "thời hạn") || TextSearch.contains(name, "tiến độ") { return (.deadline, value) }
            let isUnit = TextSearch.contains(name, "đơn vị") || TextSearch.contains(name, "cơ quan") || name.hasPrefix("chủ trì") || name.hasPrefix("phối hợp")
            guard isUnit else { return nil }
            if TextSearch.contains(name, "phối hợp") { return (.cooperating, value) }
            if TextSearch.contains(name, "chủ trì") || TextSearch.contains(name, "thực hiện") { return (.lead, value) }
            return nil
        }

        mutating func take(_ block: Block) -> Bool {
            guard let (label, value) = Self.label(of: block.text) else { return false }
            switch label {
            case .lead: lead += UnitNames.units(value)
            case .cooperating: cooperating += UnitNames.units(value)
            case .deadline: deadline = IndicatorExtractorImpl.clean(value)
            case .leader: break
            }
            texts.append(block.text)
            lines = lines.map { $0.union(block.lines) } ?? block.lines
            return true
        }

        func assignment(sectionId: String) -> Assignment? {
            guard let lines, !(lead.isEmpty && cooperating.isEmpty && deadline == nil) else { return nil }
            // Labelled lines joined as sentences ("… Đô thị. Đơn vị phối hợp: …").
            let text = texts.map { t in t.last.map { ".;:".contains($0) } == true ? t : t + "." }.joined(separator: " ")
            return Assignment(sectionId: sectionId, lead: lead, cooperating: cooperating, deadline: deadline,
                              text: text, lines: lines)
        }
    }
}

/// Deadlines stated in running text: `trước ngày 25 tháng 11`, `trước ngày 15/12 hằng năm`.
enum Deadline {
    static func find(in text: String) -> String? {
        // "trước ngày " in any case holds an "ng" in some case: most texts have none.
        guard hasNG(text) else { return nil }
        guard let scalars = FastText.simpleScalars(text) else { return findCharacters(in: text) }
        return find(scalars)
    }

    private static func hasNG(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for i in 1..<bytes.count where bytes[i] | 0x20 == 0x67 && bytes[i - 1] | 0x20 == 0x6E { return true }
            return false
        }
    }

    /// The phrase's words as each path's units, made once.
    private struct Words<U: TextUnit>: Sendable {
        let opener: [U], dates: [[U]], periodic: [[U]]
        init() {
            func units(_ word: String) -> [U] { word.unicodeScalars.map { U($0) } }
            opener = units("trước ngày ")
            dates = [" tháng ", " năm "].map(units)
            periodic = [" hằng năm", " hàng năm", " hằng tháng", " hàng tháng", " hằng quý", " hàng quý"].map(units)
        }
    }

    private static let scalarWords = Words<Unicode.Scalar>(), characterWords = Words<Character>()

    /// `find(in:)` of simple text given as scalars.
    static func find(_ chars: [Unicode.Scalar]) -> String? { find(chars, scalarWords) }

    /// `find(in:)` on `Character`s: text that is not simple, and the reference the tests hold
    /// the scalar path to.
    static func findCharacters(in text: String) -> String? { find(Array(text), characterWords) }

    /// The `trước ngày …` phrase of `chars`: the date is digits, "/" and "tháng"/"năm" words
    /// between numbers, then "hằng năm" (or month, quarter) when it follows.
    private static func find<U: TextUnit>(_ chars: [U], _ words: Words<U>) -> String? {
        let lower = chars.map(\.lowercasedUnit)
        func matches(_ at: Int, _ word: [U]) -> Bool {
            at + word.count <= lower.count && lower[at..<(at + word.count)].elementsEqual(word)
        }
        guard let start = lower.indices.first(where: { matches($0, words.opener) }) else { return nil }
        let slash = U("/")
        var i = start + words.opener.count
        var end = i
        while i < chars.count {
            if chars[i].isASCIIDigitUnit || chars[i] == slash { i += 1; end = i; continue }
            if let word = words.dates.first(where: { matches(i, $0) }), i + word.count < chars.count,
               chars[i + word.count].isASCIIDigitUnit {
                i += word.count
                continue
            }
            break
        }
        guard end > start + words.opener.count else { return nil }
        var deadline = Array(chars[start..<end])
        for periodic in words.periodic where matches(end, periodic) {
            deadline += chars[end..<(end + periodic.count)]
        }
        return U.text(deadline)
    }
}
