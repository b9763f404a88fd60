import PlanModel

/// Hand-built plans for the matcher tests: sections get ids from their numbers, as the
/// contract says ("III" → "5" → "5.1" gives "III.5.1"; "(2)" under "II.1" gives "II.1.(2)").
struct S {
    var number: String
    var style: NumberingStyle
    var title: String
    var text: [String]
    var children: [S]

    init(_ number: String, _ title: String, _ text: [String] = [], _ children: [S] = []) {
        self.number = number
        self.title = title
        self.text = text
        self.children = children
        if number.first?.isNumber == true {
            style = number.contains(".") ? .decimal : .arabic
        } else if number.hasPrefix("(") {
            style = .paren
        } else if number.allSatisfy({ "IVXLC".contains($0) }) {
            style = .roman
        } else if number.count == 1, number.first?.isUppercase == true {
            style = .upperLetter
        } else {
            style = .lowerLetter
        }
    }

    func build(parent: String?, line: inout Int) -> Section {
        let plain = number.trimmingCharacters(in: "()")
        let own = style == .paren ? "(\(plain))" : (plain.split(separator: ".").last.map(String.init) ?? plain)
        let id = parent.map { "\($0).\(own)" } ?? own
        let marker = style == .paren ? "(\(plain))" : (style == .lowerLetter ? "\(plain))" : "\(plain).")
        let first = line
        line += 1
        let blocks = text.map { t -> Block in
            line += 1
            return Block(kind: t.hasPrefix("- ") ? .item : .paragraph, marker: t.hasPrefix("- ") ? "-" : nil,
                         text: t.hasPrefix("- ") ? String(t.dropFirst(2)) : t, lines: LineSpan(line: line))
        }
        let kids = children.map { $0.build(parent: id, line: &line) }
        return Section(id: id, marker: marker, number: plain, style: style, title: title, blocks: blocks,
                       children: kids, lines: LineSpan(first, line))
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

func plan(_ sections: [S], indicators: [Indicator] = [], assignments: [Assignment] = [],
          appendices: [Appendix] = [], number: String = "09-CTr/ĐU", path: String = "old.txt") -> Plan {
    var line = 1
    let built = sections.map { $0.build(parent: nil, line: &line) }
    return Plan(source: SourceInfo(path: path, format: .text, sha256: String(repeating: "0", count: 64), encoding: "utf-8"),
                document: DocumentHeader(kind: .keHoach, kindLabel: "KẾ HOẠCH", number: number,
                                         issuer: "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI", title: "Thực hiện Nghị quyết"),
                sections: built, indicators: indicators, assignments: assignments, appendices: appendices)
}

/// A small plan in the shape of the seeds: purposes, targets, tasks with subsections.
enum Sample {
    static let purposes = S("I", "MỤC ĐÍCH, YÊU CẦU", [], [
        S("1", "Mục đích", ["Quán triệt sâu sắc, tạo sự thống nhất cao trong nhận thức và hành động của các cấp ủy đảng, chính quyền."]),
        S("2", "Yêu cầu", ["Cụ thể hóa việc thực hiện Nghị quyết bằng các chương trình, nhiệm vụ trọng tâm, sát hợp với tình hình thực tiễn."]),
    ])
    static let targets = S("II", "CHỈ TIÊU CHỦ YẾU", [], [
        S("1", "Về kinh tế", ["- Tổng thu ngân sách trên địa bàn tăng bình quân 14%/năm.",
                              "- Tỷ lệ hộ gia đình văn hóa đạt 97,45% trở lên."]),
        S("2", "Về xã hội", ["- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% vào năm 2030."]),
    ])
    static func tasks(_ order: [S]? = nil) -> S {
        S("III", "NHIỆM VỤ VÀ GIẢI PHÁP", [], order ?? [
            S("1", "Công tác xây dựng Đảng", ["Nâng cao bản lĩnh chính trị, trí tuệ, tính chiến đấu của toàn Đảng bộ."]),
            S("2", "Phát triển kinh tế", ["Huy động mọi nguồn lực đầu tư phát triển hạ tầng giao thông đô thị."]),
            S("3", "Quản lý đất đai, tài nguyên và môi trường", ["Tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm đất công."]),
            S("4", "Văn hóa, xã hội", ["Bảo tồn và phát huy giá trị di tích lịch sử văn hóa trên địa bàn phường."]),
            S("5", "Cải cách hành chính và chuyển đổi số", ["Đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính."], [
                S("5.1", "Chuyển đổi số", ["Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."]),
                S("5.2", "Cải cách thủ tục", ["Rút ngắn thời gian giải quyết hồ sơ cho người dân và doanh nghiệp."]),
            ]),
        ])
    }
    static let organisation = S("IV", "TỔ CHỨC THỰC HIỆN", ["Các cơ quan, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể."])

    static let taskAssignments = [
        Assignment(sectionId: "III.2", lead: ["Phòng Kinh tế, Hạ tầng và Đô thị"], cooperating: ["Thuế cơ sở 1"],
                   deadline: "Thường xuyên", text: "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì", lines: LineSpan(line: 20)),
    ]
    static let targetIndicators = [
        Indicator(sectionId: "II.1", text: "Tổng thu ngân sách trên địa bàn tăng bình quân 14%/năm", value: 14,
                  unit: "%/năm", comparator: nil, year: nil, lines: LineSpan(line: 8)),
    ]

    static func base(path: String = "old.txt") -> Plan {
        plan([purposes, targets, tasks(), organisation], indicators: targetIndicators,
             assignments: taskAssignments, path: path)
    }
}
