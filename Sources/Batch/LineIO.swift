import Foundation

/// Reads lines from a file descriptor, with an optional time limit per line.
final class LineReader {
    enum Result { case line([UInt8]), end, timedOut }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    init(fd: Int32) { self.fd = fd }

    /// The next line without its newline; `.end` at end of file (or a read error);
    /// `.timedOut` when `timeout` seconds pass without a whole line.
    func next(timeout: Double? = nil) -> Result {
        let deadline = timeout.map { SystemInfo.now() + $0 }
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                if start > 65536 { buffer.removeFirst(start); start = 0 }
                return .line(line)
            }
            if let deadline {
                let left = deadline - SystemInfo.now()
                if left <= 0 { return .timedOut }
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, Int32(min(left * 1000, Double(Int32.max)).rounded(.up)))
                if ready < 0 && errno == EINTR { continue }
                if ready == 0 { return .timedOut }
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return .end }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}

enum LineWriter {
    /// Sends `bytes` and a newline on the socket `fd` without raising SIGPIPE; false when the
    /// other end is gone or on error.
    static func send(_ bytes: [UInt8], to fd: Int32) -> Bool {
        let line = bytes + [0x0A]
        return line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let sent = Foundation.send(fd, base + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += sent
            }
            return true
        }
    }

    /// Writes `bytes` and a newline to `fd`; false when the reader is gone (EPIPE) or on error.
    static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        let line = bytes + [0x0A]
        return line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
