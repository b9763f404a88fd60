import Foundation
import Pipeline

/// `OUTDIR/manifest.jsonl`: one `FileRecord` line per input, sorted by path, then one
/// `BatchSummary` line. Always replaced whole and atomically, so it is never half written.
public enum Manifest {
    public static let fileName = "manifest.jsonl"

    /// The records of an earlier run by output path; unreadable lines are ignored.
    public static func load(folder: String) -> [String: FileRecord] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName) else { return [:] }
        let decoder = JSONDecoder()
        var records: [String: FileRecord] = [:]
        for line in data.split(separator: 0x0A) {
            guard let record = try? decoder.decode(FileRecord.self, from: Data(line)),
                  record.kind == "file", let output = record.output else { continue }
            records[output] = record
        }
        return records
    }

    /// Every line of a manifest (file records, then the summary).
    public static func read(folder: String) throws -> (records: [FileRecord], summary: BatchSummary?) {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + fileName))
        let decoder = JSONDecoder()
        var records: [FileRecord] = []
        var summary: BatchSummary?
        for line in data.split(separator: 0x0A) {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            if object?["kind"] as? String == "summary" {
                summary = try decoder.decode(BatchSummary.self, from: Data(line))
            } else {
                records.append(try decoder.decode(FileRecord.self, from: Data(line)))
            }
        }
        return (records, summary)
    }

    static func encode(records: [FileRecord], summary: BatchSummary) throws(BatchError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        do {
            for record in records.sorted(by: { $0.path < $1.path }) {
                data.append(try encoder.encode(record))
                data.append(0x0A)
            }
            data.append(try encoder.encode(summary))
            data.append(0x0A)
        } catch {
            throw BatchError("cannot encode the manifest: \(error)")
        }
        return data
    }

    static func write(folder: String, records: [FileRecord], summary: BatchSummary) throws(BatchError) {
        try AtomicFile.write(try encode(records: records, summary: summary), to: folder + "/" + fileName, sync: true)
    }
}
