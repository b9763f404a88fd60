/// Splits a line into the tokens the repair looks at: words (letters), OCR words (letters
/// mixed with the digits and symbols OCR puts for marked vowels: `S6`, `x4`, `b@`, `cv'`),
/// numbers, and everything else (codes such as KH-UBND or 03-CTr/QU, URLs, rubble), which
/// repair never touches. Punctuation around a token is kept apart from its core.
public struct RepairToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, ocrWord, number, other }
    public var kind: Kind
    /// The core text (punctuation around it removed).
    public var text: String
    /// Offset of the core in the line, in Characters (0-based).
    public var offset: Int
    /// A sentence ends after this token (`.`, `;`, `:`, `!`, `?` follows it).
    public var endsSentence: Bool
    /// The first token of its line.
    public var startsLine = false

    /// How the token is written: Title (Ban), UPPER (BAN) or lower (ban).
    public enum Case: Sendable { case lower, title, upper, other }
    public var letterCase: Case {
        var upper = 0, lower = 0, firstUpper = false, first = true
        // Fast path: ASCII text, classified on its bytes (the same answer as below).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                if byte >= 0x41 && byte <= 0x5A {
                    upper += 1
                    if first { firstUpper = true }
                } else if byte >= 0x61 && byte <= 0x7A {
                    lower += 1
                } else {
                    continue
                }
                first = false
            }
            if upper == 0 { return lower > 0 ? .lower : .other }
            if firstUpper && upper == 1 { return .title }
            if lower == 0 { return upper == 1 ? .title : .upper }
            return .other
        }
        for c in text where c.isLetter {
            if c.isUppercase { upper += 1; if first { firstUpper = true } } else if c.isLowercase { lower += 1 }
            first = false
        }
        if upper == 0 { return lower > 0 ? .lower : .other }
        if firstUpper && upper == 1 { return .title }
        if lower == 0 { return upper == 1 ? .title : .upper }
        return .other
    }
}

