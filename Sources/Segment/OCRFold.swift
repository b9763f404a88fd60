/// Vietnamese letters without their marks, for reading fixed words that OCR printed without
/// them ("Noi nhan", "ngay … thang … nam"): "ộ" → "o", "Đ" → "d" (lower case).
enum OCRFold {
    private static let table: [Character: Character] = {
        var table: [Character: Character] = [:]
        let groups: [(Character, String)] = [
            ("a", "aáàảãạăắằẳẵặâấầẩẫậ"), ("e", "eéèẻẽẹêếềểễệ"), ("i", "iíìỉĩị"),
            ("o", "oóòỏõọôốồổỗộơớờởỡợ"), ("u", "uúùủũụưứừửữự"), ("y", "yýỳỷỹỵ"), ("d", "dđ"),
        ]
        for (base, letters) in groups {
            for letter in letters {
                table[letter] = base
                if let upper = letter.uppercased().first { table[upper] = base }
            }
        }
        return table
    }()

    /// The letter in lower case without its marks; other characters in lower case.
    static func base(_ c: Character) -> Character {
        table[c] ?? c.lowercased().first ?? c
    }

    /// The letters of `text` without marks, in lower case; other characters dropped.
    static func letters(_ text: some StringProtocol) -> String {
        String(text.filter(\.isLetter).map(base))
    }
}
