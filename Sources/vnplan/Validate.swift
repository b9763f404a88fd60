import ArgumentParser
import Foundation
import Pipeline

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the document's warnings (numbering gaps, duplicates, inconsistent names…).")

    @Argument(help: "The plan file; - for stdin.")
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let plan = input.convertOrFail(file)
        var out = ""
        for warning in plan.warnings {
            var place = ""
            if let line = warning.line { place += "line \(line)" }
            if let id = warning.sectionId { place += (place.isEmpty ? "" : ", ") + "section \(id)" }
            out += "\(file):\(warning.line.map(String.init) ?? "-"): \(warning.code.rawValue): \(warning.message)"
            out += place.isEmpty ? "\n" : " (\(place))\n"
        }
        out += "\(plan.warnings.count) warning\(plan.warnings.count == 1 ? "" : "s")\n"
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
