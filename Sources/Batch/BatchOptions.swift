import Pipeline

/// What one `vnplan batch` run does.
public struct BatchOptions: Sendable {
    /// Files and folders to convert. Folders are walked recursively; hidden files and folders
    /// (names starting with ".") are skipped, and so is the output folder when it lies inside.
    public var inputs: [String]
    /// Where the plan JSON files and `manifest.jsonl` go; nil streams only (needs a plan sink).
    public var outputDirectory: String?
    /// Files converted at once (at least 1).
    public var jobs: Int
    /// Convert every input even when the manifest says it is unchanged.
    public var force: Bool
    /// How each file is converted.
    public var converter: Converter.Options
    /// Identifies the converter: an input is skipped only when its sha256 and this string are
    /// both unchanged since the run that converted it. See `ToolIdentity`.
    public var tool: String
    /// Seconds between rewrites of the manifest while a run goes on.
    public var checkpointInterval: Double
    /// Where conversions run: on threads of this process, or in worker processes (a crash or a
    /// hang in the converter then fails only its input).
    public var isolation: Isolation
    /// Longest a single input may take with `.processes` (nil: no limit); its worker is killed.
    public var timeout: Double?

    public enum Isolation: Sendable, Equatable {
        case threads
        /// `command` starts a worker that runs `BatchWorker.serve` (`vnplan batch --worker …`).
        case processes(command: [String])
    }

    public init(inputs: [String], outputDirectory: String?, jobs: Int = BatchOptions.defaultJobs,
                force: Bool = false, converter: Converter.Options = Converter.Options(),
                tool: String, checkpointInterval: Double = 1.0, isolation: Isolation = .threads,
                timeout: Double? = nil) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.force = force
        self.converter = converter
        self.tool = tool
        self.checkpointInterval = checkpointInterval
        self.isolation = isolation
        self.timeout = timeout
    }

    /// The job each input is given to.
    public var job: FileJob {
        FileJob(outputDirectory: outputDirectory, converter: converter, tool: tool, stream: false)
    }

    /// One job per active core.
    public static var defaultJobs: Int { max(1, SystemInfo.activeProcessorCount) }
}
