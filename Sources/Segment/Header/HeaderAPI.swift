import PlanModel

/// The header of a plan and where its body starts.
public struct HeaderParts: Hashable, Sendable {
    public var header: DocumentHeader
    /// Index into the paragraphs of the first body paragraph (after the title and the
    /// căn cứ / preamble lines are still body text: the first numbered heading or preamble).
    public var bodyStart: Int
    public init(header: DocumentHeader, bodyStart: Int) {
        self.header = header
        self.bodyStart = bodyStart
    }
}

/// Parses the header: kind label, number, issuer, place and date, title (trích yếu),
/// references. Never throws: missing fields are nil.
public enum HeaderParser {
    /// - Parameter ocr: the text was OCR'd and repaired: the header's fixed words may be
    ///   misread ("Thu hiện" for "Thực hiện", a stray "ở" beside the issuer's name).
    public static func parse(_ paragraphs: [Paragraph], ocr: Bool = false) -> HeaderParts {
        HeaderParserImpl.parse(paragraphs, ocr: ocr)
    }
}

/// `inconsistent-name`: the issuing place or body named differently in different parts.
public enum NameConsistencyChecker {
    public static func check(header: DocumentHeader, paragraphs: [Paragraph]) -> [PlanWarning] {
        NameConsistencyCheckerImpl.check(header: header, paragraphs: paragraphs)
    }
}
