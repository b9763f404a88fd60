import ICU

/// Where the tone mark goes in the open syllables with `oa`, `oe`, `uy`.
///
/// Both placements are in real use: the old style puts the mark on the first vowel
/// (`hòa`, `khỏe`, `thúy`), the new style on the main vowel (`hoà`, `khoẻ`, `thuý`).
/// NFC does not unify them, so this is a separate rule. Syllables with a final consonant
/// (`hoàn`, `thuyết`) and `qu`/`gi` onsets (`quý`) have one placement only and never change.
public enum TonePlacement: String, Sendable, CaseIterable {
    /// Leave every syllable as printed.
    case asPrinted = "as-printed"
    /// `hòa`, `thúy`.
    case old
    /// `hoà`, `thuý`.
    case new

    /// `text` with every open oa/oe/uy syllable's mark placed in this style.
    /// - Complexity: O(n) in the length of `text`.
    public func apply(to text: String) -> String {
        guard self != .asPrinted else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var word: [Character] = []
        var changed = false
        func flush() {
            if !word.isEmpty {
                if let moved = ToneTable.shared.place(word, new: self == .new) {
                    output.append(contentsOf: moved)
                    changed = true
                } else {
                    output.append(contentsOf: word)
                }
                word.removeAll(keepingCapacity: true)
            }
        }
        for c in text {
            if c.isLetter { word.append(c) } else { flush(); output.append(c) }
        }
        flush()
        return changed ? output : text
    }
}

/// Decomposes Vietnamese vowels into base letter and tone, and composes them back.
struct ToneTable: Sendable {
    static let shared = ToneTable()

    enum Tone: Int, CaseIterable { case none = 0, grave, acute, tilde, hook, dot }

    /// Base vowels with their shape marks (â, ă, ê, ô, ơ, ư) but no tone.
    static let bases: [Character] = Array("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")

    private var decompose: [Character: (base: Character, tone: Tone)] = [:]
    private var compose: [String: Character] = [:]

    init() {
        let toneMarks: [Tone: String] = [.grave: "\u{300}", .acute: "\u{301}", .tilde: "\u{303}",
                                         .hook: "\u{309}", .dot: "\u{323}"]
        for base in Self.bases {
            decompose[base] = (base, .none)
            compose[Self.key(base, .none)] = base
            for (tone, mark) in toneMarks {
                let nfc = Character(ICU.nfc(String(base) + mark))
                decompose[nfc] = (base, tone)
                compose[Self.key(base, tone)] = nfc
            }
        }
    }

    private static func key(_ base: Character, _ tone: Tone) -> String { "\(base)\(tone.rawValue)" }

    /// The word with its mark moved, or nil when nothing changes.
    func place(_ word: [Character], new: Bool) -> [Character]? {
        guard word.count >= 2, word.count <= 7 else { return nil }
        // Locate the vowel run.
        var decomposed: [(base: Character, tone: Tone)] = []
        decomposed.reserveCapacity(word.count)
        for c in word {
            if let d = decompose[c] { decomposed.append(d) } else { decomposed.append((c, .none)) }
        }
        guard let start = decomposed.firstIndex(where: { Self.isVowel($0.base) }) else { return nil }
        var end = start
        while end + 1 < decomposed.count, Self.isVowel(decomposed[end + 1].base) { end += 1 }
        // Open syllable with exactly two vowels: oa, oe, uy.
        guard end == start + 1, end == decomposed.count - 1 else { return nil }
        let pair = String([decomposed[start].base, decomposed[end].base]).lowercased()
        guard pair == "oa" || pair == "oe" || pair == "uy" else { return nil }
        // "qu" + y: u belongs to the onset, the mark is always on y.
        if pair == "uy", start > 0, decomposed[start - 1].base.lowercased() == "q" { return nil }
        let tone = decomposed[start].tone != .none ? decomposed[start].tone : decomposed[end].tone
        guard tone != .none else { return nil }
        let target = new ? end : start
        if decomposed[target].tone == tone && decomposed[new ? start : end].tone == .none { return nil }
        var result = word
        for index in [start, end] {
            let base = decomposed[index].base
            guard let c = compose[Self.key(base, index == target ? tone : .none)] else { return nil }
            result[index] = c
        }
        return result
    }

    static func isVowel(_ c: Character) -> Bool { bases.contains(c) }
}
