/// What residual OCR errors look like once a side has been repaired: a word read with a
/// letter or two wrong ("quyét"/"quyết" folds to "quyet"/"quyet", but "đội"/"đại" still
/// differ by a letter), a word split or run together, a stray or lost punctuation mark,
/// a letter read as a look-alike digit or sign ("ở" as "6" or "@", "lộ" as "16").
///
/// What is never noise, however small: a changed digit (14% → 15%, when both sides have
/// digits there), one number word for another (hai → ba), a changed abbreviation beyond
/// one letter (UBND → HĐND), a word changed by more than OCR's look-alike letters allow
/// (tỉnh → thành), and more than `maximumNoisyShare` of a text's words.
/// Used only in loose mode, where one side was OCR-repaired.
enum OCRNoise {
    /// Share of a text's words that may be noisy before the difference counts as real.
    static let maximumNoisyShare = 0.35

    /// Texts of at least this many words per allowed hard word (see `hardWord`).
    static let wordsPerHardWord = 40

    /// True when texts `x` and `y` differ only as OCR reads differ.
    static func isNoise(_ x: String, _ y: String, comparison: ComparisonText) -> Bool {
        let a = comparison.tokensWithCase(x), b = comparison.tokensWithCase(y)
        return isNoise(a.tokens, b.tokens, capitalsA: a.capitals, capitalsB: b.capitals)
    }

    /// True when `a` and `b` (comparison tokens) differ only as OCR reads differ. Without
    /// the capitals of the tokens, every word counts as capitalized (no hard words).
    static func isNoise(_ a: [String], _ b: [String], capitalsA: [Bool]? = nil, capitalsB: [Bool]? = nil) -> Bool {
        let a = a.map(symbolAsLetter), b = b.map(symbolAsLetter)
        let capsA = capitalsA ?? Array(repeating: true, count: a.count)
        let capsB = capitalsB ?? Array(repeating: true, count: b.count)
        var ids: [String: Int] = [:]
        func intern(_ s: String) -> Int {
            if let id = ids[s] { return id }
            ids[s] = ids.count
            return ids.count - 1
        }
        let ia = a.map(intern), ib = b.map(intern)
        var i = 0, j = 0, noisyWords = 0, hardWords = 0
        var deleted: [Word] = [], inserted: [Word] = []
        func settle() -> Bool {
            defer { deleted.removeAll(); inserted.removeAll() }
            if deleted.isEmpty && inserted.isEmpty { return true }
            guard let noisy = regionNoise(deleted.filter { isWord($0.text) }, inserted.filter { isWord($0.text) }) else {
                return false
            }
            noisyWords += noisy.words
            hardWords += noisy.hard
            return true
        }
        for (op, count) in SequenceDiff.diff(ia, ib) {
            switch op {
            case .equal:
                // A word misread as another word of its neighbourhood ("tăng cường công" read
                // "tăng cong công") aligns as a deletion, an equal word and an insertion:
                // read across a short equal run, as one region.
                if count <= 2, deleted.isEmpty != inserted.isEmpty, i + count < a.count, j + count < b.count {
                    for k in 0..<count {
                        deleted.append(Word(text: a[i + k], capital: i + k < capsA.count && capsA[i + k]))
                        inserted.append(Word(text: b[j + k], capital: j + k < capsB.count && capsB[j + k]))
                    }
                    i += count; j += count
                    continue
                }
                guard settle() else { return false }
                i += count; j += count
            case .delete:
                for k in i..<(i + count) { deleted.append(Word(text: a[k], capital: k < capsA.count && capsA[k])) }
                i += count
            case .insert:
                for k in j..<(j + count) { inserted.append(Word(text: b[k], capital: k < capsB.count && capsB[k])) }
                j += count
            }
        }
        guard settle() else { return false }
        let words = max(a.filter(isWord).count, b.filter(isWord).count, 1)
        // A short text (a unit, a deadline) may have one misread word.
        return Double(noisyWords) <= max(1, maximumNoisyShare * Double(words)) && hardWords <= words / wordsPerHardWord
    }

    /// A word of a differing region, with whether it was printed capitalized.
    struct Word {
        var text: String
        var capital: Bool
    }

