import ICU

/// The two keys the lexicon indexes every syllable by, both made with ICU:
/// - the **skeleton**: lowercase, every mark removed, đ→d (`hiệu` → `hieu`): what text
///   that lost its diacritics still shows;
/// - the **OCR key**: the skeleton with the characters OCR confuses merged into one class
///   (1/l/I/j → l, 0/o/6/@ → o, 4 → a, w/v/ư → u, ¢/€ → e, ﬁ → fi; an initial P/B/D/Đ → d):
///   what an English-model OCR of the syllable still shows. ICU's confusable skeleton
///   (UTS #39) is the seed for the digit and symbol classes.
public enum SyllableKeys {
    /// Lowercase, marks removed, đ→d.
    public static func skeleton(_ text: String) -> String {
        VietnameseLetters.transliterate(text.lowercased())
    }

    /// The OCR-confusion key of a token as printed (case matters for the initial P/B/D/Đ).
    public static func ocrKey(_ text: String) -> String {
        var out = ""
        var first = true
        for character in text {
            defer { first = false }
            if first, "PBDĐ".contains(character) { out.append("d"); continue }
            let folded = fold(character)
            out.append(contentsOf: folded)
        }
        return out
    }

    /// One character's class in the OCR key.
    static func fold(_ character: Character) -> String {
        if let cached = foldTable[character] { return cached }
        // Outside the table: ICU's confusable skeleton, then the skeleton fold.
        let seeded = ICU.confusableSkeleton(String(character))
        return classOf(skeleton(seeded))
    }

    /// Merges the letters OCR confuses (after the skeleton fold).
    static func classOf(_ skeleton: String) -> String {
        var out = ""
        for c in skeleton {
            switch c {
            case "1", "l", "i", "j", "|", "!": out.append("l")
            case "0", "6", "@", "o": out.append("o")
            case "4": out.append("a")
            case "w", "v", "u": out.append("u")
            case "¢", "€": out.append("e")
            default: out.append(c)
            }
        }
        return out
    }

    /// The class of every character the repair meets often, computed once with ICU.
    static let foldTable: [Character: String] = {
        var table: [Character: String] = [:]
        var characters = VietnameseLetters.lowercase
        characters += VietnameseLetters.lowercase.map { Character($0.uppercased()) }
        characters += Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@|!¢€")
        for c in characters {
            let seeded = c.isNumber || "@|!".contains(c) ? ICU.confusableSkeleton(String(c)) : String(c)
            table[c] = classOf(skeleton(seeded))
        }
        table["ﬁ"] = "fl"
        table["ﬂ"] = "fl"
        return table
    }()
}
