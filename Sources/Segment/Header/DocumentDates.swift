/// Vietnamese date phrases → ISO dates.
enum DocumentDates {
    /// "ngày 5 tháng 11 năm 2025" → "2025-11-05"; nil when the day or month is blank (drafts).
    static func longForm(in text: String) -> (date: String?, range: Range<String.Index>)? {
        let pattern = /[Nn]gày\s*(\d{0,2})\s*tháng\s*(\d{0,2})\s*năm\s*(\d{4})/
        guard let match = text.firstMatch(of: pattern) else { return nil }
        return (iso(day: String(match.1), month: String(match.2), year: String(match.3)), match.range)
    }

    /// "27/9/2025", "ngày 14/01/2026" → ISO; nil when invalid.
    static func shortForm(in text: String) -> (date: String?, range: Range<String.Index>)? {
        guard let match = text.firstMatch(of: /(?:^|[^\d\/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)/) else { return nil }
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
    static var pattern: Regex<(Substring, Substring, Substring, Substring)> { /(\d{1,4}[a-z]?)\s*([\/\-–])\s*([A-ZĐ][A-Za-zĐđ]*(?:\s*[\-–\/]\s*[A-ZĐ][A-Za-zĐđ0-9\.]*)*)/ }

    /// All document numbers in `text`, tidied (no spaces around separators, en dashes as hyphens).
    static func all(in text: String) -> [(number: String, range: Range<String.Index>)] {
        text.matches(of: pattern).compactMap { match in
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
