import PlanModel

/// Finds a place named two ways: "phường Thạch Khôi" in the header and "phường Thạch Khê" in
/// the body. Two names of the same kind of unit count as one place spelled two ways when they
/// have as many syllables and differ in exactly one; other places the plan mentions legitimately
/// ("phường Anh Dũng cũ") share nothing and are left alone.
enum NameConsistencyCheckerImpl {
    struct Mention {
        var unit: String
        var name: String
        var line: Int
    }

    static func check(header: DocumentHeader, paragraphs: [Paragraph]) -> [PlanWarning] {
        var mentions: [Mention] = []
        for paragraph in paragraphs {
            mentions += PlaceMentions.find(in: paragraph.text, line: paragraph.lines.first)
        }
        if let place = header.place, let name = PlaceMentions.nameOfPlaceField(place) {
            mentions.insert(Mention(unit: name.unit, name: name.name, line: 0), at: 0)
        }
        // Count each spelling; the most frequent (header counting double) is the reference.
        var counts: [String: Int] = [:]
        var firstLine: [String: Int] = [:]
        for m in mentions {
            counts[m.name, default: 0] += m.line == 0 ? 2 : 1
            if firstLine[m.name] == nil || (firstLine[m.name] == 0 && m.line > 0) { firstLine[m.name] = m.line }
        }
        let names = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var warnings: [PlanWarning] = []
        var reported = Set<String>()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] where !reported.contains(b) && differByOneSyllable(a, b) {
                reported.insert(b)
                let lineB = firstLine[b].flatMap { $0 > 0 ? $0 : nil }
                let headerSays = header.place.map { " (the header says \"\($0)\")" } ?? ""
                warnings.append(PlanWarning(
                    code: .inconsistentName,
                    message: "the place is named both \"\(a)\" (\(counts[a, default: 0])×) and \"\(b)\" (\(counts[b, default: 0])×)\(headerSays)",
                    line: lineB))
            }
        }
        return warnings
    }

    static func differByOneSyllable(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: " "), y = b.split(separator: " ")
        guard x.count == y.count, x.count >= 2 else { return false }
        return zip(x, y).filter { $0 != $1 }.count == 1
    }
}

/// Mentions of named administrative units: "phường Thạch Khê", "P. Thạch Khôi", "xã Đông Hải".
enum PlaceMentions {
    static let units = ["phường", "xã", "thị trấn", "quận", "huyện", "thị xã"]
    /// One-word unit names (and "trấn" of "thị trấn") in lower, Title and UPPER case, by UTF-8 length.
    static let spellings: [Int: [(spelling: String, unit: String)]] = {
        var table: [Int: [(spelling: String, unit: String)]] = [:]
        for unit in ["phường", "xã", "quận", "huyện", "trấn"] {
            for spelling in Set([unit, unit.prefix(1).uppercased() + unit.dropFirst(), unit.uppercased()]) {
                table[spelling.utf8.count, default: []].append((spelling, unit))
            }
        }
        return table
    }()
    static let thi = ["thị", "Thị", "THỊ"]

    static func find(in text: String, line: Int) -> [NameConsistencyCheckerImpl.Mention] {
        SimpleText.withSimpleBytes(text) { findSimple($0, line: line) } ?? findGeneral(in: text, line: line)
    }

    /// One-word unit spellings as bytes, with their unit, indexed by UTF-8 length.
    static let byteSpellings: [[(spelling: [UInt8], unit: String)]] = {
        var table = [[(spelling: [UInt8], unit: String)]](repeating: [], count: (spellings.keys.max() ?? 0) + 1)
        for (length, entries) in spellings { table[length] = entries.map { (Array($0.spelling.utf8), $0.unit) } }
        return table
    }()
    static let thiBytes: [[UInt8]] = thi.map { Array($0.utf8) }

