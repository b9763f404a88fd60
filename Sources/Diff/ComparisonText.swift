import ICU
import Normalize

/// How two texts are compared: the layout of a text (wrapping, spacing, NFC vs NFD, tone
/// placement, typographic quotes and dashes, letter case) is not its content.
///
/// In `loose` mode (a side was OCR-repaired), diacritics are folded too: residual
/// repair errors (`hòa`/`hóa`) then count as layout, while words and numbers still count.
public struct ComparisonText {
    public var loose: Bool
    /// Canonical forms of the words already seen: a plan has a few thousand distinct
    /// syllables, so each is normalised once. Not shared between threads.
    private let cache = WordCache()

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
    /// - Complexity: O(n); each distinct word is normalised once (cached).
    public func tokens(_ text: String) -> [String] {
        var capitals: [Bool]?
        return scan(text, capitals: &capitals)
    }

    /// The comparison tokens of `text`, and for each whether it was printed with a capital
    /// first letter (a unit name: "Phòng", "Tỉnh").
    func tokensWithCase(_ text: String) -> (tokens: [String], capitals: [Bool]) {
        var capitals: [Bool]? = []
        let tokens = scan(text, capitals: &capitals)
        return (tokens, capitals ?? [])
    }

    private func scan(_ text: String, capitals: inout [Bool]?) -> [String] {
        var result: [String] = []
        let scalars = ICU.nfc(text).unicodeScalars
        var start = scalars.startIndex
        var inWord = false
        var index = scalars.startIndex
        func word(_ range: Range<String.UnicodeScalarView.Index>) -> String {
            let raw = String(scalars[range])
            if let known = cache.words[raw] { return known }
            let canonical = canonical(raw)
            cache.words[raw] = canonical
            return canonical
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) {
                if !inWord { start = index; inWord = true }
            } else if loose, inWord, Self.isOCRJunk(scalar), let next = scalars.index(index, offsetBy: 1, limitedBy: scalars.endIndex),
                      next < scalars.endIndex, Self.isWordScalar(scalars[next]) {
                // Inside a word, OCR prints a tone mark as a sign ("tht?c", "tt’ng"): one word.
            } else {
                if inWord {
                    result.append(word(start..<index)); inWord = false
                    capitals?.append(scalars[start].properties.isUppercase)
                }
                if !Self.isSpace(scalar) && !Self.ignorable(scalar) {
                    result.append(String(Self.foldPunctuation(scalar)))
                    capitals?.append(false)
                }
            }
            index = scalars.index(after: index)
        }
        if inWord {
            result.append(word(start..<scalars.endIndex))
            capitals?.append(scalars[start].properties.isUppercase)
        }
        // "./." closes an administrative text (Nghị định 30/2020): an end mark, not content,
        // and it moves when a section is added after the last one.
        if result.count >= 3, result.suffix(3) == [".", "/", "."] {
            result.removeLast(2)
            capitals?.removeLast(2)
        }
        return result
    }

    /// Letters, digits and combining marks; Vietnamese letters without a table lookup.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        case 0xC0...0x24F: return s.value != 0xD7 && s.value != 0xF7
        case 0x300...0x36F, 0x1E00...0x1EFF: return true
        default: return isWordScalarSlow(s)
        }
    }

    /// Signs OCR prints for a letter's marks inside a word ("chi?c", "tt’ng", "k¥").
    static func isOCRJunk(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3F, 0x27, 0x2019, 0x2018, 0xA5, 0x21, 0x60, 0xB4: return true
        default: return false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D: return true
        case 0..<0x80: return false
        default: return s.properties.isWhitespace
        }
    }

    static func isWordScalarSlow(_ s: Unicode.Scalar) -> Bool {
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

    /// Removes combining marks after NFD, maps đ to d and superscript digits to digits.
    static func foldDiacritics(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in ICU.nfd(text).unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar.value {
            case 0x111: out.append("d")
            case 0x110: out.append("D")
            // Superscript digits (footnote marks) read as plain ones by OCR.
            case 0xB9: out.append("1")
            case 0xB2, 0xB3: out.append(Unicode.Scalar(scalar.value - 0xB2 + 0x32) ?? scalar)
            case 0x2070, 0x2074...0x2079: out.append(Unicode.Scalar(scalar.value - 0x2070 + 0x30) ?? scalar)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// The word cache of one comparison.
final class WordCache {
    var words: [String: String] = [:]
}
