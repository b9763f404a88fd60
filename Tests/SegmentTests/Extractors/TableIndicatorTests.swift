import Testing
import PlanModel
@testable import Segment
import TestSupport

/// Indicators given as a table under a target heading ("2. Các chỉ tiêu chủ yếu" followed by
/// a tab table): before, the table was kept as a block but gave no indicator.
@Suite struct TableIndicatorTests {
    @Test func targetTableUnderAHeading() throws {
        let plan = try SegmentFixture.plan(fixture: "chi-tieu-bang.txt")
        #expect(plan.indicators.map(\.sectionId) == ["I.2", "I.2", "I.2"])
        #expect(plan.indicators.map(\.text) == ["Tổng thu ngân sách trên địa bàn", "Tỷ lệ hộ nghèo",
                                                "Số lao động được giải quyết việc làm"])
        #expect(plan.indicators.map(\.value) == [138_000, 0.9, 900])
        #expect(plan.indicators.map(\.unit) == ["Triệu đồng", "%", "Người"])
        #expect(plan.indicators.map(\.year) == [2026, 2026, 2026])
        #expect(plan.indicators.map(\.lines) == [LineSpan(line: 15), LineSpan(line: 16), LineSpan(line: 17)])
        // "…; thời gian: cả năm 2026." after a semicolon.
        #expect(plan.assignments.map(\.deadline) == ["cả năm 2026"])
    }

    /// The plan's column, not what was done before nor a comparison; group rows are skipped;
    /// a comparator printed in the cell is kept.
    @Test func thePlannedColumnIsRead() {
        let table = Table(columns: ["TT", "Tên chỉ tiêu", "ĐVT", "Ước thực hiện 2025", "Mục tiêu đến năm 2030", "So sánh (%)"], rows: [
            TableRow(cells: ["I", "Các chỉ tiêu về xã hội", "", "", "", ""], lines: LineSpan(line: 3)),
            TableRow(cells: ["1", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "80", "≥ 95", "118,8"], lines: LineSpan(line: 4)),
            TableRow(cells: ["2", "Tỷ lệ hộ nghèo", "%", "1,2", "Dưới 0,5", ""], lines: LineSpan(line: 5)),
            TableRow(cells: ["3", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "4", "9", "225"], lines: LineSpan(line: 6)),
        ])
        let found = TableIndicators.indicators(in: table, sectionId: "II.2")
        #expect(found.map(\.text) == ["Tỷ lệ trường đạt chuẩn quốc gia", "Tỷ lệ hộ nghèo", "Số xã đạt chuẩn nông thôn mới nâng cao"])
        #expect(found.map(\.value) == [95, 0.5, 9])
        #expect(found.map(\.comparator) == [.atLeast, .atMost, .equal])
        #expect(found.map(\.unit) == ["%", "%", "xã"])
        #expect(found.allSatisfy { $0.year == 2030 })
    }

    /// A table of tasks (no numeric column) gives no indicator.
    @Test func aTableWithoutNumbersGivesNone() {
        let table = Table(columns: ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"], rows: [
            TableRow(cells: ["1", "Số hóa hồ sơ", "Phòng Văn hóa - Xã hội", "Quý II/2026"], lines: LineSpan(line: 8)),
        ])
        #expect(TableIndicators.indicators(in: table, sectionId: "III").isEmpty)
    }
}
