import PlanModel

/// Field-by-field comparison of the facts a section states: its indicators (value, unit,
/// comparator, year) and its assignments (lead, cooperating units, deadline).
struct FieldComparison {
    let comparison: ComparisonText

    func same(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?):
            return comparison.tokens(x) == comparison.tokens(y)
                || (comparison.loose && OCRNoise.isNoise(x, y, comparison: comparison))
        default: return false
        }
    }

    // MARK: Indicators

    /// - Parameter readAlike: the section's texts differ only by OCR noise (loose mode):
    ///   facts are paired by noise-equal texts too, and a fact found on one side only was
    ///   read differently, not added or removed.
    func indicators(old: [Indicator], new: [Indicator], readAlike: Bool = false) -> [Change.FieldChange] {
        var fields: [Change.FieldChange] = []
        for (o, n) in pairs(old, new, text: \.text, masked: { maskNumbers($0.text) }, readAlike: readAlike) {
            switch (o, n) {
            case let (o?, n?): fields += indicator(o, n)
            case let (o?, nil): fields.append(.init(path: "indicator", old: o.text, new: nil))
            case let (nil, n?): fields.append(.init(path: "indicator", old: nil, new: n.text))
            default: break
            }
        }
        return fields
    }

    private func indicator(_ o: Indicator, _ n: Indicator) -> [Change.FieldChange] {
        var fields: [Change.FieldChange] = []
        if o.value != n.value {
            fields.append(.init(path: "indicator.value", old: Self.format(o.value, unit: o.unit),
                                new: Self.format(n.value, unit: n.unit)))
        }
        if !same(o.unit, n.unit) { fields.append(.init(path: "indicator.unit", old: o.unit, new: n.unit)) }
        if o.comparator != n.comparator {
            fields.append(.init(path: "indicator.comparator", old: o.comparator?.rawValue, new: n.comparator?.rawValue))
        }
        if o.year != n.year, !yearWordMisread(o, n) {
            fields.append(.init(path: "indicator.year", old: o.year.map(String.init), new: n.year.map(String.init)))
        }
        return fields
    }

    /// In loose mode, a year found on one side only while the other side's text has that
    /// same year as a number: the word before it was misread ("năm 2030" → "ném 2030") so
    /// the year was not taken, not changed. A year gone from the text is still a change.
    private func yearWordMisread(_ o: Indicator, _ n: Indicator) -> Bool {
        guard comparison.loose else { return false }
        switch (o.year, n.year) {
        case let (year?, nil): return comparison.tokens(n.text).contains(String(year))
        case let (nil, year?): return comparison.tokens(o.text).contains(String(year))
        default: return false
        }
    }

    /// "14%/năm", "97,45%": the value as a Vietnamese reader writes it, with its unit.
    static func format(_ value: Double?, unit: String?) -> String? {
        guard let value else { return nil }
        var number: String
        if value == value.rounded(), abs(value) < 1e15 {
            number = String(Int(value))
        } else {
            number = String(value).replacingDot()
        }
        if let unit, !unit.isEmpty {
            number += unit.first.map { $0.isLetter } == true ? " " + unit : unit
        }
        return number
    }

    // MARK: Assignments

    func assignments(old: [Assignment], new: [Assignment], readAlike: Bool = false) -> [Change.FieldChange] {
        var fields: [Change.FieldChange] = []
        for (o, n) in pairs(old, new, text: \.text, masked: { maskNumbers($0.text) }, readAlike: readAlike) {
            switch (o, n) {
            case let (o?, n?):
                if !sameList(o.lead, n.lead), !ranOn(o.lead, n.lead, o, n) {
                    fields.append(.init(path: "assignment.lead", old: list(o.lead), new: list(n.lead)))
                }
                if !sameList(o.cooperating, n.cooperating), !ranOn(o.cooperating, n.cooperating, o, n) {
                    fields.append(.init(path: "assignment.cooperating", old: list(o.cooperating), new: list(n.cooperating)))
                }
                if !same(o.deadline, n.deadline) {
                    fields.append(.init(path: "assignment.deadline", old: o.deadline, new: n.deadline))
                }
            case let (o?, nil): fields.append(.init(path: "assignment", old: o.text, new: nil))
            case let (nil, n?): fields.append(.init(path: "assignment", old: nil, new: n.text))
            default: break
            }
        }
        return fields
    }

    /// In loose mode, OCR may split a list of units at another comma: the lists are
    /// compared as one text.
    private func sameList(_ a: [String], _ b: [String]) -> Bool {
        if a.count == b.count && zip(a, b).allSatisfy({ same($0, $1) }) { return true }
        return comparison.loose && same(list(a), list(b))
    }

    /// In loose mode, OCR may have misread the word that ends a list of units ("thường xuyên"
    /// read "thống xuyên"), so on one side the last unit runs on into the task: the lists are
    /// the same when the longer last unit is the shorter one followed by words in lower case
    /// (no unit name starts there) that the shorter side's own sentence has, read alike, right
    /// after that unit. The sentence is the same text, cut at another place; a unit that
    /// really changed ("Trung tâm Y tế" → "Trung tâm Y tế xã") has no such words after it.
    private func ranOn(_ a: [String], _ b: [String], _ o: Assignment, _ n: Assignment) -> Bool {
        guard comparison.loose, a.count == b.count, let lastA = a.last, let lastB = b.last,
              zip(a.dropLast(), b.dropLast()).allSatisfy({ same($0, $1) }) else { return false }
        let ta = comparison.tokensWithCase(lastA), tb = comparison.tokensWithCase(lastB)
        if ta.tokens.count < tb.tokens.count { return runsOn(ta.tokens, tb, in: o.text) }
        if tb.tokens.count < ta.tokens.count { return runsOn(tb.tokens, ta, in: n.text) }
        return false
    }

    private func runsOn(_ short: [String], _ long: (tokens: [String], capitals: [Bool]), in sentence: String) -> Bool {
        guard !short.isEmpty else { return false }
        let head = Array(long.tokens.prefix(short.count)), tail = Array(long.tokens.dropFirst(short.count))
        guard head == short || OCRNoise.isNoise(head, short),
              !long.capitals.dropFirst(short.count).contains(true) else { return false }
        let words = comparison.tokens(sentence)
        guard words.count >= short.count + tail.count else { return false }
        for start in 0...(words.count - short.count - tail.count) where Array(words[start..<(start + short.count)]) == short {
            let next = Array(words[(start + short.count)..<(start + short.count + tail.count)])
            if next == tail || OCRNoise.isNoise(next, tail) { return true }
        }
        return false
    }

    private func list(_ units: [String]) -> String? { units.isEmpty ? nil : units.joined(separator: "; ") }

    // MARK: Pairing

    /// Pairs two lists of facts: equal text first, then equal text once numbers are masked,
    /// then what is left in order. Unpaired items come out with nil on the other side.
    private func pairs<T>(_ old: [T], _ new: [T], text: KeyPath<T, String>,
                          masked: (T) -> [String], readAlike: Bool = false) -> [(T?, T?)] {
        var newFor = [Int?](repeating: nil, count: old.count)
        var taken = [Bool](repeating: false, count: new.count)
        func pass(_ key: (T) -> [String]) {
            var index: [[String]: [Int]] = [:]
            for (j, n) in new.enumerated() where !taken[j] { index[key(n), default: []].append(j) }
            for (i, o) in old.enumerated() where newFor[i] == nil {
                guard var list = index[key(o)], let j = list.first else { continue }
                list.removeFirst()
                index[key(o)] = list
                newFor[i] = j
                taken[j] = true
            }
        }
        pass { comparison.tokens($0[keyPath: text]) }
        pass(masked)
        if comparison.loose {
            // Texts that differ by OCR noise once numbers are masked.
            for (i, o) in old.enumerated() where newFor[i] == nil {
                let key = masked(o)
                if let j = new.indices.first(where: { !taken[$0] && OCRNoise.isNoise(key, masked(new[$0])) }) {
                    newFor[i] = j
                    taken[j] = true
                }
            }
        }
        if readAlike {
            var result: [(T?, T?)] = []
            for (i, o) in old.enumerated() { if let j = newFor[i] { result.append((o, new[j])) } }
            return result
        }
        // Whatever is left pairs in order.
        var freeNew = new.indices.filter { !taken[$0] }.makeIterator()
        for i in old.indices where newFor[i] == nil {
            if let j = freeNew.next() { newFor[i] = j; taken[j] = true }
        }
        var result: [(T?, T?)] = []
        for (i, o) in old.enumerated() { result.append((o, newFor[i].map { new[$0] })) }
        for (j, n) in new.enumerated() where !taken[j] { result.append((nil, n)) }
        return result
    }

    private func maskNumbers(_ text: String) -> [String] {
        comparison.tokens(text).map { $0.first?.isNumber == true ? "#" : $0 }
    }
}

private extension String {
    func replacingDot() -> String { String(map { $0 == "." ? "," : $0 }) }
}
