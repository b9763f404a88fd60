/// Number formats shared by Word's automatic numbering and HTML ordered lists.
enum Numbering {
    /// 1 → "a", 26 → "z", 27 → "aa" (Word repeats the letter).
    static func letters(_ n: Int, upper: Bool) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(UnicodeScalar(UInt8((n - 1) % 26) + (upper ? 65 : 97)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, symbol) in table { while rest >= value { out += symbol; rest -= value } }
        return out
    }
}
