import PlanModel

/// References to other documents in the summary and the preamble:
/// "Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 của …" → text, number, date.
enum References {
    /// - Parameter ocr: the text was OCR'd and repaired: a misread lead ("Căn cứ’", "Thu hiện")
    ///   is dropped as the exact one is (`ocrLead`).
    static func collect(title: String?, preamble: [String], ocr: Bool = false) -> [DocumentReference] {
        var result: [DocumentReference] = []
        var seen = Set<String>()
        var texts = [title].compactMap({ $0 }) + preamble
        if ocr { texts = rejoinCutNumbers(texts[...].map { Substring($0) }).map(String.init) }
        for text in texts {
            for clause in clauses(of: text, ocr: ocr) {
                for piece in pieces(of: String(clause)) {
                    let numbers = DocumentNumbers.all(in: piece)
                    guard let first = numbers.first else { continue }
                    let reference = DocumentReference(text: tidy(Substring(piece)), number: first.number,
                                                      date: DocumentDates.first(in: String(piece[first.range.upperBound...])))
                    if seen.insert(reference.number ?? reference.text).inserted { result.append(reference) }
                }
            }
        }
        return result
    }

    /// Document kinds that open a reference.
    static let kindWords = ["Nghị quyết", "Nghị Quyết", "Đề án", "Chương trình", "Kế hoạch", "Quyết định", "Chỉ thị",
                            "Thông tư", "Nghị định", "Luật", "Công văn", "Kết luận", "Hướng dẫn", "Thông báo"]

    /// Splits a clause that names several numbered documents ("Đề án số 04-ĐA/TU và Nghị quyết
    /// số 05-NQ/TU") into one piece per document: at each kind word that is followed by its own
    /// number before the next kind word.
    static func pieces(of clause: String) -> [String] {
        let numbers = DocumentNumbers.all(in: clause)
        guard numbers.count > 1 else { return [clause] }
        var starts: [String.Index] = [clause.startIndex]
        for number in numbers.dropFirst() {
            // The last kind word before this number and after the previous start.
            let before = clause[starts[starts.count - 1]..<number.range.lowerBound]
            var best: String.Index?
            for word in kindWords {
                if let lower = lastMatch(of: word, in: before), lower > before.startIndex, best.map({ lower > $0 }) ?? true {
                    best = lower
                }
            }
            if let best { starts.append(best) }
        }
        var result: [String] = []
        for (i, start) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1] : clause.endIndex
            var piece = String(clause[start..<end])
            for joiner in [" và ", ", ", " "] where piece.hasSuffix(joiner) { piece.removeLast(joiner.count) }
            // "… của UBND thành phố về việc thực hiện | Đề án số 04-ĐA/TU": the words that led
            // into the next document are not part of this one.
            if i + 1 < starts.count {
                for lead in [" về việc thực hiện", " về thực hiện", " thực hiện", " về việc", " về"] where piece.hasSuffix(lead) {
                    piece.removeLast(lead.count)
                    break
                }
            }
            result.append(piece)
        }
        return result
    }

    /// Where `before.ranges(of: word).last` starts. Simple text is searched as bytes, left to
    /// right without overlaps as `ranges(of:)` does (the kind words are simple, hence NFC).
    static func lastMatch(of word: String, in before: Substring) -> String.Index? {
        let fast = before.utf8.withContiguousStorageIfAvailable { b -> Int?? in
            guard SimpleText.isSimple(b) else { return nil }
            return word.utf8.withContiguousStorageIfAvailable { w -> Int? in
                guard SimpleText.isSimple(w), w.count > 0 else { return nil }
                let bytes = Array(w)
                var last: Int?
                var i = 0
                while i + w.count <= b.count {
                    if b[i] == w[0], SimpleText.matches(b, i, bytes) { last = i; i += w.count } else { i += 1 }
                }
                return last
            }
        }
        if let fast, let answer = fast {
            return answer.map { before.utf8.index(before.startIndex, offsetBy: $0) }
        }
        return before.ranges(of: word).last?.lowerBound
    }

    /// Splits a căn cứ paragraph into one clause per referenced document: at ";" and before
    /// each new document kind that follows a number ("…; Chương trình hành động số …").
    static func clauses(of text: String, ocr: Bool = false) -> [Substring] {
        var stripped = Substring(text)
        var exact = false
        for lead in ["Căn cứ ", "Thực hiện ", "Theo "] where stripped.hasPrefix(lead) {
            stripped = stripped.dropFirst(lead.count)
            exact = true
        }
        if ocr, !exact, let rest = ocrLead(stripped) { stripped = rest }
        var parts = stripped.split(separator: ";")
        if ocr { parts = rejoinCutNumbers(parts) }
        return parts.map { dropMainClause($0.trimmingCharacters(in: " .,")) }.filter { !$0.isEmpty }
    }

    /// OCR reads a mark inside a document number as ";" or a paragraph break ("số 16-CTr/;
    /// TU ngày …"): a clause or paragraph ending in "/" or "-" continues in the next one.
    static func rejoinCutNumbers(_ parts: [Substring]) -> [Substring] {
        var result: [Substring] = []
        for part in parts {
            if let last = result.last, let end = last.last, end == "/" || end == "-" {
                result[result.count - 1] = Substring(String(last) + String(part.drop { $0 == " " }))
            } else {
                result.append(part)
            }
        }
        return result
    }

    /// An OCR'd lead of one or two words before a document kind ("Căn cứ’ Nghị quyết …",
    /// "Thu hiện Chương trình …", "Can cv Nghị quyết …"): the text after it, when its words
    /// have the letters OCR keeps of "Căn cứ" (C…, c…) or "Thực hiện" (Th…, h…).
    static func ocrLead(_ text: Substring) -> Substring? {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count == 3, kindWords.contains(where: { words[2].hasPrefix($0) }) else { return nil }
        func letters(_ word: Substring) -> String { String(word.filter(\.isLetter)).lowercased() }
        let first = letters(words[0]), second = letters(words[1])
        guard (1...5).contains(second.count), (2...5).contains(first.count) else { return nil }
        let canCu = first.hasPrefix("c") && second.hasPrefix("c")
        let thucHien = first.hasPrefix("th") && second.hasPrefix("h")
        guard canCu || thucHien else { return nil }
        return words[2]
    }

    /// "Thực hiện Kế hoạch số 109/KH-UBND …, Ủy ban nhân dân phường xây dựng kế hoạch thực hiện
    /// như sau:": the sentence's main clause, after the last comma, is not part of the reference.
    static func dropMainClause(_ clause: Substring) -> Substring {
        let body = clause.trimmingCharacters(in: " :")
        guard body.hasSuffix("như sau"), let comma = body.ranges(of: ", ").last else { return clause }
        return body[..<comma.lowerBound]
    }

    static func tidy(_ clause: Substring) -> String {
        String(clause.trimmingCharacters(in: " .,;:"))
    }
}
