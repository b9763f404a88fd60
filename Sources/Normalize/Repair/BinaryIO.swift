#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Little-endian flat-array writer for the compiled lexicon.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u32s(_ values: [UInt32]) { u64(UInt64(values.count)); for v in values { u32(v) } }
    mutating func u64s(_ values: [UInt64]) { u64(UInt64(values.count)); for v in values { u64(v) } }
    mutating func float32s(_ values: [Float]) { u32s(values.map(\.bitPattern)) }
    mutating func strings(_ values: [String]) {
        var offsets: [UInt32] = [0]
        var blob: [UInt8] = []
        for value in values { blob.append(contentsOf: value.utf8); offsets.append(UInt32(blob.count)) }
        u32s(offsets)
        u64(UInt64(blob.count))
        bytes.append(contentsOf: blob)
    }
}

/// Reads what `BinaryWriter` wrote; every read checks the bounds.
struct BinaryReader {
    struct Truncated: Error {}
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func take(_ count: Int) throws(Truncated) -> ArraySlice<UInt8> {
        guard count >= 0, position + count <= bytes.count else { throw Truncated() }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func u32() throws(Truncated) -> UInt32 {
        let slice = try take(4)
        return slice.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }

    mutating func u64() throws(Truncated) -> UInt64 {
        let slice = try take(8)
        return slice.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    }

    mutating func count(limit: Int) throws(Truncated) -> Int {
        let n = try u64()
        guard n <= UInt64(limit) else { throw Truncated() }
        return Int(n)
    }

    mutating func u32s() throws(Truncated) -> [UInt32] { try integers() }
    mutating func u64s() throws(Truncated) -> [UInt64] { try integers() }

    /// A count, then that many little-endian integers of type `T`.
    private mutating func integers<T: FixedWidthInteger>() throws(Truncated) -> [T] {
        let size = MemoryLayout<T>.size
        let n = try count(limit: (bytes.count - position) / size)
        let slice = try take(n * size)
        return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            slice.withUnsafeBytes { raw in
                for i in 0..<n { buffer[i] = T(littleEndian: raw.loadUnaligned(fromByteOffset: i * size, as: T.self)) }
            }
            initialized = n
        }
    }

    mutating func float32s() throws(Truncated) -> [Float] { try u32s().map { Float(bitPattern: $0) } }

    mutating func strings() throws(Truncated) -> [String] {
        let offsets = try u32s()
        let n = try count(limit: bytes.count - position)
        let blob = try take(n)
        guard let last = offsets.last, Int(last) == n else { throw Truncated() }
        var out: [String] = []
        out.reserveCapacity(max(offsets.count - 1, 0))
        var previous = 0
        for offset in offsets.dropFirst() {
            let end = Int(offset)
            guard end >= previous else { throw Truncated() }
            out.append(String(decoding: blob[(blob.startIndex + previous)..<(blob.startIndex + end)], as: UTF8.self))
            previous = end
        }
        return out
    }
}

/// FNV-1a 64 over `bytes`: the compiled lexicon's integrity check.
func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf29ce484222325
    for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
    return hash
}

/// Whole-file reads and writes without Foundation.
enum FileIO {
    enum Failure: Error { case cannotOpen(Int32), readFailed, writeFailed }

    static func read(path: String) throws(Failure) -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw .cannotOpen(errno) }
        defer { fclose(file) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { out.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(file) != 0 { throw .readFailed }
                break
            }
        }
        return out
    }

    static func write(_ bytes: [UInt8], path: String) throws(Failure) {
        guard let file = fopen(path, "wb") else { throw .cannotOpen(errno) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        if written != bytes.count || closed != 0 { throw .writeFailed }
    }

    static func describe(errno code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message)
    }
}
