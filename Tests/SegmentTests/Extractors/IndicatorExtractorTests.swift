import Testing
@testable import Segment
import PlanModel

/// Sections built by hand from real sentences of the seeds (the tree builder lands separately).
enum SeedSections {
    static func paren(_ parent: String, _ n: Int, _ title: String, _ line: Int) -> Section {
        Section(id: "\(parent).(\(n))", marker: "(\(n))", number: "\(n)", style: .paren, title: title,
                lines: LineSpan(line: line))
    }

    /// Seed 003, II.2 "Các chỉ tiêu chủ yếu", children (1)–(5) and (8).
    static let seed003Targets = Section(
        id: "II.2", marker: "2.", number: "2", style: .arabic, title: "Các chỉ tiêu chủ yếu",
        blocks: [Block(kind: .paragraph, text: "(Phân công nhiệm vụ cụ thể tại phụ lục đính kèm)", lines: LineSpan(line: 69))],
        children: [
            paren("II.2", 1, "Hằng năm, thu ngân sách nhà nước trên địa bàn tăng bình quân 15%/năm.", 39),
            paren("II.2", 2, "Tăng trưởng GRDP giai đoạn 2026 - 2030 đạt bình quân 14%/năm trở lên, phấn đấu đạt 15%/năm; tăng tỷ trọng công nghiệp-xây dựng và dịch vụ, giảm tỷ trọng nông nghiệp (phấn đấu công nghiệp - xây dựng tăng trên 15,2%/năm; dịch vụ tăng trên 10,9%/năm; nông nghiệp và thủy sản tăng 2%/năm).", 41),
            paren("II.2", 3, "Phấn đấu bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số. Đến năm 2030, tỷ lệ chi ngân sách cho đầu tư phát triển không thấp hơn 60% tổng chi ngân sách, chi thường xuyên tối đa 40% tổng chi ngân sách.", 43),
            paren("II.2", 4, "Đến năm 2030, có trên 490 doanh nghiệp đang hoạt động trên địa bàn; số doanh nghiệp thành lập mới hằng năm khoảng 45 doanh nghiệp. Số cơ sở sản xuất kinh doanh chuyển đổi thành doanh nghiệp: từ 50-100 cơ sở (trung bình 10-20 cơ sở/năm).", 45),
            paren("II.2", 5, "Phấn đấu đến năm 2028 không còn hộ nghèo.", 47),
            paren("II.2", 8, "Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 97,45% trở lên; tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội đạt trên 61,03%.", 53),
        ],
        lines: LineSpan(37, 69))

    /// Seed 001, B.I.1.a "Mục tiêu:" with its bullets (PDF lines 80–95), and B.I.1.b beside it.
    static let seed001Goals = Section(
        id: "B.I.1", marker: "1.", number: "1", style: .arabic,
        title: "Công tác chính trị, tư tưởng và đạo đức cách mạng của Đảng bộ phường",
        children: [
            Section(id: "B.I.1.a", marker: "a)", number: "a", style: .lowerLetter, title: "Mục tiêu:", blocks: [
                Block(kind: .item, marker: "-", text: "Đổi mới nội dung, phương thức, nâng cao tính thuyết phục, hiệu quả của công tác chính trị, tư tưởng; tạo sự thống nhất cao về nhận thức tư tưởng chính trị và hành động trong toàn Đảng bộ phường, sự đồng thuận trong Nhân dân.", lines: LineSpan(80, 83)),
                Block(kind: .item, marker: "-", text: "Hằng năm, có ít nhất từ 90% chi, đảng bộ đưa nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt định kỳ; tổ chức ít nhất 02 hội nghị chuyên đề về công tác chính trị, tư tưởng, bảo vệ nền tảng của Đảng.", lines: LineSpan(91, 95)),
            ], lines: LineSpan(78, 95)),
            Section(id: "B.I.1.b", marker: "b)", number: "b", style: .lowerLetter, title: "Nhiệm vụ và giải pháp:", blocks: [
                Block(kind: .item, marker: "-", text: "Thực hiện nghiêm túc Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng gắn với việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", lines: LineSpan(145, 154)),
            ], lines: LineSpan(97, 170)),
        ],
        lines: LineSpan(76, 170))
}

