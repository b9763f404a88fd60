import PlanModel

/// Joins printed lines (PDF, OCR) into paragraphs.
///
/// Each boundary between two lines is decided from the line's width against the measure
/// (a line that fills it wrapped; a short one ended its paragraph), its last character
/// (`.`, `:`, `;` end a sentence; `,` and `-` do not) and what the next line starts with:
/// - a numbering marker ("2. Cụ thể hóa …") starts a paragraph after a line that ended, and
///   after a full line only when the numbering so far expects it (a first child or the next
///   sibling); otherwise it is a wrapped line that happens to start with a number;
/// - a bullet starts a paragraph unless the line before is full and open and the bullet is
///   followed by a small letter (`… chính trị` / `- xã hội.` is one phrase);
/// - plain text continues a full line, even one ending with a full stop (justified text ends
///   sentences at line ends by chance), and a short line only when that line ends with `,`
///   or `-`, or the next line starts with a small letter.
/// A hyphen at a line end joins without a space and stays (`2025-` + `2030` → `2025-2030`).
struct LayoutJoiner {
    /// A line at least this part of the measure fills it.
    static let fullRatio = 0.78

    let lines: [LayoutLine]
    /// Each line's printed width.
    let widths: [Double]
    let measure: Double

    init(lines: [LayoutLine]) {
        self.lines = lines
        widths = lines.map { LayoutTextWidth.width($0.text) }
        // The measure of the body: the appendix's landscape table pages are wider.
        let bodyEnd = lines.firstIndex { $0.text.utf8.first == UInt8(ascii: "P") && $0.text.hasPrefix("PHỤ LỤC") }.flatMap { $0 > lines.count / 4 ? $0 : nil } ?? lines.count
        measure = LayoutTextWidth.measure(Array(widths[..<bodyEnd]))
    }

    func paragraphs() -> [Paragraph] {
        var result: [Paragraph] = []
        var seen = Set<LayoutMarkers.Marker>()
        var current: (text: String, first: Int, last: Int)?
        // The index of the line before, when it may continue.
        var previous: Int?
        for index in lines.indices {
            let line = lines[index]
            if TextBytes.contains(line.text, 9) {
                if let c = current { result.append(Paragraph(text: c.text, lines: LineSpan(c.first, c.last))) }
                current = nil
                result.append(ParagraphLines.paragraph(line))
                previous = nil
                continue
            }
            let marker = LayoutMarkers.marker(line.text)
            if let p = previous, var c = current,
               !Self.closesParenthesis(c.text, lines[p].text, next: line.text, nextMarker: marker),
               continues(lines[p], line, full: isFull(widths[p]), marker: marker, seen: seen) {
                current = nil   // c holds the only reference: the text grows in place
                Self.join(&c.text, line.text)
                c.last = line.number
                current = c
            } else {
                if let c = current { result.append(Paragraph(text: c.text, lines: LineSpan(c.first, c.last))) }
                current = (line.text, line.number, line.number)
                if let marker { seen.insert(marker) }
            }
            previous = index
        }
        if let c = current { result.append(Paragraph(text: c.text, lines: LineSpan(c.first, c.last))) }
        return result
    }

    func isFull(_ width: Double) -> Bool {
        width >= Self.fullRatio * measure
    }

