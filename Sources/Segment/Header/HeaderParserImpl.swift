import PlanModel

/// Reads the header of an administrative document (Nghị định 30/2020/NĐ-CP layout):
/// issuing body, "Số: …", place and date, the kind label, and the summary (trích yếu).
/// Fields the document leaves out or blank stay nil.
enum HeaderParserImpl {
    /// How far into the document the kind label is looked for.
    static let searchLimit = 30

    static func parse(_ paragraphs: [Paragraph], ocr: Bool = false) -> HeaderParts {
        var header = DocumentHeader()
        let texts = paragraphs.prefix(searchLimit).map { HeaderText.clean($0.text) }
        guard let kindIndex = texts.firstIndex(where: { DocumentKinds.kind(ofLabel: $0) != nil }) else {
            // No kind label: still pick up number and date from the top lines.
            scanTop(texts[...], into: &header, ocr: ocr)
            return HeaderParts(header: header, bodyStart: 0)
        }
        header.kind = DocumentKinds.kind(ofLabel: texts[kindIndex]) ?? .other
        scanTop(texts[..<kindIndex], into: &header, ocr: ocr)

        // The label may continue on further upper-case lines ("CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG").
        var label = texts[kindIndex]
        var index = kindIndex + 1
        while index < texts.count, HeaderText.isUpperCase(texts[index]), !HeaderText.isSeparator(texts[index]),
              !startsWithHeading(texts[index]) {
            label += " " + texts[index]
            index += 1
        }
        header.kindLabel = label

        // The summary: lines up to a separator, a "Căn cứ", a heading, or a new sentence.
        var titleParts: [String] = []
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

    /// Issuer, number, place and date from the lines above the kind label.
    /// - Parameter ocr: OCR reads a seal or a stray mark beside the issuer's name as a short
    ///   lower-case word ("ĐẢNG ỦY PHƯỜNG HƯNG ĐẠO ở"): such words are dropped first.
    static func scanTop(_ texts: ArraySlice<String>, into header: inout DocumentHeader, ocr: Bool = false) {
        var bodies: [String] = []
        for line in texts {
            let text = ocr ? HeaderText.withoutStrayWords(line) : line
            if let number = NumberLine.parse(text) {
                header.number = number.number
                if let rest = number.rest { scanPlaceDate(rest, into: &header) }
                continue
            }
            if DocumentDates.longForm(in: text) != nil {
                scanPlaceDate(text, into: &header)
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
        place = String(place.trimmingCharacters(in: " ,\t"))
        if !place.isEmpty { header.place = place }
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

    /// "I. …", "1. …", "A. …", "Phần I" start the body.
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
        let rest = restText.trimmingCharacters(in: " \t")
        // Blank number ("Số: /KH-UBND", "Số:      /KH-UBND" in drafts).
        if number.hasPrefix("/") || number.hasPrefix("-") || number.isEmpty { number = "" }
        guard number.isEmpty || number.first?.isNumber == true else { return nil }
        return Result(number: number.isEmpty ? nil : number, rest: rest.isEmpty ? nil : String(rest))
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

    static func startsWithUnit(_ text: String) -> Bool {
        words.contains { text.hasPrefix($0 + " ") || text == $0 }
    }
}
