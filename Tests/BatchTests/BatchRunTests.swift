import Testing
import Foundation
@testable import Batch
import Pipeline
import TestSupport

@Suite struct BatchRunTests {
    @Test func goodPlansConvertAndBadOnesAreListedWithTheirErrors() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        let bad = try folder.addBadInputs()
        let result = try BatchRunner(options: folder.options()).run()

        #expect(result.summary.files == good + bad.count)
        #expect(result.summary.ok == good)
        #expect(result.summary.failed == bad.count)
        #expect(result.summary.complete)
        #expect(result.anyFailed)

        for record in result.records where record.status == .ok {
            let output = folder.output + "/" + (record.output ?? "?")
            let data = try Data(contentsOf: URL(fileURLWithPath: output))
            let plan = try #require(jsonObject(data), "\(output) is not whole JSON")
            let source = plan["source"] as? [String: Any]
            #expect(source?["sha256"] as? String == record.sha256)
            #expect(source?["path"] as? String == record.path)
            #expect(record.warnings != nil && record.repair != nil && record.error == nil)
        }
        for (relative, phrase) in bad {
            let record = try #require(result.records.first { $0.path.hasSuffix("/" + relative) })
            #expect(record.status == .failed)
            let error = record.error ?? ""
            #expect(error.hasPrefix(folder.input + "/" + relative + ": "), "error names the file: \(error)")
            if let phrase { #expect(error.contains(phrase), "\(relative): \(error)") }
            #expect(!error.contains("\n"))
            #expect(!FileManager.default.fileExists(atPath: folder.output + "/" + relative + ".json"))
        }
        #expect(folder.temporaryFiles().isEmpty)
    }

    @Test func outputsMirrorTheInputTree() throws {
        let folder = try BatchFolder()
        _ = try folder.addGoodPlans()
        _ = try BatchRunner(options: folder.options()).run()
        let files = folder.outputFiles().filter { !$0.hasPrefix(".") }
        var expected = TestPaths.seedNames.map { "seeds/\($0).txt.json" }
        expected += ["fixtures/chuong-trinh-tan-phu-crlf.txt.json", "fixtures/ke-hoach-dong-hai.txt.json",
                     "fixtures/ke-hoach-hoa-binh-utf16.txt.json", Manifest.fileName]
        #expect(Set(expected).isSubset(of: Set(files)))
        let seed = try Data(contentsOf: URL(fileURLWithPath: folder.output + "/seeds/\(TestPaths.seedNames[0]).txt.json"))
        #expect(try SchemaValidator.errors(json: seed, schema: "plan.schema.json").isEmpty)
    }

    @Test func manifestListsEveryInputThenASummary() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        let bad = try folder.addBadInputs()
        _ = try BatchRunner(options: folder.options()).run()

        let data = try Data(contentsOf: URL(fileURLWithPath: folder.output + "/" + Manifest.fileName))
        let lines = data.split(separator: 0x0A).map { Data($0) }
        #expect(lines.count == good + bad.count + 1)
        let objects = lines.map(jsonObject)
        #expect(objects.allSatisfy { $0 != nil })
        let files = objects.dropLast().compactMap { $0 }
        #expect(files.allSatisfy { $0["kind"] as? String == "file" })
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        for key in ["path", "output", "sha256", "bytes", "status", "error", "warnings", "repair", "ms", "tool"] {
            #expect(files.allSatisfy { $0.keys.contains(key) }, "every record has \(key)")
        }
        let empty = try #require(files.first { ($0["path"] as? String)?.hasSuffix("bad/empty.txt") == true })
        #expect(empty["sha256"] as? String == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(empty["status"] as? String == "failed")