    /// How many words of a differing region are misread (and how many of them are hard
    /// words), or nil when the region is a real change.
    static func regionNoise(_ xw: [Word], _ yw: [Word]) -> (words: Int, hard: Int)? {
        let x = xw.map(\.text), y = yw.map(\.text)
        // Split or run-together words, lost or added punctuation.
        if x.joined() == y.joined() { return (0, 0) }
        // Digits in the region that are not read as letters (equal on both sides).
        let digitsKept = x.contains(where: hasDigit) && y.contains(where: hasDigit)
        let original = x + y
        guard var (x, y) = digitsRead(x, y) else { return nil }
        if x.joined() == y.joined() { return (0, 0) }
        if x.count == y.count, x.count == 1, !x[0].isEmpty, !y[0].isEmpty {
            if wordNoise(x[0], y[0], capitalized: xw[0].capital && yw[0].capital) { return (1, 0) }
            // One word alone misread beyond its look-alike letters: a hard word.
            let digits = original.contains(where: hasDigit)
            return !digits && hardWord(x[0], y[0], capitalized: xw[0].capital && yw[0].capital) ? (1, 1) : nil
        }
        let capsX = zip(x, xw).filter { !$0.0.isEmpty }.map(\.1.capital)
        let capsY = zip(y, yw).filter { !$0.0.isEmpty }.map(\.1.capital)
        x = x.filter { !$0.isEmpty }
        y = y.filter { !$0.isEmpty }
        if x.joined() == y.joined() { return (0, 0) }
        let words = max(x.count, y.count)
        if x.count == y.count {
            var noisy = 0
            for k in x.indices where x[k] != y[k] {
                guard wordNoise(x[k], y[k], capitalized: capsX[k] && capsY[k]) else { return nil }
                noisy += 1
            }
            return (noisy, 0)
        }
        // A word lost or gained: only a one-letter one, or one split differently.
        if x.isEmpty || y.isEmpty {
            let lone = x + y
            return lone.count == 1 && lone[0].count == 1 && !lone[0].contains(where: \.isASCIIDigit)
                && (digitsKept || !original.contains(where: hasDigit)) ? (1, 0) : nil
        }
        let numbersX = x.filter(numberWords.contains), numbersY = y.filter(numberWords.contains)
        if !numbersX.isEmpty, !numbersY.isEmpty, numbersX != numbersY { return nil }
        guard (x + y).allSatisfy(isSyllable) else { return nil }
        let joinedX = Array(x.joined()), joinedY = Array(y.joined())
        guard let cost = weightedDistance(joinedX, joinedY, limit: 1.5 * Double(words)),
              cost <= 1.5 * Double(words) else { return nil }
        return (words, 0)
    }

    /// A word the repair got wrong beyond look-alike letters ("lợi" read as "Đi", "trợ" as
    /// "tư"): allowed once per `wordsPerHardWord` words when it stands alone between equal
    /// words, both are syllables within two letters of each other, neither is a word that
    /// carries a plan's facts (`protectedWords`: numbers, time units, comparisons, tense and
    /// negation, kinds of units) and not both are capitalized (a unit's name: "Tỉnh" →
    /// "Thành" is a change).
    /// An abbreviation the repair read as a word ("TTĐT" printed "TIDT", repaired "TỐT") is
    /// a hard word too: one side an abbreviation, the other a syllable, within two letters.
    ///
    /// A word of `protectedWords` outside `strictWords` ("được", "dưới", "cũ") may be a hard
    /// word when the other is no protected word ("được" read "dung"): only one word of fact
    /// for another ("dưới" → "trên") is a change. A capitalized word may be a hard word
    /// when OCR only lost letters of it ("Chương" read "Công").
    static func hardWord(_ p: String, _ q: String, capitalized: Bool) -> Bool {
        if strictWords.contains(p) || strictWords.contains(q) { return false }
        if protectedWords.contains(p) && protectedWords.contains(q) { return false }
        if isSyllable(p) != isSyllable(q), isAbbreviation(p) || isAbbreviation(q), min(p.count, q.count) >= 3 {
            return distance(Array(p), Array(q), limit: 2) != nil
        }
        guard isSyllable(p), isSyllable(q) else { return false }
        if capitalized { return lettersLost(Array(p), Array(q)) }
        return distance(Array(p), Array(q), limit: 2) != nil
    }

