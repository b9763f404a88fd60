import ArgumentParser
import Foundation
import Pipeline

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Build the compiled lexicon and syllable language model used by repair.",
        subcommands: [Build.self, Info.self])

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a compiled lexicon and print its size and load time.")

        @Argument(help: "The compiled lexicon (default: the shipped one).")
        var file: String?

        func run() throws {
            guard let path = file ?? LexiconLocation.defaultPath() else { fail("\(LexiconLocation.relativePath): no compiled lexicon found") }
            let clock = ContinuousClock()
            var lexicon: Normalize.Lexicon?
            let load = try clock.measure { lexicon = try Normalize.Lexicon(path: path) }
            guard let lexicon else { return }
            var repairer: Repairer?
            let prepare = clock.measure { repairer = Repairer(lexicon: lexicon) }
            _ = repairer
            func ms(_ d: Duration) -> String { String(format: "%.1f ms", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
            print("\(path): \(lexicon.count) syllables; load \(ms(load)); repairer ready (trie, channel tables) \(ms(prepare))")
        }
    }

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile hunspell-vi and a corpus of clean plans into a lexicon (counts only).")

        @Option(parsing: .upToNextOption, help: "Folders (or files) of clean UTF-8 plan texts (*.txt).")
        var corpus: [String] = []

        @Option(parsing: .upToNextOption, help: "Folders (or files) of general Vietnamese text (*.txt): a separately smoothed background model, not plan counts.")
        var general: [String] = []

        @Option(parsing: .upToNextOption, help: "Word lists (one word a line, syllables separated by spaces, e.g. pyvi's words.txt): pairs of syllables that form a word.")
        var words: [String] = []

        @Option(help: "Take the background model (general-text counts, word pairs) from this compiled lexicon (e.g. the shipped corpus/vi-plans.vnlex), instead of --general/--words.")
        var background: String?

        @Option(help: "Leave out corpus files whose name contains this (for leave-one-out measures).")
        var exclude: [String] = []

        @Option(help: "The hunspell dictionary to take syllables from.")
        var hunspell = "/usr/share/hunspell/vi_VN.dic"

        @Option(name: .shortAndLong, help: "Write the compiled lexicon here.")
        var output = LexiconLocation.relativePath

        func run() throws {
            var builder = LexiconBuilder()
            guard let dic = try? String(contentsOfFile: hunspell, encoding: .utf8) else {
                fail("\(hunspell): cannot read the hunspell dictionary (install hunspell-vi)")
            }
            builder.addDictionary(dic)
            func textFiles(_ paths: [String]) -> [String] {
                var files: [String] = []
                for path in paths {
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                        fail("\(path): no such corpus folder or file")
                    }
                    if isDirectory.boolValue {
                        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                        files += names.filter { $0.hasSuffix(".txt") }.sorted().map { path + "/" + $0 }
                    } else {
                        files.append(path)
                    }
                }
                return files
            }
            var files = textFiles(corpus)
            files = files.filter { file in !exclude.contains { file.split(separator: "/").last?.contains($0) ?? false } }
            for file in files {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    fail("\(file): not readable as UTF-8 text")
                }
                builder.addCorpus(text)
            }
            for file in textFiles(general) {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    fail("\(file): not readable as UTF-8 text")
                }
                builder.addGeneral(text)
            }
            if let background {
                do {
                    builder.addBackground(of: try Normalize.Lexicon(path: background))
                } catch {
                    fail("\(error)")
                }
            }
            for file in words {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    fail("\(file): not readable as a UTF-8 word list")
                }
                builder.addWordList(text)
            }
            let bytes = builder.compile()
            do {
                try writeOutput(Data(bytes), to: output)
            } catch {
                fail("\(output): cannot write: \(error)")
            }
            FileHandle.standardError.write(Data(
                "lexicon: \(builder.syllableCount) syllables, \(builder.corpusTokens) corpus tokens from \(files.count) files, \(builder.generalTokens) general tokens, \(builder.wordPairCount) word pairs → \(output) (\(bytes.count) bytes)\n".utf8))
        }
    }
}
