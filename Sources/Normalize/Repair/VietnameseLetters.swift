import ICU

/// The Vietnamese letters the repair works on, each split (with ICU) into its base letter
/// and whether it carries a mark: a tone, a shape mark (â ă ê ô ơ ư) or the bar of đ.
///
/// The tables are built once from ICU's own decomposition, so the runtime never guesses
/// at a letter's parts: `NFD; [:Nonspacing Mark:] Remove; NFC` plus `đ > d` gives the base.
public enum VietnameseLetters {
    /// Every lowercase Vietnamese letter with or without marks (a–z minus f j w z, plus the
    /// marked forms), in a fixed order: its index is the letter's id in the channel model.
    public static let lowercase: [Character] = {
        var letters: [Character] = Array("abcdđeghiklmnopqrstuvxy")
        let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]
        for vowel in vowels {
            if !letters.contains(Character(vowel)) { letters.append(Character(vowel)) }
            for tone in tones { letters.append(Character(ICU.nfc(ICU.nfd(vowel) + tone))) }
        }
        return letters
    }()

    /// ICU transliterator that removes every mark and maps đ to d (keeps case).
    static let stripRules: Transliterator? = try? Transliterator(
        rules: ":: NFD; :: [:Nonspacing Mark:] Remove; :: NFC; đ > d; Đ > D;")

    /// `text` without marks and with đ→d, by ICU's transliterator (the lexicon's keys).
    public static func transliterate(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        if let rules = stripRules { return rules(text) }
        return strip(text)
    }

    /// The same as `transliterate`, by ICU's NFD and dropping the combining marks: no
    /// transliterator to compile, so the runtime tables build in microseconds. A test checks
    /// that both agree on every Vietnamese letter.
    public static func strip(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in ICU.nfd(text).unicodeScalars {
            switch scalar.value {
            case 0x300...0x36F: continue
            case 0x111: out.unicodeScalars.append("d")
            case 0x110: out.unicodeScalars.append("D")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return ICU.nfc(out)
    }

    /// Index of each letter in `lowercase`.
    public static let index: [Character: Int] = {
        var map: [Character: Int] = [:]
        for (i, c) in lowercase.enumerated() { map[c] = i }
        return map
    }()

    /// The base letter (ASCII) of each letter in `lowercase`, by ICU.
    public static let base: [Character] = lowercase.map { Character(strip(String($0))) }

    /// Whether each letter in `lowercase` carries a mark (tone, shape or the đ bar).
    public static let marked: [Bool] = lowercase.map { String($0) != strip(String($0)) }

    /// Whether each letter is a vowel.
    public static let isVowel: [Bool] = base.map { "aeiouy".contains($0) }

    /// The vowel family of each letter: the base with its shape mark but no tone
    /// (ế → ê, ợ → ơ, à → a), by ICU.
    public static let family: [Character] = lowercase.map { letter in
        let decomposed = ICU.nfd(String(letter))
        let kept = decomposed.unicodeScalars.filter { !(0x300...0x323).contains($0.value) || $0.value == 0x302 || $0.value == 0x306 || $0.value == 0x31B }
        var text = ""
        text.unicodeScalars.append(contentsOf: kept)
        return Character(ICU.nfc(text))
    }

    /// Whether each letter carries a tone mark.
    public static let toned: [Bool] = lowercase.enumerated().map { i, letter in
        ICU.nfd(String(letter)).unicodeScalars.contains { [0x300, 0x301, 0x303, 0x309, 0x323].contains($0.value) }
    }
}
