/// Why a source could not be read. Its description names the file and the problem in one line.
public struct IngestError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case notFound
        case isDirectory
        case unreadable(String)
        case empty
        case binary(String)
        case invalidUTF8(byteOffset: Int)
        case invalidUTF16(byteOffset: Int)
        case unsupported(String)
        case corrupt(String)
        case tooLarge(bytes: Int, limit: Int)
        case missingTool(String)
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problemDescription)" }

    public var problemDescription: String {
        switch problem {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory, not a file"
        case .unreadable(let why): return "cannot be read (\(why))"
        case .empty: return "is empty"
        case .binary(let what): return "is binary data, not a plan (\(what))"
        case .invalidUTF8(let offset): return "is not valid UTF-8: bad byte at offset \(offset)"
        case .invalidUTF16(let offset): return "is not valid UTF-16: bad code unit at byte offset \(offset)"
        case .unsupported(let why): return "unsupported format: \(why)"
        case .corrupt(let why): return "is corrupt: \(why)"
        case .tooLarge(let bytes, let limit): return "is too large (\(bytes) bytes; the limit is \(limit))"
        case .missingTool(let why): return why
        }
    }
}
