import Foundation

/// The worker side of process isolation: reads one `FileJob.Request` JSON a line on stdin,
/// converts it, and answers on stdout with one `FileRecord` line, followed (when the job
/// streams and the input converted) by the plan as one line. Ends at end of input.
public enum BatchWorker {
    public static func serve(_ job: FileJob, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        let reader = LineReader(fd: input)
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        while case .line(let line) = reader.next() {
            guard let request = try? decoder.decode(FileJob.Request.self, from: Data(line)) else { continue }
            let (record, json) = job.run(request, start: SystemInfo.now())
            guard let encoded = try? encoder.encode(record),
                  LineWriter.write([UInt8](encoded), to: output) else { return }
            if job.stream, record.status == .ok {
                guard LineWriter.write(json ?? Array("null".utf8), to: output) else { return }
            }
        }
    }
}
