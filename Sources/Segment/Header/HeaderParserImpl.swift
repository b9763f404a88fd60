import PlanModel

/// Reads the header of an administrative document (Nghị định 30/2020/NĐ-CP layout):
/// issuing body, "Số: …", place and date, the kind label, and the summary (trích yếu).
/// Fields the document leaves out or blank stay nil.
enum HeaderParserImpl {
    /// How far into the document the kind label is looked for.
    static let searchLimit = 30

    static func parse(_ paragraphs: [Paragraph], ocr: Bool = false) -> HeaderParts {
        var header = DocumentHeader()
        let top = paragraphs.prefix(searchLimit)
        let texts = top.map { HeaderText.clean($0.text) }
        var titleParts: [String] = []
        var index: Int
        if let kindIndex = texts.firstIndex(where: { DocumentKinds.kind(ofLabel: $0) != nil }) {
            header.kind = DocumentKinds.kind(ofLabel: texts[kindIndex]) ?? .other
            scanTop(topPieces(top.prefix(kindIndex)), into: &header, ocr: ocr)
            // The label may continue on further upper-case lines ("CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG").
            var label = texts[kindIndex]
            index = kindIndex + 1
            while index < texts.count, HeaderText.isUpperCase(texts[index]), !HeaderText.isSeparator(texts[index]),
                  !startsWithHeading(texts[index]) {
                label += " " + texts[index]
                index += 1
            }
            header.kindLabel = label
        } else if let kindIndex = texts.firstIndex(where: { DocumentKinds.labelBeforeSummary($0) != nil }),
                  let found = DocumentKinds.labelBeforeSummary(texts[kindIndex]) {
            // The layout joined the label with the summary that follows it in lower case
            // ("CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết …").
            header.kind = found.kind
            header.kindLabel = found.label
            scanTop(topPieces(top.prefix(kindIndex)), into: &header, ocr: ocr)
            titleParts = [found.summary]
            index = kindIndex + 1
        } else {
            // No kind label: still pick up number and date from the top lines.
            scanTop(topPieces(top), into: &header, ocr: ocr)
            return HeaderParts(header: header, bodyStart: 0)
        }

        // The summary: lines up to a separator, a "Căn cứ", a heading, or a new sentence.
        while index < paragraphs.count {
            let text = HeaderText.clean(paragraphs[index].text)
            if HeaderText.isSeparator(text) { index += 1; break }
            if text.isEmpty || isPreambleStart(text) || startsWithHeading(text) { break }
            if let last = titleParts.last {
                let ended = last.hasSuffix(".") || last.hasSuffix(";") || last.hasSuffix(":")
                let continues = text.first.map { $0.isLowercase || $0.isNumber } ?? false
                if ended || !continues { break }
            }
            titleParts.append(text)
            index += 1
        }
        if !titleParts.isEmpty { header.title = titleParts.joined(separator: " ") }
        while index < paragraphs.count, HeaderText.isSeparator(HeaderText.clean(paragraphs[index].text)) { index += 1 }

        header.references = References.collect(title: header.title,
                                               preamble: preamble(paragraphs, from: index), ocr: ocr)
        return HeaderParts(header: header, bodyStart: index)
    }

    /// The paragraphs before the first numbered heading: căn cứ, thực hiện, purpose lines.
    static func preamble(_ paragraphs: [Paragraph], from start: Int) -> [String] {
        var result: [String] = []
        var i = start
        while i < paragraphs.count, result.count < 12 {
            let text = HeaderText.clean(paragraphs[i].text)
            if startsWithHeading(text) { break }
            result.append(text)
            i += 1
        }
        return result
    }

    /// The texts above the kind label in reading order for `scanTop` (`TabColumns`: an issuer
    /// printed on two rows of a DOCX table, "ỦY BAN NHÂN DÂN" / "XÃ AN BÌNH", stays together).
    static func topPieces(_ paragraphs: ArraySlice<Paragraph>) -> [String] {
        TabColumns.readingOrder(paragraphs).map(HeaderText.clean)
    }

