import Foundation
import Pipeline

/// Batch throughput on a generated corpus, with different numbers of jobs.
public enum BatchBenchmark {
    /// Copies each of `sources` `copies` times into `folder/copy-NNN/`; returns files and bytes.
    public static func makeCorpus(sources: [String], copies: Int, in folder: String) throws(BatchError) -> (files: Int, bytes: Int) {
        var files = 0, bytes = 0
        for copy in 0..<copies {
            let number = String(copy)
            let sub = folder + "/copy-" + String(repeating: "0", count: max(0, 3 - number.count)) + number
            for source in sources {
                guard let data = FileManager.default.contents(atPath: source) else { throw BatchError("\(source): cannot read") }
                try AtomicFile.write(data, to: sub + "/" + URL(fileURLWithPath: source).lastPathComponent)
                files += 1
                bytes += data.count
            }
        }
        return (files, bytes)
    }

    /// One full run's figures.
    public struct Run: Sendable {
        public var summary: BatchSummary
        /// CPU seconds (all threads, and worker processes once they have ended) the run used.
        public var cpuSeconds: Double
        /// cpuSeconds / wall seconds: how many cores were kept busy.
        public var coresBusy: Double { summary.seconds > 0 ? cpuSeconds / summary.seconds : 0 }
    }

    /// The fastest of `repeats` full runs (`--force`, into a fresh output folder each time).
    /// `isolation` gives, for an output folder, where the conversions run.
    public static func measure(corpus: String, scratch: String, jobs: Int, repeats: Int,
                               converter: Converter.Options, tool: String,
                               isolation: (String) -> BatchOptions.Isolation = { _ in .threads }) throws(BatchError) -> Run {
        var best: Run?
        for run in 0..<max(1, repeats) {
            let output = scratch + "/out-j\(jobs)-\(run)"
            let options = BatchOptions(inputs: [corpus], outputDirectory: output, jobs: jobs, force: true,
                                       converter: converter, tool: tool, isolation: isolation(output))
            let cpu = SystemInfo.cpuSeconds()
            let summary = try BatchRunner(options: options).run().summary
            let measured = Run(summary: summary, cpuSeconds: SystemInfo.cpuSeconds() - cpu)
            try? FileManager.default.removeItem(atPath: output)
            if best == nil || summary.seconds < best?.summary.seconds ?? .infinity { best = measured }
        }
        guard let best else { throw BatchError("no run") }
        return best
    }
}
