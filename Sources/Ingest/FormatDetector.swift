/// What a source's bytes are, decided by content (magic bytes, XML root element) and only
/// then by the file name's extension.
enum DetectedFormat: Equatable, Sendable {
    case pdf
    /// A ZIP archive (DOCX when it holds `word/document.xml`; checked when it is opened).
    case zip
    /// An OLE2 compound file: an old binary Word `.doc` (or `.xls`).
    case ole
    /// Rich Text Format.
    case rtf
    case html
    case hocr
    case alto
    /// Plain text (UTF-8, UTF-16 or a legacy 8-bit encoding).
    case text
}

enum FormatDetector {
    static func detect(_ bytes: [UInt8], path: String) -> DetectedFormat {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        // Some PDFs carry junk before the header; the spec allows it within the first KB.
        if containsPDFHeader(bytes.prefix(1024)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if let markup = markupKind(bytes) { return markup }
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            return bytes.prefix(4096).contains(UInt8(ascii: "<")) ? .html : .text
        }
        return .text
    }

    private static func containsPDFHeader(_ head: ArraySlice<UInt8>) -> Bool {
        let marker = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        var i = head.startIndex
        while i + marker.count <= head.endIndex {
            if head[i] == marker[0], Array(head[i..<i + marker.count]) == marker { return true }
            i += 1
        }
        return false
    }

    /// HTML, hOCR or ALTO from the first element of the document, or nil when the bytes do not
    /// start (after a BOM, whitespace, XML declaration, comments and DOCTYPE) with markup.
    static func markupKind(_ bytes: [UInt8]) -> DetectedFormat? {
        let head = Array(bytes.prefix(65536))
        var i = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        var sawDoctypeHTML = false
        while i < head.count {
            let b = head[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
            guard b == UInt8(ascii: "<") else { return nil }
            if matches(head, at: i, "<?") {
                guard let end = find(head, "?>", from: i) else { return nil }
                i = end + 2; continue
            }
            if matches(head, at: i, "<!--") {
                guard let end = find(head, "-->", from: i) else { return nil }
                i = end + 3; continue
            }
            if matches(head, at: i, "<!") {
                guard let end = find(head, ">", from: i) else { return nil }
                let declaration = String(decoding: head[i...end], as: UTF8.self).lowercased()
                if declaration.hasPrefix("<!doctype html") { sawDoctypeHTML = true }
                i = end + 1; continue
            }
            // The root element's name.
            var j = i + 1
            while j < head.count, !(head[j] == 0x20 || head[j] == 0x09 || head[j] == 0x0A || head[j] == 0x0D
                                    || head[j] == UInt8(ascii: ">") || head[j] == UInt8(ascii: "/")) { j += 1 }
            var name = String(decoding: head[(i + 1)..<j], as: UTF8.self).lowercased()
            if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            if name == "alto" { return .alto }
            if name == "html" || sawDoctypeHTML || htmlStartTags.contains(name) {
                return containsASCII(head, "ocr_page") ? .hocr : .html
            }
            return nil
        }
        return nil
    }

    private static let htmlStartTags: Set<String> = ["head", "body", "meta", "title", "div", "p", "table", "h1", "h2"]

    private static func matches(_ bytes: [UInt8], at i: Int, _ s: String) -> Bool {
        let pattern = Array(s.utf8)
        guard i + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }

    private static func find(_ bytes: [UInt8], _ s: String, from start: Int) -> Int? {
        var i = start
        while i < bytes.count { if matches(bytes, at: i, s) { return i }; i += 1 }
        return nil
    }

    private static func containsASCII(_ bytes: [UInt8], _ s: String) -> Bool { find(bytes, s, from: 0) != nil }
}
