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

    static func scan(_ text: String) -> [Quantity] {
        guard let chars = FastText.simpleScalars(text) else { return QuantityScannerCharacters.scan(text) }
        return scan(chars, lower: FastText.lowerScalars(chars))
    }

    typealias Scalars = [Unicode.Scalar]

    private static let unitScalars = units.map(FastText.array)
    private static let documentScalars = documentWords.map(FastText.array)
    private static let boundScalars: [(Scalars, Comparator, Bool)] =
        atLeastWords.map { (FastText.array($0), Comparator.atLeast, !($0.first?.isLetter ?? false)) }
        + atMostWords.map { (FastText.array($0), Comparator.atMost, !($0.first?.isLetter ?? false)) }
    private static let approximateScalars = approximateWords.map(FastText.array)
    private static let trenDuoi = FastText.array("trên dưới")
    private static let troLen = FastText.array(" trở lên"), troLai = FastText.array(" trở lại")
    private static let troXuong = FastText.array(" trở xuống")
    private static let connectorWords = [FastText.array("đến "), FastText.array("tới ")]

    /// `scan` of simple text: `chars` and its lowercase scalars (indices are character offsets).
    static func scan(_ chars: Scalars, lower: Scalars) -> [Quantity] {
        var result: [Quantity] = []
        var i = 0
        while i < chars.count {
            guard FastText.isDigit(chars[i]), i == 0 || !(FastText.isLetter(chars[i - 1]) || FastText.isDigit(chars[i - 1])
                || chars[i - 1] == "." || chars[i - 1] == "," || chars[i - 1] == "/") else {
                i += 1
                continue
            }
            let (tokenEnd, value) = readNumber(chars, from: i)
            guard let value else { i = max(tokenEnd, i + 1); continue }
            if let q = quantity(chars: chars, lower: lower, start: i, tokenEnd: tokenEnd, value: value) {
                result.append(q)
                i = q.end
            } else {
                i = skipCompound(chars, from: tokenEnd)
            }
        }
        return result
    }

    /// Reads a number token at `from`; returns the index after it and its value.
    static func readNumber(_ chars: Scalars, from: Int) -> (Int, Double?) {
        var j = from
        while j < chars.count, FastText.isDigit(chars[j]) || ((chars[j] == "." || chars[j] == ",")
            && j + 1 < chars.count && FastText.isDigit(chars[j + 1])) {
            j += 1
        }
        return (j, VietnameseNumber.parse(ascii: chars[from..<j]))
    }

    /// Skips the rest of a date or document number (`27/9/2025`, `09-NQ/ĐH`).
    private static func skipCompound(_ chars: Scalars, from: Int) -> Int {
        var j = from
        while j < chars.count, !FastText.isWhitespace(chars[j]) { j += 1 }
        return max(j, from)
    }

    /// The end of `lower[lo..<end]` without trailing whitespace.
    @inline(__always)
    private static func trailingTrimmed(_ lower: Scalars, _ lo: Int, _ end: Int) -> Int {
        var b = end
        while b > lo, FastText.isWhitespace(lower[b - 1]) { b -= 1 }
        return b
    }

    /// Whether the window `lower[lo..<end]` ends with `word`; the index where it starts.
    @inline(__always)
    private static func windowSuffix(_ lower: Scalars, _ lo: Int, _ end: Int, _ word: Scalars) -> Int? {
        let ws = end - word.count
        guard ws >= lo, FastText.matches(lower, ws, word) else { return nil }
        return ws
    }

    private static func quantity(chars: Scalars, lower: Scalars, start: Int, tokenEnd: Int,
                                 value: Double) -> Quantity? {
        let digits = tokenEnd - start
        // Dates and fractions: 27/9/2025, 1/2000, 50/100.
        if tokenEnd < chars.count, chars[tokenEnd] == "/", tokenEnd + 1 < chars.count,
           FastText.isDigit(chars[tokenEnd + 1]) {
            return nil
        }
        // Document numbers: 09-NQ/ĐH, 68 – NQ/TW, 17/CT-TTg.
        if isDocumentSymbol(chars, after: tokenEnd) { return nil }
        let lo = max(0, start - 24)
        let b = trailingTrimmed(lower, lo, start)
        for word in documentScalars {
            guard let ws = windowSuffix(lower, lo, b, word) else { continue }
            if ws == lo || lower[ws - 1] == " " || lower[ws - 1] == "(" || lower[ws - 1] == "," { return nil }
        }
        let isYearLike = digits == 4 && value >= 1945 && value <= 2100 && value == value.rounded()
        // Unit (or range then unit).
        var p = tokenEnd
        var unit = readUnit(chars: chars, lower: lower, at: &p)
        var upper: Double?
        var q = p
        if let connectorEnd = rangeConnector(lower, at: q) {
            q = connectorEnd
            if q < chars.count, FastText.isDigit(chars[q]) {
                let (end2, value2) = readNumber(chars, from: q)
                if let value2, !isDocumentSymbol(chars, after: end2),
                   !(end2 < chars.count && chars[end2] == "/" && end2 + 1 < chars.count && FastText.isDigit(chars[end2 + 1])) {
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
        var bound = boundBefore(lower, lo, b)
        let approximate = isApproximate(lower, lo, b)
        let isTroLen = FastText.matches(lower, p, troLen), isTroXuong = FastText.matches(lower, p, troXuong)
        if isTroLen || FastText.matches(lower, p, troLai) { bound = .atLeast }
        if isTroXuong { bound = .atMost }
        guard unit != nil || bound != nil else { return nil }
        var end = p
        if isTroLen || isTroXuong {
            end = p + (isTroLen ? 8 : 10)
        }
        return Quantity(value: value, upper: upper, unit: unit, bound: bound, approximate: approximate,
                        start: start, end: min(end, chars.count))
    }

    private static func isDocumentSymbol(_ chars: Scalars, after tokenEnd: Int) -> Bool {
        var j = tokenEnd
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count, FastText.isDashLike(chars[j]) || chars[j] == "/" else { return false }
        j += 1
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count, FastText.isUppercase(chars[j]) else { return false }
        return true
    }

    /// `-`, `–`, ` - `, ` đến `, ` tới ` between two numbers of a range: index after it.
    private static func rangeConnector(_ lower: Scalars, at p: Int) -> Int? {
        var j = p
        while j < lower.count, lower[j] == " " { j += 1 }
        guard j < lower.count else { return nil }
        if FastText.isDashLike(lower[j]) {
            j += 1
            while j < lower.count, lower[j] == " " { j += 1 }
            return j
        }
        for word in connectorWords where FastText.matches(lower, j, word) {
            guard j > p else { return nil }
            return j + word.count
        }
        return nil
    }

    /// Reads `%`, `%/năm`, `doanh nghiệp`, `cơ sở/năm`, `lớp/cấp` … at `p`, advancing it.
    static func readUnit(chars: Scalars, lower: Scalars, at p: inout Int) -> String? {
        var j = p
        if j < chars.count, chars[j] == " " { j += 1 }
        var unit: String?
        if j < chars.count, chars[j] == "%" {
            unit = "%"
            j += 1
        } else {
            for candidate in unitScalars {
                let n = candidate.count
                guard FastText.matches(lower, j, candidate) else { continue }
                if j + n < lower.count, FastText.isLetter(lower[j + n]) || FastText.isDigit(lower[j + n]) { continue }
                unit = FastText.string(chars[j..<(j + n)])
                j += n
                break
            }
        }
        guard var found = unit else { return nil }
        // "/năm", "/cấp", "/người", "/km2".
        if j + 1 < chars.count, chars[j] == "/", FastText.isLetter(chars[j + 1]) {
            var k = j + 1
            while k < chars.count, FastText.isLetter(chars[k]) || FastText.isDigit(chars[k]) { k += 1 }
            found += FastText.string(chars[j..<k])
            j = k
        }
        p = j
        return found
    }

    static let atLeastWords = ["ít nhất", "tối thiểu", "không thấp hơn", "không dưới", "không ít hơn",
                               "trên", "hơn", "từ", "≥", ">=", ">", "vượt"]
    static let atMostWords = ["tối đa", "không quá", "không vượt quá", "không vượt", "dưới", "≤", "<=", "<",
                              "không cao hơn", "không lớn hơn"]
    static let approximateWords = ["khoảng", "gần", "xấp xỉ", "ước", "trên dưới", "chừng"]

    /// The bound word ending the window `lower[lo..<end]`.
    private static func boundBefore(_ lower: Scalars, _ lo: Int, _ end: Int) -> Comparator? {
        // Longest phrase wins: "không vượt quá" before "quá", "trên dưới" is approximate.
        if windowSuffix(lower, lo, end, trenDuoi) != nil { return nil }
        var best: (Int, Comparator)?
        for (word, comparator, symbolic) in boundScalars {
            guard let ws = windowSuffix(lower, lo, end, word) else { continue }
            guard symbolic || ws == lo || !FastText.isLetter(lower[ws - 1]) else { continue }
            if best == nil || word.count > (best?.0 ?? 0) { best = (word.count, comparator) }
        }
        return best?.1
    }

    private static func isApproximate(_ lower: Scalars, _ lo: Int, _ end: Int) -> Bool {
        approximateScalars.contains { word in
            guard let ws = windowSuffix(lower, lo, end, word) else { return false }
            return ws == lo || !FastText.isLetter(lower[ws - 1])
        }
    }

    /// The target year a text names: `Đến năm 2030` → 2030, `giai đoạn 2026 - 2030` → 2030,
    /// `năm 2028` → 2028. `đến năm` wins over a period, a period over a bare `năm`.
    static func targetYear(in text: String) -> Int? {
        guard let scalars = FastText.simpleScalars(text) else { return QuantityScannerCharacters.targetYear(in: text) }
        return targetYear(lower: FastText.lowerScalars(scalars))
    }

    private static let denNam = FastText.array("đến năm "), toiNam = FastText.array("tới năm ")
    private static let denHetNam = FastText.array("đến hết năm "), nam = FastText.array("năm ")
    private static let ngay = FastText.array("ngày "), thangNam = FastText.array("tháng năm ")

    /// `targetYear(in:)` of a simple text given as its lowercase scalars.
    static func targetYear(lower: Scalars) -> Int? {
        var byDeadline: Int?, byPeriod: Int?, byYear: Int?
        var i = 0
        while i < lower.count {
            guard FastText.isDigit(lower[i]), i == 0 || !FastText.isDigit(lower[i - 1]) else { i += 1; continue }
            var j = i
            while j < lower.count, FastText.isDigit(lower[j]) { j += 1 }
            defer { i = j }
            guard j - i == 4, j == lower.count || !(lower[j] == "/" || FastText.isLetter(lower[j])) else { continue }
            let year = digitValue(lower, i, j)
            guard (1945...2100).contains(year) else { continue }
            let lo = max(0, i - 16)
            if windowSuffix(lower, lo, i, denNam) != nil || windowSuffix(lower, lo, i, toiNam) != nil
                || windowSuffix(lower, lo, i, denHetNam) != nil {
                if byDeadline == nil { byDeadline = year }
            } else if isPeriodEnd(lower, yearStart: i) {
                if byPeriod == nil { byPeriod = year }
            } else if windowSuffix(lower, lo, i, nam) != nil && windowSuffix(lower, lo, i, ngay) == nil {
                let afterIsRange = rangeEndYear(lower, after: j) != nil
                if !afterIsRange, byYear == nil, windowSuffix(lower, lo, i, thangNam) == nil { byYear = year }
            }
        }
        return byDeadline ?? byPeriod ?? byYear
    }

    @inline(__always)
    private static func digitValue(_ chars: Scalars, _ from: Int, _ to: Int) -> Int {
        var v = 0
        for k in from..<to { v = v * 10 + Int(chars[k].value - 0x30) }
        return v
    }

    /// True when the 4-digit year at `yearStart` ends a period `2026 - 2030` / `2026-2030`.
    private static func isPeriodEnd(_ lower: Scalars, yearStart: Int) -> Bool {
        var k = yearStart - 1
        while k >= 0, lower[k] == " " { k -= 1 }
        guard k >= 0, FastText.isDashLike(lower[k]) else { return false }
        k -= 1
        while k >= 0, lower[k] == " " { k -= 1 }
        var digits = 0
        while k >= 0, FastText.isDigit(lower[k]) { digits += 1; k -= 1 }
        return digits == 4
    }

    private static func rangeEndYear(_ lower: Scalars, after j: Int) -> Int? {
        var k = j
        while k < lower.count, lower[k] == " " { k += 1 }
        guard k < lower.count, FastText.isDashLike(lower[k]) else { return nil }
        k += 1
        while k < lower.count, lower[k] == " " { k += 1 }
        var m = k
        while m < lower.count, FastText.isDigit(lower[m]) { m += 1 }
        return m - k == 4 ? digitValue(lower, k, m) : nil
    }
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
