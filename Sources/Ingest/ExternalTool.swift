import Foundation

/// Runs an external program (pdftotext, pdftoppm, tesseract) with a time limit: never hangs.
struct ExternalTool {
    struct Result {
        var status: Int32
        /// Everything the program wrote to standard error.
        var standardError: String
        /// Its first line, for messages.
        var firstErrorLine: String { standardError.split(separator: "\n").first.map(String.init) ?? "" }
    }

    enum Failure: Error {
        case notInstalled
        case timedOut(seconds: Double)
        case launch(String)
    }

    var name: String
    /// Directories searched for the program; `$PATH` by default.
    var searchPath: [String]

    init(_ name: String, searchPath: [String]? = nil) {
        self.name = name
        self.searchPath = searchPath ?? ExternalTool.environmentPath
    }

    static var environmentPath: [String] {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
            .split(separator: ":").map(String.init)
    }

    /// The program's full path, or nil when it is not installed.
    var location: String? {
        for directory in searchPath {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the program with `arguments`; output goes where the arguments say (files), standard
    /// error is captured. Killed after `timeout` seconds.
    func run(_ arguments: [String], timeout: Double) throws(Failure) -> Result {
        guard let location else { throw .notInstalled }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: location)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("vnplan-\(name)-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        guard let errorHandle = FileHandle(forWritingAtPath: errorFile.path) else {
            throw .launch("cannot create a temporary file")
        }
        process.standardError = errorHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            try? errorHandle.close()
            throw .launch(String(describing: error))
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL); finished.wait() }
            try? errorHandle.close()
            throw .timedOut(seconds: timeout)
        }
        try? errorHandle.close()
        let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, standardError: message)
    }
}

/// A temporary directory removed when the value is dropped by `cleanUp`.
struct ScratchDirectory {
    let url: URL

    init() throws(IngestError) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw IngestError(path: url.path, problem: .unreadable("cannot create a temporary directory"))
        }
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}
