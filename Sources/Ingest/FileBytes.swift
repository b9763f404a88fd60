import Foundation
import CDigest

/// Reads a source's bytes with clear errors for the usual mistakes.
enum FileBytes {
    /// Largest input read whole (a plan is rarely over a few MB).
    static let sizeLimit = 128 * 1024 * 1024

    static func read(_ path: String) throws(IngestError) -> [UInt8] {
        if path == "-" { return readStandardInput() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError(path: path, problem: .notFound)
        }
        if isDirectory.boolValue { throw IngestError(path: path, problem: .isDirectory) }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = attributes[.size] as? Int, size > sizeLimit {
            throw IngestError(path: path, problem: .tooLarge(bytes: size, limit: sizeLimit))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestError(path: path, problem: .unreadable("permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            if data.count > sizeLimit { throw IngestError(path: path, problem: .tooLarge(bytes: data.count, limit: sizeLimit)) }
            return [UInt8](data)
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(path: path, problem: .unreadable(String(describing: error)))
        }
    }

    static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    /// Lowercase hex SHA-256 of `bytes` (OpenSSL).
    static func sha256(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { vnplan_sha256($0.baseAddress, bytes.count, &digest) }
        let hex: [Character] = Array("0123456789abcdef")
        return String(digest.flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }
}

public enum Digest {
    /// Lowercase hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String { FileBytes.sha256(bytes) }
}
