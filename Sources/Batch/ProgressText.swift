/// The words and the bar a batch shows on stderr.
public enum ProgressText {
    /// `[██████░░░░░░] 123/456  27%  45.2 files/s  ETA 0:07`
    public static func bar(_ progress: BatchProgress, width: Int = 28) -> String {
        let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var text = "[\(bar)] \(progress.done)/\(progress.total)  \(Int((fraction * 100).rounded(.down)))%"
        text += "  \(decimal(progress.filesPerSecond, places: 1)) files/s"
        text += "  ETA " + (progress.eta.map(duration) ?? "--:--")
        if progress.failed > 0 { text += "  \(progress.failed) failed" }
        return text
    }

    /// One plain line per input: `[12/456] ok in/a.txt (35 ms, 2 warnings)`.
    public static func line(_ record: FileRecord, _ progress: BatchProgress) -> String {
        let head = "[\(progress.done)/\(progress.total)] \(record.status.rawValue) \(record.path)"
        switch record.status {
        case .ok:
            let warnings = record.warnings ?? 0
            return head + " (\(Int(record.ms.rounded())) ms, \(warnings) warning\(warnings == 1 ? "" : "s"))"
        case .skipped:
            return head + " (unchanged)"
        case .failed:
            return "[\(progress.done)/\(progress.total)] failed: " + (record.error ?? "\(record.path): unknown error")
        }
    }

    /// `converted 120, skipped 3, failed 2 of 125 in 4.1 s (29.3 files/s, 2.10 MB/s)`
    public static func summary(_ summary: BatchSummary) -> String {
        var text = "converted \(summary.ok), skipped \(summary.skipped), failed \(summary.failed) of \(summary.files)"
        text += " in \(decimal(summary.seconds, places: 1)) s"
        text += " (\(decimal(summary.filesPerSecond, places: 1)) files/s, \(decimal(summary.megabytesPerSecond, places: 2)) MB/s"
        text += ", \(summary.jobs) job\(summary.jobs == 1 ? "" : "s"))"
        if summary.pending > 0 { text += "; interrupted, \(summary.pending) not reached" }
        return text
    }

    /// `m:ss` or `h:mm:ss`.
    public static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let h = total / 3600, m = (total / 60) % 60, s = total % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0" : "")\(m):\(ss)" }
        return "\(m):\(ss)"
    }

    /// `value` with `places` decimals, without Foundation.
    public static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return (value < 0 && scaled > 0 ? "-" : "") + String(whole) + (places > 0 ? "." + fraction : "")
    }
}
