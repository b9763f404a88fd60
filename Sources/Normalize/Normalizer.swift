import PlanModel

/// The Normalize stage: character normalisation of every line, then layout repair
/// (page furniture removed, wrapped lines joined into paragraphs).
public struct Normalizer: Sendable {
    public struct Options: Sendable {
        public var tonePlacement: TonePlacement
        /// Diacritic/OCR repair, run on the lines before layout repair (nil: none).
        public var repairer: Repairer?
        public var repairPolicy: Repairer.Policy
        public init(tonePlacement: TonePlacement = .asPrinted, repairer: Repairer? = nil,
                    repairPolicy: Repairer.Policy = .auto) {
            self.tonePlacement = tonePlacement
            self.repairer = repairer
            self.repairPolicy = repairPolicy
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    public func normalize(_ extracted: ExtractedText) -> NormalizedText {
        let textNormalizer = TextNormalizer(tonePlacement: options.tonePlacement)
        var lines = extracted.lines.map { line -> SourceLine in
            var copy = line
            copy.text = textNormalizer.normalize(line.text)
            return copy
        }
        var summary: RepairSummary?
        var warnings: [PlanWarning] = []
        if let repairer = options.repairer, options.repairPolicy != .never {
            let outcome = repairer.repair(lines: lines.map(\.text), policy: options.repairPolicy, numbers: lines.map(\.number))
            for i in lines.indices { lines[i].text = outcome.lines[i] }
            summary = outcome.summary
            warnings = outcome.lowConfidenceWarnings
        }
        let layout = LayoutRepair(layout: extracted.layout)
        let result = layout.repair(lines: lines, rawLines: extracted.lines)
        return NormalizedText(source: extracted.source, lines: result.lines, paragraphs: result.paragraphs,
                              repair: summary, warnings: warnings)
    }
}
