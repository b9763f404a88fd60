import PlanModel

/// The original `Character`-level scanner, used for text that is not `FastText.isSimple`.
enum QuantityScannerCharacters {
    private static let units = QuantityScanner.units
    private static let documentWords = QuantityScanner.documentWords
    private static let atLeastWords = QuantityScanner.atLeastWords
    private static let atMostWords = QuantityScanner.atMostWords
    private static let approximateWords = QuantityScanner.approximateWords


    static func scan(_ text: String) -> [Quantity] {
        let chars = Array(text)
        let lower = Array(text.lowercased())
        guard lower.count == chars.count else { return scanFallback(text) }
        var result: [Quantity] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCIIDigitChar, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isASCIIDigitChar
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

    /// Strings whose lowercase form changes length (never in Vietnamese text): scan as is.
    private static func scanFallback(_ text: String) -> [Quantity] { [] }

    /// Reads a number token at `from`; returns the index after it and its value.
    static func readNumber(_ chars: [Character], from: Int) -> (Int, Double?) {
        var j = from
        while j < chars.count, chars[j].isASCIIDigitChar || ((chars[j] == "." || chars[j] == ",")
            && j + 1 < chars.count && chars[j + 1].isASCIIDigitChar) {
            j += 1
        }
        return (j, VietnameseNumber.parse(String(chars[from..<j])))
    }

    /// Skips the rest of a date or document number (`27/9/2025`, `09-NQ/ĐH`).
    private static func skipCompound(_ chars: [Character], from: Int) -> Int {
        var j = from
        while j < chars.count, !chars[j].isWhitespace { j += 1 }
        return max(j, from)
    }

    private static func quantity(chars: [Character], lower: [Character], start: Int, tokenEnd: Int,
                                 value: Double) -> Quantity? {
        let digits = tokenEnd - start
        // Dates and fractions: 27/9/2025, 1/2000, 50/100.
        if tokenEnd < chars.count, chars[tokenEnd] == "/", tokenEnd + 1 < chars.count,
           chars[tokenEnd + 1].isASCIIDigitChar {
            return nil
        }
        // Document numbers: 09-NQ/ĐH, 68 – NQ/TW, 17/CT-TTg.
        if isDocumentSymbol(chars, after: tokenEnd) { return nil }
        let before = String(lower[max(0, start - 24)..<start])
        let trimmedBefore = before.trimmingTrailingSpaces()
        for word in documentWords where trimmedBefore.hasSuffix(word) {
            let cut = trimmedBefore.dropLast(word.count)
            if cut.isEmpty || cut.last == " " || cut.last == "(" || cut.last == "," { return nil }
        }
        let isYearLike = digits == 4 && value >= 1945 && value <= 2100 && value == value.rounded()
        // Unit (or range then unit).
        var p = tokenEnd
        var unit = readUnit(chars: chars, lower: lower, at: &p)
        var upper: Double?
        var q = p
        if let connectorEnd = rangeConnector(lower, at: q) {
            q = connectorEnd
            if q < chars.count, chars[q].isASCIIDigitChar {
                let (end2, value2) = readNumber(chars, from: q)
                if let value2, !isDocumentSymbol(chars, after: end2),
                   !(end2 < chars.count && chars[end2] == "/" && end2 + 1 < chars.count && chars[end2 + 1].isASCIIDigitChar) {
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
        var bound = boundBefore(trimmedBefore)
        let approximate = isApproximate(trimmedBefore)
        let after = String(lower[p..<min(lower.count, p + 12)])
        if after.hasPrefix(" trở lên") || after.hasPrefix(" trở lại") { bound = .atLeast }
        if after.hasPrefix(" trở xuống") { bound = .atMost }
        guard unit != nil || bound != nil else { return nil }
        var end = p
        if after.hasPrefix(" trở lên") || after.hasPrefix(" trở xuống") {
            end = p + (after.hasPrefix(" trở lên") ? 8 : 10)
        }
        return Quantity(value: value, upper: upper, unit: unit, bound: bound, approximate: approximate,
                        start: start, end: min(end, chars.count))
    }

    private static func isDocumentSymbol(_ chars: [Character], after tokenEnd: Int) -> Bool {
        var j = tokenEnd
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count, chars[j].isDashLike || chars[j] == "/" else { return false }
        j += 1
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count, chars[j].isUppercase else { return false }
        return true
    }

    /// `-`, `–`, ` - `, ` đến `, ` tới ` between two numbers of a range: index after it.
    private static func rangeConnector(_ lower: [Character], at p: Int) -> Int? {
        var j = p
        while j < lower.count, lower[j] == " " { j += 1 }
        guard j < lower.count else { return nil }
        if lower[j].isDashLike {
            j += 1
            while j < lower.count, lower[j] == " " { j += 1 }
            return j
        }
        for word in ["đến ", "tới "] where j + word.count <= lower.count && String(lower[j..<(j + word.count)]) == word {
            guard j > p else { return nil }
            return j + word.count
        }
        return nil
    }

    /// Reads `%`, `%/năm`, `doanh nghiệp`, `cơ sở/năm`, `lớp/cấp` … at `p`, advancing it.
    static func readUnit(chars: [Character], lower: [Character], at p: inout Int) -> String? {
        var j = p
        if j < chars.count, chars[j] == " " { j += 1 }
        var unit: String?
        if j < chars.count, chars[j] == "%" {
            unit = "%"
            j += 1
        } else {
            for candidate in units {
                let n = candidate.count
                guard j + n <= lower.count, String(lower[j..<(j + n)]) == candidate else { continue }
                if j + n < lower.count, lower[j + n].isLetter || lower[j + n].isASCIIDigitChar { continue }
                unit = String(chars[j..<(j + n)])
                j += n
                break
            }
        }
        guard var found = unit else { return nil }
        // "/năm", "/cấp", "/người", "/km2".
        if j + 1 < chars.count, chars[j] == "/", chars[j + 1].isLetter {
            var k = j + 1
            while k < chars.count, chars[k].isLetter || chars[k].isASCIIDigitChar { k += 1 }
            found += String(chars[j..<k])
            j = k
        }
        p = j
        return found
    }


    private static func boundBefore(_ before: String) -> Comparator? {
        // Longest phrase wins: "không vượt quá" before "quá", "trên dưới" is approximate.
        if before.hasSuffix("trên dưới") { return nil }
        var best: (Int, Comparator)?
        for (words, comparator) in [(atLeastWords, Comparator.atLeast), (atMostWords, Comparator.atMost)] {
            for word in words where before.hasSuffix(word) {
                let cut = before.dropLast(word.count)
                let symbolic = word.first.map { !$0.isLetter } ?? false
                guard symbolic || cut.isEmpty || !(cut.last?.isLetter ?? false) else { continue }
                if best == nil || word.count > (best?.0 ?? 0) { best = (word.count, comparator) }
            }
        }
        return best?.1
    }

    private static func isApproximate(_ before: String) -> Bool {
        approximateWords.contains { word in
            guard before.hasSuffix(word) else { return false }
            let cut = before.dropLast(word.count)
            return cut.isEmpty || !(cut.last?.isLetter ?? false)
        }
    }

    /// The target year a text names: `Đến năm 2030` → 2030, `giai đoạn 2026 - 2030` → 2030,
    /// `năm 2028` → 2028. `đến năm` wins over a period, a period over a bare `năm`.
    static func targetYear(in text: String) -> Int? {
        let lower = Array(text.lowercased())
        var byDeadline: Int?, byPeriod: Int?, byYear: Int?
        var i = 0
        while i < lower.count {
            guard lower[i].isASCIIDigitChar, i == 0 || !lower[i - 1].isASCIIDigitChar else { i += 1; continue }
            var j = i
            while j < lower.count, lower[j].isASCIIDigitChar { j += 1 }
            defer { i = j }
            guard j - i == 4, j == lower.count || !(lower[j] == "/" || lower[j].isLetter) else { continue }
            let year = Int(String(lower[i..<j])) ?? 0
            guard (1945...2100).contains(year) else { continue }
            let before = String(lower[max(0, i - 16)..<i])
            if before.hasSuffix("đến năm ") || before.hasSuffix("tới năm ") || before.hasSuffix("đến hết năm ") {
                if byDeadline == nil { byDeadline = year }
            } else if isPeriodEnd(lower, yearStart: i) {
                if byPeriod == nil { byPeriod = year }
            } else if before.hasSuffix("năm ") && !before.hasSuffix("ngày ") {
                let afterIsRange = rangeEndYear(lower, after: j) != nil
                if !afterIsRange, byYear == nil, !before.hasSuffix("tháng năm ") { byYear = year }
            }
        }
        return byDeadline ?? byPeriod ?? byYear
    }

    /// True when the 4-digit year at `yearStart` ends a period `2026 - 2030` / `2026-2030`.
    private static func isPeriodEnd(_ lower: [Character], yearStart: Int) -> Bool {
        var k = yearStart - 1
        while k >= 0, lower[k] == " " { k -= 1 }
        guard k >= 0, lower[k].isDashLike else { return false }
        k -= 1
        while k >= 0, lower[k] == " " { k -= 1 }
        var digits = 0
        while k >= 0, lower[k].isASCIIDigitChar { digits += 1; k -= 1 }
        return digits == 4
    }

    private static func rangeEndYear(_ lower: [Character], after j: Int) -> Int? {
        var k = j
        while k < lower.count, lower[k] == " " { k += 1 }
        guard k < lower.count, lower[k].isDashLike else { return nil }
        k += 1
        while k < lower.count, lower[k] == " " { k += 1 }
        var m = k
        while m < lower.count, lower[m].isASCIIDigitChar { m += 1 }
        return m - k == 4 ? Int(String(lower[k..<m])) : nil
    }
}

