import Foundation

/// What the batch needs to know about the machine and this process.
public enum SystemInfo {
    public static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Peak resident memory of this process in bytes (`VmHWM` of `/proc/self/status`), or nil
    /// where that file does not exist.
    public static func peakResidentBytes() -> Int? {
        statusField("VmHWM")
    }

    /// Largest peak resident memory of any ended child process (a batch's workers), in bytes.
    public static func childrenPeakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// Current resident memory in bytes (`VmRSS`).
    public static func residentBytes() -> Int? {
        statusField("VmRSS")
    }

    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }

    /// The 1-minute load average (`/proc/loadavg`), to tell a quiet machine from a busy one.
    public static func loadAverage() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.map(String.init)
    }

    /// CPU seconds (user + system) this process has used so far, all threads, plus those of
    /// its children that have ended and been waited for.
    public static func cpuSeconds() -> Double {
        func seconds(_ who: Int32) -> Double {
            var usage = rusage()
            getrusage(who, &usage)
            return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        }
        return seconds(RUSAGE_SELF.rawValue) + seconds(RUSAGE_CHILDREN.rawValue)
    }

    /// Monotonic seconds.
    public static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
