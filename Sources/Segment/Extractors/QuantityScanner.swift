import PlanModel

/// A stated quantity in running text: `97,45% trở lên`, `trên 490 doanh nghiệp`,
/// `từ 50-100 cơ sở`, `10 - 20 cơ sở/năm`.
struct Quantity: Hashable, Sendable {
    var value: Double
    /// The upper end of a range (`50-100` → 100).
    var upper: Double?
    var unit: String?
    /// The bound word found around the number (`ít nhất`, `tối đa`, `trở lên` …), nil if none.
    var bound: Comparator?
    /// `khoảng`, `gần`, `xấp xỉ`: an estimate, not a target.
    var approximate: Bool
    /// Character offsets of the quantity (number through unit) in the scanned text.
    var start: Int
    var end: Int
}

/// Finds quantities in Vietnamese text, leaving out what only looks like one: dates
/// (`27/9/2025`), document numbers (`09-NQ/ĐH`, `Nghị quyết 68`), years (`năm 2030`,
/// `2026 - 2030`) and bare numbers with neither unit nor bound (`chính quyền 2 cấp`).
enum QuantityScanner {
    /// Units recognised after a number, longest first (matched case-insensitively on word bounds).
    /// Durations (ngày, tháng, giờ) are left out: "trong vòng 12 tháng" is not a target.
    static let units: [String] = [
        "tổ chức cơ sở đảng", "tổ chức đảng", "doanh nghiệp", "hợp tác xã", "hộ gia đình",
        "cơ sở giáo dục", "cơ sở", "tổ dân phố", "đảng viên", "chi bộ", "hội nghị", "mô hình",
        "công trình", "dự án", "đề án", "tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "lao động",
        "việc làm", "lượt", "người", "hộ", "lớp", "phòng", "trường", "cuộc", "giường bệnh",
        "bác sĩ", "bác sỹ", "sản phẩm", "km2", "km", "m2", "m²", "ha", "tấn", "tuyến", "tổ chức",
        "nhà", "tiêu chí", "câu lạc bộ", "đơn vị", "cơ quan", "điểm", "tuổi", "lần", "xe",
        "gia đình", "thủ tục", "hồ sơ", "sáng kiến", "đề tài",
    ]

    /// Words that make the number after them a document number or a name, not a quantity.
    static let documentWords: [String] = [
        "nghị quyết", "quyết định", "chỉ thị", "kế hoạch", "chương trình", "đề án", "thông tư",
        "nghị định", "luật", "kết luận", "quy định", "công văn", "thông báo", "hướng dẫn",
        "quy hoạch", "văn bản", "số", "điều", "khoản", "khóa", "khoá", "lần thứ", "trung ương",
        "hội nghị", "đại hội", "tờ trình", "báo cáo", "kỳ họp", "phiên", "tổ", "khu", "cụm",
        "ngõ", "đường", "cầu", "tuyến", "quốc lộ", "tỉnh lộ", "giai đoạn", "nhiệm kỳ", "năm", "tháng",
        "ngày", "quý", "lúc",
    ]

    static let atLeastWords = ["ít nhất", "tối thiểu", "không thấp hơn", "không dưới", "không ít hơn",
                               "trên", "hơn", "từ", "≥", ">=", ">", "vượt"]
    static let atMostWords = ["tối đa", "không quá", "không vượt quá", "không vượt", "dưới", "≤", "<=", "<",
                              "không cao hơn", "không lớn hơn"]
    static let approximateWords = ["khoảng", "gần", "xấp xỉ", "ước", "trên dưới", "chừng"]

    /// Simple text on its scalars; other text on `Character`s (`scanCharacters`).
    static func scan(_ text: String) -> [Quantity] {
        guard let chars = FastText.simpleScalars(text) else { return scanCharacters(text) }
        return scan(chars, lower: FastText.lowerScalars(chars))
    }

    /// `scan` on `Character`s (any text; tests compare it with the scalar path on simple text).
    static func scanCharacters(_ text: String) -> [Quantity] {
        let chars = Array(text)
        let lower = Array(text.lowercased())
        // A lowercase form of another length (never in Vietnamese text): nothing is read.
        guard lower.count == chars.count else { return [] }
        return scan(chars, lower: lower)
    }

