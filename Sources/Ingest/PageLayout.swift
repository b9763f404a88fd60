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
