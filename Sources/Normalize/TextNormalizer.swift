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
        var text = ICU.nfc(line)
        text = tonePlacement.apply(to: text)
        return Self.tidySpaces(text)
    }

    static func tidySpaces(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\u{A0}", "\u{2007}", "\u{202F}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{3000}":
                pendingSpace = true
            case "\u{200B}", "\u{FEFF}", "\u{AD}":
                continue
            case "\t":
                pendingSpace = false
                out.unicodeScalars.append("\t")
            default:
                if pendingSpace, let last = out.unicodeScalars.last, last != "\t" { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        // Spaces around tabs are noise.
        if out.contains("\t") {
            out = out.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces() }.joined(separator: "\t")
        }
        return String(out.trimmingSpaces())
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
