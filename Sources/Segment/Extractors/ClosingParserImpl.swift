import PlanModel

/// The closing region: the "Nơi nhận:" list and the signature block.
///
/// Recipients: one per `-` / `+` / `•` item, markers and trailing `;` `,` `.` stripped, wrapped
/// continuation lines joined, items a layout joiner merged (`…; - Sở Tài chính;`) split again,
/// `Lưu: …` kept. Signature: the authority line(s) (`TM. ỦY BAN NHÂN DÂN`, `T/M BAN CHẤP HÀNH`,
/// `KT. CHỦ TỊCH`; several are joined with a space), the title (`CHỦ TỊCH`, `BÍ THƯ`,
/// `PHÓ CHỦ TỊCH`) and the signer's name; `**` bold markers are dropped and `TM.ỦY` spaced.
enum ClosingParserImpl {
    static func parse(_ paragraphs: [Paragraph]) -> ClosingParts {
        // A two-column closing ("Nơi nhận:" and its list | the signature) read column by column.
        // Columns printed on one line each (OCR, a PDF without tab stops) are parted first.
        let texts = MergedClosingColumns.readingOrder(TabColumns.readingOrder(paragraphs).map(stripBold).filter { !$0.isEmpty })
        var recipients: [String] = []
        var signatureTexts: [String] = []
        var inRecipients = false
        var sawSignature = false
        var listStarted = false
        for text in texts {
            if !sawSignature, let rest = afterRecipientsLabel(text) {
                inRecipients = true
                listStarted = true
                if !rest.isEmpty { appendRecipientText(rest, to: &recipients) }
                continue
            }
            // Two columns read line by line interleave the list and the signature: a marked
            // item after the authority line still belongs to the list.
            if sawSignature, listStarted, startsWithMarker(text) {
                appendRecipientText(text, to: &recipients)
                continue
            }
            if SignatureText.isAuthority(text) || (sawSignature) {
                sawSignature = true
                inRecipients = false
                signatureTexts.append(text)
                continue
            }
            if inRecipients {
                // A title or name after the list without an authority line ends the list.
                if !startsWithMarker(text), SignatureText.isTitle(text) {
                    sawSignature = true
                    inRecipients = false
                    signatureTexts.append(text)
                    continue
                }
                appendRecipientText(text, to: &recipients)
            } else if !signatureTexts.isEmpty || SignatureText.isTitle(text) {
                sawSignature = true
                signatureTexts.append(text)
            }
        }
        return ClosingParts(recipients: recipients.map(cleanRecipient).filter { !$0.isEmpty },
                            signature: SignatureText.parse(signatureTexts))
    }

    static func stripBold(_ text: String) -> String {
        guard FastText.containsByte(text, 0x2A, 0x2A) else { return text.trimmed() }
        guard let c = FastText.simpleScalars(text) else { return text.replacing("**", with: "").trimmed() }
        // "**" removed left to right, as `replacing` does.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(c.count)
        var i = 0
        while i < c.count {
            if c[i] == "*", i + 1 < c.count, c[i + 1] == "*" { i += 2; continue }
            out.append(c[i])
            i += 1
        }
        return FastText.string(out[FastText.trim(out, 0..<out.count)])
    }

    /// The text after `Nơi nhận:` (or an OCR form of it) when `text` starts with that label.
    static func afterRecipientsLabelText(_ text: String) -> String? { afterRecipientsLabel(text) }

    /// The text after `Nơi nhận:` when `text` starts with that label.
    private static func afterRecipientsLabel(_ text: String) -> String? {
        guard let first = text.utf8.first, first | 0x20 == 0x6E else { return nil }   // "N" or "n"
        guard let c = FastText.simpleScalars(text) else { return afterRecipientsLabelCharacters(text) }
        let isLabel = [noiNhan, noiNhanPlain].contains { label in
            c.count >= label.count && (0..<label.count).allSatisfy { FastText.lower(c[$0]) == label[$0] }
        }
        guard isLabel else { return RecipientsLabel.afterOCRForm(text) }
        var a = noiNhan.count
        if a < c.count, c[a] == ":" { a += 1 }
        return FastText.string(c[FastText.trim(c, a..<c.count)])
    }

    private static let noiNhan = FastText.array("nơi nhận"), noiNhanPlain = FastText.array("noi nhan")

    static func afterRecipientsLabelCharacters(_ text: String) -> String? {
        let lower = text.lowercased()
        // "Noi nhan:" is OCR text whose marks were not restored.
        guard lower.hasPrefix("nơi nhận") || lower.hasPrefix("noi nhan") else { return RecipientsLabel.afterOCRForm(text) }
        var rest = Substring(text.dropFirst("nơi nhận".count))
        if rest.first == ":" { rest = rest.dropFirst() }
        return rest.trimmed()
    }

    private static func startsWithMarker(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "-+•–".contains(first)
    }

    /// Adds the items of one paragraph: a marker starts an item, text without one continues
    /// the previous item.
    private static func appendRecipientText(_ text: String, to recipients: inout [String]) {
        for (index, piece) in splitMergedItems(text).enumerated() {
            let startsItem = startsWithMarker(piece)
            guard !cleanRecipient(piece).isEmpty else { continue }
            if !startsItem, index == 0, let last = recipients.popLast() {
                recipients.append(last + " " + piece)
            } else {
                recipients.append(piece)
            }
        }
    }

