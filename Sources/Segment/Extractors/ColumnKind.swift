/// What a linearised table's column holds, guessed from its header, so that a cut can be
/// checked against the content: a deadline column holds years or periods, a funding column
/// funding sources, a unit column the names of bodies.
enum ColumnKind: Hashable, Sendable {
    case time, funding, unit

    static func of(header: String) -> ColumnKind? {
        let h = header.lowercased()
        if TextSearch.contains(h, "thời gian") || TextSearch.contains(h, "tiến độ") || TextSearch.contains(h, "thời hạn") { return .time }
        if TextSearch.contains(h, "nguồn vốn") || h.hasPrefix("nguồn") || TextSearch.contains(h, "kinh phí") { return .funding }
        if TextSearch.contains(h, "đơn vị tính") { return nil }
        if TextSearch.contains(h, "chủ trì") || TextSearch.contains(h, "phối hợp") || TextSearch.contains(h, "cơ quan") || h.hasPrefix("đơn vị") { return .unit }
        return nil
    }

    private static let timeWords = ["năm", "thường xuyên", "quý", "tháng", "hằng", "hàng", "giai đoạn", "định kỳ",
                                    "kịp thời", "nhiệm kỳ", "trước ngày", "ngày"]
    private static let fundingWords = ["nsnn", "nstp", "ngân sách", "vốn", "ngoài", "xã hội hóa", "xã hội hoá", "tư nhân",
                                       "doanh nghiệp", "oda", "hợp pháp", "phân cấp", "ns "]
    static let unitWords = ["ban ", "phòng", "ubnd", "ủy ban", "uỷ ban", "văn phòng", "mttq", "mặt trận", "công an",
                            "đảng", "ubkt", "cấp ủy", "cấp uỷ", "hđnd", "hội đồng", "trung tâm", "trường", "trạm",
                            "thường trực", "đơn vị", "cơ quan", "sở ", "thuế", "chi cục", "đoàn", "hội ", "tổ chức",
                            "chi bộ", "chqs", "tổ dân phố", "đầu tư", "công ty", "bch", "ca ", "ubmttq"]

    static let timeBytes = Needles(timeWords)
    static let fundingBytes = Needles(fundingWords)
    static let unitBytes = Needles(unitWords)
    static let timeRejectBytes = Needles(["ban ", "phòng", "ubnd", "ubkt", "mttq", "văn phòng", "công an", "đảng ủy", "đảng uỷ"])

    /// Keywords as UTF-8, grouped by their first byte.
    struct Needles {
        var byFirst: [[[UInt8]]] = Array(repeating: [], count: 256)

        init(_ words: [String]) {
            for word in words {
                let bytes = Array(word.utf8)
                if let first = bytes.first { byFirst[Int(first)].append(bytes) }
            }
        }
    }

    /// A text prepared once for all kinds: lowercased UTF-8 padded with spaces, and facts.
    struct Probe {
        var bytes: [UInt8]
        var hasYear: Bool
        var startsItem: Bool
        /// Which keyword lists occur at a word start (`ColumnKind.keywordBits`), found in one pass.
        var keywords: UInt8

        init(_ text: String) {
            bytes = Array((" " + text.lowercased() + " ").utf8)
            hasYear = ColumnKind.hasYear(bytes)
            startsItem = text.hasPrefix("- ")
            keywords = ColumnKind.keywordBits(bytes)
        }
    }

    /// Whether a cell's text fits this kind of column.
    func accepts(_ text: String) -> Bool { accepts(Probe(text)) }

    func accepts(_ p: Probe) -> Bool { accepts(keywords: p.keywords, hasYear: p.hasYear) }

    /// `accepts` from a probe's keyword bits and year.
    @inline(__always)
    func accepts(keywords: UInt8, hasYear: Bool) -> Bool {
        switch self {
        case .time: return hasYear || keywords & Self.timeBit != 0
        case .funding: return keywords & Self.fundingBit != 0
        case .unit: return keywords & Self.unitBit != 0
        }
    }

    /// Whether a cell's text belongs elsewhere (a body's name in a deadline column, a year in a
    /// unit column).
    func rejects(_ text: String) -> Bool { rejects(Probe(text)) }

    func rejects(_ p: Probe) -> Bool { rejects(keywords: p.keywords, hasYear: p.hasYear, startsItem: p.startsItem) }

