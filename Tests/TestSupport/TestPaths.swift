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
