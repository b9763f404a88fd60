import Testing
import Foundation
@testable import Batch
import Pipeline
import TestSupport

/// The `vnplan` binary as a subprocess: exit codes, streams, and a kill in the middle of a run.
@Suite struct BatchCommandTests {
    @Test func exitCodeSaysSomeFailedAndJSONLStreamsThePlans() throws {
        let folder = try BatchFolder()
        let good = try folder.addGoodPlans()
        let bad = try folder.addBadInputs()
        let run = try VNPlanProcess.run(["batch", folder.input, "-o", folder.output, "-j", "2", "--jsonl"],
                                        scratch: folder.root)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: 0x0A)
        #expect(lines.count == good)
        #expect(lines.allSatisfy { jsonObject(Data($0))?["schemaVersion"] as? String == "1.0" })
        for relative in bad.keys {
            #expect(run.stderrText.contains("failed: \(folder.input)/\(relative): "), "stderr names \(relative)")
        }
        #expect(run.stderrText.contains("converted \(good), skipped 0, failed \(bad.count) of \(good + bad.count)"))

        // Worker processes (the command's default) and threads write the same bytes.
        let threads = folder.root.appendingPathComponent("threads").path
        _ = try BatchRunner(options: folder.options(output: threads)).run()
        for plan in folder.outputFiles() where plan.hasSuffix(".txt.json") {
            let a = try Data(contentsOf: URL(fileURLWithPath: folder.output + "/" + plan))
            let b = try Data(contentsOf: URL(fileURLWithPath: threads + "/" + plan))
            #expect(a == b, "\(plan) differs between processes and threads")
        }

        let again = try VNPlanProcess.run(["batch", folder.input, "-o", folder.output, "--quiet"], scratch: folder.root)
        #expect(again.status == 1)
        #expect(again.stderrText.split(separator: "\n").count == bad.count, "--quiet leaves only the failures")
        let (_, summary) = try Manifest.read(folder: folder.output)
        #expect(summary?.skipped == good && summary?.ok == 0)
    }

    @Test func filesFromStdinWithoutAnOutputFolder() throws {
        let folder = try BatchFolder()
        _ = try folder.addGoodPlans()
        let list = TestPaths.seedNames.map { "\(folder.input)/seeds/\($0).txt" }.joined(separator: "\n") + "\n"
        let run = try VNPlanProcess.run(["batch", "--files-from", "-", "--jsonl", "--quiet"],
                                        stdin: Data(list.utf8), scratch: folder.root)
        #expect(run.status == 0)
        let paths = run.stdout.split(separator: 0x0A).compactMap {
            (jsonObject(Data($0))?["source"] as? [String: Any])?["path"] as? String
        }
        #expect(Set(paths) == Set(TestPaths.seedNames.map { "\(folder.input)/seeds/\($0).txt" }))
        #expect(run.stderr.isEmpty)
    }

    @Test func convertReadsStandardInput() throws {
        let folder = try BatchFolder()
        let bytes = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("batch/chuong-trinh-tan-phu-crlf.txt"))
        let run = try VNPlanProcess.run(["convert", "-", "--compact"], stdin: bytes, scratch: folder.root)
        #expect(run.status == 0, "\(run.stderrText)")
        let plan = try #require(jsonObject(run.stdout))
        let source = plan["source"] as? [String: Any]
        #expect(source?["path"] as? String == "-")
        #expect(source?["sha256"] as? String == Digest.sha256([UInt8](bytes)))
        #expect(run.stdout.split(separator: 0x0A).count == 1)
        let direct = try Converter().convert(path: TestPaths.fixtures.appendingPathComponent("batch/chuong-trinh-tan-phu-crlf.txt").path)
        #expect((plan["sections"] as? [Any])?.count == direct.sections.count)

        let empty = try VNPlanProcess.run(["convert", "-"], stdin: Data(), scratch: folder.root)
        #expect(empty.status != 0)
        #expect(empty.stderrText == "vnplan: -: is empty\n")
    }

    @Test func killedMidwayARerunCompletesWithOnlyWholeFiles() throws {
        let folder = try BatchFolder()
        var inputs: [String] = []
        for copy in 0..<70 {
            for name in TestPaths.seedNames {
                let relative = "copy-\(copy)/\(name).txt"
                try folder.copy(TestPaths.seed("\(name).txt"), to: relative)
                inputs.append(relative)
            }
        }
        let (process, _, _) = try VNPlanProcess.start(["batch", folder.input, "-o", folder.output, "-j", "2", "--quiet",
                                                       "--checkpoint-seconds", "0.1"], scratch: folder.root)
        // Wait for the first manifest checkpoint and some plans, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let plans = folder.outputFiles().filter { $0.hasSuffix(".json") }.count
            if FileManager.default.fileExists(atPath: folder.output + "/" + Manifest.fileName) && plans >= 10 { break }
            usleep(20_000)
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(wasRunning, "the run ended before it could be killed: make the folder larger")
        #expect(process.terminationReason == .uncaughtSignal)

        let afterKill = folder.outputFiles()
        let plans = afterKill.filter { $0.hasSuffix(".json") && !$0.contains(AtomicFile.temporaryMarker) }
        #expect(plans.count < inputs.count)
        for plan in plans {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder.output + "/" + plan))
            #expect(jsonObject(data) != nil, "\(plan) is half written")
        }
        let checkpoint = try Manifest.read(folder: folder.output)
        #expect(checkpoint.summary?.complete == false)

        let rerun = try VNPlanProcess.run(["batch", folder.input, "-o", folder.output, "-j", "2", "--quiet"],
                                          scratch: folder.root)
        #expect(rerun.status == 0, "\(rerun.stderrText)")
        #expect(folder.temporaryFiles().isEmpty)
        let (records, summary) = try Manifest.read(folder: folder.output)
        #expect(summary?.complete == true)
        #expect(records.count == inputs.count)
        #expect((summary?.skipped ?? 0) >= checkpoint.records.filter { $0.status == .ok }.count)
        #expect((summary?.skipped ?? 0) > 0 && (summary?.ok ?? 0) > 0)
        for relative in inputs {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder.output + "/" + relative + ".json"))
            #expect(jsonObject(data) != nil, "\(relative).json")
        }
    }

    @Test func ctrlCLetsTheFilesUnderWayFinishWritesTheManifestAndExits130() throws {
        let folder = try BatchFolder()
        var count = 0
        for copy in 0..<40 {
            for name in TestPaths.seedNames {
                try folder.copy(TestPaths.seed("\(name).txt"), to: "copy-\(copy)/\(name).txt")
                count += 1
            }
        }
        let (process, _, _) = try VNPlanProcess.start(["batch", folder.input, "-o", folder.output, "-j", "2"],
                                                      scratch: folder.root)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, folder.outputFiles().filter({ $0.hasSuffix(".txt.json") }).count < 5 { usleep(20_000) }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(wasRunning, "the run ended before it could be interrupted: make the folder larger")
        #expect(process.terminationStatus == 130)
        let (records, summary) = try Manifest.read(folder: folder.output)
        #expect(summary?.complete == false)
        #expect((summary?.pending ?? 0) > 0)
        #expect(records.allSatisfy { $0.status == .ok })
        #expect(folder.temporaryFiles().isEmpty)

        let rerun = try VNPlanProcess.run(["batch", folder.input, "-o", folder.output, "-q"], scratch: folder.root)
        #expect(rerun.status == 0)
        let (_, final) = try Manifest.read(folder: folder.output)
        #expect(final?.complete == true && final?.skipped == records.count && final?.ok == count - records.count)
    }
}