    /// The quantities of `chars` given with its lowercase units (offsets are unit offsets).
    static func scan<U: QuantityUnit>(_ chars: [U], lower: [U]) -> [Quantity] {
        let words = U.quantityWords
        var result: [Quantity] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCIIDigitUnit, i == 0 || !(chars[i - 1].isUnitLetter || chars[i - 1].isASCIIDigitUnit
                || chars[i - 1] == U(".") || chars[i - 1] == U(",") || chars[i - 1] == U("/")) else {
                i += 1
                continue
            }
            let (tokenEnd, value) = readNumber(chars, from: i)
            guard let value else { i = max(tokenEnd, i + 1); continue }
            if let q = quantity(chars: chars, lower: lower, words: words, start: i, tokenEnd: tokenEnd, value: value) {
                result.append(q)
                i = q.end
            } else {
                i = skipCompound(chars, from: tokenEnd)
            }
        }
        return result
    }

    /// Reads a number token at `from`; returns the index after it and its value.
    static func readNumber<U: QuantityUnit>(_ chars: [U], from: Int) -> (Int, Double?) {
        var j = from
        while j < chars.count, chars[j].isASCIIDigitUnit || ((chars[j] == U(".") || chars[j] == U(","))
            && j + 1 < chars.count && chars[j + 1].isASCIIDigitUnit) {
            j += 1
        }
        return (j, U.number(chars[from..<j]))
    }

    /// Skips the rest of a date or document number (`27/9/2025`, `09-NQ/ĐH`).
    private static func skipCompound<U: QuantityUnit>(_ chars: [U], from: Int) -> Int {
        var j = from
        while j < chars.count, !chars[j].isUnitWhitespace { j += 1 }
        return max(j, from)
    }


    /// The end of `lower[lo..<end]` without trailing whitespace.
    @inline(__always)
    private static func trailingTrimmed<U: QuantityUnit>(_ lower: [U], _ lo: Int, _ end: Int) -> Int {
        var b = end
        while b > lo, lower[b - 1].isUnitWhitespace { b -= 1 }
        return b
    }

    /// Whether the window `lower[lo..<end]` ends with `word`; the index where it starts.
    @inline(__always)
    private static func windowSuffix<U: QuantityUnit>(_ lower: [U], _ lo: Int, _ end: Int, _ word: [U]) -> Int? {
        let ws = end - word.count
        guard ws >= lo, FastText.matches(lower, ws, word) else { return nil }
        return ws
    }

    private static func quantity<U: QuantityUnit>(chars: [U], lower: [U], words: QuantityWords<U>, start: Int,
                                                  tokenEnd: Int, value: Double) -> Quantity? {
        let digits = tokenEnd - start
        // Dates and fractions: 27/9/2025, 1/2000, 50/100.
        if tokenEnd < chars.count, chars[tokenEnd] == U("/"), tokenEnd + 1 < chars.count,
           chars[tokenEnd + 1].isASCIIDigitUnit {
            return nil
        }
        // Document numbers: 09-NQ/ĐH, 68 – NQ/TW, 17/CT-TTg.
        if isDocumentSymbol(chars, after: tokenEnd) { return nil }
        let lo = max(0, start - 24)
        let b = trailingTrimmed(lower, lo, start)
        for word in words.documents {
            guard let ws = windowSuffix(lower, lo, b, word) else { continue }
            if ws == lo || lower[ws - 1] == U(" ") || lower[ws - 1] == U("(") || lower[ws - 1] == U(",") { return nil }
        }
        let isYearLike = digits == 4 && value >= 1945 && value <= 2100 && value == value.rounded()
        // Unit (or range then unit).
        var p = tokenEnd
        var unit = readUnit(chars: chars, lower: lower, at: &p)
        var upper: Double?
        var q = p
        if let connectorEnd = rangeConnector(lower, words: words, at: q) {
            q = connectorEnd
            if q < chars.count, chars[q].isASCIIDigitUnit {
                let (end2, value2) = readNumber(chars, from: q)
                if let value2, !isDocumentSymbol(chars, after: end2),
                   !(end2 < chars.count && chars[end2] == U("/") && end2 + 1 < chars.count && chars[end2 + 1].isASCIIDigitUnit) {
                    var r = end2
                    let unit2 = readUnit(chars: chars, lower: lower, at: &r)
                    if unit == nil || unit2 == nil || unit == unit2 {
                        upper = value2
                        unit = unit ?? unit2
                        p = r
                    }
                }
            }
        }
        if isYearLike && unit == nil { return nil }
        if unit == "tuổi" { return nil }
        var bound = boundBefore(lower, words: words, lo, b)
        let approximate = isApproximate(lower, words: words, lo, b)
        let isTroLen = FastText.matches(lower, p, words.troLen), isTroXuong = FastText.matches(lower, p, words.troXuong)
        if isTroLen || FastText.matches(lower, p, words.troLai) { bound = .atLeast }
        if isTroXuong { bound = .atMost }
        guard unit != nil || bound != nil else { return nil }
        var end = p
        if isTroLen || isTroXuong {
            end = p + (isTroLen ? 8 : 10)
        }
        return Quantity(value: value, upper: upper, unit: unit, bound: bound, approximate: approximate,
                        start: start, end: min(end, chars.count))
    }

    private static func isDocumentSymbol<U: QuantityUnit>(_ chars: [U], after tokenEnd: Int) -> Bool {
        var j = tokenEnd
        while j < chars.count, chars[j] == U(" ") { j += 1 }
        guard j < chars.count, chars[j].isDashLikeUnit || chars[j] == U("/") else { return false }
        j += 1
        while j < chars.count, chars[j] == U(" ") { j += 1 }
        guard j < chars.count, chars[j].isUnitUppercase else { return false }
        return true
    }

    /// `-`, `–`, ` - `, ` đến `, ` tới ` between two numbers of a range: index after it.
    private static func rangeConnector<U: QuantityUnit>(_ lower: [U], words: QuantityWords<U>, at p: Int) -> Int? {
        var j = p
        while j < lower.count, lower[j] == U(" ") { j += 1 }
        guard j < lower.count else { return nil }
        if lower[j].isDashLikeUnit {
            j += 1
            while j < lower.count, lower[j] == U(" ") { j += 1 }
            return j
        }
        for word in words.connectors where FastText.matches(lower, j, word) {
            guard j > p else { return nil }
            return j + word.count
        }
        return nil
    }

    /// Reads `%`, `%/năm`, `doanh nghiệp`, `cơ sở/năm`, `lớp/cấp` … at `p`, advancing it.
    static func readUnit<U: QuantityUnit>(chars: [U], lower: [U], at p: inout Int) -> String? {
        var j = p
        if j < chars.count, chars[j] == U(" ") { j += 1 }
        var unit: String?
        if j < chars.count, chars[j] == U("%") {
            unit = "%"
            j += 1
        } else {
            for candidate in U.quantityWords.units {
                let n = candidate.count
                guard FastText.matches(lower, j, candidate) else { continue }
                if j + n < lower.count, lower[j + n].isUnitLetter || lower[j + n].isASCIIDigitUnit { continue }
                unit = U.string(chars[j..<(j + n)])
                j += n
                break
            }
        }
        guard var found = unit else { return nil }
        // "/năm", "/cấp", "/người", "/km2".
        if j + 1 < chars.count, chars[j] == U("/"), chars[j + 1].isUnitLetter {
            var k = j + 1
            while k < chars.count, chars[k].isUnitLetter || chars[k].isASCIIDigitUnit { k += 1 }
            found += U.string(chars[j..<k])
            j = k
        }
        p = j
        return found
    }

    /// The bound word ending the window `lower[lo..<end]`.
    private static func boundBefore<U: QuantityUnit>(_ lower: [U], words: QuantityWords<U>, _ lo: Int,
                                                     _ end: Int) -> Comparator? {
        // Longest phrase wins: "không vượt quá" before "quá", "trên dưới" is approximate.
        if windowSuffix(lower, lo, end, words.trenDuoi) != nil { return nil }
        var best: (Int, Comparator)?
        for (word, comparator, symbolic) in words.bounds {
            guard let ws = windowSuffix(lower, lo, end, word) else { continue }
            guard symbolic || ws == lo || !lower[ws - 1].isUnitLetter else { continue }
            if best == nil || word.count > (best?.0 ?? 0) { best = (word.count, comparator) }
        }
        return best?.1
    }

    private static func isApproximate<U: QuantityUnit>(_ lower: [U], words: QuantityWords<U>, _ lo: Int,
                                                       _ end: Int) -> Bool {
        words.approximate.contains { word in
            guard let ws = windowSuffix(lower, lo, end, word) else { return false }
            return ws == lo || !lower[ws - 1].isUnitLetter
        }
    }

    /// The target year a text names: `Đến năm 2030` → 2030, `giai đoạn 2026 - 2030` → 2030,
    /// `năm 2028` → 2028. `đến năm` wins over a period, a period over a bare `năm`.
    static func targetYear(in text: String) -> Int? {
        guard let scalars = FastText.simpleScalars(text) else { return targetYearCharacters(in: text) }
        return targetYear(lower: FastText.lowerScalars(scalars))
    }

    /// `targetYear(in:)` on `Character`s (any text).
    static func targetYearCharacters(in text: String) -> Int? {
        targetYear(lower: Array(text.lowercased()))
    }

    /// `targetYear(in:)` of a text given as its lowercase units.
    static func targetYear<U: QuantityUnit>(lower: [U]) -> Int? {
        let words = U.quantityWords
        var byDeadline: Int?, byPeriod: Int?, byYear: Int?
        var i = 0
        while i < lower.count {
            guard lower[i].isASCIIDigitUnit, i == 0 || !lower[i - 1].isASCIIDigitUnit else { i += 1; continue }
            var j = i
            while j < lower.count, lower[j].isASCIIDigitUnit { j += 1 }
            defer { i = j }
            guard j - i == 4, j == lower.count || !(lower[j] == U("/") || lower[j].isUnitLetter) else { continue }
            let year = digitValue(lower, i, j)
            guard (1945...2100).contains(year) else { continue }
            let lo = max(0, i - 16)
            if windowSuffix(lower, lo, i, words.denNam) != nil || windowSuffix(lower, lo, i, words.toiNam) != nil
                || windowSuffix(lower, lo, i, words.denHetNam) != nil {
                if byDeadline == nil { byDeadline = year }
            } else if isPeriodEnd(lower, yearStart: i) {
                if byPeriod == nil { byPeriod = year }
            } else if windowSuffix(lower, lo, i, words.nam) != nil && windowSuffix(lower, lo, i, words.ngay) == nil {
                let afterIsRange = rangeEndYear(lower, after: j) != nil
                if !afterIsRange, byYear == nil, windowSuffix(lower, lo, i, words.thangNam) == nil { byYear = year }
            }
        }
        return byDeadline ?? byPeriod ?? byYear
    }

    /// The value of the ASCII digits `chars[from..<to]`.
    @inline(__always)
    private static func digitValue<U: QuantityUnit>(_ chars: [U], _ from: Int, _ to: Int) -> Int {
        var v = 0
        for k in from..<to { v = v * 10 + chars[k].digitValue }
        return v
    }

    /// True when the 4-digit year at `yearStart` ends a period `2026 - 2030` / `2026-2030`.
    private static func isPeriodEnd<U: QuantityUnit>(_ lower: [U], yearStart: Int) -> Bool {
        var k = yearStart - 1
        while k >= 0, lower[k] == U(" ") { k -= 1 }
        guard k >= 0, lower[k].isDashLikeUnit else { return false }
        k -= 1
        while k >= 0, lower[k] == U(" ") { k -= 1 }
        var digits = 0
        while k >= 0, lower[k].isASCIIDigitUnit { digits += 1; k -= 1 }
        return digits == 4
    }

    private static func rangeEndYear<U: QuantityUnit>(_ lower: [U], after j: Int) -> Int? {
        var k = j
        while k < lower.count, lower[k] == U(" ") { k += 1 }
        guard k < lower.count, lower[k].isDashLikeUnit else { return nil }
        k += 1
        while k < lower.count, lower[k] == U(" ") { k += 1 }
        var m = k
        while m < lower.count, lower[m].isASCIIDigitUnit { m += 1 }
        return m - k == 4 ? digitValue(lower, k, m) : nil
    }

    static let scalarWords = QuantityWords<Unicode.Scalar>()
    static let characterWords = QuantityWords<Character>()
}

