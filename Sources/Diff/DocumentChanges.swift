import PlanModel

/// The document-level facts: header fields, the preamble (căn cứ) and closing formula,
/// recipients and signature.
struct DocumentChanges {
    let comparison: ComparisonText

    func change(old: Plan, new: Plan) -> Change? {
        var fields: [Change.FieldChange] = []
        func compare(_ path: String, _ a: String?, _ b: String?) {
            let same: Bool
            switch (a, b) {
            case (nil, nil): same = true
            case let (x?, y?):
                same = comparison.tokens(x) == comparison.tokens(y)
                    || (comparison.loose && OCRNoise.isNoise(x, y, comparison: comparison))
            default: same = false
            }
            if !same { fields.append(.init(path: path, old: a, new: b)) }
        }
        let (h, k) = (old.document, new.document)
        compare("document.kind", h.kind.rawValue, k.kind.rawValue)
        compare("document.number", h.number, k.number)
        compare("document.issuer", h.issuer, k.issuer)
        compare("document.place", h.place, k.place)
        compare("document.date", h.date, k.date)
        compare("document.title", h.title, k.title)
        compare("document.references", joined(h.references.map(\.text)), joined(k.references.map(\.text)))
        // Running text: where one paragraph ends and the next begins is layout (a PDF's joiner
        // and a DOCX's paragraphs may part "…năm 2026;" and "Ủy ban nhân dân …" differently).
        compare("document.preamble", running(h.preamble.map(\.text)), running(k.preamble.map(\.text)))
        compare("document.closing", running(h.closing.map(\.text)), running(k.closing.map(\.text)))
        compare("recipients", joined(old.recipients), joined(new.recipients))
        compare("signature.authority", old.signature?.authority, new.signature?.authority)
        compare("signature.title", old.signature?.title, new.signature?.title)
        compare("signature.name", old.signature?.name, new.signature?.name)
        guard !fields.isEmpty else { return nil }
        return Change(kind: .changed, target: .document, oldId: h.number, newId: k.number,
                      title: k.title ?? h.title, fields: fields)
    }

    private func joined(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: "; ") }

    /// Paragraphs of running text as one text.
    private func running(_ paragraphs: [String]) -> String? { paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n") }
}
