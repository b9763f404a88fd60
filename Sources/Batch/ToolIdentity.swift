import Foundation
import Pipeline

/// The string a rerun compares to decide whether a converted file is still current.
///
/// It names the version, the plan JSON schema, the build of the running executable (its size
/// and modification time, so a rebuilt binary converts again) and the options that change the
/// output (encoding, tone style).
public enum ToolIdentity {
    public static func current(version: String, options: Converter.Options) -> String {
        var parts = ["vnplan \(version)", "schema \(Plan.schemaVersion)"]
        if let build = executableBuild() { parts.append("build \(build)") }
        parts.append("encoding \(options.encoding ?? "auto")")
        parts.append("tone \(options.tonePlacement.rawValue)")
        return parts.joined(separator: "; ")
    }

    /// Size and modification time of the running executable, e.g. "48213344-1763890000".
    static func executableBuild() -> String? {
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments.first
        guard let path else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_size)-\(info.st_mtim.tv_sec)"
    }
}
