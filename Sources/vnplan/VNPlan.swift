import ArgumentParser

@main
struct VNPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vnplan",
        abstract: "Turn Vietnamese government plans into structured, diffable JSON.",
        version: "0.1.0",
        subcommands: [Extract.self, Convert.self, Validate.self, Diff.self, RepairCommand.self, LexiconCommand.self,
                      BatchCommand.self, BenchCommand.self]
    )
}
