import PlanModel

/// Decides whether text is printed lines (PDF, OCR: paragraphs wrap) or paragraphs (DOCX,
/// HTML: one paragraph a line) when the source did not say.
enum LayoutDetector {
    /// Tab-separated cells only come from DOCX-like extraction; otherwise paragraphs are
    /// recognised by their length: a PDF page is about 90 characters wide, so lines longer
    /// than 120 characters are whole paragraphs. A few such lines (a landscape table page)
    /// do not make a text DOCX-like; at least 10% of the lines must be that long.
    static func detect(_ lines: [LayoutLine]) -> ExtractedText.Layout {
        guard !lines.isEmpty else { return .paragraphs }
        if lines.contains(where: { TextBytes.contains($0.text, 9) }) { return .paragraphs }
        let long = lines.filter { $0.text.utf8.count > 120 && $0.text.unicodeScalars.count > 120 }.count
        if long >= 2 && long * 10 >= lines.count { return .paragraphs }
        return .printedLines
    }
}
