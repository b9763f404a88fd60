/// Costs of English-model OCR on Vietnamese print learned from OCR training pairs
/// (`scripts/learn-channel.py`, table `corpus/ocr-channel.tsv`, embedded in
/// `LearnedChannelTable.swift`): −ln P(OCR side | true letter) / 3.5 for one OCR character read
/// for a letter, two OCR characters for one letter, a letter the OCR lost and an extra OCR
/// character.
struct LearnedChannel: Sendable {
    var substitutions: [Character: [(letter: Int, cost: Float)]] = [:]
    var pairs: [String: [(letter: Int, cost: Float)]] = [:]
    var insertions: [Int: Float] = [:]
    var deletions: [Character: Float] = [:]

    /// Parses `kind<TAB>ocr<TAB>letter<TAB>cost<TAB>count` lines; `#` lines are comments.
    init(table: String) {
        for line in table.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4, let cost = Float(String(fields[3])) else { continue }
            let ocr = String(fields[1]), letter = fields[2].first.flatMap { VietnameseLetters.index[$0] }
            switch fields[0] {
            case "s":
                if let letter, ocr.count == 1, let c = ocr.first { substitutions[c, default: []].append((letter, cost)) }
            case "p":
                if let letter, ocr.count == 2 { pairs[ocr, default: []].append((letter, cost)) }
            case "i":
                if let letter { insertions[letter] = cost }
            case "d":
                if ocr.count == 1, let c = ocr.first { deletions[c] = cost }
            default:
                continue
            }
        }
    }

    /// The table learned from the OCR training pairs, embedded at build time.
    static let shipped = LearnedChannel(table: LearnedChannelTable.text)
}
