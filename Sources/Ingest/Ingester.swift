import PlanModel
import ICU

/// Reads a source file into lines with provenance.
///
/// Format is decided by content (magic bytes, XML root), not only by the extension.
public struct Ingester: Sendable {
    public struct Options: Sendable {
        /// Force a text encoding ("utf-8", "windows-1258", "tcvn3", "vni"); nil detects.
        public var encoding: String?
        public init(encoding: String? = nil) { self.encoding = encoding }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Reads `path` ("-" for standard input).
    public func extract(path: String) throws(IngestError) -> ExtractedText {
        let bytes = try FileBytes.read(path)
        return try extract(bytes: bytes, path: path)
    }

    /// Extracts lines from bytes that came from `path` (used for provenance and messages).
    public func extract(bytes: [UInt8], path: String) throws(IngestError) -> ExtractedText {
        if bytes.isEmpty { throw IngestError(path: path, problem: .empty) }
        let sha = FileBytes.sha256(bytes)
        let decoded = try PlainTextDecoder.decode(bytes, path: path)
        let lines = TextLines.split(decoded.text)
        if lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            throw IngestError(path: path, problem: .empty)
        }
        let source = SourceInfo(path: path, format: .text, sha256: sha, encoding: decoded.encoding,
                                unicodeVersion: ICU.unicodeVersion)
        let sourceLines = lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        return ExtractedText(source: source, lines: sourceLines, layout: .unknown)
    }
}

/// Splits text into lines at LF, CRLF, CR, and the Unicode line and paragraph separators.
public enum TextLines {
    public static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(current); current = ""; previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { lines.append(current); current = "" }
            case "\u{2028}", "\u{2029}", "\u{85}":
                lines.append(current); current = ""
            default:
                current.unicodeScalars.append(scalar)
            }
            previousWasCR = false
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
