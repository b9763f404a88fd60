import Testing
import PlanModel
import Segment
import TestSupport

/// Small plans written for one numbering style or one trap each (Tests/Fixtures/plans).
@Suite struct NumberingFixtureTests {
    /// PDF-like text: wrapped lines, a line wrapped before "2030 …" and one before "1.000 …",
    /// a line wrapped before "- xã hội.", "2025-" + "2030", page numbers and a running header
    /// at page starts, a page break inside an item, "a)" after a full-width heading line.
    @Test func printedLinesWithTraps() throws {
        let plan = try SegmentFixture.plan(fixture: "in-pdf-ngat-dong.txt")
        #expect(SectionDump.render(plan.sections) == """
        I | I. | roman | MỤC ĐÍCH, YÊU CẦU | 13-25
          I.1 | 1. | arabic | Cụ thể hóa các mục tiêu của Nghị quyết Đại hội Đảng bộ phườn… | 15-19
          I.2 | 2. | arabic | Xác định rõ trách nhiệm của người đứng đầu các cơ quan, đơn … | 21-25
        II | II. | roman | NHIỆM VỤ, GIẢI PHÁP | 27-63
          II.1 | 1. | arabic | Phát triển kinh tế, tăng cường kỷ cương thu, chi ngân sách n… | 29-54
            II.1.a | a) | lower-letter | Mục tiêu | 31-44
            II.1.b | b) | lower-letter | Nhiệm vụ và giải pháp | 46-54
          II.2 | 2. | arabic | Quản lý quy hoạch, phát triển đô thị | 56-63
        III | III. | roman | TỔ CHỨC THỰC HIỆN | 65-69

        """)
        let i1 = try #require(SegmentFixture.section(plan, "I.1"))
        #expect(i1.title == "Cụ thể hóa các mục tiêu của Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025-2030 thành các nhiệm vụ, giải pháp cụ thể, phù hợp với điều kiện thực tiễn của phường")
        let i2 = try #require(SegmentFixture.section(plan, "I.2"))
        #expect(i2.title.hasSuffix("với tổ chức chính trị - xã hội và Nhân dân trên địa bàn phường"))
        #expect(i2.blocks.isEmpty)

        let a = try #require(SegmentFixture.section(plan, "II.1.a"))
        #expect(a.blocks.map(\.kind) == [.item, .item])
        #expect(a.blocks[0].text == "Tổng thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm; phấn đấu đến năm 2030 có ít nhất 500 doanh nghiệp đang hoạt động, trong đó có thêm ít nhất 1.000 hộ kinh doanh cá thể chuyển đổi sang hoạt động theo mô hình doanh nghiệp.")
        #expect(a.blocks[0].lines == LineSpan(33, 37))
        // Across the page break: the page number (40) and the running header (42) are gone.
        #expect(a.blocks[1].text == "Tổ chức thực hiện hiệu quả các chương trình mục tiêu quốc gia, huy động các nguồn lực xã hội hóa để đầu tư hạ tầng giao thông, trường học, trạm y tế trên địa bàn.")
        #expect(a.blocks[1].lines == LineSpan(39, 44))

        let b = try #require(SegmentFixture.section(plan, "II.1.b"))
        #expect(b.blocks.map(\.kind) == [.subheading, .item, .item])
        #expect(b.blocks.map(\.marker) == ["*", "+", "+"])
        #expect(b.blocks[0].text == "Về phát triển thương mại, dịch vụ:")
        #expect(b.blocks[1].text == "Cải tạo, nâng cấp chợ An Biên theo hướng văn minh, hiện đại, bảo đảm an toàn phòng cháy, chữa cháy và vệ sinh an toàn thực phẩm.")

        let ii2 = try #require(SegmentFixture.section(plan, "II.2"))
        #expect(ii2.blocks.map(\.lines) == [LineSpan(61, 63)])
        #expect(!plan.warnings.contains { $0.code == .noStructure })
        #expect(SegmentFixture.numberingWarnings(plan) == [])
        // The body ends before "Nơi nhận:".
        #expect(plan.sections.last?.blocks.last?.text.hasSuffix("phường./.") == true)
    }

    /// A. B. C. parts, Roman chapters, điểm letters with đ after d, a heading paragraph that is
    /// a title and a sentence.
    @Test func lettersAndParts() throws {
        let plan = try SegmentFixture.plan(fixture: "chu-cai-va-diem.txt")
        #expect(SectionDump.render(plan.sections) == """
        A | A. | upper-letter | MỤC ĐÍCH, YÊU CẦU | 6-8
          A.1 | 1. | arabic | Nâng cao chất lượng giải quyết thủ tục hành chính, bảo đảm c… | 7-7
          A.2 | 2. | arabic | Gắn trách nhiệm người đứng đầu với kết quả thực hiện nhiệm v… | 8-8
        B | B. | upper-letter | NỘI DUNG | 9-21
          B.I | I. | roman | CẢI CÁCH THỂ CHẾ | 10-19
            B.I.1 | 1. | arabic | Rà soát văn bản quy phạm pháp luật | 11-17
              B.I.1.a | a) | lower-letter | Rà soát các quyết định do Ủy ban nhân dân xã ban hành | 12-12
              B.I.1.b | b) | lower-letter | Công bố danh mục văn bản hết hiệu lực | 13-13
              B.I.1.c | c) | lower-letter | Đề xuất sửa đổi, bổ sung các văn bản không còn phù hợp | 14-14
              B.I.1.d | d) | lower-letter | Lấy ý kiến Nhân dân về dự thảo văn bản | 15-15
              B.I.1.đ | đ) | lower-letter | Theo dõi thi hành pháp luật trên địa bàn | 16-16
              B.I.1.e | e) | lower-letter | Báo cáo kết quả rà soát trước ngày 15/12/2026 | 17-17
            B.I.2 | 2. | arabic | Kiểm soát thủ tục hành chính | 18-19
          B.II | II. | roman | CẢI CÁCH TỔ CHỨC BỘ MÁY | 20-21
            B.II.1 | 1. | arabic | Sắp xếp, kiện toàn các bộ phận chuyên môn theo hướng tinh gọ… | 21-21
        C | C. | upper-letter | TỔ CHỨC THỰC HIỆN | 22-23

        """)
        #expect(SegmentFixture.numberingWarnings(plan) == [])
        let d = try #require(SegmentFixture.section(plan, "B.I.1.đ"))
        #expect(d.number == "đ" && d.marker == "đ)" && d.style == .lowerLetter)
        let split = try #require(SegmentFixture.section(plan, "B.II.1"))
        #expect(split.title == "Sắp xếp, kiện toàn các bộ phận chuyên môn theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả")
        #expect(split.blocks.map(\.text) == ["Thời gian thực hiện: Quý II năm 2026."])
        #expect(plan.sections.map(\.number) == ["A", "B", "C"])
    }

    /// "1.1" without its dot, "(1)." markers, three-level decimals, a tab table.
    @Test func decimalsAndParens() throws {
        let plan = try SegmentFixture.plan(fixture: "thap-phan-va-ngoac.txt")
        #expect(SectionDump.render(plan.sections) == """
        I | I. | roman | MỤC TIÊU | 6-12
          I.1 | 1. | arabic | Mục tiêu chung | 7-8
          I.2 | 2. | arabic | Chỉ tiêu cụ thể | 9-12
            I.2.(1) | (1). | paren | Tốc độ tăng trưởng kinh tế bình quân đạt 10%/năm trở lên | 10-10
            I.2.(2) | (2). | paren | Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng | 11-11
            I.2.(3) | (3). | paren | Tỷ lệ hộ nghèo giảm còn dưới 1% | 12-12
        II | II. | roman | NHIỆM VỤ | 13-23
          II.1 | 1. | arabic | Phát triển hạ tầng giao thông | 14-21
            II.1.1 | 1.1 | decimal | Đầu tư nâng cấp tuyến đường liên xã từ trung tâm xã đến quốc… | 15-17
              II.1.1.1 | 1.1.1. | decimal | Hoàn thành giải phóng mặt bằng trong quý I năm 2027 | 16-16
              II.1.1.2 | 1.1.2. | decimal | Khởi công xây dựng trong quý III năm 2027 | 17-17
            II.1.2 | 1.2 | decimal | Xây dựng hệ thống thoát nước khu trung tâm xã | 18-21
          II.2 | 2. | arabic | Phát triển văn hóa - xã hội | 22-23

        """)
        let paren = try #require(SegmentFixture.section(plan, "I.2.(1)"))
        #expect(paren.number == "1" && paren.marker == "(1).")
        let decimal = try #require(SegmentFixture.section(plan, "II.1.1.2"))
        #expect(decimal.number == "1.1.2")
        let table = try #require(SegmentFixture.section(plan, "II.1.2")?.blocks.first)
        #expect(table.kind == .table)
        #expect(table.table?.columns == ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"])
        #expect(table.table?.rows.map(\.cells) == [["1", "Tuyến đường liên xã", "Ban Quản lý dự án", "2026 - 2027"],
                                                   ["2", "Hệ thống thoát nước", "Phòng Kinh tế", "2027"]])
        #expect(table.lines == LineSpan(19, 21))
        #expect(SegmentFixture.numberingWarnings(plan) == [])
    }

    /// Decimals printed right under Roman numerals ("2.1" after "1.2" is a sibling) and
    /// markers printed alone above their titles ("I." / "MỤC ĐÍCH, YÊU CẦU").
    @Test func decimalsUnderRomanAndBareMarkers() throws {
        let plan = try SegmentFixture.plan(fixture: "thap-phan-duoi-la-ma.txt")
        #expect(SectionDump.render(plan.sections) == """
        I | I. | roman | MỤC ĐÍCH, YÊU CẦU | 6-11
          I.1.1 | 1.1. | decimal | Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại… | 8-8
          I.1.2 | 1.2. | decimal | Phát huy phương châm “bốn tại chỗ” trong phòng, chống thiên … | 9-9
          I.2.1 | 2.1. | decimal | Huy động sức mạnh tổng hợp của cả hệ thống chính trị và Nhân… | 10-10
          I.2.2 | 2.2. | decimal | Bảo đảm an toàn cho các khu dân cư ven sông | 11-11
        II | II. | roman | NHIỆM VỤ | 12-15
          II.1 | 1. | arabic | Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu… | 14-14
          II.2 | 2. | arabic | Xây dựng phương án sơ tán dân khi có bão mạnh, siêu bão | 15-15

        """)
        #expect(SegmentFixture.numberingWarnings(plan) == [])
    }

    /// III then V-like jumps: IV after II, (4) after (2), e) after d) (đ is the letter after d).
    @Test func gaps() throws {
        let plan = try SegmentFixture.plan(fixture: "thieu-so.txt")
        #expect(plan.sections.map(\.id) == ["I", "II", "IV"])
        #expect(SegmentFixture.section(plan, "II")?.children.map(\.id) == ["II.(1)", "II.(2)", "II.(4)"])
        #expect(SegmentFixture.numberingWarnings(plan) == [
            "numbering-gap I.e 11", "numbering-gap II.(4) 15", "numbering-gap IV 16",
        ])
        #expect(plan.warnings.map(\.message).filter { $0.contains("missing") } == [
            "the numbering under I jumps from d) to e) (line 11): đ) is missing",
            "the numbering under II jumps from (2) to (4) (line 15): (3) is missing",
            "the numbering at the top level jumps from II. to IV. (line 16): III. is missing",
        ])
    }

    /// The same number twice among siblings: both are sections, ids stay unique.
    @Test func duplicates() throws {
        let plan = try SegmentFixture.plan(fixture: "trung-so.txt")
        #expect(SegmentFixture.flat(plan).map(\.id) == [
            "I", "I.1", "I.2", "I.2#2", "II", "II.1", "II.1.1", "II.1.2", "II.1.2#2", "II.1.3",
        ])
        #expect(SegmentFixture.numberingWarnings(plan) == ["numbering-duplicate I.2#2 9", "numbering-duplicate II.1.2#2 14"])
        #expect(plan.warnings.first { $0.code == .numberingDuplicate }?.message == "2. is used twice under I: at line 8 and again at line 9")
    }

    /// A letter with no numbered section: valid plan, one no-structure warning.
    @Test func noStructure() throws {
        let plan = try SegmentFixture.plan(fixture: "khong-cau-truc.txt")
        #expect(plan.sections.isEmpty)
        #expect(plan.warnings.map(\.code) == [.noStructure])
    }

    /// The lead's fixture plan: its tree.
    @Test func dongHaiFixture() throws {
        let plan = try SegmentFixture.plan(fixture: "ke-hoach-dong-hai.txt")
        #expect(SegmentFixture.flat(plan).map(\.id) == [
            "I", "I.1", "I.2", "II", "II.1", "II.1.(1)", "II.1.(2)", "II.1.(3)", "II.2", "II.2.1", "II.2.2",
            "II.2.2.a", "II.2.2.b", "III", "III.1", "III.2",
        ])
        let b = try #require(SegmentFixture.section(plan, "II.2.2.b"))
        #expect(b.blocks.map(\.kind) == [.subheading, .item])
        #expect(b.blocks.map(\.text) == ["Về cải cách hành chính:", "Công khai quy trình, thủ tục tại Trung tâm Phục vụ hành chính công."])
    }
}
