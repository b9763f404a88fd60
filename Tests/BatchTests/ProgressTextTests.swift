import Testing
@testable import Batch

@Suite struct ProgressTextTests {
    @Test func barShowsDoneTotalRateAndETA() {
        let progress = BatchProgress(total: 400, done: 100, ok: 99, failed: 1, elapsed: 4)
        #expect(ProgressText.bar(progress, width: 8) == "[██░░░░░░] 100/400  25%  25.0 files/s  ETA 0:12  1 failed")
        #expect(ProgressText.bar(BatchProgress(total: 3), width: 4) == "[░░░░] 0/3  0%  0.0 files/s  ETA --:--")
    }

    @Test func plainLines() {
        let ok = FileRecord(path: "in/a.txt", output: "a.txt.json", sha256: "x", bytes: 10, status: .ok,
                            warnings: 2, ms: 35.4, tool: "t")
        #expect(ProgressText.line(ok, BatchProgress(total: 9, done: 3)) == "[3/9] ok in/a.txt (35 ms, 2 warnings)")
        let failed = FileRecord(path: "in/b.txt", output: "b.txt.json", sha256: nil, bytes: 0, status: .failed,
                                error: "in/b.txt: is empty", ms: 0.2, tool: "t")
        #expect(ProgressText.line(failed, BatchProgress(total: 9, done: 4)) == "[4/9] failed: in/b.txt: is empty")
    }

    @Test func durationsAndDecimals() {
        #expect(ProgressText.duration(7.2) == "0:08")
        #expect(ProgressText.duration(3725) == "1:02:05")
        #expect(ProgressText.decimal(2.345, places: 2) == "2.35" || ProgressText.decimal(2.345, places: 2) == "2.34")
        #expect(ProgressText.decimal(0.05, places: 1) == "0.1")
        #expect(ProgressText.decimal(12, places: 0) == "12")
    }
}