    /// `rejects` from a probe's keyword bits, year and bullet.
    @inline(__always)
    func rejects(keywords: UInt8, hasYear: Bool, startsItem: Bool) -> Bool {
        switch self {
        case .time: return keywords & Self.timeRejectBit != 0
        case .funding: return startsItem
        case .unit: return hasYear
        }
    }

    /// Byte search (UTF-8) at word starts only: every keyword starts a word, and the haystack
    /// is padded with a leading space.
    static func containsAny(_ haystack: [UInt8], _ needles: Needles) -> Bool {
        let n = haystack.count
        var i = 1
        while i < n {
            if haystack[i - 1] == 0x20 {
                for needle in needles.byFirst[Int(haystack[i])] where i + needle.count <= n {
                    var k = 1
                    while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    static let timeBit: UInt8 = 1, fundingBit: UInt8 = 2, unitBit: UInt8 = 4, timeRejectBit: UInt8 = 8

    /// Every keyword of the four lists with its list's bit, grouped by first byte.
    private static let allKeywords: [[(needle: [UInt8], bit: UInt8)]] = {
        var out: [[(needle: [UInt8], bit: UInt8)]] = Array(repeating: [], count: 256)
        for (needles, bit) in [(timeBytes, timeBit), (fundingBytes, fundingBit), (unitBytes, unitBit), (timeRejectBytes, timeRejectBit)] {
            for (first, list) in needles.byFirst.enumerated() {
                for needle in list { out[first].append((needle, bit)) }
            }
        }
        return out
    }()

    /// `allKeywords` flattened for `keywordBits`: the keywords starting with byte `b` are
    /// entries `start[b]..<start[b + 1]`, each its bytes' offset in `bytes`, length and bit.
    private struct KeywordTable {
        var bytes: [UInt8] = []
        var offsets: [Int] = [], lengths: [Int] = [], bits: [UInt8] = []
        var start: [Int] = []

        init(_ grouped: [[(needle: [UInt8], bit: UInt8)]]) {
            for list in grouped {
                start.append(offsets.count)
                for (needle, bit) in list {
                    offsets.append(bytes.count)
                    lengths.append(needle.count)
                    bits.append(bit)
                    bytes.append(contentsOf: needle)
                }
            }
            start.append(offsets.count)
        }
    }

    private static let keywordTable = KeywordTable(allKeywords)

    /// The bits of the lists with a keyword at a word start of `haystack` (padded with a
    /// leading space): what `containsAny` answers for each list, in one pass.
    static func keywordBits(_ haystack: [UInt8]) -> UInt8 {
        haystack.withUnsafeBufferPointer { keywordBits($0) }
    }

    /// `keywordBits` of bytes in memory.
    static func keywordBits(_ haystack: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let table = keywordTable
        return table.bytes.withUnsafeBufferPointer { bytes in
            table.start.withUnsafeBufferPointer { start in
                table.offsets.withUnsafeBufferPointer { offsets in
                    table.lengths.withUnsafeBufferPointer { lengths in
                        table.bits.withUnsafeBufferPointer { entryBits in
                            let n = haystack.count
                            var bits: UInt8 = 0
                            var i = 1
                            while i < n {
                                if haystack[i - 1] == 0x20 {
                                    let first = Int(haystack[i])
                                    var e = start[first]
                                    let end = start[first + 1]
                                    while e < end {
                                        let bit = entryBits[e], length = lengths[e]
                                        if bits & bit == 0 && i + length <= n {
                                            let offset = offsets[e]
                                            var k = 1
                                            while k < length, haystack[i + k] == bytes[offset + k] { k += 1 }
                                            if k == length {
                                                bits |= bit
                                                if bits == 15 { return bits }
                                            }
                                        }
                                        e += 1
                                    }
                                }
                                i += 1
                            }
                            return bits
                        }
                    }
                }
            }
        }
    }

    /// A 4-digit number starting 1 or 2 (a year) among the bytes.
    static func hasYear(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { hasYear($0) }
    }

    /// `hasYear` of bytes in memory.
    static func hasYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for (i, b) in bytes.enumerated() {
            if b >= 0x30 && b <= 0x39 {
                run += 1
                if run == 4, bytes[i - 3] == 0x31 || bytes[i - 3] == 0x32 { return true }
            } else { run = 0 }
        }
        return false
    }
}
