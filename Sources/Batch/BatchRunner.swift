import Foundation
import Pipeline

/// What a batch did.
public struct BatchResult: Sendable {
    /// One record per input this run reached, sorted by path.
    public var records: [FileRecord]
    public var summary: BatchSummary
    /// Whether any input failed (the command's exit code says so).
    public var anyFailed: Bool { summary.failed > 0 }
}

/// Converts many files at once (`jobs` threads, each converting itself or through its own
/// worker process), writing each plan atomically under the output folder and keeping
/// `manifest.jsonl` current, so that a run killed at any point leaves only whole files and a
/// rerun finishes the work (skipping inputs already converted).
public final class BatchRunner: @unchecked Sendable {
    public let options: BatchOptions
    public let observer: BatchObserver

    // `cancelled` has its own lock so that an observer (called with `lock` held) may cancel.
    private let cancelLock = NSLock()
    private var cancelled = false

    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private var queue: [BatchInput] = []
    private var nextIndex = 0
    private var inputs: [BatchInput] = []
    private var collisions: [String: String] = [:]
    private var previous: [String: FileRecord] = [:]
    private var done: [String: FileRecord] = [:]
    private var progress = BatchProgress(total: 0)
    private var started = 0.0
    private var lastCheckpoint = 0.0
    private var checkpointCost = 0.0

    public init(options: BatchOptions, observer: BatchObserver = BatchObserver()) {
        self.options = options
        self.observer = observer
    }

    /// Stops handing out inputs; those being converted finish and the manifest is written.
    public func cancel() {
        cancelLock.lock(); defer { cancelLock.unlock() }
        cancelled = true
    }

    private var isCancelled: Bool {
        cancelLock.lock(); defer { cancelLock.unlock() }
        return cancelled
    }

    public func run() throws(BatchError) -> BatchResult {
        var folderLock: DirectoryLock?
        if let folder = options.outputDirectory {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw BatchError("\(folder): cannot create the output folder: \(error.localizedDescription)")
            }
            folderLock = try DirectoryLock(folder: folder)
            AtomicFile.removeLeftovers(under: folder)
            previous = Manifest.load(folder: folder)
        }
        defer { withExtendedLifetime(folderLock) {} }

        inputs = InputWalker.collect(options.inputs, excluding: options.outputDirectory)
        collisions = Self.collisions(in: inputs)
        queue = inputs.sorted { $0.size != $1.size ? $0.size > $1.size : $0.path < $1.path }
        progress = BatchProgress(total: inputs.count)
        started = SystemInfo.now()
        lastCheckpoint = started
        observer.started(inputs.count)

        runWorkers()
        if let folder = options.outputDirectory { AtomicFile.removeLeftovers(under: folder) }

