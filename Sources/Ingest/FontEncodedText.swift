/// Text typed in a Vietnamese font encoding (TCVN3 with the .VnTime fonts, VNI with the
/// VNI-Times fonts) that reached a Unicode container — a DOCX, an HTML page, a PDF's text
/// layer — as the Latin-1 characters of its bytes ("KÕ ho¹ch" for "Kế hoạch").
/// Such lines are re-decoded when the document's font-encoded lines read as Vietnamese.
enum FontEncodedText {
    /// Lines whose characters all have a Windows-1252 byte, and some of which are not ASCII.
    static func candidate(_ line: String) -> [UInt8]? {
        guard line.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return nil }
        return TextDecoding.singleBytes(line)
    }

    /// The lines with font-encoded ones decoded, and the encoding found (nil: none).
    /// `forced` (from `--encoding`) chooses the encoding; a line is changed unless its
    /// decoding reads worse as Vietnamese than the line itself.
    static func repair(_ lines: [String], forced: LegacyEncoding? = nil) -> (lines: [String], encoding: LegacyEncoding?) {
        let candidates = lines.indices.compactMap { i in candidate(lines[i]).map { (index: i, bytes: $0) } }
        guard !candidates.isEmpty else { return (lines, nil) }
        let lexicon = VietnameseLexicon.shared
        let encoding: LegacyEncoding
        if let forced, forced != .windows1258 {
            encoding = forced
        } else {
            let sample = candidates.prefix(500)
            let bytes = Array(sample.map(\.bytes).joined(separator: [0x0A]))
            let original = lexicon.score(sample.map { lines[$0.index] }.joined(separator: "\n"))
            var best: (LegacyEncoding, Double)? = nil
            for option in [LegacyEncoding.tcvn3, .vni] {
                guard let decoded = option.decode(bytes) else { continue }
                let score = lexicon.score(decoded)
                if score > (best?.1 ?? 0) { best = (option, score) }
            }
            guard let (chosen, score) = best, score >= 0.6, score > original + 0.2 else { return (lines, nil) }
            encoding = chosen
        }
        var out = lines
        var changed = false
        for candidate in candidates {
            guard let decoded = encoding.decode(candidate.bytes) else { continue }
            if lexicon.score(decoded) >= lexicon.score(lines[candidate.index]) {
                out[candidate.index] = decoded
                changed = true
            }
        }
        return (out, changed ? encoding : nil)
    }
}
