import PlanModel

// The extractors' entry points, called by `Segmenter` once the section tree is built.
// Each lives in its own file in this folder; this file only fixes their signatures.

/// What the closing part of a plan holds: "Nơi nhận" list and signature block.
public struct ClosingParts: Hashable, Sendable {
    public var recipients: [String]
    public var signature: Signature?
    public init(recipients: [String] = [], signature: Signature? = nil) {
        self.recipients = recipients
        self.signature = signature
    }
}

/// Parses the closing region: from the first "Nơi nhận:" or signature-authority line
/// (TM., KT., T/M, Q., TL., TUQ.) up to, not including, the first appendix label.
public enum ClosingParser {
    public static func parse(_ paragraphs: [Paragraph]) -> ClosingParts {
        ClosingParserImpl.parse(paragraphs)
    }
}

/// Parses the appendix region (from the first "PHỤ LỤC" label to the end). `lines` are the
/// cleaned source lines of that region, for tables a PDF linearised cell by cell.
public enum AppendixParser {
    public static func parse(_ paragraphs: [Paragraph], lines: [SourceLine]) -> [Appendix] {
        AppendixParserImpl.parse(paragraphs, lines: lines)
    }
}

/// Indicators (chỉ tiêu) stated in the body's sections.
public enum IndicatorExtractor {
    public static func extract(from sections: [Section]) -> [Indicator] {
        IndicatorExtractorImpl.extract(from: sections)
    }
}

/// Assignments (chủ trì / phối hợp / thời gian) stated in the body's sections.
public enum AssignmentExtractor {
    public static func extract(from sections: [Section]) -> [Assignment] {
        AssignmentExtractorImpl.extract(from: sections)
    }
}

/// `stated-count-mismatch`: the text states a count ("14 chỉ tiêu") that the referenced
/// list or table does not have.
public enum StatedCountChecker {
    public static func check(sections: [Section], appendices: [Appendix]) -> [PlanWarning] {
        StatedCountCheckerImpl.check(sections: sections, appendices: appendices)
    }
}
