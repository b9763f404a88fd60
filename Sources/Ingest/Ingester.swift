import PlanModel
import ICU
import XML

/// Reads a source file into lines with provenance.
///
/// Format is decided by content (magic bytes, XML root), not only by the extension.
public struct Ingester: Sendable {
    public struct Options: Sendable {
        /// Force a text encoding ("utf-8", "windows-1258", "tcvn3", "vni"); nil detects.
        public var encoding: String?
        /// Read a PDF without a text layer with OCR (`tesseract -l vie`).
        public var ocr: Bool
        /// Directories searched for external tools (pdftotext, tesseract); nil = `$PATH`.
        public var toolSearchPath: [String]?
        public init(encoding: String? = nil, ocr: Bool = false, toolSearchPath: [String]? = nil) {
            self.encoding = encoding
            self.ocr = ocr
            self.toolSearchPath = toolSearchPath
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Reads `path` ("-" for standard input).
    public func extract(path: String) throws(IngestError) -> ExtractedText {
        let bytes = try FileBytes.read(path)
        return try extract(bytes: bytes, path: path)
    }

    /// Extracts lines from bytes that came from `path` (used for provenance and messages).
    /// The format is decided by content: PDF, DOCX, HTML, hOCR, ALTO or text.
    public func extract(bytes: [UInt8], path: String) throws(IngestError) -> ExtractedText {
        if bytes.isEmpty { throw IngestError(path: path, problem: .empty) }
        if bytes.count > FileBytes.sizeLimit {
            throw IngestError(path: path, problem: .tooLarge(bytes: bytes.count, limit: FileBytes.sizeLimit))
        }
        let sha = FileBytes.sha256(bytes)
        var format = SourceFormat.text
        var encoding = "utf-8"
        var layout = ExtractedText.Layout.unknown
        var sourceLines: [SourceLine]
        switch FormatDetector.detect(bytes, path: path) {
        case .pdf:
            format = .pdf; layout = .printedLines; encoding = "unicode"
            sourceLines = try PDFReader(path: path, ocr: options.ocr, toolPath: options.toolSearchPath).read(bytes)
        case .zip:
            format = .docx; layout = .paragraphs
            sourceLines = Self.numbered(try DOCXReader(path: path).read(bytes))
        case .ole:
            throw IngestError(path: path, problem: .unsupported(
                "an old binary Word .doc; convert it first: libreoffice --headless --convert-to docx \(path)"))
        case .rtf:
            throw IngestError(path: path, problem: .unsupported(
                "an RTF document; convert it first: libreoffice --headless --convert-to docx \(path)"))
        case .html:
            format = .html; layout = .paragraphs
            let decoded = try MarkupDecoder.utf8(bytes, path: path, forced: options.encoding)
            encoding = decoded.encoding
            let root: XMLElement
            do { root = try XMLParser.parseHTML(decoded.bytes) } catch {
                throw IngestError(path: path, problem: .corrupt("HTML is not readable (\(error))"))
            }
            sourceLines = Self.numbered(HTMLReader.lines(root))
        case .hocr:
            format = .hocr; layout = .printedLines
            sourceLines = LayoutAssembler.lines(from: try HOCRReader.pages(bytes, path: path))
        case .alto:
            format = .alto; layout = .printedLines
            sourceLines = LayoutAssembler.lines(from: try ALTOReader.pages(bytes, path: path))
        case .text:
            let decoded = try TextDecoding.decode(bytes, path: path, forced: options.encoding)
            encoding = decoded.encoding
            sourceLines = Self.numbered(TextLines.split(decoded.text))
        }
        if format == .docx || format == .pdf || (format == .html && options.encoding == nil) {
            // Font-encoded text (.VnTime, VNI-Times) inside a Unicode container.
            let forced = options.encoding.flatMap(LegacyEncoding.named)
            let repaired = FontEncodedText.repair(sourceLines.map(\.text), forced: forced)
            if let legacy = repaired.encoding {
                for i in sourceLines.indices { sourceLines[i].text = repaired.lines[i] }
                encoding = legacy.rawValue
            }
        }
        if sourceLines.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
            throw IngestError(path: path, problem: .empty)
        }
        let source = SourceInfo(path: path, format: format, sha256: sha, encoding: encoding,
                                unicodeVersion: ICU.unicodeVersion)
        return ExtractedText(source: source, lines: sourceLines, layout: layout)
    }

    static func numbered(_ lines: [String]) -> [SourceLine] {
        lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    }
}

/// Splits text into lines at LF, CRLF, CR, and the Unicode line and paragraph separators.
public enum TextLines {
    /// - Complexity: O(n) over the UTF-8 bytes; each line is one copy.
    public static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var lines: [String] = []
            var start = 0
            var i = 0
            let n = bytes.count
            func cut(_ end: Int, skip: Int) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                i = end + skip
                start = i
            }
            while i < n {
                switch bytes[i] {
                case 0x0A:
                    cut(i, skip: 1)
                case 0x0D:
                    cut(i, skip: i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1)
                case 0xC2 where i + 1 < n && bytes[i + 1] == 0x85:            // NEL
                    cut(i, skip: 2)
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    cut(i, skip: 3)                                            // LINE / PARAGRAPH SEPARATOR
                default:
                    i += 1
                }
            }
            if start < n { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<n]), as: UTF8.self)) }
            return lines
        }
    }
}
