import Foundation

/// Finds the files a batch converts.
public enum InputWalker {
    /// Every file under `inputs`: a file stands for itself (named by its last component), a
    /// folder for every non-hidden file below it (named by its path below the folder).
    /// Hidden files and folders are skipped, and so is `excluding` (the output folder) with
    /// everything below it. A path that does not exist is kept so that it is reported as failed.
    /// The result is sorted by path.
    public static func collect(_ inputs: [String], excluding: String? = nil) -> [BatchInput] {
        let excluded = excluding.map(canonical)
        var found: [BatchInput] = []
        var seen = Set<String>()
        for input in inputs {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                for file in walk(directory: input, excluding: excluded) where seen.insert(canonical(file.path)).inserted {
                    found.append(file)
                }
            } else if seen.insert(canonical(input)).inserted {
                let name = URL(fileURLWithPath: input).lastPathComponent
                found.append(BatchInput(path: input, relativePath: name, size: fileSize(input)))
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    private static func walk(directory: String, excluding excluded: String?) -> [BatchInput] {
        let base = URL(fileURLWithPath: directory)
        let keys: [URLResourceKey] = [.isDirectoryKey, .isRegularFileKey, .fileSizeKey]
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        let basePath = base.standardizedFileURL.path
        var files: [BatchInput] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isDirectory == true {
                if let excluded, canonical(url.path) == excluded { enumerator.skipDescendants() }
                continue
            }
            guard values?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            var relative = path.hasPrefix(basePath + "/") ? String(path.dropFirst(basePath.count + 1)) : url.lastPathComponent
            if relative.isEmpty { relative = url.lastPathComponent }
            let shown = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            files.append(BatchInput(path: shown, relativePath: relative, size: values?.fileSize ?? 0))
        }
        return files
    }

    /// An absolute path with symbolic links resolved, to compare folders.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
