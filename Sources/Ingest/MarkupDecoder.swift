import ICU

/// Gets markup (HTML) to UTF-8 bytes for libxml2: UTF-8 as it is, else the charset its meta
/// tag declares, else the best legacy decoding.
enum MarkupDecoder {
    static func utf8(_ bytes: [UInt8], path: String, forced: String?) throws(IngestError) -> (bytes: [UInt8], encoding: String) {
        if let forced {
            let decoded = try TextDecoding.decode(bytes, path: path, as: forced)
            return (Array(decoded.text.utf8), decoded.encoding)
        }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if PlainTextDecoder.firstInvalidUTF8Offset(body, from: 0) == nil { return (body, "utf-8") }
        let declared = declaredCharset(bytes)
        // Pages in the TCVN3 and VNI font encodings declare a Western charset: try those first.
        let western: Set<String> = ["windows-1252", "iso-8859-1", "latin1", "us-ascii", "cp1252"]
        if declared == nil || western.contains(declared ?? ""), let choice = LegacyDetector.detect(bytes) {
            return (Array(choice.text.utf8), choice.encoding.rawValue)
        }
        if let charset = declared, !charset.hasPrefix("utf"), let text = try? ICU.decode(bytes, charset: charset) {
            return (Array(text.utf8), charset)
        }
        if let choice = LegacyDetector.detect(bytes) { return (Array(choice.text.utf8), choice.encoding.rawValue) }
        if let text = try? ICU.decode(bytes, charset: "windows-1252") { return (Array(text.utf8), "windows-1252") }
        throw IngestError(path: path, problem: .invalidUTF8(byteOffset: PlainTextDecoder.firstInvalidUTF8Offset(body, from: 0) ?? 0))
    }

    /// `charset=…` from the first 4 KB.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let rest = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }
}