    func continues(_ previous: LayoutLine, _ next: LayoutLine, full: Bool, marker: LayoutMarkers.Marker?,
                   seen: Set<LayoutMarkers.Marker>) -> Bool {
        let p = previous.text, n = next.text
        // A text's first (last) byte must be the prefix's first (the suffix's last) for
        // `TextBytes.hasPrefix` (`hasSuffix`) to hold: tested first, as most lines fail there.
        let pLast = p.utf8.last, nFirst = n.utf8.first
        if LayoutMarkers.isSeparator(p) || LayoutMarkers.isSeparator(n) || (pLast == 0x2E && TextBytes.hasSuffix(p, "./.")) {
            return false
        }
        // A number alone ("I.", "2.", "a)") is printed above its title.
        if LayoutMarkers.isBareMarker(p) { return true }
        // Signature lines: "TM. ỦY BAN NHÂN DÂN", then "KT. CHỦ TỊCH", each its own line.
        if Self.startsWithAuthority(n) { return false }
        // "Nơi nhận:" opens the closing after a full last line of the body.
        if nFirst == 0x4E, TextBytes.hasPrefix(n, "Nơi nhận") { return false }
        // "Điều 2. …" (an article of a resolution) starts a paragraph after a full line.
        if nFirst == 0xC4, TextBytes.hasPrefix(n, "Điều "), n.utf8.dropFirst("Điều ".utf8.count).first.map({ (0x30...0x39).contains($0) }) == true {
            return false
        }
        // "PHẦN I", "CHƯƠNG II", "Phần thứ hai": a part or chapter heading. "Căn cứ …" with a
        // capital opens the next ground of the preamble, after a finished line or under a title
        // line, which has no full stop (not after a comma).
        if Self.startsDivision(n) || (nFirst == 0x43 && pLast != 0x2C && TextBytes.hasPrefix(n, "Căn cứ ")) { return false }
        let ended = Self.endsSentence(p)
        let nUpper = Self.isUpperCase(n)
        // After a finished line, "Xét …" starts the next ground of the preamble, and a line in
        // capitals ("QUYẾT NGHỊ:") stands alone.
        if ended, (nFirst == 0x58 && TextBytes.hasPrefix(n, "Xét ")) || nUpper { return false }
        // A whole line in capitals (two words or more) under a line in mixed case is a line of
        // its own: the kind label under the place and date ("KẾ HOẠCH"), the authority that
        // decides under a decision's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN PHÚ").
        if nUpper, Self.wordCount(n) >= 2, pLast != 0x2D, pLast != 0x2C, Self.lowercaseLetters(p, atLeast: 3) { return false }
        if LayoutMarkers.bullet(n) != nil {
            let afterBullet = n.dropFirst().drop { $0 == " " }.first
            return full && !ended && !(pLast == 0x2C && TextBytes.hasSuffix(p, ",")) && (afterBullet?.isLowercase ?? false)
        }
        if let marker {
            if ended || !full { return false }
            return !Self.expected(marker, seen: seen)
        }
        if ended { return full }
        if full || (pLast == 0x2C && TextBytes.hasSuffix(p, ",")) || (pLast == 0x2D && TextBytes.hasSuffix(p, "-")) { return true }
        return Self.startsLowercase(n)
    }

    /// A bracketed line stands alone: "(Kèm theo Kế hoạch số …" after a title in capitals
    /// starts one, and its closing ")" at a line end ends it.
    /// `nextMarker` is `LayoutMarkers.marker(next)`.
    static func closesParenthesis(_ paragraph: String, _ previous: String, next: String,
                                  nextMarker: LayoutMarkers.Marker?) -> Bool {
        if next.utf8.first == 0x28, TextBytes.hasPrefix(next, "("), nextMarker == nil, isUpperCase(previous) { return true }
        return paragraph.utf8.first == 0x28 && TextBytes.hasPrefix(paragraph, "(")
            && previous.utf8.last == 0x29 && TextBytes.hasSuffix(previous, ")")
            && LayoutMarkers.marker(paragraph) == nil
    }

