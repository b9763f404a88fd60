import Foundation
import Pipeline

/// How fast `convert` is on one file, on one thread, from bytes in memory (reading the file is
/// not timed; ingest, normalize and segment are).
public struct ConvertMeasurement: Sendable {
    public var name: String
    public var bytes: Int
    public var runs: Int
    public var medianMs: Double
    public var bestMs: Double
    /// bytes / 10⁶ per second at the median time.
    public var megabytesPerSecond: Double { medianMs > 0 ? Double(bytes) / 1e6 / (medianMs / 1000) : 0 }
}

public enum ConvertBenchmark {
    /// Converts `path` once to warm up, then again until `seconds` have passed and at least
    /// `minRuns` runs are done.
    public static func measure(path: String, converter: Converter, seconds: Double,
                               minRuns: Int = 5) throws(BatchError) -> ConvertMeasurement {
        guard let data = FileManager.default.contents(atPath: path) else { throw BatchError("\(path): cannot read") }
        let bytes = [UInt8](data)
        do {
            _ = try converter.convert(bytes: bytes, path: path)
            var times: [Double] = []
            let begin = SystemInfo.now()
            while times.count < minRuns || SystemInfo.now() - begin < seconds {
                let start = SystemInfo.now()
                let plan = try converter.convert(bytes: bytes, path: path)
                times.append((SystemInfo.now() - start) * 1000)
                withExtendedLifetime(plan) {}
            }
            times.sort()
            return ConvertMeasurement(name: URL(fileURLWithPath: path).lastPathComponent, bytes: bytes.count,
                                      runs: times.count, medianMs: times[times.count / 2], bestMs: times[0])
        } catch {
            throw BatchError(error.description)
        }
    }
}
