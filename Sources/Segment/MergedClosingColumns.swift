/// A two-column closing whose columns were printed on one line each, as OCR (or a PDF without
/// tab stops) gives it: "Nơi nhận: KT. CHỦ TỊCH", "- UBND huyện (b/c); PHÓ CHỦ TỊCH", …,
/// "- Lưu: VT. Lê Thị Mai". The sign is an authority line right after the "Nơi nhận:" label;
/// then each line's tail after the item's end (";", ",", "." or ")" and a space) is the
/// signature column's when it is a title or a line in capitals, or, on the last line, a
/// person's name. Read column by column: the list first, then the signature.
enum MergedClosingColumns {
    static func readingOrder(_ texts: [String]) -> [String] {
        guard let labelIndex = texts.firstIndex(where: { ClosingParserImpl.afterRecipientsLabelText($0) != nil }),
              let rest = ClosingParserImpl.afterRecipientsLabelText(texts[labelIndex]), !rest.isEmpty,
              SignatureText.isAuthority(rest) else { return texts }
        let label = String(texts[labelIndex].dropLast(rest.count)).trimmed()
        var left = Array(texts[..<labelIndex]) + [label]
        var right = [rest]
        for (k, text) in texts.enumerated() where k > labelIndex {
            if let (item, tail) = split(text, last: k == texts.count - 1) {
                left.append(item)
                right.append(tail)
            } else {
                left.append(text)
            }
        }
        return left + right
    }

    /// The item and the signature piece after it, when the line has one.
    private static func split(_ text: String, last: Bool) -> (String, String)? {
        let chars = Array(text)
        var i = chars.count - 2
        while i > 0 {
            if chars[i] == " ", ";,.)".contains(chars[i - 1]) {
                let tail = String(chars[(i + 1)...]).trimmed()
                let item = String(chars[..<i]).trimmed()
                if !tail.isEmpty, !item.isEmpty, isSignaturePiece(tail, last: last) { return (item, tail) }
            }
            i -= 1
        }
        return nil
    }

    private static func isSignaturePiece(_ text: String, last: Bool) -> Bool {
        if SignatureText.isTitle(text) { return true }
        let letters = text.filter(\.isLetter)
        if letters.count >= 4, letters.allSatisfy(\.isUppercase) { return true }
        return last && SignatureText.looksLikeName(text)
    }
}