/// The word lists of `QuantityScanner` as units of one type, made once per type.
struct QuantityWords<U: QuantityUnit>: Sendable {
    let units: [[U]], documents: [[U]], approximate: [[U]], connectors: [[U]]
    /// Bound words, their comparator, and whether the word is a symbol (`≥`), which needs no
    /// word break before it.
    let bounds: [([U], Comparator, Bool)]
    let trenDuoi: [U], troLen: [U], troLai: [U], troXuong: [U]
    let denNam: [U], toiNam: [U], denHetNam: [U], nam: [U], ngay: [U], thangNam: [U]

    init() {
        units = QuantityScanner.units.map(U.units)
        documents = QuantityScanner.documentWords.map(U.units)
        approximate = QuantityScanner.approximateWords.map(U.units)
        connectors = ["đến ", "tới "].map(U.units)
        bounds = QuantityScanner.atLeastWords.map { (U.units($0), Comparator.atLeast, !($0.first?.isLetter ?? false)) }
            + QuantityScanner.atMostWords.map { (U.units($0), Comparator.atMost, !($0.first?.isLetter ?? false)) }
        trenDuoi = U.units("trên dưới")
        troLen = U.units(" trở lên"); troLai = U.units(" trở lại"); troXuong = U.units(" trở xuống")
        denNam = U.units("đến năm "); toiNam = U.units("tới năm "); denHetNam = U.units("đến hết năm ")
        nam = U.units("năm "); ngay = U.units("ngày "); thangNam = U.units("tháng năm ")
    }
}

