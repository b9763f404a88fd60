/// A set of strings looked up by their UTF-8 bytes, without making a String or hashing it
/// (Swift hashes non-ASCII Strings through normalization). Keys are stored in NFC, so a hit
/// means the bytes are canonically equivalent to a member: what `Set<String>.contains` says.
struct UTF8KeySet: Sendable {
    /// Open addressing: index + 1 of the key in `starts`, 0 for an empty slot.
    private var slots: [Int32]
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []
    private let mask: Int

    init<S: Sequence>(_ members: S, normalize: (String) -> String) where S.Element == String {
        let keys = members.map { Array(normalize($0).utf8) }
        var capacity = 16
        while capacity < 2 * keys.count { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for key in keys {
            if key.withUnsafeBufferPointer({ contains($0) }) { continue }
            bytes += key
            starts.append(Int32(bytes.count))
            var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(starts.count - 1)
        }
    }

    /// FNV-1a of the bytes.
    @inline(__always)
    static func hash<C: Collection>(_ key: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            let start = Int(starts[entry - 1]), end = Int(starts[entry])
            if end - start == key.count {
                var same = true
                for k in 0..<key.count where bytes[start + k] != key[k] { same = false; break }
                if same { return true }
            }
            slot = (slot + 1) & mask
        }
    }
}
