import PlanModel

// Temporary: replaced as the header parser is written (issue 2).
enum HeaderParserImpl { static func parse(_ paragraphs: [Paragraph]) -> HeaderParts { HeaderParts(header: DocumentHeader(), bodyStart: 0) } }
enum NameConsistencyCheckerImpl { static func check(header: DocumentHeader, paragraphs: [Paragraph]) -> [PlanWarning] { [] } }