        let (_, summary) = try Manifest.read(folder: folder.output)
        let last = try #require(summary)
        #expect(last.complete && last.ok == good && last.failed == bad.count && last.skipped == 0 && last.pending == 0)
        #expect(last.filesPerSecond > 0 && last.megabytesPerSecond > 0)
        #expect(last.slowest.count == 5)
        #expect(last.slowest.map(\.ms) == last.slowest.map(\.ms).sorted(by: >))
    }

    @Test func rerunConvertsNothingAndAChangedFileOnlyIt() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        let bad = try folder.addBadInputs()
        _ = try BatchRunner(options: folder.options()).run()
        let seedOutput = "seeds/\(TestPaths.seedNames[1]).txt.json"
        let before = try folder.modificationDate(seedOutput)

        let again = try BatchRunner(options: folder.options()).run()
        #expect(again.summary.ok == 0)
        #expect(again.summary.skipped == good)
        #expect(again.summary.failed == bad.count, "failed inputs are tried again")
        #expect(try folder.modificationDate(seedOutput) == before)
        let skipped = try #require(again.records.first { $0.status == .skipped })
        #expect(skipped.warnings != nil && skipped.repair != nil, "a skipped record keeps what the conversion found")

        let changed = try folder.put("fixtures/ke-hoach-dong-hai.txt",
                                     try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("plans/ke-hoach-dong-hai.txt"))
                                     + Data("\nIV. KINH PHÍ\nNgân sách phường.\n".utf8))
        let third = try BatchRunner(options: folder.options()).run()
        #expect(third.records.filter { $0.status == .ok }.map(\.path) == [changed])
        #expect(third.summary.skipped == good - 1)
        let (records, _) = try Manifest.read(folder: folder.output)
        #expect(records.count == good + bad.count)
    }

    @Test func forceToolChangeAndMissingOutputConvertAgain() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        _ = try BatchRunner(options: folder.options()).run()
        #expect(try BatchRunner(options: folder.options(force: true)).run().summary.ok == good)
        #expect(try BatchRunner(options: folder.options(tool: "another build")).run().summary.ok == good)

        try FileManager.default.removeItem(atPath: folder.output + "/seeds/\(TestPaths.seedNames[2]).txt.json")
        let result = try BatchRunner(options: folder.options(tool: "another build")).run()
        #expect(result.records.filter { $0.status == .ok }.map(\.path) == [folder.input + "/seeds/\(TestPaths.seedNames[2]).txt"])
    }

    @Test func hiddenFilesAndAnOutputFolderInsideTheInputAreSkipped() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        try folder.copy(TestPaths.seed("\(TestPaths.seedNames[0]).txt"), to: ".cache/copy.txt")
        try folder.copy(TestPaths.seed("\(TestPaths.seedNames[0]).txt"), to: "seeds/.draft.txt")
        let inside = folder.input + "/converted"
        let first = try BatchRunner(options: folder.options(output: inside)).run()
        #expect(first.summary.files == good)
        let second = try BatchRunner(options: folder.options(force: true, output: inside)).run()
        #expect(second.summary.files == good)
        #expect(second.summary.ok == good)
    }

    @Test func twoInputsWithOneOutputNameFailTheSecond() throws {
        let folder = try BatchFolder()
        let a = try folder.put("a/plan.txt", try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("plans/ke-hoach-dong-hai.txt")))
        let b = try folder.put("b/plan.txt", try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("plans/ke-hoach-dong-hai.txt")))
        let options = BatchOptions(inputs: [folder.input + "/a", folder.input + "/b"], outputDirectory: folder.output,
                                   jobs: 2, tool: "test-tool")
        let result = try BatchRunner(options: options).run()
        #expect(result.records.first { $0.path == a }?.status == .ok)
        let second = try #require(result.records.first { $0.path == b })
        #expect(second.status == .failed)
        #expect(second.error == "\(b): its output plan.txt.json is already the output of \(a)")
    }

    @Test func aMissingInputIsAFailedRecord() throws {
        let folder = try BatchFolder()
        let missing = folder.input + "/nowhere.txt"
        let options = BatchOptions(inputs: [missing], outputDirectory: folder.output, jobs: 1, tool: "t")
        let result = try BatchRunner(options: options).run()
        #expect(result.records.map(\.status) == [.failed])
        #expect(result.records.first?.error == "\(missing): no such file")
    }

    @Test func streamsEveryConvertedPlanAsOneLine() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        _ = try folder.addBadInputs()
        let lines = LockedLines()
        let observer = BatchObserver(plan: { lines.append($0) })
        let options = BatchOptions(inputs: [folder.input], outputDirectory: nil, jobs: 2, tool: "t")
        let result = try BatchRunner(options: options, observer: observer).run()
        #expect(lines.all.count == good)
        #expect(lines.all.allSatisfy { !$0.contains(0x0A) && jsonObject(Data($0)) != nil })
        let paths = Set(lines.all.compactMap { (jsonObject(Data($0))?["source"] as? [String: Any])?["path"] as? String })
        #expect(paths == Set(result.records.filter { $0.status == .ok }.map(\.path)))
        #expect(!FileManager.default.fileExists(atPath: folder.output))
    }

    @Test func cancellingMidwayLeavesWholeFilesAndARerunCompletes() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        let box = RunnerBox()
        let observer = BatchObserver(finished: { _, progress in if progress.done == 2 { box.runner?.cancel() } })
        let runner = BatchRunner(options: folder.options(jobs: 1), observer: observer)
        box.runner = runner
        let first = try runner.run()
        #expect(!first.summary.complete)
        #expect(first.summary.pending == good - 2)
        let (records, summary) = try Manifest.read(folder: folder.output)
        #expect(records.count == 2 && summary?.complete == false)

        let second = try BatchRunner(options: folder.options()).run()
        #expect(second.summary.complete)
        #expect(second.summary.skipped == 2 && second.summary.ok == good - 2)
        #expect(folder.temporaryFiles().isEmpty)
    }

    @Test func aSecondBatchOnTheSameOutputFolderIsRefused() throws {
        let folder = try BatchFolder()
        try FileManager.default.createDirectory(atPath: folder.output, withIntermediateDirectories: true)
        let held = try DirectoryLock(folder: folder.output)
        #expect(throws: BatchError.self) { try BatchRunner(options: folder.options()).run() }
        withExtendedLifetime(held) {}
    }

    @Test func leftoverTemporaryFilesAreRemoved() throws {
        let folder = try BatchFolder()
        _ = try folder.addGoodPlans()
        try FileManager.default.createDirectory(atPath: folder.output + "/seeds", withIntermediateDirectories: true)
        let leftover = folder.output + "/seeds/.x.txt.json\(AtomicFile.temporaryMarker)99-1"
        try Data("{\"schemaVer".utf8).write(to: URL(fileURLWithPath: leftover))
        _ = try BatchRunner(options: folder.options()).run()
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }
}

final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [[UInt8]] = []
    func append(_ line: [UInt8]) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [[UInt8]] { lock.lock(); defer { lock.unlock() }; return lines }
}

final class RunnerBox: @unchecked Sendable {
    var runner: BatchRunner?
}
