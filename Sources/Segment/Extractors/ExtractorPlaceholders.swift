import PlanModel

// Temporary: replaced file by file as each extractor is written (issue 2).
enum StatedCountCheckerImpl { static func check(sections: [Section], appendices: [Appendix]) -> [PlanWarning] { [] } }
