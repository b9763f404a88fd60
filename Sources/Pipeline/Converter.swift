import PlanModel
import Ingest
import Normalize
import Segment
import Synchronization

/// The whole conversion: Ingest → Normalize → Segment. A library type other Swift code can
/// use directly; the CLI is a thin layer over it.
public struct Converter: Sendable {
    public struct Options: Sendable {
        public var encoding: String?
        public var tonePlacement: TonePlacement
        /// Diacritic/OCR repair: auto (lines that need it), always, never.
        public var repair: Repairer.Policy
        /// The repairer to use; nil loads the shipped lexicon (`LexiconLocation`) when repairing.
        public var repairer: Repairer?
        /// Read PDFs without a text layer with OCR (tesseract -l vie).
        public var ocr: Bool
        public init(encoding: String? = nil, tonePlacement: TonePlacement = .asPrinted,
                    repair: Repairer.Policy = .auto, repairer: Repairer? = nil, ocr: Bool = false) {
            self.encoding = encoding
            self.tonePlacement = tonePlacement
            self.repair = repair
            self.repairer = repairer
            self.ocr = ocr
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// The extracted lines of a source, numbered as plan JSON's `lines` refer to them.
    public func extract(path: String) throws(IngestError) -> ExtractedText {
        try Ingester(options: .init(encoding: options.encoding, ocr: options.ocr)).extract(path: path)
    }

    public func extract(bytes: [UInt8], path: String) throws(IngestError) -> ExtractedText {
        try Ingester(options: .init(encoding: options.encoding, ocr: options.ocr)).extract(bytes: bytes, path: path)
    }

    /// Converts a source file ("-" for standard input) into a plan.
    public func convert(path: String) throws(IngestError) -> Plan {
        convert(try extract(path: path))
    }

    public func convert(bytes: [UInt8], path: String) throws(IngestError) -> Plan {
        convert(try extract(bytes: bytes, path: path))
    }

    public func convert(_ extracted: ExtractedText) -> Plan {
        var repairer = options.repairer
        if repairer == nil, options.repair != .never, let path = LexiconLocation.defaultPath() {
            repairer = SharedRepairers.repairer(path: path)
        }
        let normalized = Normalizer(options: .init(tonePlacement: options.tonePlacement, repairer: repairer,
                                                   repairPolicy: options.repair)).normalize(extracted)
        return Segmenter().segment(normalized)
    }
}

/// The repairer of each lexicon file, loaded once per process: loading the lexicon and building
/// the repairer costs more than repairing a whole document. Thread-safe (batch converts on
/// several threads); a file that fails to load is tried again next time.
enum SharedRepairers {
    private static let loaded = Mutex<[String: Repairer]>([:])

    static func repairer(path: String) -> Repairer? {
        if let hit = loaded.withLock({ $0[path] }) { return hit }
        guard let lexicon = try? Lexicon(path: path) else { return nil }
        let made = Repairer(lexicon: lexicon)
        return loaded.withLock { cache in
            if let other = cache[path] { return other }
            cache[path] = made
            return made
        }
    }
}
