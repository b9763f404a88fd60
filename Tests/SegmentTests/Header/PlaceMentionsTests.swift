import Testing
import Foundation
import PlanModel
import Ingest
import Normalize
@testable import Segment
import TestSupport

/// The byte scanner of place mentions finds what the `Character` path finds.
@Suite struct PlaceMentionsTests {
    func same(_ text: String) -> Bool {
        let fast = PlaceMentions.find(in: text, line: 7), general = PlaceMentions.findGeneral(in: text, line: 7)
        return fast.map(\.unit) == general.map(\.unit) && fast.map(\.name) == general.map(\.name)
            && fast.map(\.line) == general.map(\.line)
    }

    @Test func seedsAndFixtures() throws {
        var files = TestPaths.seedNames.map { TestPaths.seed("\($0).txt").path }
        let plans = TestPaths.fixtures.appendingPathComponent("plans")
        for name in try FileManager.default.contentsOfDirectory(atPath: plans.path) where name.hasSuffix(".txt") {
            files.append(plans.appendingPathComponent(name).path)
        }
        var found = 0
        for path in files {
            for paragraph in Normalizer().normalize(try Ingester().extract(path: path)).paragraphs {
                #expect(same(paragraph.text), "\(paragraph.text)")
                found += PlaceMentions.find(in: paragraph.text, line: 1).count
            }
        }
        #expect(found > 10)
    }

    @Test func nearMisses() {
        for text in ["phường Thạch Khê, xã Đông Hải", "Phường Thạch  Khôi.", "PHƯỜNG ĐÔNG HẢI", "thị trấn Cẩm Xuyên",
                     "Thị xã Kỳ Anh và THỊ TRẤN Nghèn", "thị  xã Hồng Lĩnh", "huyện (Can Lộc)", "quận Ba Đình cũ",
                     "phường\u{301} Thạch Khê", "phường Thạch Khê\u{301}", "xã Thạch\u{A0}Hà", "xã T. Hà Tĩnh",
                     "phường Thạch Khê; phường Thạch Khôi", " xã   Cẩm Bình ", "trấn Cẩm Xuyên", "phường"] {
            #expect(same(text), "\(text)")
        }
    }
}