public enum RepairTokenizer {
    static let leading: Set<Character> = ["\"", "“", "”", "‘", "’", "'", "(", "[", "{", "-", "–", "—", "•", "*", "+", "…", "<", ">", "«", "»", "/"]
    static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "”", "“", "’", ")", "]", "}", "…", "-", "–", "—", "*", ">", "»", "%"]
    static let sentenceEnd: Set<Character> = [".", ";", ":", "!", "?"]
    /// Characters that stand for a marked vowel (or l) in English-model OCR.
    static let ocrVowelLike: Set<Character> = ["0", "1", "4", "6", "@", "¢", "€", "|", "'", "ﬁ", "ﬂ"]

    /// Longest syllable (nghiêng) is 7 letters; OCR may add a couple of characters.
    static let maxWordLength = 9

    public static func tokenize(_ line: String) -> [RepairToken] {
        // Fast path: a line whose every scalar is a Character of its own (all the seeds' text
        // after NFC) is tokenized on scalars, whose offsets are then Character offsets.
        guard let scalarLine = ScalarLine(line) else { return tokenizeByCharacters(line) }
        let bytes = Array(line.utf8)
        var tokens: [RepairToken] = []
        forEachCore(in: scalarLine) { start, end, endsSentence in
            if end > start {
                let core = scalarLine.scalars[start..<end]
                let text = String(decoding: bytes[scalarLine.starts[start]..<scalarLine.starts[end]], as: UTF8.self)
                tokens.append(RepairToken(kind: classify(scalars: core), text: text, offset: start,
                                          endsSentence: endsSentence))
            } else if endsSentence, !tokens.isEmpty {
                tokens[tokens.count - 1].endsSentence = true
            }
        }
        if !tokens.isEmpty { tokens[0].startsLine = true }
        return tokens
    }

    /// A line as scalars that are each a Character of their own, with the UTF-8 offset of
    /// each scalar and of the line's end; nil when some scalar is not its own Character.
    struct ScalarLine {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []

        init() {}

        init?(_ line: String) {
            guard load(line) else { return nil }
        }

        /// Makes this the scalars of `line` (keeping the storage of the last line); false
        /// when some scalar is not its own Character.
        mutating func load(_ line: String) -> Bool {
            scalars.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            let utf8Count = line.utf8.count
            scalars.reserveCapacity(utf8Count)
            starts.reserveCapacity(utf8Count + 1)
            var position = 0
            for scalar in line.unicodeScalars {
                guard RepairTokenizer.isOwnCharacter(scalar) else { return false }
                scalars.append(scalar)
                starts.append(position)
                position += UTF8.width(scalar)
            }
            starts.append(position)
            return true
        }
    }

    /// Calls `body(start, end, endsSentence)` for each whitespace-free chunk's core (scalar
    /// indices, punctuation around it removed) in order; `start == end` when the chunk is
    /// only punctuation (then `endsSentence` belongs to the token before).
    @inline(__always)
    static func forEachCore(in line: ScalarLine, _ body: (Int, Int, Bool) -> Void) {
        let scalars = line.scalars
        let count = scalars.count
        var i = 0
        while i < count {
            if isWhitespace(scalars[i]) { i += 1; continue }
            var j = i
            while j < count, !isWhitespace(scalars[j]) { j += 1 }
            var start = i, end = j
            while start < end, isLeading(scalars[start]) { start += 1 }
            var endsSentence = false
            while end > start, isTrailing(scalars[end - 1]) {
                if isSentenceEnd(scalars[end - 1]) { endsSentence = true }
                end -= 1
            }
            if end > start, scalars[end - 1] == "'", end - start == 1 { end -= 1 }
            body(start, end, endsSentence)
            i = j
        }
    }

    /// A scalar that is always a whole Character whatever its neighbours: no combining or
    /// joining scalar, no CR (CR LF is one Character). Latin, Latin-1, Vietnamese letters,
    /// common punctuation, currency signs and ligatures.
    @inline(__always)
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: return false
        case 0..<0x300, 0x1E00..<0x1F00, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0xFB00...0xFB06: return true
        default: return false
        }
    }

    /// `Character.isWhitespace` of a one-scalar Character.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x2000 { return v == 0x85 || v == 0xA0 || v == 0x1680 }
        return scalar.properties.isWhitespace
    }

    /// `Character.isLetter` of a one-scalar Character.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        // Latin-1 letters, Latin Extended-A/B and Latin Extended Additional (Vietnamese).
        if v >= 0xC0 && v < 0x250 { return v != 0xD7 && v != 0xF7 }
        if v >= 0x1E00 && v < 0x1F00 { return true }
        return scalar.properties.isAlphabetic
    }

    /// `Character.isNumber` of a one-scalar Character.
    @inline(__always)
    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        if (v >= 0xC0 && v < 0x250) || (v >= 0x1E00 && v < 0x1F00) { return false }
        return scalar.properties.numericType != nil
    }

    static func scalars(of characters: Set<Character>) -> Set<Unicode.Scalar> {
        Set(characters.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
    }
    static let leadingScalars = scalars(of: leading)
    static let trailingScalars = scalars(of: trailing)
    static let sentenceEndScalars = scalars(of: sentenceEnd)

    /// Membership in `leadingScalars` (bit 0), `trailingScalars` (bit 1) and
    /// `sentenceEndScalars` (bit 2) of the scalars below U+2100 (every punctuation in them):
    /// a table lookup instead of hashing a scalar.
    static let punctuationTable: [UInt8] = (0..<UInt32(0x2100)).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return (leadingScalars.contains(scalar) ? 1 : 0) | (trailingScalars.contains(scalar) ? 2 : 0)
            | (sentenceEndScalars.contains(scalar) ? 4 : 0)
    }

    @inline(__always)
    static func punctuation(_ scalar: Unicode.Scalar, _ bit: UInt8, orIn set: Set<Unicode.Scalar>) -> Bool {
        let v = Int(scalar.value)
        return v < 0x2100 ? punctuationTable[v] & bit != 0 : set.contains(scalar)
    }
    @inline(__always) static func isLeading(_ s: Unicode.Scalar) -> Bool { punctuation(s, 1, orIn: leadingScalars) }
    @inline(__always) static func isTrailing(_ s: Unicode.Scalar) -> Bool { punctuation(s, 2, orIn: trailingScalars) }
    @inline(__always) static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool { punctuation(s, 4, orIn: sentenceEndScalars) }

    /// `ocrVowelLike.contains` of a one-scalar Character.
    @inline(__always)
    static func isOCRVowelLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30, 0x31, 0x34, 0x36, 0x40, 0xA2, 0x20AC, 0x7C, 0x27, 0xFB01, 0xFB02: return true
        default: return false
        }
    }

    /// `classify` on one-scalar Characters.
    static func classify(scalars core: ArraySlice<Unicode.Scalar>) -> RepairToken.Kind {
        var letters = 0, digits = 0, vowelLike = 0, other = 0
        for c in core {
            let v = c.value
            if v < 0x80 && ((v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)) { letters += 1; continue }
            let ocr = isOCRVowelLike(c)
            if isLetter(c) && !ocr { letters += 1 }
            else if isNumber(c) { digits += 1; if ocr { vowelLike += 1 } }
            else if ocr { vowelLike += 1 }
            else { other += 1 }
        }
        if other > 0 {
            return digits > 0 && letters == 0 && core.allSatisfy({ isNumber($0) || $0 == "." || $0 == "," || $0 == "/" || $0 == "-" }) ? .number : .other
        }
        if letters == 0 { return digits > 0 && digits == core.count ? .number : .other }
        if core.count > maxWordLength { return .other }
        if digits == 0 && vowelLike == 0 {
            if core.allSatisfy({ $0 == "I" || $0 == "V" || $0 == "X" || $0 == "L" || $0 == "C" }) { return .number }
            return .word
        }
        if vowelLike == core.count - letters && vowelLike <= 2 && letters >= 1 {
            return .ocrWord
        }
        return .other
    }

    /// The reference tokenizer on Characters (any text).
    static func tokenizeByCharacters(_ line: String) -> [RepairToken] {
        var tokens: [RepairToken] = []
        let characters = Array(line)
        var i = 0
        while i < characters.count {
            if characters[i].isWhitespace { i += 1; continue }
            var j = i
            while j < characters.count, !characters[j].isWhitespace { j += 1 }
            // characters[i..<j] is one whitespace-free chunk.
            var start = i, end = j
            while start < end, leading.contains(characters[start]) { start += 1 }
            var endsSentence = false
            while end > start, trailing.contains(characters[end - 1]) {
                if sentenceEnd.contains(characters[end - 1]) { endsSentence = true }
                end -= 1
            }
            // A "'" right after a letter belongs to the core (u' is ư), any other is quoting.
            if end > start, characters[end - 1] == "'", end - start == 1 { end -= 1 }
            if end > start {
                let core = characters[start..<end]
                tokens.append(RepairToken(kind: classify(core), text: String(core), offset: start,
                                          endsSentence: endsSentence))
            } else if endsSentence, !tokens.isEmpty {
                tokens[tokens.count - 1].endsSentence = true
            }
            i = j
        }
        if !tokens.isEmpty { tokens[0].startsLine = true }
        return tokens
    }

    static func classify(_ core: ArraySlice<Character>) -> RepairToken.Kind {
        var letters = 0, digits = 0, vowelLike = 0, other = 0
        for c in core {
            if c.isLetter && !ocrVowelLike.contains(c) { letters += 1 }
            else if c.isNumber { digits += 1; if ocrVowelLike.contains(c) { vowelLike += 1 } }
            else if ocrVowelLike.contains(c) { vowelLike += 1 }
            else { other += 1 }
        }
        if other > 0 { return digits > 0 && letters == 0 && core.allSatisfy({ $0.isNumber || ".,/-".contains($0) }) ? .number : .other }
        if letters == 0 { return digits > 0 && digits == core.count ? .number : .other }
        if core.count > maxWordLength { return .other }
        if digits == 0 && vowelLike == 0 {
            // Roman numerals (khóa XII, lần thứ I) are numbers, not syllables.
            if core.allSatisfy({ "IVXLC".contains($0) }) { return .number }
            return .word
        }
        // Letters with digits: an OCR word only when every non-letter could be a vowel and
        // there are at most two of them (S6, x4, 16i, b@); the lexicon decides the rest.
        if vowelLike == core.count - letters && vowelLike <= 2 && letters >= 1 {
            return .ocrWord
        }
        return .other
    }
}