    /// Protected words never read as a hard word: numbers, time units, tense and negation,
    /// kinds of units.
    static let strictWords: Set<String> = numberWords.union([
        "ngay", "tuan", "thang", "quy", "gio", "ky", "dot", "lan",
        "da", "se", "dang", "chua", "khong",
        "tinh", "thanh", "huyen", "quan", "xa", "phuong", "to", "ap", "thon", "khu", "so", "bo", "ban",
        "phong", "cuc", "vien", "tram", "doi", "chi", "uy", "doan",
    ])

    /// Folded words whose change is a change of fact, never a hard word.
    static let protectedWords: Set<String> = strictWords.union([
        "co", "phai", "nen", "duoc", "bi",
        "tang", "giam", "tren", "duoi", "hon", "kem", "cao", "thap", "nhat", "nhi", "dau", "cuoi", "truoc",
        "moi", "cu", "du", "thieu", "dat", "vuot", "it", "nhieu", "het", "con",
    ])

    /// Whether two different words (folded) can be one word misread: a number word is
    /// never another one; an abbreviation, a short word or a word capitalized on both
    /// sides may differ by one letter; a syllable by one letter, or by look-alike letters
    /// costing at most 1.5 (see `weightedDistance`).
    static func wordNoise(_ p: String, _ q: String, capitalized: Bool = false) -> Bool {
        if numberWords.contains(p), numberWords.contains(q) { return false }
        // A unit's kind for another in a name ("Phường Hưng Đạo" → "Phòng …"): a change.
        if capitalized, protectedWords.contains(p), protectedWords.contains(q) { return false }
        let x = Array(p), y = Array(q)
        // Capitalized on both sides, a word of a unit's name ("Sở Nội vụ" → "Sở Tài vụ"):
        // one letter at most.
        if capitalized || max(x.count, y.count) <= 2 || !isSyllable(p) || !isSyllable(q) {
            return distance(x, y, limit: 1) != nil
        }
        if distance(x, y, limit: 1) != nil { return true }
        guard distance(x, y, limit: 2) != nil, let cost = weightedDistance(x, y, limit: 1.5) else { return false }
        return cost <= 1.5
    }