/// What the quantity scanner reads of a unit beyond `TextUnit`; each type answers as its own
/// API does (the `Character` instance as the former `Character` scanner did).
protocol QuantityUnit: TextUnit {
    /// `-`, `–`, `—`.
    var isDashLikeUnit: Bool { get }
    /// The value of an ASCII digit.
    var digitValue: Int { get }
    /// The units of a word.
    static func units(_ word: String) -> [Self]
    static func string(_ units: ArraySlice<Self>) -> String
    /// `VietnameseNumber.parse` of a token of digits, `.` and `,`.
    static func number(_ token: ArraySlice<Self>) -> Double?
    static var quantityWords: QuantityWords<Self> { get }
}

extension Unicode.Scalar: QuantityUnit {
    var isDashLikeUnit: Bool { FastText.isDashLike(self) }
    var digitValue: Int { Int(value) - 0x30 }
    static func units(_ word: String) -> [Unicode.Scalar] { FastText.array(word) }
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String { FastText.string(units) }
    static func number(_ token: ArraySlice<Unicode.Scalar>) -> Double? { VietnameseNumber.parse(ascii: token) }
    static var quantityWords: QuantityWords<Unicode.Scalar> { QuantityScanner.scalarWords }
}

extension Character: QuantityUnit {
    var isDashLikeUnit: Bool { isDashLike }
    var digitValue: Int { asciiDigitValue }
    static func units(_ word: String) -> [Character] { Array(word) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
    static func number(_ token: ArraySlice<Character>) -> Double? { VietnameseNumber.parse(String(token)) }
    static var quantityWords: QuantityWords<Character> { QuantityScanner.characterWords }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// Trims spaces only: leading and trailing tabs are empty table cells.
    func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }

    func trimmed() -> String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
