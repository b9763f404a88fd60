import Testing
@testable import Diff

@Suite struct OCRNoiseTests {
    let comparison = ComparisonText(loose: true)

    func noise(_ a: String, _ b: String) -> Bool {
        OCRNoise.isNoise(a, b, comparison: comparison)
    }

    /// A long text of plain words, to hold a hard word (one per 40 words).
    static let filler = Array(repeating: "triển khai thực hiện có hiệu quả các nhiệm vụ", count: 6).joined(separator: ", ")

    @Test func misreadLettersAreNoise() {
        #expect(noise("Tăng cường công tác quản lý nhà nước về đất đai, trật tự xây dựng",
                      "Tang cudng cong tac quan ly nha nuéc vé dat dai, trat tu xay dung"))
        #expect(noise("nâng cao hiệu quả hoạt động", "nâng cao hiệuquả hoạt động"))
        #expect(noise("thực hiện Kế hoạch.", "thực hiện Kế hoạch"))
    }

    @Test func marksPrintedAsSignsAndLettersAsDigitsAreNoise() {
        #expect(noise("các tổ chức chính trị - xã hội ở địa phương", "các tổ cht?c chính trị - xã hội @ địa phương"))
        #expect(noise("cải thiện điều kiện nhà ở cho người dân", "cải thiện điều kiện nhà 6 cho người dân"))
        #expect(noise("xây dựng lộ trình cụ thể để từng bước thực hiện", "xây dựng 16 trình cụ thể để tt’ng bước thực hiện"))
        #expect(noise("thực hiện chương trình hành động của Ban Chấp hành", "thực hiện công trình hành động của Ban Chấp hành"))
        // Capitalized on both sides (a name), only one letter may differ.
        #expect(!noise("thực hiện Chương trình hành động", "thực hiện Công trình hành động"))
        #expect(noise("m2/người", "m2/nguwoi"))
        // A word misread as its neighbour aligns as a deletion and an insertion around it.
        #expect(noise("phối hợp cùng Trung tâm tăng cường công tác thông tin",
                      "phối hợp cùng Trung tâm tăng cong công tác thông tin"))
        // A letter printed beside an equal number ("5S" for "5").
        #expect(noise("với 5 nhóm tiêu chí về trình độ", "với 5S nhóm tiêu chí về trình độ"))
        #expect(noise("¹“4 xin”: Xin chào, xin lỗi", "14 xin”: Xin chào, xin lỗi"))
    }

    @Test func oneHardWordInALongTextIsNoise() {
        #expect(noise(Self.filler + ", hỗ trợ người dân", Self.filler + ", hỗ tư người dân"))
        // Not in a short one.
        #expect(!noise("hỗ trợ người dân", "hỗ tư người dân"))
        // Not two in 40 words.
        #expect(!noise(Self.filler + ", hỗ trợ người dân, làm tốt công tác", Self.filler + ", hỗ tư người dân, làm tư công tác"))
    }

    /// Hard words of session 3: an abbreviation the repair read as a word, a word of fact
    /// misread as no word of fact, a capitalized word OCR lost letters of; once in 40 words.
    @Test func moreHardWordsInALongText() {
        #expect(noise(Self.filler + ", Cổng TTĐT phường", Self.filler + ", Cổng TỐT phường"))
        #expect(!noise("Cổng TTĐT phường", "Cổng TỐT phường"))
        #expect(noise(Self.filler + ", được bồi dưỡng", Self.filler + ", dung bồi dưỡng"))
        #expect(noise(Self.filler + ", thực hiện Chương trình hành động", Self.filler + ", thực hiện Công trình hành động"))
        // Never for a word of fact read as another one, a strict word, or a unit's kind in a name.
        #expect(!noise(Self.filler + ", dưới mức trung bình", Self.filler + ", trên mức trung bình"))
        #expect(!noise(Self.filler + ", không hoàn thành", Self.filler + ", khó hoàn thành"))
        #expect(!noise(Self.filler + ", Phường Hưng Đạo chủ trì", Self.filler + ", Phòng Hưng Đạo chủ trì"))
        // An abbreviation for another is never a hard word.
        #expect(!noise(Self.filler + ", UBND phường chủ trì", Self.filler + ", HĐT phường chủ trì"))
    }

    @Test func contentIsNotNoise() {
        #expect(!noise("tăng bình quân 14%/năm", "tăng bình quân 15%/năm"))
        #expect(!noise("tăng thu ngân sách", "giảm thu ngân sách"))
        #expect(!noise("Phòng Kinh tế chủ trì thực hiện nhiệm vụ",
                       "Phòng Văn hóa chủ trì thực hiện nhiệm vụ"))
        #expect(!noise("a b c d", "e f g h"))
    }

    /// Whatever the length of the text, these changes are reported.
    @Test func factsAreNeverNoiseInALongText() {
        let cases: [(String, String)] = [
            ("đạt 95% vào năm 2030", "đạt 96% vào năm 2030"),
            ("hoàn thành trong năm 2026", "hoàn thành trong năm 2028"),
            ("xây dựng hai nhà văn hóa", "xây dựng ba nhà văn hóa"),
            ("báo cáo hằng tháng", "báo cáo hằng tuần"),
            ("tỷ lệ hộ nghèo tăng", "tỷ lệ hộ nghèo giảm"),
            ("UBND phường chủ trì", "HĐND phường chủ trì"),
            ("Tỉnh ủy chỉ đạo", "Thành ủy chỉ đạo"),
            ("Phòng Văn hóa - Xã hội chủ trì", "Phòng Kinh tế chủ trì"),
            ("Sở Nội vụ phối hợp", "Sở Tài chính phối hợp"),
            ("Sở Nội vụ phối hợp", "Sở Tài vụ phối hợp"),
            ("đã hoàn thành", "chưa hoàn thành"),
            ("tổ chức hội nghị sơ kết", "tổ chức hội nghị tổng kết đánh giá toàn diện kết quả thực hiện"),
            ("Đẩy mạnh chuyển đổi số trong quản lý.", "Nghiêm cấm quảng cáo thuốc lá trên địa bàn."),
        ]
        for (a, b) in cases {
            #expect(!noise(Self.filler + ", " + a, Self.filler + ", " + b), "\(a) → \(b)")
        }
    }

    @Test func syllablesAndAbbreviations() {
        #expect(OCRNoise.isSyllable("nghieng") && OCRNoise.isSyllable("thuong") && OCRNoise.isSyllable("a"))
        #expect(!OCRNoise.isSyllable("ubnd") && !OCRNoise.isSyllable("ttdt") && !OCRNoise.isSyllable("vh"))
    }
}
