import Foundation

/// Where tests find the repository, its fixtures and the shared material beside it.
public enum TestPaths {
    /// The repository root (two levels above this file's folder).
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`.
    public static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    /// `../shared` beside the repository (CI has it there), or `$VNPLAN_SHARED`.
    public static let shared: URL = {
        if let env = ProcessInfo.processInfo.environment["VNPLAN_SHARED"] { return URL(fileURLWithPath: env) }
        return repository.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    public static func seed(_ name: String) -> URL { shared.appendingPathComponent("seeds/\(name)") }

    /// The three seed plans.
    public static let seedNames = ["001_a820fea86ef87c1d", "003_80b10907ed40827a", "004_a55728677e93c42b"]
}

/// Validates JSON against a schema in `schema/` with Python's jsonschema (scripts/validate-json.py).
public enum SchemaValidator {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Returns the validator's complaints; empty means valid.
    public static func errors(json: Data, schema: String) throws -> [String] {
        let tmp = FileManager.default.temporaryDirectory
            .appendingPathComponent("vnplan-validate-\(UUID().uuidString).json")
        try json.write(to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.repository.appendingPathComponent("scripts/validate-json.py").path,
                             TestPaths.repository.appendingPathComponent("schema/\(schema)").path, tmp.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 && output.isEmpty {
            throw Failure(description: "validator exited \(process.terminationStatus) without output")
        }
        return output.split(separator: "\n").map(String.init)
    }
}

/// Runs the built `vnplan` executable (beside the test bundle in `.build/<config>/`).
public enum VNPlanBinary {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static var url: URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory, bundleDirectory.deletingLastPathComponent(),
                          TestPaths.repository.appendingPathComponent(".build/debug")] {
            let url = candidate.appendingPathComponent("vnplan")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return TestPaths.repository.appendingPathComponent(".build/debug/vnplan")
    }

    /// Runs `vnplan ARGS` with optional standard input; waits for it to finish.
    public static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output cannot block the child.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errorData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self))
    }
}
