import Foundation

/// An exclusive lock on an output folder (`flock` on `.vnplan-batch.lock`), so that two batches
/// never write the same manifest at once. Released when the process ends, even by a kill.
final class DirectoryLock {
    static let fileName = ".vnplan-batch.lock"
    private let fd: Int32

    init(folder: String) throws(BatchError) {
        let path = folder + "/" + DirectoryLock.fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BatchError("\(path): cannot open lock file: \(String(cString: strerror(errno)))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw BatchError("\(folder): another vnplan batch is writing to this folder")
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
