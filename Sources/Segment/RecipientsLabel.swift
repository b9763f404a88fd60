/// The "Nơi nhận:" label that opens the list of recipients, as printed and as OCR prints it:
/// its marks lost ("Noi nhan:") or its space too ("Noinhan:", "Nơinhận:"). A form other than
/// the printed "Nơi nhận" counts only with its colon, so no sentence is taken for it.
enum RecipientsLabel {
    /// The letters of the label without marks.
    private static let plain: [Character] = Array("noinhan")

    /// The text after the label (and its colon) when an OCR form of it opens `text`; nil for
    /// the printed "Nơi nhận", which the callers read themselves, and for anything else.
    static func afterOCRForm(_ text: String) -> String? {
        guard let first = text.first, first == "N" || first == "n" else { return nil }
        var k = 0
        var spaces = 0
        var rest = Substring(text)
        while let c = rest.first, k < plain.count {
            if c == " " {
                // One space, only where the printed label has it.
                guard k == 3, spaces == 0 else { return nil }
                spaces += 1
                rest = rest.dropFirst()
                continue
            }
            let base = OCRFold.base(c)
            guard base == plain[k] else { return nil }
            k += 1
            rest = rest.dropFirst()
        }
        guard k == plain.count else { return nil }
        let afterLetters = rest.drop { $0 == " " }
        guard afterLetters.first == ":" else { return nil }
        return String(afterLetters.dropFirst().drop { $0 == " " })
    }
}
