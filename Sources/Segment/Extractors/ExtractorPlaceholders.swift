import PlanModel

// Temporary: replaced file by file as each extractor is written (issue 2).
enum ClosingParserImpl { static func parse(_ paragraphs: [Paragraph]) -> ClosingParts { ClosingParts() } }
enum AppendixParserImpl { static func parse(_ paragraphs: [Paragraph], lines: [SourceLine]) -> [Appendix] { [] } }
enum IndicatorExtractorImpl { static func extract(from sections: [Section]) -> [Indicator] { [] } }
enum AssignmentExtractorImpl { static func extract(from sections: [Section]) -> [Assignment] { [] } }
enum StatedCountCheckerImpl { static func check(sections: [Section], appendices: [Appendix]) -> [PlanWarning] { [] } }
