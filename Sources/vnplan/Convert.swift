import ArgumentParser
import Foundation
import Pipeline

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Convert a plan into plan JSON.")

    @Argument(help: "The plan file; - for stdin.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the JSON here instead of stdout.")
    var output: String?

    @Flag(help: "One line of JSON instead of pretty printed.")
    var compact = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let plan = input.convertOrFail(file)
        do {
            var data = try PlanJSON.encode(plan, pretty: !compact)
            data.append(0x0A)
            try writeOutput(data, to: output)
        } catch {
            fail("\(output ?? "stdout"): cannot write: \(error)")
        }
    }
}
