import Foundation

/// Runs the built `vnplan` binary (beside the test bundle in `.build/…/debug`).
struct VNPlanProcess {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func binary() throws -> String {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = exe.deletingLastPathComponent().appendingPathComponent("vnplan").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw Failure(description: "\(candidate) is missing: build it first (swift build)")
        }
        return candidate
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Starts `vnplan arguments…`; stdout and stderr go to files under `scratch`.
    static func start(_ arguments: [String], stdin: Data? = nil, scratch: URL) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        let out = scratch.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = scratch.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        if let stdin {
            let input = scratch.appendingPathComponent("stdin-\(UUID().uuidString)")
            try stdin.write(to: input)
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return (process, out, err)
    }

    /// Runs `vnplan arguments…` to the end.
    static func run(_ arguments: [String], stdin: Data? = nil, scratch: URL) throws -> Output {
        let (process, out, err) = try start(arguments, stdin: stdin, scratch: scratch)
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: try Data(contentsOf: out), stderr: try Data(contentsOf: err))
    }
}
