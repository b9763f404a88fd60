import Testing
import Foundation
import TestSupport

/// Bad input gets a one-line error naming the file and the problem, and a non-zero exit.
@Suite struct CLIErrorTests {
    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let cases: [(name: String, bytes: [UInt8]?, message: String)] = [
        ("missing.txt", nil, "no such file"),
        ("empty.txt", [], "is empty"),
        ("blank.txt", Array(" \n \r\n".utf8), "is empty"),
        ("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "binary"),
        ("nul.txt", Array("KẾ HOẠCH".utf8) + [0, 0, 0, 1, 2, 3], "binary"),
        ("latin.txt", Array("KẾ HOẠCH\nSố ".utf8) + [0xC3, 0x28] + Array("\n".utf8), "bad byte at offset 18"),
    ]

    @Test(arguments: ["convert", "extract", "validate"], 0..<cases.count)
    func badInputGivesOneLineError(command: String, index: Int) throws {
        let c = Self.cases[index]
        let path = try c.bytes.map { try Self.temporaryFile(c.name, $0) } ?? "/nonexistent/\(c.name)"
        let result = try VNPlanBinary.run([command, path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains(c.message), "\(result.stderr)")
    }

    @Test func directoryIsAnError() throws {
        let result = try VNPlanBinary.run(["convert", FileManager.default.temporaryDirectory.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is a directory"))
    }

    @Test func convertReadsStandardInput() throws {
        let text = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("plans/ke-hoach-dong-hai.txt"))
        let result = try VNPlanBinary.run(["convert", "-"], stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? String == "1.0")
    }

    @Test func helpOnEveryCommand() throws {
        for command in ["extract", "convert", "validate"] {
            let result = try VNPlanBinary.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: vnplan \(command)"))
        }
    }

    @Test func diffUsageErrorIsTroubleNotChanges() throws {
        let result = try VNPlanBinary.run(["diff", "only-one-file.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Missing expected argument"))
        #expect(try VNPlanBinary.run(["diff", "--help"]).status == 0)
    }
}