    /// `- UBND thành phố; - Sở Tài chính;` → two pieces (a marker after `;` `,` `.`).
    private static func splitMergedItems(_ text: String) -> [String] {
        guard let c = FastText.simpleScalars(text) else { return splitMergedItemsCharacters(text) }
        return splitMergedItems(c)
    }

    static func splitMergedItemsCharacters(_ text: String) -> [String] { splitMergedItems(Array(text)) }

    static func splitMergedItems<U: TextUnit>(_ c: [U]) -> [String] {
        let ends = [";", ",", "."].map { U($0) }, markers = ["-", "+", "•"].map { U($0) }, space = U(" ")
        var pieces: [String] = []
        func add(_ range: Range<Int>) {
            let r = TextUnits.trim(c, range)
            if !r.isEmpty { pieces.append(U.text(c[r])) }
        }
        var start = 0
        var i = 1
        while i + 2 < c.count {
            if ends.contains(c[i - 1]), c[i] == space, markers.contains(c[i + 1]), c[i + 2] == space {
                add(start..<i)
                start = i + 1
            }
            i += 1
        }
        add(start..<max(start, c.count))
        return pieces
    }

    /// A recipient without its list marker, trailing `;` `,` `.` and surrounding spaces.
    static func cleanRecipient(_ text: String) -> String {
        guard let c = FastText.simpleScalars(text) else { return cleanRecipientCharacters(text) }
        return cleanRecipient(c)
    }

    static func cleanRecipientCharacters(_ text: String) -> String { cleanRecipient(Array(text)) }

    static func cleanRecipient<U: TextUnit>(_ c: [U]) -> String {
        let markers = ["-", "+", "•", "–"].map { U($0) }, ends = [";", ",", "."].map { U($0) }, space = U(" ")
        var r = TextUnits.trim(c, 0..<c.count)
        var a = r.lowerBound, b = r.upperBound
        while a < b, markers.contains(c[a]) {
            a += 1
            while a < b, c[a] == space { a += 1 }
        }
        while b > a, ends.contains(c[b - 1]) || c[b - 1].isUnitWhitespace { b -= 1 }
        r = TextUnits.trim(c, a..<b)
        return U.text(c[r])
    }
}

/// Recognises and splits the signature block's lines.
enum SignatureText {
    static let authorityMarkers = ["TM.", "T/M", "T.M.", "TM ", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q.", "Q ", "TM/"]
    static let titles = ["PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ BÍ THƯ THƯỜNG TRỰC",
                         "PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN",
                         "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
                         "BỘ TRƯỞNG", "THỨ TRƯỞNG", "TỔNG GIÁM ĐỐC", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM",
                         "TRƯỞNG ĐOÀN", "THỦ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG"]

    private static let spacedAfter = titles.map { $0 + " " }, spacedBefore = titles.map { " " + $0 }
    private static let titleFirsts = Set(titles.compactMap(\.unicodeScalars.first))

    static func isAuthority(_ text: String) -> Bool {
        authorityMarkers.contains { text.hasPrefix($0) } && text.count < 80
    }

    static func isTitle(_ text: String) -> Bool {
        // Titles are uppercase ASCII-or-Vietnamese words: a text starting otherwise is none.
        guard let first = text.unicodeScalars.first, titleFirsts.contains(first) else { return false }
        return zip(titles, spacedAfter).contains { text == $0 || text.hasPrefix($1) }
    }

    /// `TM.ỦY BAN` → `TM. ỦY BAN`.
    static func spaceMarker(_ text: String) -> String {
        for marker in ["TM.", "KT.", "TL.", "TUQ.", "Q."] where text.hasPrefix(marker) {
            let rest = text.dropFirst(marker.count)
            if let first = rest.first, first.isLetter { return marker + " " + String(rest) }
        }
        return text
    }

    static func isUppercaseLine(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy { $0.isUppercase }
    }

    static func parse(_ texts: [String]) -> Signature? {
        guard !texts.isEmpty else { return nil }
        var authority: [String] = []
        var title: String?
        var name: String?
        for raw in texts {
            var text = raw
            if text.hasPrefix("(") { continue }   // (Đã ký), (ký, đóng dấu)
            if isAuthority(text) {
                text = spaceMarker(text)
                // "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": a title the joiner appended.
                if let t = zip(titles, spacedBefore).first(where: { text.hasSuffix($1) })?.0 {
                    let head = String(text.dropLast(t.count + 1)).trimmed()
                    if !authorityMarkers.contains(where: { head == $0.trimmed() }) {
                        authority.append(head)
                        if title == nil { title = t }
                        continue
                    }
                }
                authority.append(text)
                continue
            }
            if title == nil, let t = zip(titles, spacedAfter).first(where: { text == $0 || text.hasPrefix($1) })?.0 {
                title = t
                let rest = String(text.dropFirst(t.count)).trimmed()
                if !rest.isEmpty, !isUppercaseLine(rest) { name = rest }
                continue
            }
            if title == nil, isUppercaseLine(text), text.count < 40, authority.isEmpty == false {
                title = text
                continue
            }
            if name == nil, !isUppercaseLine(text), looksLikeName(text) {
                name = text
            }
        }
        if authority.isEmpty && title == nil && name == nil { return nil }
        return Signature(authority: authority.isEmpty ? nil : authority.joined(separator: " "), title: title, name: name)
    }

    /// A person's name: 2–6 capitalised words, no digits or punctuation.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        return words.allSatisfy { w in (w.first?.isUppercase ?? false) && w.allSatisfy(\.isLetter) }
    }
}