    /// Issuer, number, place and date from the lines above the kind label.
    /// - Parameter ocr: OCR reads a seal or a stray mark beside the issuer's name as a short
    ///   lower-case word ("ĐẢNG ỦY PHƯỜNG HƯNG ĐẠO ở"): such words are dropped first.
    static func scanTop(_ texts: [String], into header: inout DocumentHeader, ocr: Bool = false) {
        var bodies: [String] = []
        for line in texts.flatMap(HeaderText.splitMotto) {
            let text = ocr ? HeaderText.withOCRFixedWords(HeaderText.withoutStrayWords(line)) : line
            if let number = NumberLine.parse(text) {
                header.number = number.number
                if let rest = number.rest { scanPlaceDate(rest, into: &header) }
                continue
            }
            if DocumentDates.longForm(in: text) != nil {
                scanPlaceDate(text, into: &header)
                continue
            }
            if header.date == nil, let found = shortPlaceDate(text) {
                header.date = found.date
                if let place = found.place { header.place = place }
                continue
            }
            if HeaderText.isMotto(text) || HeaderText.isSeparator(text) { continue }
            if HeaderText.isUpperCase(text) {
                // "PHƯỜNG ĐÔNG HẢI" under "ỦY BAN NHÂN DÂN" continues it; "ĐẢNG ỦY PHƯỜNG …"
                // under "ĐẢNG BỘ THÀNH PHỐ …" is the issuer below its superior body.
                if let last = bodies.last, AdministrativeUnits.startsWithUnit(text) {
                    bodies[bodies.count - 1] = last + " " + text
                } else {
                    bodies.append(text)
                }
            }
        }
        header.issuer = bodies.last
    }

    /// "Đông Hải, ngày 5 tháng 11 năm 2025" → place and date.
    static func scanPlaceDate(_ text: String, into header: inout DocumentHeader) {
        guard let found = DocumentDates.longForm(in: text) else { return }
        header.date = found.date
        var place = String(text[..<found.range.lowerBound])
        // "*" is the mark under the issuer that a DOCX table puts on the date's row.
        place = String(place.trimmingCharacters(in: " ,\t*"))
        if !place.isEmpty { header.place = place }
    }

    /// "Đông Hải, ngày 05/11/2025" → place and date (the short form after "ngày").
    static func shortPlaceDate(_ text: String) -> (place: String?, date: String?)? {
        guard let ngay = TextSearch.range(of: "ngày", in: text), let found = DocumentDates.shortForm(in: text),
              found.range.lowerBound >= ngay.upperBound,
              text[ngay.upperBound..<found.range.lowerBound].allSatisfy({ $0 == " " }),
              text[found.range.upperBound...].allSatisfy({ $0 == " " || $0 == "." })
        else { return nil }
        // The line is the place and the date only: a short name without digits before "ngày"
        // ("Thực hiện Kế hoạch số 109/KH-UBND ngày 06/4/2026" is a reference, not a date line).
        let place = String(text[..<ngay.lowerBound].trimmingCharacters(in: " ,\t*"))
        guard place.count <= 40, !place.contains(where: \.isNumber) else { return nil }
        return (place.isEmpty ? nil : place, found.date)
    }

    static func isPreambleStart(_ text: String) -> Bool {
        // Only a c, q, t or x lowercases to the first letter of these.
        guard let first = text.utf8.first, [0x43, 0x63, 0x51, 0x71, 0x54, 0x74, 0x58, 0x78].contains(first) else {
            return false
        }
        let lower = text.lowercased()
        return lower.hasPrefix("căn cứ") || lower.hasPrefix("quán triệt") || lower.hasPrefix("theo đề nghị")
            || lower.hasPrefix("xét đề nghị")
    }

    /// "I. …", "1. …", "A. …", "I- …", "1/ …", "Phần I" start the body.
    static func startsWithHeading(_ text: String) -> Bool {
        let numbered = SimpleText.withSimpleBytes(text, HeadingScanner.matches)
            ?? (text.firstMatch(of: HeaderPatterns.heading) != nil)
        if numbered { return true }
        // Only a p or P lowercases to "p".
        guard let first = text.utf8.first, first == 0x50 || first == 0x70 else { return false }
        return text.lowercased().hasPrefix("phần ")
    }
}

/// "Số: 103/KH-UBND", "Số 09-CTr/ĐU", "Số: /KH-UBND" (blank number → nil).
enum NumberLine {
    struct Result {
        var number: String?
        /// Text after the number on the same line (DOCX tables put the date beside it).
        var rest: String?
    }

