/// The clean-text shortcut of `--repair auto`: most lines of a typed plan are words the
/// lexicon knows with their marks shown, which the full path tokenizes, checks, mends
/// nothing in and plans `keep`. The screen runs the tokenizer's own chunking and
/// classification on scalars, without making token Strings or lowercasing by allocation, and
/// says "clean" only when the full path would keep the line as it is.
extension Repairer {
    /// The line's statistics when `policy == .auto` would keep it untouched (every word known,
    /// nothing to mend, enough marks): the same `LineStats` the full path computes. Nil when
    /// the line needs the full path (an unknown or OCR word, too few marks, a scalar the
    /// screen does not handle).
    func cleanLineStats(_ line: String) -> LineStats? {
        var scratch = RepairTokenizer.ScalarLine()
        return cleanLineStats(line, scratch: &scratch)
    }

    /// `cleanLineStats(line)`, reusing `scratch`'s storage from line to line.
    func cleanLineStats(_ line: String, scratch scalarLine: inout RepairTokenizer.ScalarLine) -> LineStats? {
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
            // The word's lowercase in UTF-8 (a word is at most `maxWordLength` scalars of at
            // most 3 bytes), looked up by its bytes.
            let known: Bool? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * RepairTokenizer.maxWordLength) { buffer in
                var count = 0
                for scalar in core {
                    if scalar.value >= 0x80 { marked = true }
                    if SyllableJoiner.isVietnameseMark(scalar) { vietnamese = true }
                    guard let lower = Self.lowercase(scalar) else { return nil }
                    UTF8.encode(lower) { byte in
                        if count < buffer.count { buffer[count] = byte }
                        count += 1
                    }
                }
                guard count <= buffer.count else { return nil }
                // `isKnownWord(text)` is `isKnown(text.lowercased())`.
                return knownBytes.contains(UnsafeBufferPointer(rebasing: buffer[0..<count]))
            }
            // An unknown word is a suspect.
            guard known == true else { clean = false; return }
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
    static let lowercaseTable: [UInt32] = (0..<UInt32(0x1F00)).map { v in
        guard let scalar = Unicode.Scalar(v) else { return 0 }
        let lower = String(Character(scalar)).lowercased().unicodeScalars
        guard lower.count == 1, let first = lower.first else { return 0 }
        return first.value
    }
}
