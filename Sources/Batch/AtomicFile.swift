import Foundation

/// Writes files so that a reader (or a rerun after a kill) sees either the old file or the whole
/// new one, never a part: the bytes go to a hidden temporary file in the same folder, which is
/// then renamed over the target (rename is atomic within one file system).
public enum AtomicFile {
    /// Marks temporary files; a batch removes leftovers carrying it from its output folder.
    public static let temporaryMarker = ".vnplan-tmp-"

    public static func write(_ data: Data, to path: String, sync: Bool = false) throws(BatchError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BatchError("\(folder): cannot create folder: \(error.localizedDescription)")
        }
        let temporary = folder + "/." + url.lastPathComponent + temporaryMarker + uniqueSuffix()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BatchError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, sync, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw BatchError("\(path): cannot write: \(failure)")
        }
    }

    /// Removes temporary files a killed run left under `folder`; returns how many.
    @discardableResult
    public static func removeLeftovers(under folder: String) -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var removed = 0
        for case let relative as String in enumerator {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("."), name.contains(temporaryMarker) {
                if unlink(folder + "/" + relative) == 0 { removed += 1 }
            }
        }
        return removed
    }

    private static let counter = Counter()

    private static func uniqueSuffix() -> String {
        "\(getpid())-\(counter.next())"
    }
}

/// A thread-safe increasing number.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value
    }
}
