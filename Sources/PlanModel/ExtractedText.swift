/// The formats `Ingest` reads.
public enum SourceFormat: String, Codable, Sendable, CaseIterable {
    case text, pdf, docx, html, hocr, alto
}

/// One line of text as extracted from a source, with where it came from.
/// Its `number` is what plan JSON's `lines` refer to (what `vnplan extract` prints).
public struct SourceLine: Hashable, Sendable {
    /// 1-based line number in the extracted text.
    public var number: Int
    /// The text, without the line break. Tabs separate table cells.
    public var text: String
    /// 1-based page, when the source has pages (PDF, OCR).
    public var page: Int?
    /// Character ranges (UTF-16 offsets into `text`) of words OCR was unsure of, with its
    /// confidence in 0...1: the first suspects for repair.
    public var lowConfidenceWords: [WordConfidence]

    public init(number: Int, text: String, page: Int? = nil, lowConfidenceWords: [WordConfidence] = []) {
        self.number = number
        self.text = text
        self.page = page
        self.lowConfidenceWords = lowConfidenceWords
    }
}

/// A word whose OCR confidence is known.
public struct WordConfidence: Hashable, Sendable {
    public var word: String
    public var confidence: Double
    public init(word: String, confidence: Double) {
        self.word = word
        self.confidence = confidence
    }
}

/// What `Ingest` hands on: the lines of one source and its provenance.
public struct ExtractedText: Sendable {
    public var source: SourceInfo
    public var lines: [SourceLine]
    /// Where the text came from: a PDF's printed lines wrap, a DOCX's paragraphs do not.
    public var layout: Layout

    public enum Layout: String, Sendable {
        /// Each printed line is a line: paragraphs wrap and must be joined (PDF, OCR).
        case printedLines
        /// Each paragraph is a line (DOCX, HTML).
        case paragraphs
        /// Unknown: decide from the text.
        case unknown
    }

    public init(source: SourceInfo, lines: [SourceLine], layout: Layout = .unknown) {
        self.source = source
        self.lines = lines
        self.layout = layout
    }
}