    /// The shorter word is the longer one with at most two letters lost, at most 1.5 by
    /// `weightedDistance` (an h and the u of "ươ": "chương" read "công").
    static func lettersLost(_ x: [Character], _ y: [Character]) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard short.count >= 3, long.count - short.count <= 2 else { return false }
        var k = 0
        for c in long where k < short.count && short[k] == c { k += 1 }
        guard k == short.count, let cost = weightedDistance(x, y, limit: 1.5) else { return false }
        return cost <= 1.5
    }

    /// An abbreviation: ASCII letters (folded) that are not a syllable ("ubnd", "ttdt").
    static func isAbbreviation(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isLetter } && !isSyllable(word)
    }

    // MARK: Digits

    /// Compares the digits of a region: equal digit strings are no change and are dropped;
    /// when only one side has digits, they are read as the letters they look like ("6" → o,
    /// "16" → lo) if they all do; otherwise the region is a real change (nil).
    static func digitsRead(_ x: [String], _ y: [String]) -> ([String], [String])? {
        let dx = x.joined().filter(\.isASCIIDigit), dy = y.joined().filter(\.isASCIIDigit)
        if dx.isEmpty && dy.isEmpty { return (x, y) }
        if !dx.isEmpty && !dy.isEmpty {
            guard dx == dy else { return nil }
            return (x.map { $0.filter { !$0.isASCIIDigit } }, y.map { $0.filter { !$0.isASCIIDigit } })
        }
        func asLetters(_ words: [String]) -> [String]? {
            var out: [String] = []
            for word in words {
                var letters = ""
                for c in word {
                    if c.isASCIIDigit {
                        guard let letter = digitLookAlikes[c] else { return nil }
                        letters.append(letter)
                    } else {
                        letters.append(c)
                    }
                }
                out.append(letters)
            }
            return out
        }
        if dx.isEmpty {
            guard let read = asLetters(y) else { return nil }
            return (x, read)
        }
        guard let read = asLetters(x) else { return nil }
        return (read, y)
    }

    static let digitLookAlikes: [Character: Character] = ["0": "o", "1": "l", "5": "s", "6": "o", "8": "b"]

    /// Signs OCR prints for a round letter ("nhà @" for "nhà ở"); the signs it prints
    /// inside a word for a letter's marks ("chi?c" for "chức") are dropped.
    static func symbolAsLetter(_ token: String) -> String {
        if token == "@" { return "o" }
        guard token.count > 1, token.unicodeScalars.contains(where: ComparisonText.isOCRJunk) else { return token }
        return String(String.UnicodeScalarView(token.unicodeScalars.filter { !ComparisonText.isOCRJunk($0) }))
    }

    // MARK: Words

    /// Vietnamese number words (folded): one is never misread as another.
    static let numberWords: Set<String> = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin",
                                           "muoi", "tram", "nghin", "ngan", "trieu", "ty"]

    /// Whether a folded word has the shape of a Vietnamese syllable (an optional onset, a
    /// vowel nucleus, an optional final consonant), as opposed to an abbreviation (UBND,
    /// TTĐT, VH) whose every letter is content.
    static func isSyllable(_ word: String) -> Bool {
        let onsets: Set<String> = ["", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
                                   "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x"]
        let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
        let chars = Array(word)
        guard !chars.isEmpty, chars.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        guard let first = chars.firstIndex(where: vowels.contains) else { return false }
        var last = first
        while last + 1 < chars.count, vowels.contains(chars[last + 1]) { last += 1 }
        guard last - first < 3 else { return false }
        return onsets.contains(String(chars[..<first])) && finals.contains(String(chars[(last + 1)...]))
    }

    static func isWord(_ token: String) -> Bool { token.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) } }
    static func hasDigit(_ token: String) -> Bool { token.unicodeScalars.contains { ("0"..."9").contains($0) } }

    // MARK: Distances

    /// Letters OCR confuses with each other (folded, lower case): substituting one for
    /// another of its group costs half.
    static let lookAlikeGroups: [Set<Character>] = [["o", "a", "e", "c"], ["u", "v", "y", "w"],
                                                    ["i", "l", "t", "f", "j"], ["n", "m", "h", "r"], ["b", "h"]]
    /// Thin letters OCR drops or adds: inserting or deleting one costs half.
    static let thinLetters: Set<Character> = ["i", "l", "j"]

    static func substitutionCost(_ a: Character, _ b: Character) -> Double {
        if a == b { return 0 }
        return lookAlikeGroups.contains { $0.contains(a) && $0.contains(b) } ? 0.5 : 1
    }

    /// Inserting or deleting `word[index]`: half for a thin letter, and for the u of "ươ"
    /// (OCR reads "chương" as "công").
    static func indelCost(_ word: [Character], _ index: Int) -> Double {
        let c = word[index]
        if thinLetters.contains(c) { return 0.5 }
        if c == "u", index + 1 < word.count, word[index + 1] == "o" { return 0.5 }
        return 1
    }

    /// Edit distance with look-alike substitutions and thin-letter insertions at half
    /// cost, when at most `limit`; else nil.
    /// - Complexity: O(|x|·|y|) on words, which are short.
    static func weightedDistance(_ x: [Character], _ y: [Character], limit: Double) -> Double? {
        var previous = [0.0]
        for c in y.indices { previous.append((previous.last ?? 0) + indelCost(y, c)) }
        for (r, cx) in x.enumerated() {
            let deletion = indelCost(x, r)
            var current = [previous[0] + deletion]
            var rowMinimum = current[0]
            for (c, cy) in y.enumerated() {
                let value = min(previous[c + 1] + deletion, current[c] + indelCost(y, c),
                                previous[c] + substitutionCost(cx, cy))
                current.append(value)
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            previous = current
        }
        let result = previous[y.count]
        return result <= limit ? result : nil
    }

    /// Levenshtein distance of `x` and `y` when at most `limit`, else nil.
    /// - Complexity: O(|x|·|y|) on words, which are short.
    static func distance(_ x: [Character], _ y: [Character], limit: Int) -> Int? {
        if abs(x.count - y.count) > limit { return nil }
        var previous = Array(0...y.count)
        for (r, cx) in x.enumerated() {
            var current = [r + 1] + Array(repeating: 0, count: y.count)
            var rowMinimum = current[0]
            for (c, cy) in y.enumerated() {
                current[c + 1] = min(previous[c + 1] + 1, current[c] + 1, previous[c] + (cx == cy ? 0 : 1))
                rowMinimum = min(rowMinimum, current[c + 1])
            }
            if rowMinimum > limit { return nil }
            previous = current
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
