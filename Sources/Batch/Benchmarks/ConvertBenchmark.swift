import Foundation
import Pipeline

/// How fast `convert` is on one file, on one thread, from bytes in memory (reading the file is
/// not timed; ingest, normalize and segment are).
public struct ConvertMeasurement: Sendable {
    public var name: String
    public var bytes: Int
    public var runs: Int
    /// Whole conversion (ingest + normalize + segment), median and best run.
    public var medianMs: Double
    public var bestMs: Double
    /// Median of each stage: ingest (bytes → lines), normalize, segment (convert minus the
    /// other two, so approximate).
    public var ingestMs: Double
    public var normalizeMs: Double
    public var segmentMs: Double

    /// bytes / 10⁶ per second at the median time.
    public var megabytesPerSecond: Double { medianMs > 0 ? Double(bytes) / 1e6 / (medianMs / 1000) : 0 }
    /// bytes / 10⁶ per second at the best time (the least disturbed by other processes).
    public var bestMegabytesPerSecond: Double { bestMs > 0 ? Double(bytes) / 1e6 / (bestMs / 1000) : 0 }
}

public enum ConvertBenchmark {
    /// Converts `path` once to warm up, then again until `seconds` have passed and at least
    /// `minRuns` runs are done.
    public static func measure(path: String, converter: Converter, seconds: Double,
                               minRuns: Int = 5) throws(BatchError) -> ConvertMeasurement {
        guard let data = FileManager.default.contents(atPath: path) else { throw BatchError("\(path): cannot read") }
        let bytes = [UInt8](data)
        let normalizer = Normalizer(options: .init(tonePlacement: converter.options.tonePlacement))
        do {
            _ = try converter.convert(bytes: bytes, path: path)
            var total: [Double] = [], ingest: [Double] = [], normalize: [Double] = [], rest: [Double] = []
            let begin = SystemInfo.now()
            while total.count < minRuns || SystemInfo.now() - begin < seconds {
                let t0 = SystemInfo.now()
                let extracted = try converter.extract(bytes: bytes, path: path)
                let t1 = SystemInfo.now()
                let plan = converter.convert(extracted)
                let t2 = SystemInfo.now()
                let normalized = normalizer.normalize(extracted)
                let t3 = SystemInfo.now()
                withExtendedLifetime((plan, normalized)) {}
                total.append((t2 - t0) * 1000)
                ingest.append((t1 - t0) * 1000)
                rest.append((t2 - t1) * 1000)
                normalize.append((t3 - t2) * 1000)
            }
            let medianNormalize = median(normalize)
            return ConvertMeasurement(name: URL(fileURLWithPath: path).lastPathComponent, bytes: bytes.count,
                                      runs: total.count, medianMs: median(total), bestMs: total.min() ?? 0,
                                      ingestMs: median(ingest), normalizeMs: medianNormalize,
                                      segmentMs: max(0, median(rest) - medianNormalize))
        } catch {
            throw BatchError(error.description)
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
