/// The clean-text shortcut of `--repair auto`: most lines of a typed plan are words the
/// lexicon knows with their marks shown, which the full path tokenizes, checks, mends
/// nothing in and plans `keep`. The screen runs the tokenizer's own chunking and
/// classification on the line's UTF-8 bytes (the same scalar predicates, decoded in place),
/// without making token Strings, scalar arrays or lowercasing by allocation, and says
/// "clean" only when the full path would keep the line as it is.
extension Repairer {
    /// The line's statistics when `policy == .auto` would keep it untouched (every word known,
    /// nothing to mend, enough marks): the same `LineStats` the full path computes. Nil when
    /// the line needs the full path (an unknown or OCR word, too few marks, a scalar the
    /// tokenizer's fast path does not handle).
    func cleanLineStats(_ line: String) -> LineStats? {
        cleanLineStats([line])[0]
    }

    /// `cleanLineStats` of each line, with the screen's tables and key storage set up once.
    /// What `cleanLineStatsByScalars` answers: any scalar that is not its own Character makes
    /// the line unclean, and so does the first OCR or unknown word, so the scan of a line
    /// stops there.
    func cleanLineStats(_ lines: [String]) -> [LineStats?] {
        let known = knownBytes
        return Self.lowercaseTable.withUnsafeBufferPointer { lowercase in
            RepairTokenizer.punctuationTable.withUnsafeBufferPointer { punctuation in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * RepairTokenizer.maxWordLength) { key in
                    lines.map { line in
                        var text = line
                        return text.withUTF8 {
                            Self.screen($0, lowercase: lowercase, punctuation: punctuation, key: key, known: known)
                        }
                    }
                }
            }
        }
    }

    /// Leading (bit 1) or trailing (bit 2) punctuation, as `RepairTokenizer.isLeading/isTrailing`.
    @inline(__always)
    static func isPunctuation(_ v: UInt32, _ bit: UInt8, _ table: UnsafeBufferPointer<UInt8>) -> Bool {
        if Int(v) < table.count { return table[Int(v)] & bit != 0 }
        return bit == 1 ? RepairTokenizer.isLeading(unicode(v)) : RepairTokenizer.isTrailing(unicode(v))
    }

    /// The screen proper, with its tables and the word key's storage at hand.
    static func screen(_ bytes: UnsafeBufferPointer<UInt8>, lowercase: UnsafeBufferPointer<UInt32>,
                       punctuation: UnsafeBufferPointer<UInt8>, key: UnsafeMutableBufferPointer<UInt8>,
                       known: UTF8KeySet) -> LineStats? {
        let n = bytes.count
        var stats = LineStats()
        var i = 0
        while i < n {
            // One whitespace-free chunk: [i, j).
            var (v, width) = Self.scalar(bytes, at: i)
            guard RepairTokenizer.isOwnCharacter(Self.unicode(v)) else { return nil }
            if RepairTokenizer.isWhitespace(Self.unicode(v)) { i += width; continue }
            var j = i + width
            while j < n {
                // ASCII: its own Character but CR; whitespace: space, tab to form feed (and CR).
                let byte = bytes[j]
                if byte < 0x80 {
                    if byte > 0x20 { j += 1; continue }
                    if byte == 0x0D { return nil }
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0C) { break }
                    j += 1
                    continue
                }
                (v, width) = Self.scalar(bytes, at: j)
                guard RepairTokenizer.isOwnCharacter(Self.unicode(v)) else { return nil }
                if RepairTokenizer.isWhitespace(Self.unicode(v)) { break }
                j += width
            }
            // Its core [a, b): punctuation around it removed.
            var a = i, b = j
            while a < b {
                let (s, w) = Self.scalar(bytes, at: a)
                guard Self.isPunctuation(s, 1, punctuation) else { break }
                a += w
            }
            while b > a {
                var start = b - 1
                while bytes[start] & 0xC0 == 0x80 { start -= 1 }
                guard Self.isPunctuation(Self.scalar(bytes, at: start).value, 2, punctuation) else { break }
                b = start
            }
            if b - a == 1 && bytes[a] == 0x27 { b = a }
            i = j
            guard a < b else { continue }
            // `RepairTokenizer.classify(scalars:)`, whose only answers that matter here are
            // word (look it up) and OCR word (unclean): a core of more than
            // `maxWordLength` scalars is neither. In the same pass, the letters' lowercase
            // UTF-8 (at most 3 bytes a scalar), the key a word is looked up by.
            var letters = 0, digits = 0, vowelLike = 0, other = 0, count = 0, roman = true
            var marked = false, vietnamese = false, unlowered = false, length = 0
            var k = a
            while k < b {
                count += 1
                if count > RepairTokenizer.maxWordLength { break }
                let (s, w) = Self.scalar(bytes, at: k)
                k += w
                if s < 0x80 && ((s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A)) {
                    letters += 1
                    if s != 0x49 && s != 0x56 && s != 0x58 && s != 0x4C && s != 0x43 { roman = false }
                    key[length] = UInt8(truncatingIfNeeded: s) | 0x20
                    length += 1
                    continue
                }
                roman = false
                let scalar = Self.unicode(s)
                let ocr = RepairTokenizer.isOCRVowelLike(scalar)
                if RepairTokenizer.isLetter(scalar) && !ocr {
                    letters += 1
                    // A letter outside ASCII (a word holds no other scalar).
                    marked = true
                    if s >= 0x100 || Self.isVietnameseLatin1(s) { vietnamese = true }
                    if Int(s) < lowercase.count, case let l = lowercase[Int(s)], l != 0 {
                        length += Self.encode(l, into: key, at: length)
                    } else {
                        unlowered = true
                    }
                }
                else if RepairTokenizer.isNumber(scalar) { digits += 1; if ocr { vowelLike += 1 } }
                else if ocr { vowelLike += 1 }
                else { other += 1; break }
            }
            if count > RepairTokenizer.maxWordLength || other > 0 || letters == 0 { continue }
            if digits > 0 || vowelLike > 0 {
                // An OCR word counts as invalid: the line is no clean one.
                if vowelLike == count - letters && vowelLike <= 2 { return nil }
                continue
            }
            if roman { continue }
            // A word (`isKnownWord(text)` is `isKnown(text.lowercased())`); a letter whose
            // lowercase is not one scalar sends the line to the full path.
            if unlowered { return nil }
            // An unknown word is a suspect.
            guard known.contains(UnsafeBufferPointer(rebasing: key[0..<length])) else { return nil }
            stats.words += 1
            if marked { stats.marked += 1 }
            if vietnamese { stats.vietnameseMarked += 1 }
        }
        return stats.keptUnderAuto ? stats : nil
    }

    /// `SyllableJoiner.isVietnameseMark` of a Latin-1 scalar (â ê ô ã õ and capitals).
    @inline(__always)
    static func isVietnameseLatin1(_ v: UInt32) -> Bool {
        switch v {
        case 0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5: return true
        default: return false
        }
    }

    /// The scalar of a value decoded from valid UTF-8.
    @inline(__always)
    static func unicode(_ v: UInt32) -> Unicode.Scalar { Unicode.Scalar(v) ?? "\u{FFFD}" }

    /// The scalar value and UTF-8 length at `i` of valid UTF-8.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// Writes the UTF-8 of `v` (below U+10000) at `at`; returns its length.
    @inline(__always)
    static func encode(_ v: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        if v < 0x80 { buffer[at] = UInt8(v); return 1 }
        if v < 0x800 {
            buffer[at] = UInt8(0xC0 | v >> 6); buffer[at + 1] = UInt8(0x80 | v & 0x3F)
            return 2
        }
        buffer[at] = UInt8(0xE0 | v >> 12); buffer[at + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
        buffer[at + 2] = UInt8(0x80 | v & 0x3F)
        return 3
    }

    /// The reference screen on scalars (`RepairTokenizer.ScalarLine`): what the byte screen
    /// must answer (RepairCleanScreenTests).
    func cleanLineStatsByScalars(_ line: String) -> LineStats? {
        var scalarLine = RepairTokenizer.ScalarLine()
        guard scalarLine.load(line) else { return nil }
        var stats = LineStats()
        var clean = true
        RepairTokenizer.forEachCore(in: scalarLine) { start, end, _ in
            guard clean, end > start else { return }
            let core = scalarLine.scalars[start..<end]
            let kind = RepairTokenizer.classify(scalars: core)
            guard kind == .word else {
                // An OCR word counts as invalid: the line is no clean one.
                if kind == .ocrWord { clean = false }
                return
            }
            var marked = false, vietnamese = false
            var key: [UInt8] = []
            for scalar in core {
                if scalar.value >= 0x80 { marked = true }
                if SyllableJoiner.isVietnameseMark(scalar) { vietnamese = true }
                guard let lower = Self.lowercase(scalar) else { clean = false; return }
                key += Array(String(lower).utf8)
            }
            // An unknown word is a suspect.
            guard key.withUnsafeBufferPointer({ knownBytes.contains($0) }) else { clean = false; return }
            stats.words += 1
            if marked { stats.marked += 1 }
            if vietnamese { stats.vietnameseMarked += 1 }
        }
        return clean && stats.keptUnderAuto ? stats : nil
    }

    /// `String(scalar).lowercased()` of a Latin letter (Latin-1, Extended-A/B, Vietnamese),
    /// when that is one scalar; nil for anything else.
    @inline(__always)
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar }
        guard Int(v) < lowercaseTable.count else { return nil }
        let l = lowercaseTable[Int(v)]
        return l == 0 ? nil : Unicode.Scalar(l)
    }

    /// The lowercase scalar of each scalar below U+1F00 whose lowercase is one scalar (from
    /// the standard library's own mapping), 0 for the others.
    /// (A scalar that does not change when lowercased is its own lowercase: no String made.)
    static let lowercaseTable: [UInt32] = (0..<UInt32(0x1F00)).map { v in
        guard let scalar = Unicode.Scalar(v) else { return 0 }
        if !scalar.properties.changesWhenLowercased { return v }
        let lower = String(Character(scalar)).lowercased().unicodeScalars
        guard lower.count == 1, let first = lower.first else { return 0 }
        return first.value
    }
}
