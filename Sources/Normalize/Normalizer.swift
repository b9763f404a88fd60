import PlanModel

/// The Normalize stage: character normalisation of every line, then layout repair
/// (page furniture removed, wrapped lines joined into paragraphs).
public struct Normalizer: Sendable {
    public struct Options: Sendable {
        public var tonePlacement: TonePlacement
        public init(tonePlacement: TonePlacement = .asPrinted) {
            self.tonePlacement = tonePlacement
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    public func normalize(_ extracted: ExtractedText) -> NormalizedText {
        let textNormalizer = TextNormalizer(tonePlacement: options.tonePlacement)
        let lines = extracted.lines.map { line -> SourceLine in
            var copy = line
            copy.text = textNormalizer.normalize(line.text)
            return copy
        }
        let layout = LayoutRepair(layout: extracted.layout)
        let result = layout.repair(lines: lines, rawLines: extracted.lines)
        return NormalizedText(source: extracted.source, lines: result.lines, paragraphs: result.paragraphs)
    }
}
