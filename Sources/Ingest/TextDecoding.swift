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
