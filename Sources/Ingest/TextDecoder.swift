import ICU

/// Decodes plain-text bytes: UTF-8 with or without BOM, UTF-16 with BOM; reports the byte
/// offset of invalid UTF-8. The result is NFC (some real files carry decomposed marks).
enum PlainTextDecoder {
    struct Decoded {
        var text: String
        var encoding: String
    }

    static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> Decoded {
        if bytes.isEmpty { throw IngestError(path: path, problem: .empty) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: try utf8(bytes, from: 3, path: path), encoding: "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: try utf16(bytes, bigEndian: bytes[0] == 0xFE, path: path), encoding: "utf-16")
        }
        if let bigEndian = looksLikeBOMlessUTF16(bytes) {
            return Decoded(text: try utf16(bytes, bigEndian: bigEndian, path: path, bomLength: 0), encoding: "utf-16")
        }
        if let reason = binaryReason(bytes) { throw IngestError(path: path, problem: .binary(reason)) }
        return Decoded(text: try utf8(bytes, from: 0, path: path), encoding: "utf-8")
    }

    /// Validates UTF-8 and returns the NFC string, or the offset of the first bad byte.
    static func utf8(_ bytes: [UInt8], from start: Int, path: String) throws(IngestError) -> String {
        // The standard library validates (well-formed UTF-8, as below) while it copies; the
        // offset of a bad byte is looked for only when it refuses.
        let text: String
        if let valid = String(validating: bytes[start...], as: UTF8.self) {
            text = valid
        } else {
            if let offset = firstInvalidUTF8Offset(bytes, from: start) {
                throw IngestError(path: path, problem: .invalidUTF8(byteOffset: offset))
            }
            text = String(decoding: bytes[start...], as: UTF8.self)
        }
        return NFCScan.nfc(text, icu: ICU.nfc)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var length = 0
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            if i + length > n { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }

    static func utf16(_ bytes: [UInt8], bigEndian: Bool, path: String, bomLength: Int = 2) throws(IngestError) -> String {
        let body = bytes.dropFirst(bomLength)
        if body.count % 2 != 0 {
            throw IngestError(path: path, problem: .invalidUTF16(byteOffset: bytes.count - 1))
        }
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        // Unpaired surrogates are an error, with their byte offset.
        var k = 0
        while k < units.count {
            let u = units[k]
            if UTF16.isLeadSurrogate(u) {
                if k + 1 < units.count, UTF16.isTrailSurrogate(units[k + 1]) { k += 2; continue }
                throw IngestError(path: path, problem: .invalidUTF16(byteOffset: bomLength + 2 * k))
            }
            if UTF16.isTrailSurrogate(u) {
                throw IngestError(path: path, problem: .invalidUTF16(byteOffset: bomLength + 2 * k))
            }
            k += 1
        }
        return ICU.nfc(String(decoding: units, as: UTF16.self))
    }

    /// UTF-16 without a BOM shows as a NUL in every other byte of ASCII text.
    /// Returns whether it is big-endian, or nil when it does not look like UTF-16.
    static func looksLikeBOMlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { evenZero += 1 } else { oddZero += 1 } }
        let half = sample.count / 2
        if oddZero > half * 6 / 10 && evenZero < half / 20 { return false }
        if evenZero > half * 6 / 10 && oddZero < half / 20 { return true }
        return nil
    }

    /// Why bytes look like binary data rather than text, or nil.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        if let magic = BinaryMagic.name(of: bytes) { return magic }
        let sample = bytes.prefix(65536)
        if let nul = sample.firstIndex(of: 0) { return "NUL byte at offset \(nul)" }
        var control = 0
        for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
        if control * 20 > sample.count { return "\(control) control bytes in the first \(sample.count)" }
        return nil
    }
}

/// Recognises well-known binary formats by their first bytes.
enum BinaryMagic {
    static func name(of bytes: [UInt8]) -> String? {
        let table: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
            ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
            ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
            ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
            ([0x1F, 0x8B], "gzip data"),
            ([0x42, 0x5A, 0x68], "bzip2 data"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-zip data"),
            ([0x52, 0x61, 0x72, 0x21], "RAR data"),
        ]
        for (magic, name) in table where bytes.starts(with: magic) { return name }
        return nil
    }
}
