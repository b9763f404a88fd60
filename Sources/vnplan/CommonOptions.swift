import ArgumentParser
import Foundation
import Pipeline
import Normalize

extension TonePlacement: ExpressibleByArgument {}

/// Options every command that reads a plan takes.
struct InputOptions: ParsableArguments {
    @Option(help: "Force the text encoding (utf-8, utf-16, windows-1258, tcvn3, vni).")
    var encoding: String?

    @Option(name: .customLong("tone-style"),
            help: "Tone-mark placement in oa/oe/uy: as-printed, old (hòa), new (hoà).")
    var toneStyle: TonePlacement = .asPrinted

    @Option(help: "Diacritic/OCR repair: auto (lines that need it), always, never.")
    var repair: Repairer.Policy = .auto

    @Option(help: "The compiled lexicon for repair (default: the shipped corpus/vi-plans.vnlex).")
    var lexicon: String?

    @Flag(help: "Read a PDF without a text layer (a scan) with OCR: tesseract -l vie.")
    var ocr = false

    var converterOptions: Converter.Options {
        let repairer = repair == .never || lexicon == nil ? nil : loadRepairer(lexicon)
        return Converter.Options(encoding: encoding, tonePlacement: toneStyle, repair: repair, repairer: repairer, ocr: ocr)
    }
}

extension InputOptions {
    /// The plan of `file`, or a one-line error naming the file and exit 1.
    func convertOrFail(_ file: String) -> PlanModelPlan {
        do {
            return try Converter(options: converterOptions).convert(path: file)
        } catch {
            fail(error.description)
        }
    }
}

/// Prints a one-line error naming the file and exits non-zero.
func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("vnplan: \(message)\n".utf8))
    exit(code)
}

/// Writes `data` to `path` atomically, or to stdout when `path` is nil or "-".
func writeOutput(_ data: Data, to path: String?) throws {
    if let path, path != "-" {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } else {
        FileHandle.standardOutput.write(data)
    }
}