@Suite struct IndicatorExtractorTests {
    @Test func seed003TargetList() {
        let indicators = IndicatorExtractor.extract(from: [SeedSections.seed003Targets])
        let eight = indicators.filter { $0.sectionId == "II.2.(8)" }
        #expect(eight.count == 2)
        #expect(eight.first?.value == 97.45)
        #expect(eight.first?.unit == "%")
        #expect(eight.first?.comparator == .atLeast)
        #expect(eight.first?.year == 2030)
        #expect(eight.first?.text == "Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 97,45% trở lên")
        #expect(eight.first?.lines == LineSpan(line: 53))
        #expect(eight.last?.value == 61.03)
        #expect(eight.last?.comparator == .atLeast)
        #expect(eight.last?.year == 2030)

        let one = indicators.filter { $0.sectionId == "II.2.(1)" }
        #expect(one.count == 1)
        #expect(one.first?.value == 15)
        #expect(one.first?.unit == "%/năm")
        #expect(one.first?.comparator == .equal)
        #expect(one.first?.year == nil)

        let two = indicators.filter { $0.sectionId == "II.2.(2)" }
        #expect(two.map(\.value) == [14, 15, 15.2, 10.9, 2])
        #expect(two.map(\.comparator) == [.atLeast, .equal, .atLeast, .atLeast, .equal])
        #expect(two.allSatisfy { $0.year == 2030 && $0.unit == "%/năm" })

        let three = indicators.filter { $0.sectionId == "II.2.(3)" }
        #expect(three.map(\.value) == [3, 60, 40])
        #expect(three.map(\.comparator) == [.atLeast, .atLeast, .atMost])
        #expect(three.map(\.year) == [nil, 2030, 2030])
        #expect(three[1].text == "Đến năm 2030, tỷ lệ chi ngân sách cho đầu tư phát triển không thấp hơn 60% tổng chi ngân sách")
        #expect(three[2].text == "chi thường xuyên tối đa 40% tổng chi ngân sách")

        let four = indicators.filter { $0.sectionId == "II.2.(4)" }
        #expect(four.map(\.value) == [490, 45, 50, 10])
        #expect(four.map(\.unit) == ["doanh nghiệp", "doanh nghiệp", "cơ sở", "cơ sở/năm"])
        #expect(four.map(\.comparator) == [.atLeast, nil, .atLeast, .atLeast])
        #expect(four.first?.year == 2030)

        let five = indicators.filter { $0.sectionId == "II.2.(5)" }
        #expect(five.count == 1)
        #expect(five.first?.value == nil)
        #expect(five.first?.year == 2028)
        #expect(five.first?.text == "Phấn đấu đến năm 2028 không còn hộ nghèo")
        #expect(indicators.count == 16)
    }

    @Test func seed001GoalBullets() {
        let indicators = IndicatorExtractor.extract(from: [SeedSections.seed001Goals])
        #expect(indicators.count == 2)
        #expect(indicators.allSatisfy { $0.sectionId == "B.I.1.a" && $0.lines == LineSpan(91, 95) })
        #expect(indicators.map(\.value) == [90, 2])
        #expect(indicators.map(\.unit) == ["%", "hội nghị"])
        #expect(indicators.map(\.comparator) == [.atLeast, .atLeast])
    }

    /// Seed 003 (7): a year holds for what follows it, not for the part before it.
    @Test func yearsHoldForwardOnly() {
        let seven = SeedSections.paren("II.2", 7, "Tỷ lệ trường học các cấp đạt chuẩn Quốc gia 100%, phấn đấu đến năm 2030, 100% trường đạt chuẩn mức độ 2; 100% cơ sở giáo dục được trang bị ít nhất một phòng học thông minh", 51)
        let section = Section(id: "II.2", marker: "2.", number: "2", style: .arabic, title: "Các chỉ tiêu chủ yếu",
                              children: [seven], lines: LineSpan(37, 69))
        let indicators = IndicatorExtractor.extract(from: [section])
        #expect(indicators.map(\.value) == [100, 100, 100])
        #expect(indicators.map(\.year) == [nil, 2030, 2030])
        #expect(indicators[1].text == "phấn đấu đến năm 2030, 100% trường đạt chuẩn mức độ 2")
    }