        lock.lock(); defer { lock.unlock() }
        let summary = makeSummary()
        if let folder = options.outputDirectory {
            try Manifest.write(folder: folder, records: manifestRecords(), summary: summary)
        }
        return BatchResult(records: done.values.sorted { $0.path < $1.path }, summary: summary)
    }

    // MARK: - Workers

    private func runWorkers() {
        var job = options.job
        job.stream = observer.plan != nil
        var command: [String]?
        if case .processes(let worker) = options.isolation { command = worker }
        let group = DispatchGroup()
        for _ in 0..<options.jobs {
            group.enter()
            let thread = Thread { [self, job, command] in
                let worker = command.map(WorkerProcess.init(command:))
                while let input = take() {
                    let (record, json) = process(input, job: job, worker: worker)
                    finish(record, json: json)
                }
                worker?.stop()
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
    }

    private func take() -> BatchInput? {
        lock.lock(); defer { lock.unlock() }
        guard !isCancelled, nextIndex < queue.count else { return nil }
        nextIndex += 1
        return queue[nextIndex - 1]
    }

    private func finish(_ record: FileRecord, json: [UInt8]?) {
        lock.lock(); defer { lock.unlock() }
        done[record.path] = record
        progress.done += 1
        switch record.status {
        case .ok: progress.ok += 1
        case .failed: progress.failed += 1
        case .skipped: progress.skipped += 1
        }
        let now = SystemInfo.now()
        progress.elapsed = now - started
        observer.finished(record, progress)
        if let json { observer.plan?(json) }
        // Rewrite the manifest now and then; slower to write, less often.
        if let folder = options.outputDirectory, progress.done < progress.total,
           now - lastCheckpoint >= max(options.checkpointInterval, checkpointCost * 20) {
            let summary = makeSummary()
            try? Manifest.write(folder: folder, records: manifestRecords(), summary: summary)
            lastCheckpoint = SystemInfo.now()
            checkpointCost = lastCheckpoint - now
        }
    }

    // MARK: - One input

    /// Converts one input, or skips it when unchanged; never throws: a bad input becomes a
    /// failed record.
    private func process(_ input: BatchInput, job: FileJob, worker: WorkerProcess?) -> (FileRecord, [UInt8]?) {
        let start = SystemInfo.now()
        let outputRelative = options.outputDirectory == nil ? nil : input.outputRelativePath
        func record(_ status: FileRecord.Status, sha256: String?, bytes: Int, error: String? = nil,
                    warnings: Int? = nil, repair: RepairSummary? = nil) -> FileRecord {
            FileRecord(path: input.path, output: outputRelative, sha256: sha256, bytes: bytes, status: status,
                       error: error, warnings: warnings, repair: repair,
                       ms: FileJob.milliseconds(since: start), tool: options.tool)
        }

        if let other = collisions[input.path] {
            return (record(.failed, sha256: nil, bytes: input.size,
                           error: "\(input.path): its output \(input.outputRelativePath) is already the output of \(other)"), nil)
        }
        let contents = FileManager.default.contents(atPath: input.path)
        let sha256 = contents.map { Digest.sha256([UInt8]($0)) }
        let bytes = contents?.count ?? input.size

        if !options.force, let outputRelative, let folder = options.outputDirectory, let sha256,
           let old = lockedPrevious(outputRelative), old.status != .failed,
           old.sha256 == sha256, old.tool == options.tool,
           FileManager.default.fileExists(atPath: folder + "/" + outputRelative) {
            return (record(.skipped, sha256: sha256, bytes: bytes, warnings: old.warnings, repair: old.repair), nil)
        }

        let request = FileJob.Request(path: input.path, relativePath: input.relativePath, sha256: sha256, bytes: bytes)
        guard let worker else { return job.run(request, start: start) }
        switch worker.convert(request, stream: job.stream, timeout: options.timeout) {
        case .done(var converted, let json):
            converted.ms = FileJob.milliseconds(since: start)
            converted.tool = options.tool
            return (converted, json)
        case .lost(let why):
            return (record(.failed, sha256: sha256, bytes: bytes, error: "\(input.path): \(why)"), nil)
        }
    }

    private func lockedPrevious(_ output: String) -> FileRecord? {
        lock.lock(); defer { lock.unlock() }
        return previous[output]
    }

    // MARK: - Manifest (called with `lock` held)

    /// This run's records, and for inputs not reached yet their records from an earlier run.
    private func manifestRecords() -> [FileRecord] {
        var records = Array(done.values)
        for input in inputs where done[input.path] == nil {
            if let old = previous[input.outputRelativePath] { records.append(old) }
        }
        return records
    }

    private func makeSummary() -> BatchSummary {
        let worked = done.values.filter { $0.status != .skipped }
        let slowest = worked.sorted { $0.ms > $1.ms }.prefix(5).map { BatchSummary.Slow(path: $0.path, ms: $0.ms) }
        return BatchSummary(tool: options.tool, complete: done.count == inputs.count, jobs: options.jobs,
                            files: inputs.count, ok: progress.ok, failed: progress.failed, skipped: progress.skipped,
                            pending: inputs.count - done.count, bytes: worked.reduce(0) { $0 + $1.bytes },
                            seconds: SystemInfo.now() - started, slowest: slowest)
    }

    /// Inputs whose output name an earlier input (by path order) already has: path → that input.
    static func collisions(in inputs: [BatchInput]) -> [String: String] {
        var owner: [String: String] = [:]
        var collisions: [String: String] = [:]
        for input in inputs {
            if let first = owner[input.outputRelativePath] { collisions[input.path] = first }
            else { owner[input.outputRelativePath] = input.path }
        }
        return collisions
    }
}
