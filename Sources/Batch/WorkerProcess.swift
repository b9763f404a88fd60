import Foundation

/// The batch's side of one worker process (`vnplan batch --worker …`): sends it requests and
/// reads its answers. When the worker dies on an input (a crash in the converter) or takes too
/// long (it is then killed), that input alone fails and a new worker is started for the next.
final class WorkerProcess {
    enum Reply {
        case done(FileRecord, [UInt8]?)
        /// The worker died or hung: why, in words.
        case lost(String)
    }

    private let command: [String]
    private var pid: pid_t = 0
    /// Our end of the socket pair whose other end is the worker's stdin and stdout. A socket,
    /// not pipes, so that writing to a dead worker is an error (`MSG_NOSIGNAL`), not a SIGPIPE
    /// that would end the batch.
    private var connection: Int32 = -1
    private var reader: LineReader?
    private let decoder = JSONDecoder()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private static let spawnLock = NSLock()

    /// This process's environment, and unless the user chose otherwise no Swift backtrace on a
    /// crash: the batch reports the crash in one line, and the runtime's "Fatal error" line
    /// still reaches stderr.
    private static let environment: [String] = {
        var variables = ProcessInfo.processInfo.environment
        if variables["SWIFT_BACKTRACE"] == nil { variables["SWIFT_BACKTRACE"] = "enable=no" }
        return variables.map { "\($0.key)=\($0.value)" }.sorted()
    }()

    init(command: [String]) { self.command = command }

    deinit { stop() }

    /// Converts one input in the worker; `timeout` seconds at most (nil: no limit).
    func convert(_ request: FileJob.Request, stream: Bool, timeout: Double?) -> Reply {
        if pid == 0, let failure = start() { return .lost(failure) }
        guard let line = try? encoder.encode(request), LineWriter.send([UInt8](line), to: connection) else {
            return .lost(reap(killing: true, why: "the converter process could not be reached"))
        }
        guard let reader else { return .lost("no converter process") }
        switch reader.next(timeout: timeout) {
        case .line(let bytes):
            guard let record = try? decoder.decode(FileRecord.self, from: Data(bytes)) else {
                return .lost(reap(killing: true, why: "the converter process answered nonsense"))
            }
            guard stream, record.status == .ok else { return .done(record, nil) }
            if case .line(let plan) = reader.next(timeout: timeout) { return .done(record, plan) }
            return .lost(reap(killing: true, why: "the converter process stopped before sending the plan"))
        case .timedOut:
            return .lost(reap(killing: true, why: "timed out after \(ProgressText.decimal(timeout ?? 0, places: 0)) s"))
        case .end:
            return .lost(reap(killing: false, why: "the converter crashed"))
        }
    }

    /// Closes the worker's input (it ends by itself) and waits for it.
    func stop() {
        guard pid != 0 else { return }
        shutdown(connection, Int32(SHUT_WR))
        _ = wait()
        close(connection)
        connection = -1
        reader = nil
    }

    // MARK: - Process

    /// Starts the worker; nil on success, else why it could not start.
    private func start() -> String? {
        // One spawn at a time, so that no worker inherits another's pipe (its end of file would
        // then never come).
        WorkerProcess.spawnLock.lock()
        defer { WorkerProcess.spawnLock.unlock() }
        var pair: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0 else {
            return "cannot start the converter process: no socket (\(String(cString: strerror(errno))))"
        }
        for fd in pair { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, pair[1], 1)
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?] = WorkerProcess.environment.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, command[0], &actions, nil, argv, envp)
        close(pair[1])
        guard status == 0 else {
            close(pair[0])
            return "cannot start the converter process \(command[0]): \(String(cString: strerror(status)))"
        }
        pid = child
        connection = pair[0]
        reader = LineReader(fd: connection)
        return nil
    }

    /// Ends the worker (killing it when asked) and says why the input was lost.
    private func reap(killing: Bool, why: String) -> String {
        if killing, pid != 0 { kill(pid, SIGKILL) }
        let status = wait()
        close(connection)
        connection = -1
        reader = nil
        if !killing, let status {
            let signal = status & 0x7F
            if signal != 0 { return "\(why) (signal \(signal))" }
            return "\(why) (exit status \((status >> 8) & 0xFF))"
        }
        return why
    }

    /// Waits for the worker to end; its raw wait status.
    private func wait() -> Int32? {
        guard pid != 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        pid = 0
        return status
    }
}
