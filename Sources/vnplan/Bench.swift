import ArgumentParser
import Batch
import Foundation
import Pipeline

/// `vnplan bench …`: speed measurements for BENCHMARKS.md. Other benchmarks add their
/// subcommand to the list below.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory (use a release build: swift build -c release).",
        subcommands: [BenchConvert.self, BenchBatch.self, BenchDiff.self]
    )
}

/// Options shared by the benchmarks.
struct BenchOptions: ParsableArguments {
    @Option(help: "The shared folder with seeds/ and ocr-dev/ (default: $VNPLAN_SHARED, else ../shared).")
    var shared: String?

    var sharedFolder: String {
        if let shared { return shared }
        if let env = ProcessInfo.processInfo.environment["VNPLAN_SHARED"] { return env }
        return "../shared"
    }

    func files(in sub: String) -> [String] {
        let folder = sharedFolder + "/" + sub
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            fail("\(folder): no such folder (give --shared or set VNPLAN_SHARED)")
        }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    /// "load average 0.42 on 2 cores": other work on the machine skews the figures.
    static var machine: String {
        "load average \(SystemInfo.loadAverage() ?? "n/a") on \(SystemInfo.activeProcessorCount) cores"
    }

    static var buildKind: String {
        #if DEBUG
        return "debug build (numbers are not meaningful; use swift build -c release)"
        #else
        return "release build"
        #endif
    }
}

func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

func megabytes(_ bytes: Int?) -> String {
    guard let bytes else { return "n/a" }
    return ProgressText.decimal(Double(bytes) / 1_048_576, places: 1) + " MiB"
}

struct BenchConvert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "convert on one core: MB/s of text per file (median run) and peak memory (VmHWM).")

    @Argument(help: "Files to convert (default: the seeds).")
    var files: [String] = []

    @Option(help: "Seconds of repeated runs per file.")
    var seconds: Double = 2

    @OptionGroup var bench: BenchOptions
    @OptionGroup var input: InputOptions

    func run() throws {
        let paths = files.isEmpty ? bench.files(in: "seeds") : files
        let converter = Converter(options: input.converterOptions)
        say("vnplan bench convert — \(BenchOptions.buildKind), 1 thread, \(ProgressText.decimal(seconds, places: 1)) s per file, \(BenchOptions.machine)")
        say("")
        say("| file | KB | runs | median ms | best ms | MB/s (median) | MB/s (best) | ingest ms | normalize ms | segment ms |")
        say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        var totalBytes = 0
        var totalMs = 0.0, bestMs = 0.0
        func d(_ value: Double, _ places: Int = 2) -> String { ProgressText.decimal(value, places: places) }
        for path in paths {
            let m: ConvertMeasurement
            do { m = try ConvertBenchmark.measure(path: path, converter: converter, seconds: seconds) }
            catch { fail("\(error)") }
            totalBytes += m.bytes
            totalMs += m.medianMs
            bestMs += m.bestMs
            say("| \(m.name) | \(d(Double(m.bytes) / 1000, 1)) | \(m.runs) | \(d(m.medianMs)) | \(d(m.bestMs)) | "
                + "\(d(m.megabytesPerSecond)) | \(d(m.bestMegabytesPerSecond)) | \(d(m.ingestMs)) | "
                + "\(d(m.normalizeMs)) | \(d(m.segmentMs)) |")
        }
        let overall = totalMs > 0 ? Double(totalBytes) / 1e6 / (totalMs / 1000) : 0
        let overallBest = bestMs > 0 ? Double(totalBytes) / 1e6 / (bestMs / 1000) : 0
        say("| all | \(d(Double(totalBytes) / 1000, 1)) | | \(d(totalMs)) | \(d(bestMs)) | \(d(overall)) | \(d(overallBest)) | | | |")
        say("")
        say("MB/s per core (all files): \(d(overall)) at the median, \(d(overallBest)) at the best run  (target ≥ 5)")
        say("peak memory (VmHWM): \(megabytes(SystemInfo.peakResidentBytes()))  (target < 50 MB)")
    }
}

