/// Rejoins syllables a PDF extractor or OCR split ("ĐIỀ U KHO ẢN" → "ĐIỀU KHOẢN") and splits
/// syllables run together ("hiệuquả" → "hiệu quả"), only where the lexicon makes it clear:
/// a join needs one piece unknown and the whole known; a split needs a marked, unknown token
/// whose two parts are both known.
struct SyllableJoiner {
    let isKnown: (String) -> Bool
    /// `isKnown(word.lowercased())`.
    let isKnownWord: (String) -> Bool
    let frequency: (String) -> Double

    struct Edit { var offset: Int; var original: String; var replacement: String }

    /// The line with its split and merged syllables mended, and what changed (offsets in the
    /// original line's characters).
    func mend(_ line: String) -> (line: String, edits: [Edit]) {
        let tokens = RepairTokenizer.tokenize(line)
        return mend(line, tokens: tokens, known: knownWords(tokens))
    }

    /// Whether each token is a known word (true for tokens that are no word).
    func knownWords(_ tokens: [RepairToken]) -> [Bool] {
        tokens.map { $0.kind != .word || isKnownWord($0.text) }
    }

    /// `mend` with the line's tokens and `knownWords(tokens)` already made.
    func mend(_ line: String, tokens: [RepairToken], known: [Bool]) -> (line: String, edits: [Edit]) {
        // A join needs an unknown piece, a split an unknown word: a line of known words stays.
        guard known.contains(false) else { return (line, []) }
        // In a line whose every scalar is a Character of its own (the tokenizer's fast path),
        // Character offsets are scalar offsets: no Characters to make.
        let scalars: [Unicode.Scalar]? = line.unicodeScalars.allSatisfy(RepairTokenizer.isOwnCharacter)
            ? Array(line.unicodeScalars) : nil
        let characters: [Character] = scalars == nil ? Array(line) : []
        func length(_ text: String) -> Int { scalars == nil ? text.count : text.unicodeScalars.count }
        func isSpace(_ i: Int) -> Bool {
            if let scalars { return scalars[i] == " " }
            return characters[i] == " "
        }
        var edits: [Edit] = []
        var i = 0
        while i < tokens.count {
            let a = tokens[i]
            if i + 1 < tokens.count, a.kind == .word, tokens[i + 1].kind == .word, !a.endsSentence,
               !known[i] || !known[i + 1] {
                let b = tokens[i + 1]
                let end = a.offset + length(a.text)
                if b.offset - end == 1, isSpace(end), sameCase(a.text, b.text) {
                    let joined = a.text + b.text
                    if isKnown(joined.lowercased()) {
                        edits.append(Edit(offset: a.offset, original: a.text + " " + b.text, replacement: joined))
                        i += 2
                        continue
                    }
                }
            }
            // Only text that shows Vietnamese-only marks: English-model OCR's é is no evidence.
            if a.kind == .word, !known[i], a.text.count >= 4,
               a.text.unicodeScalars.contains(where: Self.isVietnameseMark) {
                if let cut = bestSplit(Array(a.text)) {
                    let letters = Array(a.text)
                    edits.append(Edit(offset: a.offset, original: a.text,
                                      replacement: String(letters[..<cut]) + " " + String(letters[cut...])))
                }
            }
            i += 1
        }
        guard !edits.isEmpty else { return (line, edits) }
        return (Repairer.replacing(line, edits.reversed().map { ($0.offset, $0.original, $0.replacement) }), edits)
    }

    /// A scalar only Vietnamese text shows: beyond Latin-1, or one of âêôãõ (either case).
    static func isVietnameseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x100...: return true
        case 0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5: return true
        default: return false
        }
    }

    func sameCase(_ a: String, _ b: String) -> Bool {
        // ASCII: uppercasing changes only a–z, lowercasing only A–Z (the same answer as below).
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
            let upperA = !a.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
            let upperB = !b.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
            let lowerB = !b.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
            return (upperA && upperB) || lowerB
        }
        let upperA = a == a.uppercased(), upperB = b == b.uppercased()
        let lowerB = b == b.lowercased()
        return (upperA && upperB) || lowerB
    }

    func bestSplit(_ letters: [Character]) -> Int? {
        var best: (cut: Int, score: Double)?
        for cut in 1..<letters.count {
            let left = String(letters[..<cut]).lowercased(), right = String(letters[cut...]).lowercased()
            guard left.count >= 1, right.count >= 2, isKnown(left), isKnown(right) else { continue }
            // Both parts must look like syllables of their own, not a letter and a word.
            guard left.contains(where: { "aeiouyăâêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự".contains($0) }) else { continue }
            let score = frequency(left) * frequency(right)
            if best == nil || score > (best?.score ?? 0) { best = (cut, score) }
        }
        return best?.cut
    }
}
