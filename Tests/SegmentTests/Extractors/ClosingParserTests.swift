import Testing
@testable import Segment
import PlanModel

@Suite struct ClosingParserExtractorTests {
    @Test func seed001PartyCommitteeClosing() throws {
        let parts = ClosingParser.parse(SeedRegions.closingRegion(try SeedRegions.normalized("001_a820fea86ef87c1d")))
        #expect(parts.recipients == [
            "Thường trực Thành ủy (để báo cáo)",
            "Các ban XD Đảng, VPTU (để báo cáo)",
            "Đ/c Nguyễn Đình Chuyến - UVBTVTU, Trưởng ban Nội chính Thành ủy (để báo cáo)",
            "Lãnh đạo HĐND, UBND phường",
            "Các Ban XD Đảng, VPĐU, TTCT phường",
            "MTTQ và các tổ chức Chính trị - Xã hội",
            "Các chi bộ, đảng bộ trực thuộc",
            "Các đồng chí Ủy viên Đảng ủy",
            "Lưu Văn phòng Đảng ủy",
        ])
        #expect(parts.signature == Signature(authority: "T/M BAN CHẤP HÀNH", title: "BÍ THƯ", name: "Bùi Văn Kiệm"))
    }

    @Test func seed003BoldSignature() throws {
        let parts = ClosingParser.parse(SeedRegions.closingRegion(try SeedRegions.normalized("003_80b10907ed40827a")))
        #expect(parts.recipients.count == 10)
        #expect(parts.recipients.first == "UBND thành phố")
        #expect(parts.recipients[2] == "BTV Đảng ủy, TT HĐND phường")
        #expect(parts.recipients.last == "Lưu: VT, VP (B.Hương)")
        #expect(parts.signature == Signature(authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Tăng Văn Quân"))
    }

    @Test func seed004UnspacedAuthority() throws {
        let parts = ClosingParser.parse(SeedRegions.closingRegion(try SeedRegions.normalized("004_a55728677e93c42b")))
        #expect(parts.recipients.count == 10)
        #expect(parts.recipients[3] == "TT Đảng ủy; HĐND phường")
        #expect(parts.recipients.last == "Lưu: VT, VHXH")
        #expect(parts.signature == Signature(authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Nguyễn Hữu Phúc"))
    }

    @Test func mergedItemsAndDeputySignature() {
        let paragraphs = [
            "Nơi nhận: - Thường trực Huyện ủy; - Sở Tài chính;",
            "- Các phòng, ban,",
            "đơn vị thuộc UBND xã;",
            "+ Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "(Đã ký)",
            "Trần Thị Mai",
        ].enumerated().map { Paragraph(text: $0.element, lines: LineSpan(line: $0.offset + 1)) }
        let parts = ClosingParser.parse(paragraphs)
        #expect(parts.recipients == ["Thường trực Huyện ủy", "Sở Tài chính", "Các phòng, ban, đơn vị thuộc UBND xã", "Lưu: VT"])
        #expect(parts.signature == Signature(authority: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Thị Mai"))
    }
}
