import ArgumentParser
import Batch
import Dispatch
import Foundation
import Pipeline

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert every plan under folders, on every core, into a mirrored folder of plan JSON.",
        discussion: """
        IN/a/b/plan.txt becomes OUTDIR/a/b/plan.txt.json (a file named on the command line: \
        OUTDIR/plan.txt.json). OUTDIR/manifest.jsonl lists every input (path, sha256, status, \
        error, warnings, repair, ms) and ends with a summary. A rerun skips inputs whose sha256 and \
        tool are unchanged. Exit status: 0 all converted or unchanged, 1 some input failed, \
        2 the batch could not run, 130 interrupted.
        """)

    @Argument(help: "Files and folders to convert (folders are walked; hidden files are skipped).")
    var inputs: [String] = []

    @Option(name: .customLong("files-from"),
            help: "Also read input paths from this file, one a line (- for stdin).")
    var filesFrom: String?

    @Option(name: .shortAndLong, help: "The output folder (needed unless --jsonl).")
    var output: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Files converted at once (the default is the number of cores).")
    var jobs: Int = BatchOptions.defaultJobs

    @Flag(help: "Convert again even the inputs that are unchanged since the last run.")
    var force = false

    @Flag(help: "Stream each plan this run converts to stdout as one line of compact JSON (with -o the files are written too).")
    var jsonl = false

    @Flag(name: .shortAndLong, help: "No progress or summary on stderr (errors are still printed).")
    var quiet = false

    @Option(help: "Where conversions run: processes (a crash or hang fails only its file) or threads.")
    var isolation: Isolation = .processes

    @Option(help: "Seconds one file may take before its converter process is killed (0: no limit).")
    var timeout: Double = 300

    @Flag(help: .hidden)
    var worker = false

    @Option(name: .customLong("checkpoint-seconds"), help: .hidden)
    var checkpointSeconds: Double = 1

    enum Isolation: String, ExpressibleByArgument { case processes, threads }

    @OptionGroup var input: InputOptions

    func validate() throws {
        if worker { return }
        if output == nil && !jsonl { throw ValidationError("give an output folder (-o OUTDIR) or --jsonl") }
        if inputs.isEmpty && filesFrom == nil { throw ValidationError("give files or folders to convert") }
        if jobs < 1 { throw ValidationError("-j must be at least 1") }
    }

    func run() throws {
        if worker { return serveAsWorker() }
        var paths = inputs
        if let filesFrom { paths += readList(filesFrom) }
        let options = BatchOptions(
            inputs: paths, outputDirectory: output, jobs: jobs, force: force,
            converter: input.converterOptions,
            tool: ToolIdentity.current(version: VNPlan.configuration.version, options: input.converterOptions),
            checkpointInterval: checkpointSeconds,
            isolation: isolation == .threads ? .threads : .processes(command: workerCommand()),
            timeout: timeout > 0 ? timeout : nil)
        let reporter = StderrProgress(quiet: quiet)
        var observer = BatchObserver(
            started: { total in reporter.started(total: total) },
            finished: { record, progress in reporter.finished(record, progress) })
        if jsonl {
            observer.plan = { json in writeLineToStdout(json) }
        }
        let runner = BatchRunner(options: options, observer: observer)

        // Ctrl-C: stop taking inputs, let the ones under way finish, write the manifest.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { runner.cancel() }
        interrupt.resume()

        let result: BatchResult
        do {
            result = try runner.run()
        } catch {
            fail("\(error)", code: 2)
        }
        reporter.end(result.summary, manifest: output.map { $0 + "/" + Manifest.fileName })
        if !result.summary.complete { throw ExitCode(130) }
        if result.anyFailed { throw ExitCode(1) }
    }

    /// `vnplan batch --worker`: converts the requests read on stdin (see `BatchWorker`).
    private func serveAsWorker() {
        signal(SIGINT, SIG_IGN)  // Ctrl-C is for the batch, which lets the files under way finish
        let options = input.converterOptions
        let job = FileJob(outputDirectory: output, converter: options,
                          tool: ToolIdentity.current(version: VNPlan.configuration.version, options: options),
                          stream: jsonl)
        BatchWorker.serve(job)
    }

    private func workerCommand() -> [String] {
        batchWorkerCommand(output: output, jsonl: jsonl, input: input)
    }

    private func readList(_ path: String) -> [String] {
        let data: Data?
        if path == "-" { data = FileHandle.standardInput.readDataToEndOfFile() }
        else { data = FileManager.default.contents(atPath: path) }
        guard let data else { fail("\(path): cannot read the list of files") }
        return String(decoding: data, as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { !$0.isEmpty }
    }
}

/// How a worker of a batch is started: this very executable with the batch's options.
func batchWorkerCommand(output: String?, jsonl: Bool, input: InputOptions) -> [String] {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let path = FileManager.default.isExecutableFile(atPath: exe) ? exe : CommandLine.arguments[0]
    var command = [path, "batch", "--worker", "--tone-style", input.toneStyle.rawValue]
    if let output { command += ["-o", output] }
    if jsonl { command.append("--jsonl") }
    if let encoding = input.encoding { command += ["--encoding", encoding] }
    return command
}

/// Writes one line to stdout; ends the process quietly when the reader is gone (`| head`).
func writeLineToStdout(_ bytes: [UInt8]) {
    let line = bytes + [0x0A]
    let ok = line.withUnsafeBytes { buffer -> Bool in
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
            if written < 0 { if errno == EINTR { continue }; return false }
            offset += written
        }
        return true
    }
    if !ok { exit(141) }
}

/// Progress on stderr: a bar redrawn in place on a terminal, one plain line per input otherwise.
final class StderrProgress: @unchecked Sendable {
    private let quiet: Bool
    private let terminal = isatty(STDERR_FILENO) == 1
    private var lastDraw = 0.0
    private var drawn = false

    init(quiet: Bool) { self.quiet = quiet }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    // The runner calls these one at a time.
    func started(total: Int) {
        if !quiet && !terminal { write("vnplan batch: \(total) file\(total == 1 ? "" : "s")\n") }
    }

    func finished(_ record: FileRecord, _ progress: BatchProgress) {
        if quiet || !terminal {
            // Failures are always said, one line each.
            if record.status == .failed || !quiet {
                write(quiet ? "vnplan: \(record.error ?? record.path)\n" : ProgressText.line(record, progress) + "\n")
            }
            return
        }
        if record.status == .failed {
            write("\r\u{1B}[K" + ProgressText.line(record, progress) + "\n")
            drawn = false
        }
        let now = SystemInfo.now()
        if !drawn || now - lastDraw >= 0.1 || progress.done == progress.total {
            write("\r\u{1B}[K" + ProgressText.bar(progress))
            lastDraw = now
            drawn = true
        }
    }

    func end(_ summary: BatchSummary, manifest: String?) {
        if quiet { return }
        if terminal && drawn { write("\r\u{1B}[K") }
        write("vnplan batch: " + ProgressText.summary(summary) + (manifest.map { "; manifest: \($0)" } ?? "") + "\n")
    }
}