    /// "TM.", "T/M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q." before a capital.
    static func startsWithAuthority(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "T") || first == UInt8(ascii: "K")
            || first == UInt8(ascii: "Q") else { return false }
        // The second character of every prefix is one of "M/.TLU" ("Th…", "Tr…", "Tổ…" are not).
        guard text.utf8.count >= 2, let second = text.utf8.dropFirst().first,
              [UInt8(ascii: "M"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "T"), UInt8(ascii: "L"),
               UInt8(ascii: "U")].contains(second) else { return false }
        for prefix in ["TM.", "T/M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q."] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count).drop { $0 == " " }
            if let letter = rest.first, letter.isUppercase, isUpperCase(String(rest)) { return true }
        }
        return false
    }

    /// "PHẦN I", "PHẦN THỨ HAI", "Phần II", "CHƯƠNG 3", "Chương thứ nhất": the word of a part
    /// or a chapter and a numeral (Roman, digits or "thứ").
    static func startsDivision(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "C") else { return false }
        for word in ["PHẦN ", "Phần ", "CHƯƠNG ", "Chương "] where TextBytes.hasPrefix(text, word) {
            let numeral = text.dropFirst(word.count).prefix { $0 != " " && $0 != "." && $0 != ":" }
            if numeral.lowercased() == "thứ" { return true }
            return !numeral.isEmpty && numeral.count <= 4
                && (numeral.allSatisfy { "IVXL".contains($0) } || numeral.allSatisfy { $0.isASCII && $0.isNumber })
        }
        return false
    }

    /// Whether `text` has at least `count` lower-case letters (a line in mixed case, not a
    /// heading in capitals whose Roman number OCR misread as "Il.").
    static func lowercaseLetters(_ text: String, atLeast count: Int) -> Bool {
        var found = 0
        for scalar in text.unicodeScalars where scalar.properties.isLowercase {
            found += 1
            if found >= count { return true }
        }
        return false
    }

    /// Words separated by spaces.
    static func wordCount(_ text: String) -> Int {
        text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true).count
    }

    /// Letters all capitals (at least three of them).
    static func isUpperCase(_ text: String) -> Bool {
        // A small ASCII letter answers at once (most lines have one near their start).
        for byte in text.utf8 where byte >= 0x61 && byte <= 0x7A { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// A Roman numeral (never the start of a wrapped line), a first marker of its kind
    /// (1, a, A, (1), x.1), or one that follows a marker seen before: the next number, a
    /// repeat, or a jump of up to three (numbering gaps are reported later, not joined away).
    static func expected(_ marker: LayoutMarkers.Marker, seen: Set<LayoutMarkers.Marker>) -> Bool {
        guard let last = marker.components.last else { return false }
        if last == 1 || marker.style == .roman { return true }
        var earlier = marker
        for step in 0...3 where last - step >= 1 {
            earlier.components[earlier.components.count - 1] = last - step
            if seen.contains(earlier) { return true }
        }
        return false
    }

    /// Ends with `.`, `:`, `;`, `!` or `?`, possibly inside closing quotes or brackets.
    static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar.value {
            case 0x201D, 0x22, 0x2019, 0x27, 0x29, 0xBB, 0x2A: continue   // ” " ’ ' ) » *
            case 0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0x2026: return true         // . : ; ! ? …
            default: return false
            }
        }
        return false
    }

    static func startsLowercase(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x201C, 0x22, 0x27, 0x2018, 0x28, 0xAB: continue         // “ " ' ‘ ( «
            case 0x61...0x7A: return true
            case 0...0x7F: return false
            default: return scalar.properties.isLowercase
            }
        }
        return false
    }

    /// Joins a wrapped line: a hyphen attached to the word before stays and takes no space.
    static func join(_ text: String, _ next: String) -> String {
        var joined = text
        join(&joined, next)
        return joined
    }

    /// `join`, appending to `text` in place.
    static func join(_ text: inout String, _ next: String) {
        if !hyphenAttached(text) { text.append(" ") }
        text.append(next)
    }

    /// Ends with "-" right after a character other than a space.
    static func hyphenAttached(_ text: String) -> Bool {
        // "-" after an ASCII character other than a space: the answer of the `Character` code
        // below (a character before "-" that ends in such a byte is not a space).
        let quick = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let last = bytes.last, last == UInt8(ascii: "-") else { return false }
            if bytes.count >= 2, bytes[bytes.count - 2] < 0x80, bytes[bytes.count - 2] != 0x20 { return true }
            return nil
        }
        if let quick, let answer = quick { return answer }
        return text.hasSuffix("-") && text.count >= 2 && text.dropLast().last != " "
    }
}

/// Paragraph layout (DOCX, HTML): a paragraph a line; a line with tabs is a table row.
/// A line cut mid-sentence (no closing punctuation) whose next line starts with a small
/// letter is one paragraph split by a page or a manual break, and is joined.
enum ParagraphLines {
    static func paragraphs(_ lines: [LayoutLine]) -> [Paragraph] {
        var result: [Paragraph] = []
        var previous: LayoutLine?
        for line in lines {
            if let p = previous, !TextBytes.contains(p.text, 9), !TextBytes.contains(line.text, 9), var last = result.last,
               LayoutMarkers.isBareMarker(p.text) && LayoutMarkers.marker(line.text) == nil
                || !LayoutJoiner.endsSentence(p.text) && !LayoutMarkers.isSeparator(p.text)
                && LayoutMarkers.marker(line.text) == nil && LayoutMarkers.bullet(line.text) == nil
                && LayoutJoiner.startsLowercase(line.text) {
                result[result.count - 1].text = ""   // last holds the only reference
                LayoutJoiner.join(&last.text, line.text)
                last.lines = LineSpan(last.lines.first, line.number)
                result[result.count - 1] = last
            } else {
                result.append(paragraph(line))
            }
            previous = line
        }
        return result
    }

    static func paragraph(_ line: LayoutLine) -> Paragraph {
        let cells = TextBytes.contains(line.text, 9)
            ? line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) : nil
        return Paragraph(text: line.text.replacingTabs(), lines: LineSpan(line: line.number), cells: cells)
    }
}