    /// `findGeneral` on simple text: words are runs of bytes between spaces and compare as bytes.
    /// Words are walked one at a time; only a word whose first byte can open a unit word
    /// (p x q h t, either case) is compared with the spellings.
    /// - Complexity: O(n) in the text's bytes, no allocation unless a unit word is found.
    static func findSimple(_ b: UnsafeBufferPointer<UInt8>, line: Int) -> [NameConsistencyCheckerImpl.Mention] {
        let n = b.count
        let table = byteSpellings
        /// The word starting at or after `from`: [start, end), nil at the end of the text.
        func word(from: Int) -> Range<Int>? {
            var s = from
            while s < n, b[s] == 0x20 { s += 1 }
            guard s < n else { return nil }
            var e = s + 1
            while e < n, b[e] != 0x20 { e += 1 }
            return s..<e
        }
        func unit(_ word: Range<Int>) -> String? {
            guard word.count < table.count else { return nil }
            for candidate in table[word.count] where SimpleText.matches(b, word.lowerBound, candidate.spelling) {
                return candidate.unit
            }
            return nil
        }
        var result: [NameConsistencyCheckerImpl.Mention] = []
        var next = word(from: 0)
        while let current = next {
            next = word(from: current.upperBound)
            // Every unit spelling and "thị" start with one of these letters.
            switch b[current.lowerBound] | 0x20 {
            case 0x70, 0x78, 0x71, 0x68, 0x74: break          // p x q h t
            default: continue
            }
            var unitLength = 0
            var lower = ""
            if let first = unit(current), first != "trấn" {
                unitLength = 1
                lower = first
            } else if let following = next,
                      thiBytes.contains(where: { $0.count == current.count && SimpleText.matches(b, current.lowerBound, $0) }),
                      let second = unit(following), second == "trấn" || second == "xã" {
                unitLength = 2
                lower = "thị " + second
                next = word(from: following.upperBound)
            }
            guard unitLength > 0 else { continue }
            // The name: at most four words after the unit (`name` stops earlier).
            var after: [Range<Int>] = []
            var probe = next
            while let w = probe, after.count < 4 {
                after.append(w)
                probe = word(from: w.upperBound)
            }
            let (nameWords, j) = name(from: 0, count: after.count) { Substring(SimpleText.string(b, after[$0])) }
            if nameWords.count >= 2 {
                result.append(.init(unit: lower, name: nameWords.joined(separator: " "), line: line))
            }
            // Go on after the words the name took.
            if j > 0 { next = word(from: after[j - 1].upperBound) }
        }
        return result
    }

    /// The name after a unit word: up to four name words from word `start` of `count`, ending at
    /// the first word that is not one or that carries punctuation. Returns the words and the
    /// index after them.
    static func name(from start: Int, count: Int, word: (Int) -> Substring) -> (words: [Substring], next: Int) {
        var nameWords: [Substring] = []
        var j = start
        while j < count, nameWords.count < 4 {
            let w = word(j)
            guard let core = nameWord(w) else { break }
            nameWords.append(core)
            j += 1
            if core.count != w.count { break }   // punctuation ends the name
        }
        return (nameWords, j)
    }

    /// The word without surrounding punctuation when it can be part of a name: a capital,
    /// letters only, not all capitals unless a single letter.
    static func nameWord(_ w: Substring) -> Substring? {
        let core = w.trimmingCharacters(in: ",.;:()“”\"")
        guard let first = core.first, first.isUppercase, core.allSatisfy(\.isLetter),
              !HeaderText.isUpperCase(String(core)) || core.count == 1 else { return nil }
        return core
    }

    /// The general path, on `Character`s.
    static func findGeneral(in text: String, line: Int) -> [NameConsistencyCheckerImpl.Mention] {
        var result: [NameConsistencyCheckerImpl.Mention] = []
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var i = 0
        while i < words.count {
            // Compare spellings directly: lowercasing every word of a plan is costly.
            var unitLength = 0
            var lower = ""
            if let unit = Self.spellings[words[i].utf8.count]?.first(where: { $0.spelling == words[i] })?.unit,
               unit != "trấn" {
                unitLength = 1
                lower = unit
            } else if i + 1 < words.count, Self.thi.contains(where: { $0 == words[i] }),
                      let second = Self.spellings[words[i + 1].utf8.count]?.first(where: { $0.spelling == words[i + 1] }),
                      second.unit == "trấn" || second.unit == "xã" {
                unitLength = 2
                lower = "thị " + second.unit
            }
            if unitLength > 0 {
                let (nameWords, j) = name(from: i + unitLength, count: words.count) { words[$0] }
                if nameWords.count >= 2 {
                    result.append(.init(unit: lower, name: nameWords.joined(separator: " "), line: line))
                }
                i = j
            } else {
                i += 1
            }
        }
        return result
    }

    /// "P. Thạch Khôi" → ("phường", "Thạch Khôi"); "Đông Hải" → ("", "Đông Hải").
    static func nameOfPlaceField(_ place: String) -> (unit: String, name: String)? {
        var text = Substring(place)
        var unit = ""
        for (prefix, name) in [("P. ", "phường"), ("X. ", "xã"), ("Q. ", "quận"), ("TP. ", "thành phố")] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            unit = name
        }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return (unit, words.joined(separator: " "))
    }
}
