import ICU
import Normalize

/// How two texts are compared: the layout of a text (wrapping, spacing, NFC vs NFD, tone
/// placement, typographic quotes and dashes, letter case) is not its content.
///
/// In `loose` mode (a side was OCR-repaired), diacritics are folded too: residual
/// repair errors (`hòa`/`hóa`) then count as layout, while words and numbers still count.
public struct ComparisonText: Sendable {
    public var loose: Bool

    public init(loose: Bool = false) { self.loose = loose }

    /// The canonical form of `text`: NFC, new-style tone placement, lower case, quotes and
    /// dashes folded; in loose mode without diacritics.
    /// - Complexity: O(n).
    public func canonical(_ text: String) -> String {
        var s = TonePlacement.new.apply(to: ICU.nfc(text)).lowercased()
        if loose { s = Self.foldDiacritics(s) }
        return s
    }

    /// The comparison tokens of `text`: runs of letters and digits, and every other
    /// non-space character on its own, each in canonical form. Spacing never matters.
    /// - Complexity: O(n).
    public func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in canonical(text).unicodeScalars {
            if Self.isWordScalar(scalar) {
                word.append(scalar)
                continue
            }
            if !word.isEmpty { result.append(String(word)); word = String.UnicodeScalarView() }
            if scalar.properties.isWhitespace || Self.ignorable(scalar) { continue }
            result.append(String(Self.foldPunctuation(scalar)))
        }
        if !word.isEmpty { result.append(String(word)) }
        // "./." closes an administrative text (Nghị định 30/2020): an end mark, not content,
        // and it moves when a section is added after the last one.
        if result.count >= 3, result.suffix(3) == [".", "/", "."] { result.removeLast(2) }
        return result
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    static func ignorable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B, 0xFEFF, 0xAD, 0x200C, 0x200D: return true
        default: return false
        }
    }

    static func foldPunctuation(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x2026: return "."
        default: return s
        }
    }

    /// Removes combining marks after NFD and maps đ to d.
    static func foldDiacritics(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in ICU.nfd(text).unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "đ": out.append("d")
            case "Đ": out.append("D")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
