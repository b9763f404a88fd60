/// The kinds of document the header's label names.
public enum DocumentKind: String, Codable, Hashable, Sendable, CaseIterable {
    case keHoach = "ke-hoach"                         // KẾ HOẠCH
    case chuongTrinhHanhDong = "chuong-trinh-hanh-dong" // CHƯƠNG TRÌNH HÀNH ĐỘNG
    case nghiQuyet = "nghi-quyet"                     // NGHỊ QUYẾT
    case quyetDinh = "quyet-dinh"                     // QUYẾT ĐỊNH
    case baoCao = "bao-cao"                           // BÁO CÁO
    case other
}

/// The header fields of an administrative document (Nghị định 30/2020/NĐ-CP layout).
public struct DocumentHeader: Codable, Hashable, Sendable {
    public var kind: DocumentKind
    /// The kind label as printed ("KẾ HOẠCH").
    public var kindLabel: String?
    /// Number and symbol without "Số:" ("103/KH-UBND"); nil when absent or left blank.
    public var number: String?
    /// Issuing body ("ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI").
    public var issuer: String?
    /// Place of issue ("Đông Hải").
    public var place: String?
    /// ISO date ("2025-11-05"); nil when absent or left blank (drafts).
    public var date: String?
    /// The summary (trích yếu), wrapped lines joined.
    public var title: String?
    public var references: [DocumentReference]
    /// The text between the title and the first heading (căn cứ, thực hiện … lines), as blocks.
    public var preamble: [Block]
    /// The closing formula after the last section ("Trên đây là Kế hoạch …", "(Kế hoạch này
    /// thay thế …)./."), as blocks.
    public var closing: [Block]

    public init(kind: DocumentKind = .other, kindLabel: String? = nil, number: String? = nil,
                issuer: String? = nil, place: String? = nil, date: String? = nil, title: String? = nil,
                references: [DocumentReference] = [], preamble: [Block] = [], closing: [Block] = []) {
        self.kind = kind
        self.kindLabel = kindLabel
        self.number = number
        self.issuer = issuer
        self.place = place
        self.date = date
        self.title = title
        self.references = references
        self.preamble = preamble
        self.closing = closing
    }

    enum CodingKeys: String, CodingKey { case kind, kindLabel, number, issuer, place, date, title, references, preamble, closing }

    /// `preamble` and `closing` were added after 1.0's first release: plans written before them read as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(DocumentKind.self, forKey: .kind)
        kindLabel = try c.decodeIfPresent(String.self, forKey: .kindLabel)
        number = try c.decodeIfPresent(String.self, forKey: .number)
        issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        references = try c.decode([DocumentReference].self, forKey: .references)
        preamble = try c.decodeIfPresent([Block].self, forKey: .preamble) ?? []
        closing = try c.decodeIfPresent([Block].self, forKey: .closing) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(kindLabel, forKey: .kindLabel)
        try c.encode(number, forKey: .number)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(place, forKey: .place)
        try c.encode(date, forKey: .date)
        try c.encode(title, forKey: .title)
        try c.encode(references, forKey: .references)
        try c.encode(preamble, forKey: .preamble)
        try c.encode(closing, forKey: .closing)
    }
}

/// A reference to another document ("Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 …").
public struct DocumentReference: Codable, Hashable, Sendable {
    public var text: String
    public var number: String?
    public var date: String?

    public init(text: String, number: String? = nil, date: String? = nil) {
        self.text = text
        self.number = number
        self.date = date
    }

    enum CodingKeys: String, CodingKey { case text, number, date }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(number, forKey: .number)
        try c.encode(date, forKey: .date)
    }
}
