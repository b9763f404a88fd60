import ArgumentParser
import Foundation
import Pipeline

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Restore the diacritics of stripped or OCR-mangled Vietnamese text.")

    @Argument(help: "A UTF-8 text file; - for stdin.")
    var file: String

    @Flag(help: "Print a JSON log of the changes (line, column, original, replacement, confidence) instead of the text.")
    var changes = false

    @Option(help: "auto: repair the lines that need it; always: every line; never.")
    var policy: Repairer.Policy = .auto

    @Option(help: "The compiled lexicon (default: corpus/vi-plans.vnlex or $VNPLAN_LEXICON).")
    var lexicon: String?

    @Option(name: .shortAndLong, help: "Write here instead of stdout.")
    var output: String?

    func run() throws {
        let repairer = loadRepairer(lexicon)
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else { fail("\(file): cannot read") }
            data = read
        }
        guard let text = String(data: data, encoding: .utf8) else { fail("\(file): not UTF-8 text") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let outcome = repairer.repair(lines: lines, policy: policy)
        do {
            if changes {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                var json = try encoder.encode(outcome.changes)
                json.append(0x0A)
                try writeOutput(json, to: output)
            } else {
                try writeOutput(Data(outcome.lines.joined(separator: "\n").utf8), to: output)
            }
        } catch {
            fail("\(output ?? "stdout"): cannot write: \(error)")
        }
    }
}

extension Repairer.Policy: ExpressibleByArgument {}

/// Loads the named lexicon or the shipped one; a clear error naming the file otherwise.
func loadRepairer(_ path: String?) -> Repairer {
    guard let path = path ?? LexiconLocation.defaultPath() else {
        fail("\(LexiconLocation.relativePath): no compiled lexicon found (build one with `vnplan lexicon build`, or pass --lexicon)")
    }
    do {
        return Repairer(lexicon: try Lexicon(path: path))
    } catch {
        fail(error.description)
    }
}