    @Test func subHeadingsUnderTargetsAreNotTargets() {
        let economy = Section(id: "II.2.a", marker: "a)", number: "a", style: .lowerLetter, title: "Về kinh tế:", blocks: [
            Block(kind: .item, marker: "-", text: "Tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm trở lên.", lines: LineSpan(line: 12)),
            Block(kind: .item, marker: "-", text: "Hoàn thành xây dựng nông thôn mới kiểu mẫu.", lines: LineSpan(line: 13)),
        ], lines: LineSpan(11, 13))
        let targets = Section(id: "II.2", marker: "2.", number: "2", style: .arabic, title: "Một số chỉ tiêu cụ thể",
                              children: [economy], lines: LineSpan(10, 13))
        let indicators = IndicatorExtractor.extract(from: [targets])
        #expect(indicators.count == 1)
        #expect(indicators.first?.sectionId == "II.2.a")
        #expect(indicators.first?.value == 8)
        #expect(indicators.first?.unit == "%/năm")
        #expect(indicators.first?.comparator == .atLeast)
        #expect(indicators.first?.lines == LineSpan(line: 12))
    }

    /// Seed 004 has no target heading: its aims are stated in the tasks ("Phân đầu giai đoạn
    /// 2026-2030: …", "với mục tiêu: 100% …").
    @Test func seed004AimsInTasks() {
        let task = Section(id: "II.3.1", marker: "3.1.", number: "3.1", style: .decimal,
                           title: "Phát huy nội lực, tạo bứt phá toàn diện trong phát triển kinh tế - xã hội",
                           blocks: [Block(kind: .paragraph, text: "Phân đầu giai đoạn 2026-2030: Tổng giá trị sản phẩm trên địa bàn tăng bình quân 15%/năm; thu ngân sách nhà nước tăng bình quân 7%/năm.", lines: LineSpan(line: 93)),
                                    Block(kind: .paragraph, text: "Đơn vị chủ trì thực hiện: Phòng Kinh tế, Hạ tầng và Đô thị", lines: LineSpan(line: 95))],
                           lines: LineSpan(93, 99))
        let law = Section(id: "II.2", marker: "2.", number: "2", style: .arabic, title: "Tăng cường pháp chế, kỷ cương xã hội",
                          blocks: [Block(kind: .paragraph, text: "Đưa ý thức thượng tôn Hiến pháp và pháp luật đi sâu vào đời sống với mục tiêu: 100% các văn bản quy phạm pháp luật được ban hành đúng quy định. Nghị quyết số 27/2025 có hiệu lực.", lines: LineSpan(line: 81))],
                          lines: LineSpan(79, 87))
        let indicators = IndicatorExtractor.extract(from: [law, task])
        #expect(indicators.map(\.sectionId) == ["II.2", "II.3.1", "II.3.1"])
        #expect(indicators.map(\.value) == [100, 15, 7])
        #expect(indicators.map(\.unit) == ["%", "%/năm", "%/năm"])
        #expect(indicators.map(\.year) == [nil, 2030, 2030])
        #expect(indicators[0].text == "100% các văn bản quy phạm pháp luật được ban hành đúng quy định")
    }

    @Test func headingModes() {
        #expect(IndicatorExtractorImpl.headingMode("Các chỉ tiêu chủ yếu") == .targets)
        #expect(IndicatorExtractorImpl.headingMode("MỘT SỐ CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2030") == .targets)
        #expect(IndicatorExtractorImpl.headingMode("Mục tiêu:") == .goals)
        #expect(IndicatorExtractorImpl.headingMode("Nhiệm vụ và giải pháp:") == nil)
        #expect(IndicatorExtractorImpl.headingMode("Ủy ban nhân dân phường xây dựng chương trình nhằm cụ thể hóa các mục tiêu, chỉ tiêu") == nil)
    }
}
