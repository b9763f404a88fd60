import ArgumentParser
import Diff
import Foundation
import Pipeline

/// `vnplan bench-diff`: how long `diff` takes on a seed against an edited copy, and how the
/// time grows when the plan is made k times longer by concatenating copies of its text.
/// Only the diff is timed (conversion and editing are not). Use a release build.
struct BenchDiff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-diff",
        abstract: "Measure vnplan diff: a plan against an edited copy, at 1×…k× its length (use -c release).")

    @Argument(help: "The plan (default: seeds/001_a820fea86ef87c1d.txt in the shared folder).")
    var file: String?

    @Option(help: "The shared folder (default: $VNPLAN_SHARED, else ../shared).")
    var shared: String?

    @Option(help: "Lengths to measure, as numbers of concatenated copies.")
    var copies: [Int] = [1, 2, 5, 10]

    @Option(help: "Timed runs per length (the median is reported).")
    var runs: Int = 9

    func run() throws {
        let folder = shared ?? ProcessInfo.processInfo.environment["VNPLAN_SHARED"] ?? "../shared"
        let path = file ?? folder + "/seeds/001_a820fea86ef87c1d.txt"
        guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot be read", code: 2) }
        #if DEBUG
        let build = "debug build (not meaningful: use swift build -c release)"
        #else
        let build = "release build"
        #endif
        print("vnplan bench-diff — \(build), \(URL(fileURLWithPath: path).lastPathComponent), median of \(max(runs, 1)) runs")
        print("")
        print("| copies | KB of text | sections | changes | median ms | best ms | µs per section |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        let converter = Converter()
        for k in copies where k > 0 {
            var bytes: [UInt8] = []
            for _ in 0..<k { bytes += Array(data); bytes.append(0x0A) }
            let plan: PlanModelPlan
            do { plan = try converter.convert(bytes: bytes, path: path) } catch { fail(error.description, code: 2) }
            let edited = KnownEdits(plan).replacement
            let differ = PlanDiffer()
            var times: [Double] = []
            var changes = 0
            for _ in 0..<max(runs, 1) {
                let clock = ContinuousClock()
                let start = clock.now
                let diff = differ.diff(old: plan, new: edited)
                let elapsed = start.duration(to: clock.now)
                changes = diff.changes.count
                times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            }
            times.sort()
            let sections = plan.sections.reduce(0) { $0 + $1.flattened.count }
            let median = times[times.count / 2]
            print("| \(k) | \(format(Double(bytes.count) / 1000)) | \(sections) | \(changes) | \(format(median)) | "
                + "\(format(times[0])) | \(format(sections > 0 ? median * 1000 / Double(sections) : 0)) |")
        }
    }

    private func format(_ x: Double) -> String {
        let scaled = (x * 10).rounded() / 10
        return String(scaled)
    }
}