    static func parse(_ text: String) -> Result? {
        guard let first = text.utf8.first, first == 0x53 || first == 0x73 else { return nil }
        var number: String, restText: String
        if let fast = SimpleText.withSimpleBytes(text, { b -> (String, String)? in
            NumberLineScanner.match(b).map { (SimpleText.string(b, $0.number), SimpleText.string(b, $0.rest)) }
        }) {
            guard let (n, r) = fast else { return nil }
            (number, restText) = (n, r)
        } else {
            guard let match = text.firstMatch(of: HeaderPatterns.numberLine) else { return nil }
            (number, restText) = (String(match.1), String(match.2))
        }
        var rest = String(restText.trimmingCharacters(in: " \t"))
        // Blank number ("Số: /KH-UBND", "Số:      /KH-UBND" in drafts).
        if number.hasPrefix("/") || number.hasPrefix("-") || number.isEmpty { number = "" }
        guard number.isEmpty || number.first?.isNumber == true else { return nil }
        if !number.isEmpty { (number, rest) = rejoined(number, rest) }
        return Result(number: number.isEmpty ? nil : number, rest: rest.isEmpty ? nil : rest)
    }

    /// A number typed with a space inside: "45 /KH-UBND", "45/KH- UBND", "45/ KH-UBND". The
    /// piece after the space joins the number when the number stops at a "/" or "-", or the
    /// piece starts with one ("/KH-UBND"), or, after an open end, starts with a capital ("UBND").
    static func rejoined(_ number: String, _ rest: String) -> (String, String) {
        var number = number, rest = rest
        for _ in 0..<2 {
            let piece = rest.prefix { $0 != " " && $0 != "\t" }
            guard !piece.isEmpty, piece.allSatisfy({ $0 == "/" || $0 == "-" || $0.isNumber || $0.isLetter }) else { break }
            let openEnded = number.hasSuffix("/") || number.hasSuffix("-")
            let continues = piece.hasPrefix("/") || piece.hasPrefix("-")
            guard continues || (openEnded && piece.first?.isUppercase == true) else { break }
            number += piece
            rest = String(rest.dropFirst(piece.count).drop { $0 == " " || $0 == "\t" })
        }
        return (number, rest)
    }
}

/// Kinds of document by their printed label.
enum DocumentKinds {
    static let labels: [(String, DocumentKind)] = [
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG", .chuongTrinhHanhDong),
        ("KẾ HOẠCH", .keHoach),
        ("NGHỊ QUYẾT", .nghiQuyet),
        ("QUYẾT ĐỊNH", .quyetDinh),
        ("BÁO CÁO", .baoCao),
        ("CHƯƠNG TRÌNH", .other),
        ("ĐỀ ÁN", .other),
        ("CHỈ THỊ", .other),
        ("THÔNG BÁO", .other),
        ("HƯỚNG DẪN", .other),
        ("TỜ TRÌNH", .other),
        ("QUY CHẾ", .other),
    ]

    /// A kind label at the start of `text` followed by the summary in lower case, as a layout
    /// joiner leaves them ("CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết …"): the label is the
    /// run of upper-case words, the summary the rest.
    static func labelBeforeSummary(_ text: String) -> (kind: DocumentKind, label: String, summary: String)? {
        guard let (_, kind) = labels.first(where: { text.hasPrefix($0.0 + " ") }) else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let labelWords = words.prefix { word in !word.contains(where: \.isLowercase) }
        guard labelWords.count < words.count, let next = words[labelWords.count].first, next.isLowercase
        else { return nil }
        return (kind, labelWords.joined(separator: " "), words[labelWords.count...].joined(separator: " "))
    }

    /// The kind when `text` is an upper-case kind label line.
    static func kind(ofLabel text: String) -> DocumentKind? {
        for (label, kind) in labels where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if rest.isEmpty || rest.first == " " { return HeaderText.isUpperCase(text) ? kind : nil }
        }
        return nil
    }
}

/// Words that name a level of administration (they continue an issuer line).
enum AdministrativeUnits {
    static let words = ["PHƯỜNG", "XÃ", "THỊ TRẤN", "QUẬN", "HUYỆN", "THỊ XÃ", "THÀNH PHỐ", "TỈNH", "TP."]

    /// "HUYỆN ỦY TÂN PHÚ", "TỈNH ỦY …" name a body of their own (the party committee of that
    /// level): they do not continue the line above.
    static func startsWithUnit(_ text: String) -> Bool {
        words.contains { word in
            guard text.hasPrefix(word + " ") else { return text == word }
            let rest = text.dropFirst(word.count + 1)
            return !(rest.hasPrefix("ỦY") || rest.hasPrefix("UỶ"))
        }
    }
}
