/// A set of strings looked up by their UTF-8 bytes, without making a String or hashing it
/// (Swift hashes non-ASCII Strings through normalization). Keys are stored in NFC, so a hit
/// means the bytes are canonically equivalent to a member: what `Set<String>.contains` says.
struct UTF8KeySet: Sendable {
    /// Open addressing: 0 for an empty slot, else the key's index + 1 (low 32 bits) and the
    /// high 32 bits of its hash (a probe reads the key's bytes only when those agree).
    private var slots: [UInt64]
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
            let hash = Self.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(starts.count - 1) | (hash & 0xFFFF_FFFF_0000_0000)
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
        let hash = Self.hash(key)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return false }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                let start = Int(starts[index - 1]), end = Int(starts[index])
                if end - start == key.count {
                    var same = true
                    for k in 0..<key.count where bytes[start + k] != key[k] { same = false; break }
                    if same { return true }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}
