import ArgumentParser
import Diff
import Foundation
import Pipeline

/// `vnplan diff OLD NEW`: what a replacement plan changed, by meaning. Exit status as
/// diff(1): 0 no change, 1 changes, 2 trouble.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare a replacement plan (NEW) with the plan it supersedes (OLD).",
        discussion: """
        OLD and NEW are anything convert reads, or plan JSON already converted. Sections are \
        matched by what they say, so renumbered and moved sections are one change each; \
        wrapping, page breaks, NFC/NFD and tone placement are not changes.
        Exit status: 0 no changes, 1 changes, 2 error.
        """)

    @Argument(help: "The superseded plan (a source file, plan JSON, or - for stdin).")
    var old: String

    @Argument(help: "The replacement plan.")
    var new: String

    @Option(name: .shortAndLong,
            help: "text | json | markdown | html (default: from -o's extension, else text on a terminal, else json).")
    var format: String?

    @Option(name: .shortAndLong, help: "Write the report here instead of stdout.")
    var output: String?

    @Flag(help: "Fold diacritics when comparing (OCR text); automatic when a side was OCR-repaired.")
    var loose = false

    @OptionGroup var input: InputOptions

    enum Format: String { case text, json, markdown, html }

    func run() throws {
        let toTerminal = (output == nil || output == "-") && isatty(1) == 1
        guard let chosen = format.map({ Format(rawValue: $0.lowercased()) }) ?? Self.defaultFormat(output, toTerminal) else {
            fail("--format: unknown format '\(format ?? "")' (text, json, markdown, html)", code: 2)
        }
        if old == "-" && new == "-" { fail("-: standard input can be only one of OLD and NEW", code: 2) }
        let converter = Converter(options: input.converterOptions)
        let oldPlan = load(old, converter)
        let newPlan = load(new, converter)
        let diff = PlanDiffer(options: .init(loose: loose ? true : nil)).diff(old: oldPlan, new: newPlan)
        var data: Data
        switch chosen {
        case .json:
            do { data = try PlanJSON.encode(diff) } catch { fail("cannot encode the diff: \(error)", code: 2) }
            data.append(0x0A)
        case .text: data = Data(TextRenderer(color: toTerminal).render(diff).utf8)
        case .markdown: data = Data(MarkdownRenderer().render(diff).utf8)
        case .html: data = Data(HTMLRenderer().render(diff).utf8)
        }
        do { try writeOutput(data, to: output) } catch {
            fail("\(output ?? "stdout"): cannot write: \(error.localizedDescription)", code: 2)
        }
        throw ExitCode(diff.changes.isEmpty ? 0 : 1)
    }

    /// Without --format: from the output file's extension, else text on a terminal, else JSON.
    static func defaultFormat(_ output: String?, _ toTerminal: Bool) -> Format {
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "html", "htm": return .html
        case "md", "markdown": return .markdown
        case "txt": return .text
        case "json": return .json
        default: return toTerminal ? .text : .json
        }
    }

    /// A plan from plan JSON (a JSON object with `schemaVersion` and `sections`) or from any
    /// source the converter reads.
    private func load(_ path: String, _ converter: Converter) -> PlanModelPlan {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                fail("\(path): no such file", code: 2)
            }
            if isDirectory.boolValue { fail("\(path): is a directory, not a file", code: 2) }
            guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot be read", code: 2) }
            bytes = Array(data)
        }
        if Self.looksLikeJSON(bytes) {
            let data = Data(bytes)
            if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
               object["schemaVersion"] != nil, object["sections"] != nil {
                do { return try PlanJSON.decodePlan(data) } catch {
                    fail("\(path): plan JSON that does not follow the contract (\(Self.describe(error)))", code: 2)
                }
            }
            if path.lowercased().hasSuffix(".json") {
                fail("\(path): JSON but not plan JSON (no schemaVersion and sections at its root)", code: 2)
            }
        }
        do { return try converter.convert(bytes: bytes, path: path) } catch { fail(error.description, code: 2) }
    }

    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
