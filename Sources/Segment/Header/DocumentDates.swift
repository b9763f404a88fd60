/// Vietnamese date phrases → ISO dates.
///
/// Simple text (`SimpleText`) is read by hand scanners; other text by the Swift Regex
/// patterns they implement (`HeaderPatterns`), with the same matches.
enum DocumentDates {
    /// "ngày 5 tháng 11 năm 2025" → "2025-11-05"; nil when the day or month is blank (drafts).
    static func longForm(in text: String) -> (date: String?, range: Range<String.Index>)? {
        if let fast = SimpleText.withSimpleBytes(text, { bytes -> (String?, Int, Int)? in
            guard let m = DateScanner.longForm(bytes) else { return nil }
            return (iso(day: SimpleText.string(bytes, m.day), month: SimpleText.string(bytes, m.month),
                        year: SimpleText.string(bytes, m.year)), m.range.lowerBound, m.range.upperBound)
        }) {
            guard let (date, start, end) = fast else { return nil }
            return (date, SimpleText.index(text, start)..<SimpleText.index(text, end))
        }
        guard let match = text.firstMatch(of: HeaderPatterns.longDate) else { return nil }
        return (iso(day: String(match.1), month: String(match.2), year: String(match.3)), match.range)
    }

    /// "27/9/2025", "ngày 14/01/2026" → ISO; nil when invalid. The range starts at the
    /// character before the day, if any.
    static func shortForm(in text: String) -> (date: String?, range: Range<String.Index>)? {
        if let fast = SimpleText.withSimpleBytes(text, { bytes -> (String?, Int, Int)? in
            guard let m = DateScanner.shortForm(bytes) else { return nil }
            return (iso(day: SimpleText.string(bytes, m.day), month: SimpleText.string(bytes, m.month),
                        year: SimpleText.string(bytes, m.year)), m.range.lowerBound, m.range.upperBound)
        }) {
            guard let (date, start, end) = fast else { return nil }
            return (date, SimpleText.index(text, start)..<SimpleText.index(text, end))
        }
        guard let match = text.firstMatch(of: HeaderPatterns.shortDate) else { return nil }
        return (iso(day: String(match.1), month: String(match.2), year: String(match.3)), match.range)
    }

    /// The first date in `text`, in either form.
    static func first(in text: String) -> String? {
        let candidates = [longForm(in: text), shortForm(in: text)].compactMap { $0 }
        return candidates.min { $0.range.lowerBound < $1.range.lowerBound }?.date
    }

    static func iso(day: String, month: String, year: String) -> String? {
        guard let d = Int(day), let m = Int(month), let y = Int(year),
              (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d) else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Document numbers ("số và ký hiệu"): "09-CTr/ĐU", "73/NQ-HĐND", "01 - NQ/ĐH" → "01-NQ/ĐH".
enum DocumentNumbers {
    /// All document numbers in `text`, tidied (no spaces around separators, en dashes as hyphens).
    static func all(in text: String) -> [(number: String, range: Range<String.Index>)] {
        if let fast = SimpleText.withSimpleBytes(text, { bytes -> [(String, Int, Int)] in
            NumberScanner.all(bytes).compactMap { m in
                NumberScanner.tidy(bytes, m).map { ($0, m.range.lowerBound, m.range.upperBound) }
            }
        }) {
            return fast.map { ($0.0, SimpleText.index(text, $0.1)..<SimpleText.index(text, $0.2)) }
        }
        return text.matches(of: HeaderPatterns.documentNumber).compactMap { match in
            let symbol = String(match.3).filter { $0 != " " }.map { $0 == "–" ? "-" : $0 }
            // A symbol has a letter group of two or more letters (KH, NQ, CTr, UBND).
            guard symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).contains(where: { $0.count >= 2 }) else {
                return nil
            }
            let separator = match.2 == "–" ? "-" : String(match.2)
            return (String(match.1) + separator + String(symbol), match.range)
        }
    }
}

/// The Swift Regex patterns of the header, used on text that is not `SimpleText` (and by the
/// tests, as the reference the scanners must agree with).
enum HeaderPatterns {
    static var longDate: Regex<(Substring, Substring, Substring, Substring)> {
        /[Nn]gày\s*(\d{0,2})\s*tháng\s*(\d{0,2})\s*,?\s*năm\s*(\d{4})/
    }
    static var shortDate: Regex<(Substring, Substring, Substring, Substring)> {
        /(?:^|[^\d\/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)/
    }
    static var documentNumber: Regex<(Substring, Substring, Substring, Substring)> {
        /(\d{1,4}[a-z]?)\s*([\/\-–])\s*([A-ZĐ][A-Za-zĐđ]*(?:\s*[\-–\/]\s*[A-ZĐ][A-Za-zĐđ0-9\.]*)*)/
    }
    static var numberLine: Regex<(Substring, Substring, Substring)> { /^[Ss][ốỐ]\s*:?\s*(\S*)(.*)$/ }
    static var heading: Regex<Substring> { /^(?:[IVXLC]+|[A-ZĐ]|\d{1,2})[.\-\/]\s/ }
}
