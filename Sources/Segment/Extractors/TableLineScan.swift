/// One pass over a table line's UTF-8 for `CellSegmenter.Features`: the printed widths, the
/// bracket balance, the first and last scalars, and the lowercased bytes — or nil when the
/// line is not simple text (`TableTextBytes`), where the character code is used instead.
struct TableLineScan {
    var width = 0
    var firstWord = 0
    var depth = 0
    var first: UInt32?
    var last: UInt32?
    var beforeLast: UInt32?
    /// `" " + line.lowercased() + " "` as UTF-8 (when asked for).
    var padded: [UInt8] = []
    /// Whether the line starts with `- `.
    var startsItem = false

    init?(_ line: String, lowercase: Bool) {
        let result: Bool? = line.utf8.withContiguousStorageIfAvailable { b -> Bool in
            self.scan(b, lowercase: lowercase)
        }
        if let result {
            guard result else { return nil }
        } else {
            guard Array(line.utf8).withUnsafeBufferPointer({ scan($0, lowercase: lowercase) }) else { return nil }
        }
    }

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>, lowercase: Bool) -> Bool {
        let n = b.count
        if lowercase {
            padded.reserveCapacity(n + 4)
            padded.append(0x20)
        }
        startsItem = n >= 2 && b[0] == 0x2D && b[1] == 0x20
        var inFirst = true
        var i = 0
        while i < n {
            let b0 = UInt32(b[i])
            var v: UInt32
            var len: Int
            if b0 < 0x80 {
                v = b0; len = 1
            } else if b0 < 0xE0 {
                v = ((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F); len = 2
            } else if b0 < 0xF0 {
                v = ((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F); len = 3
            } else {
                v = ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                    | (UInt32(b[i + 3]) & 0x3F); len = 4
            }
            guard TableTextBytes.isSimple(v) else { return false }
            let g = GlyphWidth.of(value: v)
            width += g
            if inFirst { if v == 0x20 { inFirst = false } else { firstWord += g } }
            if v == 0x28 { depth += 1 } else if v == 0x29 { depth -= 1 }
            if first == nil { first = v }
            beforeLast = last
            last = v
            if lowercase {
                if v < 0x80 {
                    padded.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
                } else {
                    TableTextBytes.appendLowercased(value: v, bytes: b, at: i, length: len, to: &padded)
                }
            }
            i += len
        }
        if lowercase { padded.append(0x20) }
        return true
    }
}
