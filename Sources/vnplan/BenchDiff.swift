import ArgumentParser
import Diff
import Foundation
import Pipeline

/// `vnplan bench diff`: how long `diff` takes on a seed against an edited copy, and how the
/// time grows when the plan is made k times longer by concatenating copies of its text.
/// Only the diff is timed (conversion and editing are not). Use a release build.
struct BenchDiff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Measure vnplan diff: a plan against an edited copy, at 1×…k× its length (use -c release).")

    @Argument(help: "The plan (default: seeds/001_a820fea86ef87c1d.txt in the shared folder).")
    var file: String?

    @Option(help: "The shared folder (default: $VNPLAN_SHARED, else ../shared).")
    var shared: String?

    @Option(help: "Lengths to measure, as numbers of concatenated copies (of the whole text, and of the body alone so that the section tree grows too).")
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
        print("vnplan bench diff — \(build), \(URL(fileURLWithPath: path).lastPathComponent), median of \(max(runs, 1)) runs")
        print("")
        print("| copies of | × | KB of text | sections | appendix rows | changes | median ms | best ms |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        let converter = Converter()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let single: PlanModelPlan
        do { single = try converter.convert(bytes: Array(data), path: path) } catch { fail(error.description, code: 2) }
        // The body: from the first heading to the end of the last section.
        let bodyFirst = (single.sections.first?.lines.first ?? 1) - 1
        let bodyLast = min(single.sections.last?.lines.last ?? lines.count, lines.count)
        for (mode, k) in copies.filter({ $0 > 0 }).flatMap({ k in [("text", k), ("body", k)] }) where mode == "text" || k > 1 {
            var text: [Substring]
            if mode == "text" {
                text = []
                for _ in 0..<k { text += lines }
            } else {
                text = Array(lines[..<bodyFirst])
                for _ in 0..<k { text += lines[bodyFirst..<bodyLast] }
                text += lines[bodyLast...]
            }
            let bytes = Array(text.joined(separator: "\n").utf8)
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
            let rows = plan.appendices.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.rows.count } }
            print("| \(mode == "text" ? "whole text" : "body") | \(k) | \(format(Double(bytes.count) / 1000)) | \(sections) | "
                + "\(rows) | \(changes) | \(format(median)) | \(format(times[0])) |")
        }
    }

    private func format(_ x: Double) -> String {
        let scaled = (x * 10).rounded() / 10
        return String(scaled)
    }
}
