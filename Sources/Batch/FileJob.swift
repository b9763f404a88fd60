import Foundation
import Pipeline

/// Converts one input and writes its plan: the part of a batch that runs either on a thread of
/// the batch or in a worker process (`BatchWorker`).
public struct FileJob: Sendable {
    /// The output folder (nil: write nothing).
    public var outputDirectory: String?
    public var converter: Converter.Options
    public var tool: String
    /// Also return the plan as one line of compact JSON.
    public var stream: Bool

    public init(outputDirectory: String?, converter: Converter.Options, tool: String, stream: Bool) {
        self.outputDirectory = outputDirectory
        self.converter = converter
        self.tool = tool
        self.stream = stream
    }

    /// What a job is asked to do: the input, and what the batch already knows about its bytes.
    public struct Request: Codable, Sendable {
        public var path: String
        public var relativePath: String
        public var sha256: String?
        public var bytes: Int
    }

    /// Converts `request`; never throws: a bad input becomes a failed record. `ms` counts from
    /// `start` (a `SystemInfo.now()` value).
    public func run(_ request: Request, start: Double) -> (FileRecord, [UInt8]?) {
        let outputRelative = outputDirectory == nil ? nil : request.relativePath + ".json"
        func record(_ status: FileRecord.Status, sha256: String?, error: String? = nil,
                    warnings: Int? = nil, repair: RepairSummary? = nil) -> FileRecord {
            FileRecord(path: request.path, output: outputRelative, sha256: sha256, bytes: request.bytes,
                       status: status, error: error, warnings: warnings, repair: repair,
                       ms: FileJob.milliseconds(since: start), tool: tool)
        }
        let plan: Plan
        do {
            plan = try Converter(options: converter).convert(path: request.path)
        } catch {
            return (record(.failed, sha256: request.sha256, error: error.description), nil)
        }
        let sha256 = plan.source.sha256.isEmpty ? request.sha256 : plan.source.sha256
        var json: [UInt8]?
        do {
            if let outputDirectory, let outputRelative {
                var data = try PlanJSON.encode(plan, pretty: true)
                data.append(0x0A)
                try AtomicFile.write(data, to: outputDirectory + "/" + outputRelative)
            }
            if stream { json = [UInt8](try PlanJSON.encode(plan, pretty: false)) }
        } catch let error as BatchError {
            return (record(.failed, sha256: sha256, error: error.description), nil)
        } catch {
            return (record(.failed, sha256: sha256, error: "\(request.path): cannot encode the plan: \(error)"), nil)
        }
        return (record(.ok, sha256: sha256, warnings: plan.warnings.count, repair: plan.repair), json)
    }

    static func milliseconds(since start: Double) -> Double {
        ((SystemInfo.now() - start) * 1_000_000).rounded() / 1000
    }
}
