import PlanModel

/// The parts of a plan's paragraphs: header, body (the section tree), closing (Nơi nhận and
/// signature) and appendices (from the first PHỤ LỤC label), and a document printed after the
/// closing (a plan issued with a decision: `AttachedDocument`).
struct DocumentRegions: Hashable {
    var body: Range<Int>
    var closing: Range<Int>?
    var appendix: Range<Int>?
    var attached: AttachedDocument?

    /// `bodyStart` is the header parser's; when it is 0 (no header found) the body starts at
    /// the first paragraph that can open the tree. The closing and the appendix are looked
    /// for after that first heading only, so a header line is never taken for either.
    static func find(_ paragraphs: [Paragraph], bodyStart: Int) -> DocumentRegions {
        let count = paragraphs.count
        let start = min(max(bodyStart, 0), count)
        let firstHeading = paragraphs[start...].firstIndex(where: SectionTreeBuilder.opensTree) ?? start
        let searchFrom = min(firstHeading + 1, count)
        let closingStart = paragraphs[searchFrom...].firstIndex(where: { isClosingStart($0.text) })
        let appendixStart = paragraphs[searchFrom...].firstIndex(where: { isAppendixLabel($0.text) })
        let bodyEnd = [closingStart, appendixStart].compactMap { $0 }.min() ?? count
        var regions = DocumentRegions(body: start..<bodyEnd)
        if let closingStart {
            var end = appendixStart.flatMap { $0 > closingStart ? $0 : nil } ?? count
            regions.attached = AttachedDocument.find(paragraphs, closingStart: closingStart, appendixStart: appendixStart)
            if let attached = regions.attached { end = min(end, attached.header.lowerBound) }
            regions.closing = closingStart..<end
        }
        if let appendixStart {
            let end = closingStart.flatMap { $0 > appendixStart ? $0 : nil } ?? count
            regions.appendix = appendixStart..<end
        }
        return regions
    }

    /// "Nơi nhận:" or a signature authority: "TM. ỦY BAN NHÂN DÂN", "T/M BAN CHẤP HÀNH",
    /// "KT. CHỦ TỊCH", "Q. …", "TL. …", "TUQ. …", possibly in bold ("**TM.ỦY BAN NHÂN DÂN").
    static func isClosingStart(_ raw: String) -> Bool {
        // "Nơi nhận", "TM.", "T/M", "KT.", "K/T", "TL.", "TUQ.", "Q.", possibly after "**".
        guard let first = raw.utf8.first, "NnTKQ*".utf8.contains(first) else { return false }
        let text = Emphasis.strip(raw)
        guard let c = FastText.simpleScalars(text) else { return isClosingStartCharacters(text) }
        if c.count >= noiNhan.count, (0..<noiNhan.count).allSatisfy({ FastText.lower(c[$0]) == noiNhan[$0] }) { return true }
        if RecipientsLabel.afterOCRForm(text) != nil { return true }
        guard c.count <= 80 else { return false }
        return isAuthorityLine(text)
    }

    private static let noiNhan = FastText.array("nơi nhận")

    static func isClosingStartCharacters(_ text: String) -> Bool {
        if text.lowercased().hasPrefix("nơi nhận") || RecipientsLabel.afterOCRForm(text) != nil { return true }
        guard text.count <= 80 else { return false }
        return isAuthorityLine(text)
    }

    /// A signature authority line ("TM. ỦY BAN NHÂN DÂN") of at most 80 characters.
    private static func isAuthorityLine(_ text: String) -> Bool {
        for prefix in ["TM.", "T/M", "T.M.", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q."] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count).drop { $0 == " " }
            guard let first = rest.first, first.isUppercase else { continue }
            let letters = rest.filter(\.isLetter)
            return letters.filter(\.isUppercase).count * 10 >= letters.count * 8
        }
        return false
    }

    /// "PHỤ LỤC", "PHỤ LỤC 1", "PHỤ LỤC II", "Phụ lục 2", "PHỤ LỤC SỐ 01".
    static func isAppendixLabel(_ raw: String) -> Bool {
        guard let first = raw.utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "*") else { return false }
        let text = Emphasis.strip(raw)
        guard text.count <= 40 else { return false }
        if text.hasPrefix("PHỤ LỤC") { return true }
        guard text.hasPrefix("Phụ lục") else { return false }
        let rest = text.dropFirst("Phụ lục".count).drop { $0 == " " }
        return rest.isEmpty || rest.allSatisfy { $0.isNumber || "IVXLsốSỐ ".contains($0) }
    }
}
