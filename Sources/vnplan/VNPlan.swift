import ArgumentParser
import Foundation

@main
struct VNPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vnplan",
        abstract: "Turn Vietnamese government plans into structured, diffable JSON.",
        version: "0.1.0",
        subcommands: [Extract.self, Convert.self, Validate.self, Diff.self, RepairCommand.self, LexiconCommand.self,
                      BatchCommand.self, BenchCommand.self]
    )

    /// As ArgumentParser's, except that `vnplan diff` keeps diff(1)'s exit codes: a usage error
    /// is trouble (2), not ArgumentParser's 64, so scripts can tell it from "changes" (1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error).rawValue == 64, CommandLine.arguments.dropFirst().first == "diff" {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
