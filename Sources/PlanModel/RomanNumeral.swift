/// Roman numerals as plans print them (I., II., … for parts; `i`/`I` list styles in DOCX/HTML).
/// One place for Ingest (writing list numbers), Normalize (spotting markers in wrapped lines) and
/// Segment (reading section markers).
public enum RomanNumeral {
    /// 4 → "IV", 1990 → "MCMXC"; numbers outside 1…3999 are written in digits.
    public static func string(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, symbol) in table { while rest >= value { out += symbol; rest -= value } }
        return out
    }

    /// The value of a numeral below `limit` (section numerals stop before 90, table groups may
    /// use C), or nil. Only letters worth less than `limit` count (I, V, X, L, and C above 100).
    /// - Parameter canonical: only the standard spelling counts ("IV", not "IIII"), as a
    ///   heading's number must; a layout check that only asks "is this a numeral" passes false.
    public static func value(_ text: some StringProtocol, canonical: Bool, below limit: Int = 90) -> Int? {
        var total = 0, previous = 0
        for character in text.reversed() {
            let value: Int
            switch character {
            case "I": value = 1
            case "V": value = 5
            case "X": value = 10
            case "L": value = 50
            case "C": value = 100
            default: return nil
            }
            guard value < limit else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, total < limit else { return nil }
        if canonical && string(total) != String(text) { return nil }
        return total
    }
}
