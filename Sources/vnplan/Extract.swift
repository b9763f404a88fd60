import ArgumentParser
import Foundation
import Pipeline

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the extracted lines with the numbers plan JSON's `lines` refer to.")

    @Argument(help: "The plan file (text, PDF, DOCX, HTML, hOCR, ALTO); - for stdin.")
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        do {
            let extracted = try Converter(options: input.converterOptions).extract(path: file)
            let width = String(extracted.lines.count).count
            var out = ""
            for line in extracted.lines {
                let number = String(line.number)
                out += String(repeating: " ", count: max(0, width - number.count)) + number + "\t" + line.text + "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch {
            fail(error.description)
        }
    }
}
