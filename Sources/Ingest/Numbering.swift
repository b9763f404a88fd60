/// Number formats shared by Word's automatic numbering and HTML ordered lists.
enum Numbering {
    /// 1 → "a", 26 → "z", 27 → "aa" (Word repeats the letter).
    static func letters(_ n: Int, upper: Bool) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(UnicodeScalar(UInt8((n - 1) % 26) + (upper ? 65 : 97)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }
}
