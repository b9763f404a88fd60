import Pipeline

/// What happened to one input: one line of `manifest.jsonl` (`"kind": "file"`).
public struct FileRecord: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable {
        /// Converted by this run.
        case ok
        /// Could not be converted; `error` says why.
        case failed
        /// Unchanged since an earlier run converted it (same sha256 and tool).
        case skipped
    }

    public var kind: String = "file"
    /// The input path as walked.
    public var path: String
    /// The plan's path below the output folder (nil when streaming only).
    public var output: String?
    /// SHA-256 of the input's bytes (nil when it could not be read).
    public var sha256: String?
    public var bytes: Int
    public var status: Status
    /// The one-line error, naming the file and the problem.
    public var error: String?
    /// Number of warnings in the plan.
    public var warnings: Int?
    /// The plan's `repair` object.
    public var repair: RepairSummary?
    /// Milliseconds this run spent on the input.
    public var ms: Double
    /// The converter that made the plan (see `ToolIdentity`).
    public var tool: String

    public init(path: String, output: String?, sha256: String?, bytes: Int, status: Status,
                error: String? = nil, warnings: Int? = nil, repair: RepairSummary? = nil, ms: Double, tool: String) {
        self.path = path
        self.output = output
        self.sha256 = sha256
        self.bytes = bytes
        self.status = status
        self.error = error
        self.warnings = warnings
        self.repair = repair
        self.ms = ms
        self.tool = tool
    }

    enum CodingKeys: String, CodingKey {
        case kind, path, output, sha256, bytes, status, error, warnings, repair, ms, tool
    }

    /// Every field is written, absent ones as null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(path, forKey: .path)
        try c.encode(output, forKey: .output)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(status, forKey: .status)
        try c.encode(error, forKey: .error)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(repair, forKey: .repair)
        try c.encode(ms, forKey: .ms)
        try c.encode(tool, forKey: .tool)
    }
}

/// The last line of `manifest.jsonl` (`"kind": "summary"`).
public struct BatchSummary: Codable, Sendable, Hashable {
    public struct Slow: Codable, Sendable, Hashable {
        public var path: String
        public var ms: Double
    }

    public var kind: String = "summary"
    public var tool: String
    /// False while the run goes on, or when it was interrupted before every input was done.
    public var complete: Bool
    public var jobs: Int
    /// Inputs found.
    public var files: Int
    public var ok: Int
    public var failed: Int
    public var skipped: Int
    /// Inputs not reached (an interrupted run).
    public var pending: Int
    /// Bytes of the inputs converted or tried (skipped ones not counted).
    public var bytes: Int
    /// Wall-clock seconds of the run.
    public var seconds: Double
    /// (ok + failed) / seconds.
    public var filesPerSecond: Double
    /// bytes / 10⁶ / seconds.
    public var megabytesPerSecond: Double
    /// The slowest inputs of this run, slowest first (at most 5).
    public var slowest: [Slow]

    public init(tool: String, complete: Bool, jobs: Int, files: Int, ok: Int, failed: Int, skipped: Int,
                pending: Int, bytes: Int, seconds: Double, slowest: [Slow]) {
        self.tool = tool
        self.complete = complete
        self.jobs = jobs
        self.files = files
        self.ok = ok
        self.failed = failed
        self.skipped = skipped
        self.pending = pending
        self.bytes = bytes
        self.seconds = seconds
        let worked = Double(ok + failed)
        self.filesPerSecond = seconds > 0 ? worked / seconds : 0
        self.megabytesPerSecond = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        self.slowest = slowest
    }
}