struct BenchBatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "batch throughput on a generated corpus (copies of the seeds and the OCR set) with -j 1 and -j N.")

    @Option(help: "Copies of each source file in the corpus.")
    var copies: Int = 34

    @Option(name: .customLong("jobs"), parsing: .upToNextOption, help: "Job counts to measure.")
    var jobs: [Int] = [1, BatchOptions.defaultJobs]

    @Option(help: "Runs per job count (the fastest is kept).")
    var repeats: Int = 3

    @Option(help: "Where conversions run, as in vnplan batch: processes or threads.")
    var isolation: BatchCommand.Isolation = .processes

    @OptionGroup var input: InputOptions

    @OptionGroup var bench: BenchOptions

    func run() throws {
        let sources = bench.files(in: "seeds") + bench.files(in: "ocr-dev")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let corpus = scratch + "/corpus"
        let made: (files: Int, bytes: Int)
        do { made = try BatchBenchmark.makeCorpus(sources: sources, copies: copies, in: corpus) }
        catch { fail("\(error)") }
        say("vnplan bench batch — \(BenchOptions.buildKind), \(BenchOptions.machine) at the start")
        say("isolation: \(isolation.rawValue) (as vnplan batch --isolation \(isolation.rawValue))")
        let probe = jobs.max() ?? 1
        say("cores the machine gives \(probe) spinning threads now: "
            + ProgressText.decimal(CoreProbe.coresAvailable(threads: probe), places: 2)
            + " (the best speed-up any program could show)")
        say("corpus: \(made.files) files (\(copies) copies of \(sources.count) sources), "
            + "\(ProgressText.decimal(Double(made.bytes) / 1e6, places: 2)) MB; best of \(repeats) runs each")
        say("")
        say("| jobs | seconds | files/s | MB/s | speed-up | CPU s | cores busy |")
        say("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        var base: Double?
        var baseCPU: Double?
        var overheads: [String] = []
        let options = input.converterOptions
        for j in jobs {
            let run: BatchBenchmark.Run
            do {
                run = try BatchBenchmark.measure(corpus: corpus, scratch: scratch, jobs: j, repeats: repeats,
                                                     converter: options, tool: "bench",
                                                     isolation: { output in
                    isolation == .threads ? .threads
                        : .processes(command: batchWorkerCommand(output: output, jsonl: false, input: input))
                })
            } catch { fail("\(error)") }
            let summary = run.summary
            if summary.failed > 0 { fail("\(summary.failed) files failed in the benchmark corpus") }
            if base == nil { base = summary.filesPerSecond; baseCPU = run.cpuSeconds }
            else if let baseCPU, baseCPU > 0 {
                let ratio = run.cpuSeconds / baseCPU
                overheads.append("-j \(j): \(ProgressText.decimal(ratio, places: 2))× the CPU seconds of -j \(jobs.first ?? 1)"
                                 + " (so at most \(ProgressText.decimal(Double(j) / ratio, places: 2))× faster on \(j) free cores)")
            }
            let speedup = (base ?? 0) > 0 ? summary.filesPerSecond / (base ?? 1) : 0
            say("| \(j) | \(ProgressText.decimal(summary.seconds, places: 2)) | "
                + "\(ProgressText.decimal(summary.filesPerSecond, places: 1)) | "
                + "\(ProgressText.decimal(summary.megabytesPerSecond, places: 2)) | "
                + "\(ProgressText.decimal(speedup, places: 2))× | \(ProgressText.decimal(run.cpuSeconds, places: 2)) | "
                + "\(ProgressText.decimal(run.coresBusy, places: 2)) |")
        }
        say("")
        for line in overheads { say(line) }
        let workers = SystemInfo.childrenPeakResidentBytes()
        say("peak memory (VmHWM): \(megabytes(SystemInfo.peakResidentBytes())) this process"
            + (workers > 0 ? ", \(megabytes(workers)) the largest worker" : "") + "; \(BenchOptions.machine) at the end")
        say("(cores busy = CPU seconds / wall seconds: below the job count when the machine is shared)")
    }
}
