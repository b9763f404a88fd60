import Testing
@testable import Segment
import PlanModel

private func para(_ text: String, _ line: Int) -> Block { Block(kind: .paragraph, text: text, lines: LineSpan(line: line)) }
private func sec(_ id: String, _ number: String, _ title: String, _ lines: LineSpan, blocks: [Block] = [],
                 children: [Section] = []) -> Section {
    Section(id: id, marker: number + ".", number: number, style: number.contains(".") ? .decimal : .arabic, title: title,
            blocks: blocks, children: children, lines: lines)
}

@Suite struct AssignmentExtractorTests {
    @Test func unitListsSplitOnlyBetweenUnits() {
        #expect(UnitNames.units("Phòng Kinh tế, Hạ tầng và Đô thị") == ["Phòng Kinh tế, Hạ tầng và Đô thị"])
        #expect(UnitNames.units("Các phòng chuyên môn và các cơ quan, đơn vị, cá nhân liên quan.")
                == ["Các phòng chuyên môn", "các cơ quan, đơn vị, cá nhân liên quan"])
        #expect(UnitNames.units("Phòng Văn hóa - Xã hội, Trạm Y tế phường") == ["Phòng Văn hóa - Xã hội", "Trạm Y tế phường"])
        #expect(UnitNames.units("Phòng Kinh tế, Hạ tầng và Đô thị, phòng Văn hóa - Xã hội theo dõi, đôn đốc")
                == ["Phòng Kinh tế, Hạ tầng và Đô thị", "phòng Văn hóa - Xã hội"])
        #expect(UnitNames.units("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường thực hiện.") == ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"])
        #expect(UnitNames.units("Thuế cơ sở 1 thành phố Hải Phòng, Phòng Kinh tế, Hạ tầng và Đô thị")
                == ["Thuế cơ sở 1 thành phố Hải Phòng", "Phòng Kinh tế, Hạ tầng và Đô thị"])
    }

    @Test func seed004ExplicitLines() {
        let section = sec("II.1.1", "1.1", "Đẩy mạnh cải cách hành chính; tiếp tục rà soát, kiện toàn tổ chức bộ máy chính quyền địa phương", LineSpan(37, 43), blocks: [
            para("Đơn vị chủ trì thực hiện: Phòng Văn hóa - Xã hội.", 39),
            para("Đơn vị phối hợp: Các phòng chuyên môn và các cơ quan, đơn vị, cá nhân liên quan.", 41),
            para("Lãnh đạo chỉ đạo: Đồng chí Nguyễn Hữu Phúc, Chủ tịch UBND phường.", 43),
        ])
        let a = AssignmentExtractor.extract(from: [section])
        #expect(a.count == 1)
        #expect(a.first?.sectionId == "II.1.1")
        #expect(a.first?.lead == ["Phòng Văn hóa - Xã hội"])
        #expect(a.first?.cooperating == ["Các phòng chuyên môn", "các cơ quan, đơn vị, cá nhân liên quan"])
        #expect(a.first?.deadline == nil)
        #expect(a.first?.lines == LineSpan(39, 43))
        #expect(a.first?.text.contains("Lãnh đạo chỉ đạo: Đồng chí Nguyễn Hữu Phúc") == true)
    }

    @Test func seed003HeadingsThatNameTheUnit() {
        let tasks = sec("II.5", "5", "Nhiệm vụ giải pháp cụ thể các lĩnh vực:", LineSpan(123, 184), children: [
            sec("II.5.1", "5.1", "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu triển khai các nhiệm vụ:", LineSpan(125, 141),
                blocks: [Block(kind: .item, marker: "-", text: "Tham mưu UBND phường xây dựng Đề án, kế hoạch 5 năm", lines: LineSpan(line: 141))]),
            sec("II.5.5", "5.5", "Trung tâm Phục vụ hành chính công:", LineSpan(163, 169)),
            sec("II.5.7", "5.7", "Ban Chỉ huy quân sự phường tham mưu:", LineSpan(177, 179)),
        ])
        let a = AssignmentExtractor.extract(from: [tasks])
        #expect(a.map(\.sectionId) == ["II.5.1", "II.5.5", "II.5.7"])
        #expect(a[0].lead == ["Phòng Kinh tế, Hạ tầng và Đô thị"])
        #expect(a[0].cooperating == ["các cơ quan, đơn vị liên quan"])
        #expect(a[1].lead == ["Trung tâm Phục vụ hành chính công"])
        #expect(a[2].lead == ["Ban Chỉ huy quân sự phường"])
    }

    @Test func seed003DutiesSection() {
        let duties = sec("III", "III", "Tổ chức thực hiện", LineSpan(185, 195), children: [
            sec("III.1", "1", "Giao các đồng chí thành viên Ủy ban nhân dân phường, Thủ trưởng các phòng chuyên môn, Trung tâm Phục vụ Hành chính công; Trung tâm Dịch vụ sự nghiệp công; Ban Quản lý dự án Đầu tư xây dựng phường Thạch Khôi, Công an phường, Ban Chỉ huy quân sự phường căn cứ nội dung Kế hoạch trực tiếp chỉ đạo, triển khai các nhiệm vụ, giải pháp để thực hiện.", LineSpan(187, 189)),
            sec("III.2", "2", "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp cùng Trung tâm Dịch vụ sự nghiệp công tăng cường công tác thông tin, tuyên truyền.", LineSpan(line: 191)),
            sec("III.4", "4", "Các đồng chí lãnh đạo Ủy ban nhân dân phường theo chức năng, nhiệm vụ, lĩnh vực được phân công trực tiếp lãnh đạo, chỉ đạo.", LineSpan(line: 195)),
        ])
        let a = AssignmentExtractor.extract(from: [duties])
        #expect(a.count == 3)
        #expect(a[0].lead == ["các đồng chí thành viên Ủy ban nhân dân phường", "Thủ trưởng các phòng chuyên môn",
                              "Trung tâm Phục vụ Hành chính công", "Trung tâm Dịch vụ sự nghiệp công",
                              "Ban Quản lý dự án Đầu tư xây dựng phường Thạch Khôi", "Công an phường", "Ban Chỉ huy quân sự phường"])
        #expect(a[1].lead == ["Phòng Văn hóa - Xã hội"])
        #expect(a[1].cooperating == ["Trung tâm Dịch vụ sự nghiệp công"])
        #expect(a[2].lead == ["Các đồng chí lãnh đạo Ủy ban nhân dân phường"])
    }

    @Test func seed004DutiesWithDeadlineAndCooperation() {
        let duties = sec("III", "III", "TỔ CHỨC THỰC HIỆN", LineSpan(407, 427), children: [
            sec("III.1", "1", "Các cơ quan, đơn vị thuộc Ủy ban nhân dân phường, các tổ dân phố và đơn vị liên quan", LineSpan(409, 415), blocks: [
                para("Định kỳ hằng năm báo cáo kết quả thực hiện gửi về Ủy ban nhân dân phường (qua Văn phòng HĐND&UBND) trước ngày 25 tháng 11 để tổng hợp, báo cáo Thành phố theo quy định.", 415),
            ]),
            sec("III.2", "2", "Các cơ quan, đơn vị giao chủ trì thực hiện các mô hình trọng tâm", LineSpan(417, 423), blocks: [
                para("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì triển khai mô hình “Phường văn minh, hạnh phúc”; Đoàn Thanh niên phường chủ trì triển khai mô hình “Chi đoàn xã hội chủ nghĩa gắn với Đoàn viên xã hội chủ nghĩa”", 423),
            ]),
            sec("III.3", "3", "Văn phòng HĐND&UBND phường", LineSpan(425, 427), blocks: [
                para("Chủ trì, phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị, phòng Văn hóa - Xã hội theo dõi, đôn đốc, tổng hợp tình hình triển khai thực hiện Chương trình hành động.", 427),
            ]),
        ])
        let a = AssignmentExtractor.extract(from: [duties])
        #expect(a.map(\.sectionId) == ["III.1", "III.2", "III.2", "III.2", "III.3"])
        #expect(a[0].lead == ["Các cơ quan, đơn vị thuộc Ủy ban nhân dân phường", "các tổ dân phố và đơn vị liên quan"])
        #expect(a[0].deadline == "trước ngày 25 tháng 11")
        #expect(a[2].lead == ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"])
        #expect(a[3].lead == ["Đoàn Thanh niên phường"])
        #expect(a[4].lead == ["Văn phòng HĐND&UBND phường"])
        #expect(a[4].cooperating == ["Phòng Kinh tế, Hạ tầng và Đô thị", "phòng Văn hóa - Xã hội"])
        #expect(a[4].lines == LineSpan(425, 427))
    }

    @Test func fixtureDeadlinesAndGiaoSentences() throws {
        let section = sec("III.2", "2", "Phân công thực hiện", LineSpan(201, 205), blocks: [
            para("Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Thuế cơ sở 1 thành phố Hải Phòng, Văn phòng HĐND và UBND phường tham mưu triển khai thực hiện, báo cáo kết quả trước ngày 15/12 hằng năm.", 201),
            para("Đơn vị chủ trì: Công an phường.", 203),
            para("Thời gian thực hiện: Quý II/2026.", 204),
        ])
        let a = AssignmentExtractor.extract(from: [section])
        #expect(a.count == 2)
        let explicit = try #require(a.first)
        #expect(explicit.lead == ["Công an phường"])
        #expect(explicit.deadline == "Quý II/2026")
        let giao = a[1]
        #expect(giao.lead == ["Phòng Kinh tế, Hạ tầng và Đô thị"])
        #expect(giao.cooperating == ["Thuế cơ sở 1 thành phố Hải Phòng", "Văn phòng HĐND và UBND phường"])
        #expect(giao.deadline == "trước ngày 15/12 hằng năm")
        #expect(giao.lines == LineSpan(line: 201))
    }
}
