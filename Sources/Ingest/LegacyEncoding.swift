import Foundation
import ICU

/// The 8-bit encodings old Vietnamese documents still carry.
enum LegacyEncoding: String, CaseIterable, Sendable {
    /// Windows-1258 (ICU converter; combining tone marks, NFC after).
    case windows1258 = "windows-1258"
    /// TCVN3 (ABC, the .VnTime fonts): one byte per letter, toned vowels included, lowercase only.
    case tcvn3
    /// VNI (VNI-Times fonts): base letter byte followed by mark byte(s).
    case vni

    static func named(_ name: String) -> LegacyEncoding? {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "windows-1258", "cp1258", "cp-1258", "win1258", "1258": return .windows1258
        case "tcvn3", "tcvn", "abc", "tcvn-3", "tcvn5712", "vntime": return .tcvn3
        case "vni", "vni-windows", "vni-times": return .vni
        default: return nil
        }
    }

    func decode(_ bytes: [UInt8]) -> String? {
        switch self {
        case .windows1258: return try? ICU.decode(bytes, charset: "windows-1258")
        case .tcvn3: return TCVN3.decode(bytes)
        case .vni: return VNI.decode(bytes)
        }
    }
}

/// TCVN3 (ABC): the table of the .VnTime fonts.
enum TCVN3 {
    static let table: [UInt8: Character] = {
        let pairs: [(UInt8, Character)] = [
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
            (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
            (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
            (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
            (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
            (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
            (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
            (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
            (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
            (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
            (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
            (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
            (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
            (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs)
    }()

    /// Each byte's character: the table, else Windows-1252.
    static let scalars: [Unicode.Scalar] = (0...255).map { byte in
        table[UInt8(byte)].flatMap { $0.unicodeScalars.first }
            ?? Unicode.Scalar(Windows1252.scalar(UInt8(byte))) ?? "\u{FFFD}"
    }
    static let isLetter: [Bool] = scalars.map { $0.properties.isAlphabetic }

    /// Decodes TCVN3 bytes. The encoding has no capital toned vowels (a separate font drew
    /// capitals), so case comes from context: on a line written in capitals, words whose plain
    /// letters are capitals become all capitals; a line's first word gets a capital first letter.
    static func decode(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            decodeLine(bytes[start..<end], into: &out)
            if end < bytes.count { out.append("\n") }
            start = end + 1
        }
        return ICU.nfc(String(out))
    }

    static func decodeLine(_ bytes: ArraySlice<UInt8>, into out: inout String.UnicodeScalarView) {
        // Words as byte ranges, with what case evidence they carry.
        var words: [Range<Int>] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if isLetter[Int(bytes[i])] {
                let begin = i
                while i < bytes.endIndex, isLetter[Int(bytes[i])] { i += 1 }
                words.append(begin..<i)
            } else { i += 1 }
        }
        func isASCIILetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        func asciiUpper(_ r: Range<Int>) -> Bool { !bytes[r].contains { $0 >= 97 && $0 <= 122 } }
        var evidence = 0, capitals = 0
        for r in words {
            let ascii = bytes[r].filter(isASCIILetter).count
            guard ascii >= 2, bytes[r].contains(where: { $0 >= 0x80 }) else { continue }
            evidence += 1
            if asciiUpper(r) { capitals += 1 }
        }
        let capitalLine = evidence > 0 && capitals * 10 >= evidence * 6
        var cursor = bytes.startIndex
        for (index, r) in words.enumerated() {
            while cursor < r.lowerBound { out.append(scalars[Int(bytes[cursor])]); cursor += 1 }
            let hasHigh = bytes[r].contains { $0 >= 0x80 }
            if hasHigh, capitalLine, asciiUpper(r) {
                var word = String.UnicodeScalarView()
                for b in bytes[r] { word.append(scalars[Int(b)]) }
                for scalar in String(word).uppercased().unicodeScalars { out.append(scalar) }
            } else if hasHigh, index == 0, bytes[r.lowerBound] >= 0x80,
                      scalars[Int(bytes[r.lowerBound])].properties.isLowercase {
                for scalar in String(scalars[Int(bytes[r.lowerBound])]).uppercased().unicodeScalars { out.append(scalar) }
                for b in bytes[(r.lowerBound + 1)..<r.upperBound] { out.append(scalars[Int(b)]) }
            } else {
                for b in bytes[r] { out.append(scalars[Int(b)]) }
            }
            cursor = r.upperBound
        }
        while cursor < bytes.endIndex { out.append(scalars[Int(bytes[cursor])]); cursor += 1 }
    }
}

/// VNI: a base letter and then mark bytes; the marks become combining marks, then NFC.
enum VNI {
    /// Bytes that are whole letters.
    static let letters: [UInt8: Character] = [
        0xD4: "Ơ", 0xF4: "ơ", 0xD6: "Ư", 0xF6: "ư", 0xD1: "Đ", 0xF1: "đ",
        0xCD: "Í", 0xED: "í", 0xCC: "Ì", 0xEC: "ì", 0xC6: "Ỉ", 0xE6: "ỉ", 0xD3: "Ĩ", 0xF3: "ĩ",
        0xD2: "Ị", 0xF2: "ị", 0xCE: "Ỵ", 0xEE: "ỵ",
    ]
    /// Bytes that follow a vowel: the combining marks they stand for.
    static let marks: [UInt8: [Unicode.Scalar]] = {
        let acute: Unicode.Scalar = "\u{301}", grave: Unicode.Scalar = "\u{300}", hook: Unicode.Scalar = "\u{309}"
        let tilde: Unicode.Scalar = "\u{303}", dot: Unicode.Scalar = "\u{323}"
        let circumflex: Unicode.Scalar = "\u{302}", breve: Unicode.Scalar = "\u{306}"
        var m: [UInt8: [Unicode.Scalar]] = [
            0xD9: [acute], 0xD8: [grave], 0xDB: [hook], 0xD5: [tilde], 0xCF: [dot],
            0xC2: [circumflex], 0xC1: [circumflex, acute], 0xC0: [circumflex, grave], 0xC5: [circumflex, hook],
            0xC3: [circumflex, tilde], 0xC4: [dot, circumflex],
            0xCA: [breve], 0xC9: [breve, acute], 0xC8: [breve, grave], 0xDA: [breve, hook],
            0xDC: [breve, tilde], 0xCB: [dot, breve],
        ]
        for (byte, scalars) in m { m[byte + 0x20] = scalars }
        return m
    }()

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "o", "u", "y", "i", "ơ", "ư", "A", "E", "O", "U", "Y", "I", "Ơ", "Ư"]
    static let letterScalars: [Unicode.Scalar?] = (0...255).map { letters[UInt8($0)]?.unicodeScalars.first }
    static let markScalars: [[Unicode.Scalar]?] = (0...255).map { marks[UInt8($0)] }
    static let plainScalars: [Unicode.Scalar] = (0...255).map { Unicode.Scalar(Windows1252.scalar(UInt8($0))) ?? "\u{FFFD}" }

    static func decode(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        var afterVowel = false
        for byte in bytes {
            let b = Int(byte)
            if afterVowel, let mark = markScalars[b] {
                for scalar in mark { out.append(scalar) }  // append(contentsOf:) copies the whole string
                afterVowel = false
                continue
            }
            let scalar = letterScalars[b] ?? plainScalars[b]
            out.append(scalar)
            afterVowel = vowels.contains(scalar)
        }
        return ICU.nfc(String(out))
    }
}

/// Windows-1252, the code page the font encodings were typed through.
enum Windows1252 {
    static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
    static func scalar(_ byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
    }
}

/// Picks the legacy encoding whose decoding reads best as Vietnamese: the share of the words
/// with non-ASCII letters that are Vietnamese syllables.
enum LegacyDetector {
    struct Choice {
        var encoding: LegacyEncoding
        var text: String
        var score: Double
    }

    /// The best decoding, or nil when none reads as Vietnamese.
    static func detect(_ bytes: [UInt8]) -> Choice? {
        let sample = Array(bytes.prefix(65_536))
        var best: Choice? = nil
        for encoding in LegacyEncoding.allCases {
            guard let text = encoding.decode(sample) else { continue }
            let score = VietnameseLexicon.shared.score(text)
            if score > (best?.score ?? 0) { best = Choice(encoding: encoding, text: text, score: score) }
        }
        guard let best, best.score >= 0.6 else { return nil }
        guard sample.count < bytes.count, let full = best.encoding.decode(bytes) else { return best }
        return Choice(encoding: best.encoding, text: full, score: best.score)
    }
}

/// Vietnamese syllables: hunspell's vi_VN list when installed, else a built-in list of common ones.
final class VietnameseLexicon: Sendable {
    static let shared = VietnameseLexicon()
    let syllables: Set<String>

    init(path: String = "/usr/share/hunspell/vi_VN.dic") {
        if let data = FileManager.default.contents(atPath: path) {
            let text = String(decoding: data, as: UTF8.self)
            var set = Set<String>()
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                let word = line.split(separator: "/").first.map(String.init) ?? ""
                set.insert(ICU.nfc(word.lowercased()))
            }
            syllables = set.count > 1000 ? set : Set(Self.builtIn)
        } else {
            syllables = Set(Self.builtIn)
        }
    }

    /// Share of words carrying non-ASCII letters that are syllables; 0 when there are none.
    func score(_ text: String) -> Double {
        var total = 0, known = 0
        var token = String.UnicodeScalarView()
        var nonASCII = false
        func finish() {
            if nonASCII {
                total += 1
                if syllables.contains(String(token).lowercased()) { known += 1 }
            }
            token = String.UnicodeScalarView(); nonASCII = false
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                token.append(scalar)
                if !scalar.isASCII { nonASCII = true }
            } else if !token.isEmpty {
                finish()
            }
        }
        if !token.isEmpty { finish() }
        return total == 0 ? 0 : Double(known) / Double(total)
    }

    static let builtIn: [String] = """
    kế hoạch thực hiện chương trình hành động số ngày tháng năm của về phát triển kinh tế xã hội phường \
    giai đoạn căn cứ nghị quyết đại biểu đảng bộ quận lần thứ nhiệm kỳ hội đồng nhân dân ủy ban xây dựng \
    như sau mục đích yêu cầu cụ thể hóa các tiêu nhiệm vụ giải pháp phù hợp với điều kiện tiễn xác định rõ \
    trách từng cơ quan đơn vị bảo đảm sự phối chặt chẽ thường xuyên kiểm tra giám sát đánh giá kết quả \
    chủ yếu hằng thu ngân sách nhà nước trên địa bàn tăng bình quân đến tỷ lệ dân số tham gia hiểm y tế đạt \
    trở lên có doanh nghiệp đang hoạt trọng tâm phòng hạ tầng và đô thị trì thuế sở thành phố hải liên \
    cường quản lý thời gian đẩy mạnh chuyển đổi trong quyết thủ tục nâng cao hồ sơ tuyến rà soát chuẩn \
    quy trình nội cải cách công khai tại trung phục tổ chức giao văn theo dõi đôn đốc việc định báo cáo \
    trước phòng ban chức để triển nơi nhận lưu tịch phụ lục kèm cộng hòa nghĩa việt nam độc lập tự do \
    hạnh phúc được những này đã sẽ cần một không là cho trong người từ đó khi đây lại còn nhiều mới
    """.split(separator: " ").map(String.init)
}
