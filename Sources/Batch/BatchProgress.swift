/// Where a running batch stands, handed to its observer after each input.
public struct BatchProgress: Sendable, Hashable {
    public var total: Int
    public var done: Int
    public var ok: Int
    public var failed: Int
    public var skipped: Int
    /// Seconds since the run started.
    public var elapsed: Double

    public init(total: Int, done: Int = 0, ok: Int = 0, failed: Int = 0, skipped: Int = 0, elapsed: Double = 0) {
        self.total = total
        self.done = done
        self.ok = ok
        self.failed = failed
        self.skipped = skipped
        self.elapsed = elapsed
    }

    public var filesPerSecond: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds left at the rate so far, or nil before anything is done.
    public var eta: Double? {
        guard done > 0, elapsed > 0 else { return nil }
        return Double(total - done) * elapsed / Double(done)
    }
}

/// What a batch tells its caller as it goes. Calls are made one at a time (never concurrently),
/// from whichever thread finished the input.
public struct BatchObserver: Sendable {
    /// The inputs are found: the total is known.
    public var started: @Sendable (_ total: Int) -> Void
    /// One input is done.
    public var finished: @Sendable (_ record: FileRecord, _ progress: BatchProgress) -> Void
    /// A converted plan as one line of compact JSON (no newline); nil to stream nothing.
    public var plan: (@Sendable (_ json: [UInt8]) -> Void)?

    public init(started: @escaping @Sendable (Int) -> Void = { _ in },
                finished: @escaping @Sendable (FileRecord, BatchProgress) -> Void = { _, _ in },
                plan: (@Sendable ([UInt8]) -> Void)? = nil) {
        self.started = started
        self.finished = finished
        self.plan = plan
    }
}
