import ICU
import PlanModel

/// Character-level normalisation of one line: NFC, one tone placement, tidy spaces.
public struct TextNormalizer: Sendable {
    public var tonePlacement: TonePlacement

    public init(tonePlacement: TonePlacement = .asPrinted) {
        self.tonePlacement = tonePlacement
    }

    /// NFC, the chosen tone placement, no-break and odd spaces made plain, runs of spaces
    /// collapsed and the ends trimmed. Tabs (table cell separators) are kept.
    public func normalize(_ line: String) -> String {
        // Most lines are plainly NFC: a scan of their bytes spares ICU's UTF-16 copy.
        var text = TextBytes.isCertainlyNFC(line) ? line : ICU.nfc(line)
        text = tonePlacement.apply(to: text)
        return Self.tidySpaces(text)
    }

    /// Odd spaces made plain, runs collapsed, ends trimmed, zero-width characters dropped,
    /// spaces around tabs removed. Works on UTF-8 bytes.
    /// - Complexity: O(n); text that needs nothing is returned without a copy.
    static func tidySpaces(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            let n = bytes.count
            if n == 0 { return "" }
            // Fast path: inside the plain spaces at the ends, no double space, no tab-adjacent
            // space, ASCII spaces only: the text is that inner part (itself when no ends to cut).
            var start = 0, end = n
            while start < n, bytes[start] == 0x20 { start += 1 }
            if start == n { return "" }
            while bytes[end - 1] == 0x20 { end -= 1 }
            var clean = true
            var previous: UInt8 = 0
            for b in UnsafeBufferPointer(rebasing: bytes[start..<end]) {
                if (b == 0x20 && (previous == 0x20 || previous == 0x09)) || (b == 0x09 && previous == 0x20)
                    || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF {
                    clean = false
                    break
                }
                previous = b
            }
            if clean {
                return start == 0 && end == n ? nil
                    : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }

            var out = [UInt8]()
            out.reserveCapacity(n)
            var pendingSpace = false
            var i = 0
            while i < n {
                let b = bytes[i]
                if !Self.mayBeSpecial(b) {
                    // A run of bytes that are neither spaces nor the first byte of an odd space
                    // or a dropped character (all lead bytes: the run ends on a scalar boundary).
                    var end = i + 1
                    while end < n, !Self.mayBeSpecial(bytes[end]) { end += 1 }
                    if pendingSpace, let last = out.last, last != 0x09 { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end
                    continue
                }
                var width = 1
                var kind = 0   // 0 other, 1 space, 2 drop, 3 tab
                if b == 0x20 { kind = 1 }
                else if b == 0x09 { kind = 3 }
                else if b == 0xC2, i + 1 < n {
                    if bytes[i + 1] == 0xA0 { kind = 1; width = 2 } else if bytes[i + 1] == 0xAD { kind = 2; width = 2 }
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                    switch bytes[i + 2] {
                    case 0x82, 0x83, 0x87, 0x89, 0xAF: kind = 1; width = 3
                    case 0x8B: kind = 2; width = 3
                    default: break
                    }
                } else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { kind = 1; width = 3 }
                else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { kind = 2; width = 3 }
                switch kind {
                case 1:
                    pendingSpace = true
                case 2:
                    break
                case 3:
                    while out.last == 0x20 { out.removeLast() }
                    out.append(0x09)
                    pendingSpace = false
                default:
                    if pendingSpace, let last = out.last, last != 0x09 { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]))
                }
                i += width
            }
            while out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }
}

extension TextNormalizer {
    /// A space, a tab, or the first byte of an odd space or a dropped character.
    @inline(__always)
    static func mayBeSpecial(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF
    }
}

extension StringProtocol {
    func trimmingSpaces() -> Substring {
        var s = self[...]
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return Substring(s)
    }
}
