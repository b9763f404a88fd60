import PlanModel

/// References to other documents in the summary and the preamble:
/// "Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 của …" → text, number, date.
enum References {
    static func collect(title: String?, preamble: [String]) -> [DocumentReference] {
        var result: [DocumentReference] = []
        var seen = Set<String>()
        for text in [title].compactMap({ $0 }) + preamble {
            for clause in clauses(of: text) {
                let numbers = DocumentNumbers.all(in: String(clause))
                guard let first = numbers.first else { continue }
                let clauseText = String(clause)
                let reference = DocumentReference(text: tidy(clause), number: first.number,
                                                  date: DocumentDates.first(in: String(clauseText[first.range.upperBound...])))
                if seen.insert(reference.number ?? reference.text).inserted { result.append(reference) }
            }
        }
        return result
    }

    /// Splits a căn cứ paragraph into one clause per referenced document: at ";" and before
    /// each new document kind that follows a number ("…; Chương trình hành động số …").
    static func clauses(of text: String) -> [Substring] {
        var stripped = Substring(text)
        for lead in ["Căn cứ ", "Thực hiện ", "Theo "] where stripped.hasPrefix(lead) {
            stripped = stripped.dropFirst(lead.count)
        }
        return stripped.split(separator: ";").map { $0.trimmingCharacters(in: " .,") }.filter { !$0.isEmpty }
    }

    static func tidy(_ clause: Substring) -> String {
        String(clause.trimmingCharacters(in: " .,;:"))
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
