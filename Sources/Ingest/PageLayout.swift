/// Text laid out on pages with word boxes: what PDF (pdftotext -bbox-layout), hOCR and ALTO
/// have in common. Coordinates grow rightwards and downwards, in the source's own units.
struct PageWord: Sendable {
    var text: String
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// OCR confidence in 0...1, when known.
    var confidence: Double?

    var height: Double { y1 - y0 }
    var centerX: Double { (x0 + x1) / 2 }
}

struct PageLine: Sendable {
    var words: [PageWord]

    var x0: Double { words.map(\.x0).min() ?? 0 }
    var x1: Double { words.map(\.x1).max() ?? 0 }
    var y0: Double { words.map(\.y0).min() ?? 0 }
    var y1: Double { words.map(\.y1).max() ?? 0 }
    var centerY: Double { (y0 + y1) / 2 }
    var text: String { words.map(\.text).joined(separator: " ") }

    /// A gap between two words wider than this many word heights, and this many times the
    /// line's usual word gap, separates two columns.
    static let columnGap = 3.0, columnGapOverUsual = 4.0

    /// The words joined by spaces, and by a tab where a wide gap parts them: a two-column
    /// header or closing printed as a borderless table ("ỦY BAN NHÂN DÂN … CỘNG HÒA XÃ HỘI CHỦ
    /// NGHĨA VIỆT NAM", "Nơi nhận: … KT. CHỦ TỊCH") comes out as a DOCX export gives it, cells
    /// parted by tabs. A justified line whose few words are spread evenly keeps its spaces: its
    /// gaps are all wide, none stands out.
    var textWithColumns: String {
        guard words.count > 1 else { return text }
        let heights = words.map(\.height).sorted()
        let height = heights[heights.count / 2]
        guard height > 0 else { return text }
        let gaps = zip(words, words.dropFirst()).map { $1.x0 - $0.x1 }
        let others = gaps.sorted().dropLast()
        let usual = others.isEmpty ? 0 : others[others.startIndex + others.count / 2]
        let wide = max(Self.columnGap * height, Self.columnGapOverUsual * usual)
        guard gaps.contains(where: { $0 > wide }) else { return text }
        var out = words[0].text
        for (gap, word) in zip(gaps, words.dropFirst()) {
            out += gap > wide ? "\t" : " "
            out += word.text
        }
        return out
    }
}

/// Lines the source groups together (a pdftotext block, an hOCR paragraph, an ALTO text block).
struct PageBlock: Sendable {
    var lines: [PageLine]
}

struct LaidOutPage: Sendable {
    /// 1-based page number.
    var number: Int
    var width: Double
    var height: Double
    var blocks: [PageBlock]
}
