import Foundation
import Testing
import TestSupport
@testable import Normalize

/// A small lexicon: hunspell-vi plus a fixture corpus of plan sentences.
let fixtureRepairer: Repairer? = {
    var builder = LexiconBuilder()
    guard let dic = try? String(contentsOfFile: "/usr/share/hunspell/vi_VN.dic", encoding: .utf8),
          let corpus = try? String(contentsOf: TestPaths.fixtures.appendingPathComponent("repair/corpus.txt"), encoding: .utf8)
    else { return nil }
    builder.addDictionary(dic)
    builder.addCorpus(corpus)
    guard let lexicon = try? Lexicon(bytes: builder.compile()) else { return nil }
    return Repairer(lexicon: lexicon)
}()

@Suite struct RepairDecoderTests {
    func repair(_ line: String, policy: Repairer.Policy = .auto) throws -> String {
        let repairer = try #require(fixtureRepairer, "hunspell-vi (scripts/setup.sh) and the fixture corpus are needed")
        return repairer.repair(lines: [line], policy: policy).lines[0]
    }

    @Test func strippedTextGetsItsMarksBackWithCase() throws {
        #expect(try repair("Cong tac chinh tri, tu tuong va dao duc cach mang cua Dang bo phuong.")
                == "Công tác chính trị, tư tưởng và đạo đức cách mạng của Đảng bộ phường.")
        #expect(try repair("PHAT HUY SUC MANH DAI DOAN KET") == "PHÁT HUY SỨC MẠNH ĐẠI ĐOÀN KẾT")
    }

    @Test(arguments: [
        ("S6 luong t6 chttc co so dang", "Số lượng tổ chức cơ sở đảng"),      // 6 for ố/ổ, tt for ư
        ("Vai trò giam sat va phan bién x4 hdi", "Vai trò giám sát và phản biện xã hội"), // 4 for ã, d for ộ
        ("phat trién d6 thi phwong Pong Hai", "phát triển đô thị phường Đông Hải"),  // w for ư, P for Đ
        ("1y luan chinh tri duoc tang cudng", "Lý luận chính trị được tăng cường"),  // 1 for l
        ("Iy luan chinh tri", "Lý luận chính trị"),                                 // I for l
    ])
    func ocrConfusionClasses(ocr: String, expected: String) throws {
        let out = try repair(ocr)
        #expect(out.lowercased() == expected.lowercased())
    }

    @Test func codesNumbersAndAbbreviationsStay() throws {
        #expect(try repair("Can cu Ke hoach so 109/KH-UBND ngay 06/4/2026 cua UBND phuong")
                == "Căn cứ Kế hoạch số 109/KH-UBND ngày 06/4/2026 của UBND phường")
        #expect(try repair("Thuong truc HDND phuong, MTTQ va 2025 - 2030")
                == "Thường trực HĐND phường, MTTQ và 2025 - 2030")
    }

    @Test func strippedWordsAndAbbreviationsAreNotKeptAsUnknown() throws {
        // "nguyen" and "HDND" are no known form, but a known syllable and abbreviation have
        // their skeletons: in stripped text they lost their marks, whatever the context.
        let out = try repair("Van phong HDND va UBND phuong, dong chi Nguyen Van Hai")
        #expect(out.contains("HĐND"))
        #expect(out.contains("Nguyễn"))
        #expect(out.contains("UBND"))
    }

    /// A Roman heading's marker as OCR printed it stays for the section tree to read ("U1."
    /// for II., "lL." for II., "Iv." for IV.); the title after it is repaired.
    @Test func ocrRomanMarkersOpeningALineStay() throws {
        #expect(try repair("U1. CHi TIEU").hasPrefix("U1. "))
        #expect(try repair("lL. NOI DUNG").hasPrefix("lL. "))
        #expect(try repair("Iv. TO CHUC THUC HIEN").hasPrefix("Iv. "))
        #expect(Repairer.isRomanLookalike("U1") && Repairer.isRomanLookalike("IIl") && !Repairer.isRomanLookalike("Uy"))
    }

    @Test func cleanTextIsLeftAlone() throws {
        for line in ["Nâng cao hiệu quả công tác chính trị, tư tưởng; tạo sự thống nhất cao.",
                     "Trung ương 4 khóa XII về tăng cường", "hài hòa lợi ích giữa Nhà nước"] {
            #expect(try repair(line) == line)
        }
    }

    @Test func foreignTextDigitRunsAndRubbleStay() throws {
        for line in ["The plan was approved by the committee in March.", "0912 345 678 001 002 003",
                     "| -- | ## | 12,5 | 3.400 |"] {
            #expect(try repair(line) == line)
        }
    }

    @Test func splitAndRunTogetherSyllablesAreMended() throws {
        #expect(try repair("ĐIỀ U KHO ẢN THI HÀNH") == "ĐIỀU KHOẢN THI HÀNH")
        #expect(try repair("Nâng cao hiệuquả công tác chính trị") == "Nâng cao hiệu quả công tác chính trị")
        #expect(try repair("Ban Chấp hành Đảng bộ") == "Ban Chấp hành Đảng bộ")
    }

    @Test func neverPolicyChangesNothing() throws {
        #expect(try repair("Cong tac chinh tri", policy: .never) == "Cong tac chinh tri")
    }

    @Test func changesAreLoggedWithPositions() throws {
        let repairer = try #require(fixtureRepairer)
        let outcome = repairer.repair(lines: ["Ghi chú", "Cong tac chinh tri"], numbers: [10, 11])
        #expect(outcome.changes.first == RepairChange(line: 11, column: 1, original: "Cong", replacement: "Công",
                                                      confidence: outcome.changes.first?.confidence ?? 0))
        #expect(outcome.changes.count == 4)
        #expect(outcome.summary.applied && outcome.summary.changed == 4 && outcome.summary.tokens == 4)
    }

    @Test func corruptOrMissingLexiconNamesTheFile() {
        #expect(throws: LexiconError.self) { try Lexicon(path: "/nonexistent/vi.vnlex") }
        do {
            _ = try Lexicon(bytes: Array("VNPLEX02 garbage that is not a lexicon".utf8), path: "bad.vnlex")
            Issue.record("a corrupt lexicon loaded")
        } catch {
            #expect(error.description.hasPrefix("bad.vnlex: "))
        }
    }
}
