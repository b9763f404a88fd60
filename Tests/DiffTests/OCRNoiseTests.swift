import Testing
@testable import Diff

@Suite struct OCRNoiseTests {
    let comparison = ComparisonText(loose: true)

    func noise(_ a: String, _ b: String) -> Bool {
        OCRNoise.isNoise(comparison.tokens(a), comparison.tokens(b))
    }

    @Test func misreadLettersAreNoise() {
        #expect(noise("Tăng cường công tác quản lý nhà nước về đất đai, trật tự xây dựng",
                      "Tang cudng cong tac quan ly nha nuéc vé dat dai, trat tu xay dung"))
        #expect(noise("nâng cao hiệu quả hoạt động", "nâng cao hiệuquả hoạt động"))
        #expect(noise("thực hiện Kế hoạch.", "thực hiện Kế hoạch"))
    }

    @Test func contentIsNotNoise() {
        #expect(!noise("tăng bình quân 14%/năm", "tăng bình quân 15%/năm"))
        #expect(!noise("tăng thu ngân sách", "giảm thu ngân sách"))
        #expect(!noise("Phòng Kinh tế chủ trì thực hiện nhiệm vụ",
                       "Phòng Văn hóa chủ trì thực hiện nhiệm vụ"))
        #expect(!noise("a b c d", "e f g h"))
    }
}
