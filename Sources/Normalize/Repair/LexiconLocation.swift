#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shipped compiled lexicon is found when none is named.
public enum LexiconLocation {
    /// The shipped file's path inside the repository.
    public static let relativePath = "corpus/vi-plans.vnlex"

    /// `$VNPLAN_LEXICON`, else the repository's `corpus/` (located from this source file, as
    /// in a source build and CI), else `corpus/` in the current directory. Nil when none exists.
    public static func defaultPath() -> String? {
        if let env = getenv("VNPLAN_LEXICON") { return String(cString: env) }
        var candidates: [String] = []
        let source = #filePath
        // …/Sources/Normalize/Repair/LexiconLocation.swift → repository root.
        var parts = source.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 4 {
            parts.removeLast(4)
            candidates.append(parts.joined(separator: "/") + "/" + relativePath)
        }
        candidates.append(relativePath)
        return candidates.first { access($0, R_OK) == 0 }
    }
}
