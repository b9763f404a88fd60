/// Where one printed line of a linearised table may hold the words of several cells: the PDF
/// extraction puts words printed on the same baseline on one line, so the first line of a row
/// (or the first line after a page break) can hold the first line of every cell
/// (`Kiểm tra chuyên đề, giám sát chuyên đề Chương trình, Kế Giai đoạn UBKT Ban Xây dựng Đảng;`).
///
/// A candidate cut is a word start (after one space) where a cell can open:
/// - a capitalised word a column's kind opens with: a body's name (`UnitNames.startsUnit`) when
///   the table has a unit column, a period (`Giai đoạn`, `Hằng năm` …) when it has a time
///   column, a funding source (`Ngân sách`, `Vốn` …) when it has a funding column;
/// - a bullet `- ` + a capital after a word (`… chính trị - Hồ sơ …`);
/// - on the first line of a row or of a page only (where every cell's first line is printed,
///   the cells being top-aligned), a capitalised word right after a lowercase letter (`…
///   chuyên đề Chương trình`), at a higher cost (names are capitalised inside a sentence too).
///
/// The cut is only a candidate: `CellSegmenter` takes it when the whole line would not fit its
/// column or the kinds say so. The scalar code (simple text, `TableTextBytes`) and the
/// `Character` code give the same cuts (checked by `TableTextBytesTests`).
enum InlineCuts {
    /// A piece starts at UTF-8 offset `offset` of the line; cutting there costs `cost`.
    struct Cut: Equatable {
        var offset: Int
        var cost: Double
    }

    static let openerCost = 2.0
    static let capitalCost = 3.0

    private static let timeOpeners = ["Giai đoạn", "Năm", "Hằng năm", "Hàng năm", "Thường xuyên", "Quý", "Tháng",
                                      "Định kỳ", "Trước ngày", "Nhiệm kỳ", "Kịp thời"]
    private static let fundingOpeners = ["Ngân sách", "NSNN", "NSTP", "Ngoài NSNN", "Vốn", "Xã hội hóa", "Xã hội hoá",
                                         "Nguồn vốn"]
    private static let timeChars = timeOpeners.map { Array($0) }, fundingChars = fundingOpeners.map { Array($0) }
    private static let timeScalars = timeOpeners.map { Array($0.unicodeScalars) }
    private static let fundingScalars = fundingOpeners.map { Array($0.unicodeScalars) }

    /// The cuts of a simple line (every character one scalar).
    static func cuts(_ line: String, kinds: [ColumnKind?], first: Bool = true) -> [Cut] {
        guard mayCut(line) else { return [] }
        return cuts(Array(line.unicodeScalars), kinds: kinds, first: first,
                    startsUnit: { chars, p in mayStartUnit(chars, p) && UnitNames.startsUnit(chars, at: p) },
                    timeWords: timeScalars, fundingWords: fundingScalars)
    }

    /// False when no word after a space can start with a capital or be a dash (a quick
    /// look at the UTF-8 that may answer true when there is none): after a space, `A`–`Z`,
    /// `-`, any non-ASCII scalar except `à`–`ÿ` (C3 9F…BF) and `đ` (C4 91).
    static func mayCut(_ line: String) -> Bool {
        var afterSpace = false
        var lead: UInt8 = 0
        for b in line.utf8 {
            if lead != 0 {
                if lead == 0xC3 ? b <= 0x9E : b != 0x91 { return true }
                lead = 0
            }
            if afterSpace {
                if (b >= 0x41 && b <= 0x5A) || b == 0x2D || b >= 0xC5 { return true }
                if b == 0xC3 || b == 0xC4 { lead = b }
            }
            afterSpace = b == 0x20
        }
        return false
    }

    /// The same cuts on any text, character by character.
    static func cutsCharacters(_ line: String, kinds: [ColumnKind?], first: Bool = true) -> [Cut] {
        cuts(Array(line), kinds: kinds, first: first, startsUnit: { UnitNames.startsUnit($0, at: $1) },
             timeWords: timeChars, fundingWords: fundingChars)
    }

    /// The cuts of a line given as units (scalars of simple text, or `Character`s); `startsUnit`
    /// and the opener words are the unit type's own.
    private static func cuts<U: TextUnit>(_ chars: [U], kinds: [ColumnKind?], first: Bool,
                                          startsUnit: ([U], Int) -> Bool, timeWords: [[U]],
                                          fundingWords: [[U]]) -> [Cut] {
        let n = chars.count
        guard n > 2 else { return [] }
        let (space, dash) = (U(" "), U("-"))
        let units = kinds.contains(.unit), time = kinds.contains(.time), funding = kinds.contains(.funding)
        var out: [Cut] = []
        var offset = 0
        for p in 0..<n {
            defer { offset += chars[p].utf8Width }
            guard p >= 2, chars[p - 1] == space, chars[p - 2] != space, chars[p] != space else { continue }
            let prev = chars[p - 2], c = chars[p]
            if c == dash {
                if p + 2 < n, chars[p + 1] == space, chars[p + 2].isUnitUppercase, prev.isUnitLetter {
                    out.append(Cut(offset: offset, cost: openerCost))
                }
                continue
            }
            guard c.isUnitUppercase else { continue }
            if (units && startsUnit(chars, p)) || (time && opens(chars, p, timeWords))
                || (funding && opens(chars, p, fundingWords)) {
                out.append(Cut(offset: offset, cost: openerCost))
            } else if first, prev.isUnitLetter, prev.isUnitLowercase {
                out.append(Cut(offset: offset, cost: capitalCost))
            }
        }
        return out
    }

    /// The first two scalars of the unit heads (a head of one scalar: that scalar and 0).
    private static let unitHeadStarts: Set<UInt64> = Set(UnitNames.heads.map { head -> UInt64 in
        let s = Array(head.unicodeScalars)
        return UInt64(s[0].value) << 32 | UInt64(s.count > 1 ? s[1].value : 0)
    })
    private static let oneScalarHead = UnitNames.heads.contains { $0.unicodeScalars.count == 1 }

    /// False when no unit head starts with the scalars at `p` (`UnitNames.startsUnit` is then false).
    private static func mayStartUnit(_ chars: [Unicode.Scalar], _ p: Int) -> Bool {
        if oneScalarHead { return true }
        guard p + 1 < chars.count else { return false }
        return unitHeadStarts.contains(UInt64(chars[p].value) << 32 | UInt64(chars[p + 1].value))
    }

    /// Whether one of `words` starts at `p`, followed by the end or a unit that is not a letter.
    private static func opens<U: TextUnit>(_ chars: [U], _ p: Int, _ words: [[U]]) -> Bool {
        for w in words where p + w.count <= chars.count && chars[p..<(p + w.count)].elementsEqual(w) {
            if p + w.count == chars.count || !chars[p + w.count].isUnitLetter { return true }
        }
        return false
    }
}
