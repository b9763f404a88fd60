import ICU
import PlanModel

/// Word-level differences between two texts, reported in their original spelling.
struct WordDiff {
    let comparison: ComparisonText

    /// A word (or punctuation mark) as printed, with the spaces after it.
    struct Piece {
        var text: String
        var key: String
    }

    /// Splits `text` into pieces: each word or punctuation mark with its trailing spaces.
    /// - Complexity: O(n).
    func pieces(_ text: String) -> [Piece] {
        var result: [Piece] = []
        var core = String.UnicodeScalarView()
        var trailing = String.UnicodeScalarView()
        var coreIsWord = false
        func flush() {
            if !core.isEmpty {
                let coreText = String(core)
                let key = comparison.tokens(coreText).joined(separator: " ")
                result.append(Piece(text: coreText + String(trailing), key: key))
            } else if !trailing.isEmpty {
                if result.isEmpty {
                    result.append(Piece(text: String(trailing), key: ""))
                } else {
                    result[result.count - 1].text += String(trailing)
                }
            }
            core = String.UnicodeScalarView()
            trailing = String.UnicodeScalarView()
        }
        for scalar in ICU.nfc(text).unicodeScalars {
            if scalar.properties.isWhitespace {
                trailing.append(scalar)
                continue
            }
            let isWord = ComparisonText.isWordScalar(scalar)
            if !trailing.isEmpty || !isWord || !coreIsWord { flush() }
            core.append(scalar)
            coreIsWord = isWord
        }
        flush()
        return result
    }

    /// The word-level edit script from `old` to `new`; equal runs are spelled as in `new`.
    func ops(old: String, new: String) -> [Change.TextOp] {
        let a = pieces(old).filter { !$0.key.isEmpty || !$0.text.allSatisfy(\.isWhitespace) }
        let b = pieces(new).filter { !$0.key.isEmpty || !$0.text.allSatisfy(\.isWhitespace) }
        var intern: [String: Int] = [:]
        func id(_ key: String) -> Int {
            if let i = intern[key] { return i }
            let i = intern.count
            intern[key] = i
            return i
        }
        let ka = a.map { id($0.key) }, kb = b.map { id($0.key) }
        var result: [Change.TextOp] = []
        func push(_ op: Change.TextOp.Op, _ text: String) {
            if let last = result.last, last.op == op { result[result.count - 1].text += text }
            else { result.append(Change.TextOp(op: op, text: text)) }
        }
        var i = 0, j = 0
        for (op, count) in SequenceDiff.diff(ka, kb) {
            switch op {
            case .equal:
                push(.equal, b[j..<(j + count)].map(\.text).joined())
                i += count; j += count
            case .delete:
                push(.delete, a[i..<(i + count)].map(\.text).joined())
                i += count
            case .insert:
                push(.insert, b[j..<(j + count)].map(\.text).joined())
                j += count
            }
        }
        return Self.tidy(result)
    }

    /// Moves the trailing spaces of a changed run out of it, so that a reader sees
    /// `<del>14%</del><ins>15%</ins> ` rather than spaces inside the marks. A deletion
    /// directly followed by an insertion shares the insertion's space.
    static func tidy(_ ops: [Change.TextOp]) -> [Change.TextOp] {
        var out: [Change.TextOp] = []
        for (index, op) in ops.enumerated() {
            guard op.op != .equal else { out.append(op); continue }
            let trimmed = String(op.text.reversed().drop(while: \.isWhitespace).reversed())
            let space = String(op.text.dropFirst(trimmed.count))
            out.append(Change.TextOp(op: op.op, text: trimmed))
            let nextIsInsert = index + 1 < ops.count && ops[index + 1].op == .insert
            if !space.isEmpty, !(op.op == .delete && nextIsInsert) {
                out.append(Change.TextOp(op: .equal, text: space))
            }
        }
        var merged: [Change.TextOp] = []
        for op in out where !op.text.isEmpty {
            if let last = merged.last, last.op == op.op { merged[merged.count - 1].text += op.text }
            else { merged.append(op) }
        }
        return merged
    }
}
