import ICU

/// Chooses how text bytes are decoded: a forced encoding, else UTF-8/UTF-16, else (only for
/// bytes that are not UTF-8) the legacy encoding that reads best as Vietnamese.
enum TextDecoding {
    struct Decoded {
        var text: String
        var encoding: String
    }

    static func decode(_ bytes: [UInt8], path: String, forced: String?) throws(IngestError) -> Decoded {
        if let forced { return try decode(bytes, path: path, as: forced) }
        do {
            let plain = try PlainTextDecoder.decode(bytes, path: path)
            return Decoded(text: plain.text, encoding: plain.encoding)
        } catch {
            guard case .invalidUTF8 = error.problem, let choice = LegacyDetector.detect(bytes) else { throw error }
            return Decoded(text: choice.text, encoding: choice.encoding.rawValue)
        }
    }

    static func decode(_ bytes: [UInt8], path: String, as name: String) throws(IngestError) -> Decoded {
        switch name.lowercased() {
        case "utf-8", "utf8":
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return Decoded(text: try PlainTextDecoder.utf8(bytes, from: start, path: path), encoding: "utf-8")
        case "utf-16", "utf16", "utf-16le", "utf-16be":
            let bigEndian = name.lowercased() == "utf-16be" || bytes.starts(with: [0xFE, 0xFF])
            let bom = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
            return Decoded(text: try PlainTextDecoder.utf16(bytes, bigEndian: bigEndian, path: path, bomLength: bom),
                           encoding: "utf-16")
        default:
            break
        }
        if let legacy = LegacyEncoding.named(name) {
            var input = bytes
            // Font-encoded text that was later saved as UTF-8 ("KÕ ho¹ch"): back to its bytes.
            if legacy != .windows1258, PlainTextDecoder.firstInvalidUTF8Offset(bytes, from: 0) == nil,
               let single = singleBytes(String(decoding: bytes, as: UTF8.self)) {
                input = single
            }
            guard let text = legacy.decode(input) else {
                throw IngestError(path: path, problem: .unsupported("cannot decode as \(legacy.rawValue)"))
            }
            return Decoded(text: text, encoding: legacy.rawValue)
        }
        do {
            return Decoded(text: try ICU.decode(bytes, charset: name), encoding: name.lowercased())
        } catch {
            throw IngestError(path: path, problem: .unsupported("unknown encoding \"\(name)\" (\(error))"))
        }
    }

    /// The Windows-1252 bytes of `text`, when every character has one.
    static let windows1252Reverse: [UInt32: UInt8] = {
        var reverse: [UInt32: UInt8] = [:]
        for byte in UInt8(0x80)...UInt8(0x9F) { reverse[Windows1252.scalar(byte)] = byte }
        return reverse
    }()

    static func singleBytes(_ text: String) -> [UInt8]? {
        let reverse = windows1252Reverse
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { out.append(UInt8(scalar.value)) }
            else if let byte = reverse[scalar.value] { out.append(byte) }
            else { return nil }
        }
        return out
    }
}

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
