import Testing
import Foundation
@testable import Batch

/// Process isolation: a converter that crashes or hangs on one input fails that input only.
/// The worker here is a small Python stand-in that speaks the worker protocol and crashes
/// (SIGSEGV) or hangs on inputs named so; the real worker is covered by BatchCommandTests.
@Suite struct WorkerIsolationTests {
    static let fakeWorker = """
    import json, os, signal, sys, time
    for line in sys.stdin:
        request = json.loads(line)
        path = request["path"]
        if "crash" in path:
            os.kill(os.getpid(), signal.SIGSEGV)
        if "hang" in path:
            time.sleep(120)
        record = {"kind": "file", "path": path, "output": request["relativePath"] + ".json",
                  "sha256": request.get("sha256"), "bytes": request["bytes"], "status": "ok", "error": None,
                  "warnings": 0, "repair": None, "ms": 1.0, "tool": "fake"}
        print(json.dumps(record), flush=True)
    """

    @Test func aCrashOrAHangFailsOnlyItsInputAndTheWorkerIsRestarted() throws {
        let folder = try BatchFolder()
        for name in ["a.txt", "crash.txt", "hang.txt", "z.txt"] { try folder.put(name, Data("KẾ HOẠCH\n".utf8)) }
        let script = folder.root.appendingPathComponent("worker.py")
        try Data(Self.fakeWorker.utf8).write(to: script)
        let options = BatchOptions(inputs: [folder.input], outputDirectory: folder.output, jobs: 1, tool: "t",
                                   isolation: .processes(command: ["/usr/bin/python3", script.path]), timeout: 2)
        let result = try BatchRunner(options: options).run()
        let byName = Dictionary(uniqueKeysWithValues: result.records.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) })
        #expect(byName["a.txt"]?.status == .ok)
        #expect(byName["z.txt"]?.status == .ok)
        #expect(byName["a.txt"]?.tool == "t", "the batch's tool is recorded")
        #expect(byName["crash.txt"]?.status == .failed)
        #expect(byName["crash.txt"]?.error == "\(folder.input)/crash.txt: the converter crashed (signal 11)")
        #expect(byName["hang.txt"]?.status == .failed)
        #expect(byName["hang.txt"]?.error == "\(folder.input)/hang.txt: timed out after 2 s")
        #expect(result.summary.complete)
    }

    @Test func aWorkerThatCannotStartFailsEveryInputWithTheReason() throws {
        let folder = try BatchFolder()
        try folder.put("a.txt", Data("KẾ HOẠCH\n".utf8))
        let options = BatchOptions(inputs: [folder.input], outputDirectory: folder.output, jobs: 1, tool: "t",
                                   isolation: .processes(command: ["/nonexistent/vnplan"]))
        let result = try BatchRunner(options: options).run()
        #expect(result.records.map(\.status) == [.failed])
        #expect(result.records.first?.error?.hasPrefix("\(folder.input)/a.txt: ") == true)
    }
}
