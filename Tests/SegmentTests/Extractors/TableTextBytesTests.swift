import Foundation
import Testing
@testable import Segment
import PlanModel
import TestSupport

/// The byte fast paths of the table and stated-count extractors give what the character code
/// gives: checked scalar by scalar, and on every line of the three seeds.
@Suite struct TableTextBytesTests {
    static let simpleRanges: [ClosedRange<UInt32>] = [0...0x2FF, 0x1E00...0x1EFF, 0x2002...0x200A, 0x2010...0x2027,
                                                      0x2030...0x205E, 0x2190...0x2328, 0x232B...0x23FF, 0x2460...0x27BF]

    static func seedLines() throws -> [String] {
        var out: [String] = []
        for name in TestPaths.seedNames {
            let text = try SeedRegions.normalized(name)
            out += text.lines.map(\.text)
            out += text.paragraphs.map(\.text)
        }
        return out
    }

    @Test func simpleScalarsAreSingleCharactersAndNFCStable() {
        let a = Unicode.Scalar(0x61)!
        var checked = 0
        for range in Self.simpleRanges {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let expectSimple = v != 0x0D
                #expect(TableTextBytes.isSimple(v) == expectSimple)
                guard expectSimple else { continue }
                var pair = String.UnicodeScalarView()
                pair.append(a); pair.append(s)
                var back = String.UnicodeScalarView()
                back.append(s); back.append(a)
                var twice = String.UnicodeScalarView()
                twice.append(s); twice.append(s)
                #expect(String(pair).count == 2 && String(back).count == 2 && String(twice).count == 2, "U+\(String(v, radix: 16))")
                #expect(s.properties.canonicalCombiningClass == .notReordered)
                let nfc = String(s).precomposedStringWithCanonicalMapping.unicodeScalars
                #expect(nfc.count == 1 && nfc.first == s, "U+\(String(v, radix: 16)) is not NFC-stable")
                checked += 1
            }
        }
        #expect(checked > 2500)
        #expect(!TableTextBytes.isSimple(0x301) && !TableTextBytes.isSimple(0x200D) && !TableTextBytes.isSimple(0x212B))
    }

    @Test func lowercasingMatchesTheStandardLibrary() throws {
        for v in UInt32(0)..<0x3000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = String(s)
            #expect(TableTextBytes.lowercased(text) == Array(text.lowercased().utf8), "U+\(String(v, radix: 16))")
        }
        for line in try Self.seedLines() {
            #expect(TableTextBytes.lowercased(line) == Array(line.lowercased().utf8))
        }
    }

    @Test func trimmingMatchesTrimmed() throws {
        var samples = try Self.seedLines()
        for extra in [" ", "\t", "\u{A0}", "\u{2003}", "a\u{301}", "\u{301}", "\n"] {
            samples += ["x" + extra, extra + "x", extra, "Vĩnh" + extra + "yên", extra + "ệ" + extra]
        }
        samples.append("")
        for s in samples { #expect(TableTextBytes.trimmed(s) == s.trimmed()) }
    }

    static func expectSameFeatures(_ lines: [String], kinds: [ColumnKind?], m: Int) {
        let fast = CellSegmenter.Features(lines, kinds: kinds, m: m)
        let slow = CellSegmenter.Features(lines, kinds: kinds, m: m, general: true)
        #expect(fast.texts == slow.texts && fast.line == slow.line && fast.joins == slow.joins && fast.cutCost == slow.cutCost)
        #expect(fast.width == slow.width && fast.firstWord == slow.firstWord)
        #expect(fast.item == slow.item && fast.hardEnd == slow.hardEnd && fast.lowerStart == slow.lowerStart)
        #expect(fast.hyphenEnd == slow.hyphenEnd && fast.commaEnd == slow.commaEnd)
        #expect(fast.depth == slow.depth && fast.items == slow.items && fast.unitStart == slow.unitStart)
        #expect(fast.accepts == slow.accepts && fast.pairAccepts == slow.pairAccepts)
        #expect(fast.rejects == slow.rejects && fast.pairRejects == slow.pairRejects, "\(lines)")
    }

    @Test func inlineCutsMatchTheCharacterCode() throws {
        var samples = try Self.seedLines()
        samples += ["chính trị - Hồ sơ", "Đảng ủy Văn phòng Đảng uỷ;", "a - B", " - X", "x  Ban", "NSNN Năm 2026", ""]
        // Capitals the UTF-8 look (`InlineCuts.mayCut`) must not miss.
        samples += ["xa Ǎb", "xa Ⓐb", "xa Đb", "xa đb", "xa Àb", "xa Ýb", "xa ßb", "xa Ĳb", "xa Ấy", "xa ấy"]
        for kinds in [[nil, nil, .time, .funding, .unit], [nil, nil, nil]] as [[ColumnKind?]] {
            for line in samples where TableTextBytes.isSimple(line) {
                #expect(InlineCuts.cuts(line, kinds: kinds) == InlineCuts.cutsCharacters(line, kinds: kinds), "\(line)")
            }
        }
    }

    @Test func keywordBitsMatchTheListSearches() throws {
        var samples = try Self.seedLines()
        samples += ["Ban chỉ đạo", "ngân sách nhà nước", "năm 2025", "đảng ủy phường", "ca ", "ns ", "", " "]
        for text in samples {
            let bytes = Array((" " + text.lowercased() + " ").utf8)
            let bits = ColumnKind.keywordBits(bytes)
            #expect((bits & ColumnKind.timeBit != 0) == ColumnKind.containsAny(bytes, ColumnKind.timeBytes))
            #expect((bits & ColumnKind.fundingBit != 0) == ColumnKind.containsAny(bytes, ColumnKind.fundingBytes))
            #expect((bits & ColumnKind.unitBit != 0) == ColumnKind.containsAny(bytes, ColumnKind.unitBytes))
            #expect((bits & ColumnKind.timeRejectBit != 0) == ColumnKind.containsAny(bytes, ColumnKind.timeRejectBytes))
        }
    }

    @Test func featuresOnSimpleTextMatchTheCharacterCode() throws {
        let lines = try Self.seedLines().filter { !$0.isEmpty }
        let kinds: [ColumnKind?] = [nil, nil, .time, .funding, .unit]
        var k = 0
        while k < lines.count {
            let window = Array(lines[k..<min(lines.count, k + 6)])
            Self.expectSameFeatures(window, kinds: kinds, m: 4)
            Self.expectSameFeatures(window, kinds: [nil, nil, nil], m: 2)
            k += 5
        }
        Self.expectSameFeatures(["- Ban chỉ đạo", "- ", "-", "Phòng Văn hóa - Xã hội", "các cơ quan, đơn vị",
                                 "năm 2025-", "2030 (quý I)", "UBND phường,", "Đảng ủy", "CÔNG AN"],
                                kinds: kinds, m: 4)
    }

    /// The segmentation as first written (nested arrays, every candidate column tried), kept
    /// here to check the faster one against.
    static func referenceLabels(_ f: CellSegmenter.Features, columns m: Int, widths: [Int]?, kinds: [ColumnKind?],
                                isFirst: Bool, isLast mustReachLast: Bool) -> [Int] {
        typealias C = CellSegmenter
        let n = f.count
        guard n > 0 else { return [] }
        guard m > 1, n <= C.maxLines else { return Array(repeating: 1, count: n) }
        var seg = Array(repeating: Array(repeating: Array(repeating: Double.infinity, count: n + 1), count: n), count: m + 1)
        for c in 1...m {
            let known = widths.flatMap { c < $0.count && $0[c] > 0 ? $0[c] : nil }
            let hasKind = c < kinds.count && kinds[c] != nil
            for i in 0..<n {
                var localMax = 0
                var overflow = 0.0
                var fits = 0
                var needs: [Int] = []
                // The printed lines of the segment: pieces kept together make one line.
                var lineWidths: [Int] = []
                for j in (i + 1)...n {
                    let k = j - 1
                    let joined = k > i && f.joins[k]
                    let previousWidth = lineWidths.last ?? 0
                    if joined { lineWidths[lineWidths.count - 1] += 250 + f.width[k] } else { lineWidths.append(f.width[k]) }
                    let lineWidth = lineWidths[lineWidths.count - 1]
                    if let known {
                        overflow = 0
                        for w in lineWidths where Double(w) > Double(known) * 1.10 {
                            overflow += 6 + 10 * (Double(w) / Double(known) - 1.10)
                        }
                        if k > i, !joined, !f.item[k], !f.hardEnd[k - 1],
                           Double(previousWidth + 250 + f.firstWord[k]) <= Double(known) * 0.97 {
                            fits += 1
                        }
                    } else {
                        if k > i, !joined, !f.item[k], !f.hardEnd[k - 1] {
                            let need = previousWidth + 250 + f.firstWord[k]
                            needs.append(need)
                            if Double(need) <= Double(localMax) * 0.97 { fits += 1 }
                        }
                        if lineWidth > localMax {
                            localMax = lineWidth
                            let limit = Double(localMax) * 0.97
                            fits = needs.reduce(0) { $0 + (Double($1) <= limit ? 1 : 0) }
                        }
                    }
                    var cost = overflow + C.fitCost * Double(fits)
                    if known == nil { cost += C.tightnessWeight * Double(localMax) }
                    cost += referenceFixedCost(f, i, j, column: c, hasKind: hasKind,
                                               isFragmentStart: i == 0 && !isFirst, partial: !isFirst)
                    seg[c][i][j] = cost
                }
            }
        }
        var boundary = Array(repeating: 0.0, count: n)
        for i in 1..<max(n, 1) {
            if f.joins[i] { boundary[i] += widths == nil ? .infinity : f.cutCost[i] }
            if f.hyphenEnd[i - 1] { boundary[i] += C.hyphenBreakCost }
            if f.commaEnd[i - 1] { boundary[i] += C.commaBreakCost }
            if f.item[i], f.item[i - 1] { boundary[i] += C.splitListCost }
        }
        var best = Array(repeating: Array(repeating: Double.infinity, count: n + 1), count: m + 1)
        var back = Array(repeating: Array(repeating: (0, 0), count: n + 1), count: m + 1)
        for c in 1...m {
            for j in 1...n {
                var value = seg[c][0][j] + (isFirst ? C.skipCost * Double(c - 1) : 0)
                var from = (0, 0)
                if j > 1 {
                    for i in 1..<j {
                        for c0 in 1..<c where best[c0][i] < .infinity {
                            let v = best[c0][i] + C.skipCost * Double(c - c0 - 1) + boundary[i] + seg[c][i][j]
                            if v < value { value = v; from = (c0, i) }
                        }
                    }
                }
                best[c][j] = value
                back[c][j] = from
            }
        }
        var endColumn = 1
        var endValue = Double.infinity
        for c in 1...m {
            let v = best[c][n] + (mustReachLast ? C.skipCost * Double(m - c) : 0)
            if v < endValue { endValue = v; endColumn = c }
        }
        var labels = Array(repeating: 1, count: n)
        var c = endColumn
        var j = n
        while j > 0 {
            let (c0, i) = back[c][j]
            for k in i..<j { labels[k] = c }
            if i == 0 { break }
            c = c0
            j = i
        }
        return labels
    }

    static func referenceFixedCost(_ f: CellSegmenter.Features, _ i: Int, _ j: Int, column c: Int,
                                   hasKind: Bool, isFragmentStart: Bool, partial: Bool) -> Double {
        typealias C = CellSegmenter
        var cost = 0.0
        if !partial, f.lowerStart[i] { cost += C.lowercaseStartCost }
        if !partial, !f.item[i], f.items[j] - f.items[i + 1] > 0 { cost += C.mixedBulletCost }
        if !isFragmentStart, f.depth[j] != f.depth[i] { cost += C.unbalancedCost }
        if partial, !hasKind, !f.unitStart.isEmpty, f.unitStart[i] { cost += C.kindMismatchCost / 2 }
        if hasKind {
            let accepted = f.accepts[c][j] - f.accepts[c][i] > 0 || (j - i > 1 && f.pairAccepts[c][j - 1] - f.pairAccepts[c][i] > 0)
            if !partial, !accepted { cost += C.kindMismatchCost }
            let rejected = f.rejects[c][j] - f.rejects[c][i] > 0 || (j - i > 1 && f.pairRejects[c][j - 1] - f.pairRejects[c][i] > 0)
            if rejected { cost += C.kindMismatchCost }
            if !partial || i > 0, j - i > 1, f.accepts[c][i + 1] == f.accepts[c][i], f.accepts[c][i + 2] > f.accepts[c][i + 1],
               !f.lowerStart[i + 1] {
                cost += partial ? C.kindMismatchCost : C.strayLeadCost
            }
        }
        return cost
    }

    @Test func labelsMatchTheReferenceSegmentation() throws {
        let lines = try Self.seedLines().filter { !$0.isEmpty && $0.utf8.count < 200 }
        let kindSets: [[ColumnKind?]] = [[nil, nil, nil, .time, .funding, .unit], [nil, nil, .unit, nil, .time], [nil, nil, nil]]
        var rng = SplitMix(seed: 7)
        var compared = 0
        var start = 0
        while start < lines.count {
            let n = 1 + Int(rng.next() % 24)
            let window = Array(lines[start..<min(lines.count, start + n)])
            start += n
            for kinds in kindSets {
                let m = kinds.count - 1
                let f = CellSegmenter.Features(window, kinds: kinds, m: m)
                let widths: [Int]? = rng.next() % 2 == 0 ? nil : (0...m).map { _ in Int(rng.next() % 30_000) }
                for isFirst in [true, false] {
                    let fast = CellSegmenter.labels(f, columns: m, widths: widths, kinds: kinds, isFirst: isFirst, isLast: isFirst)
                    let slow = Self.referenceLabels(f, columns: m, widths: widths, kinds: kinds, isFirst: isFirst, isLast: isFirst)
                    #expect(fast == slow, "\(window)")
                    compared += 1
                }
            }
        }
        #expect(compared > 500)
    }

    /// The tone normalisation as first written.
    static func referenceTones(_ text: String) -> String {
        guard text.contains(where: { "áàảãạéèẻẽẹýỳỷỹỵ".contains($0) }) else { return text }
        var s = text
        for (old, new) in [("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("oé", "óe"), ("oè", "òe"),
                           ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"), ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")] {
            s = s.replacing(old, with: new)
        }
        return s
    }

    @Test func tonesMatchTheReplacements() throws {
        var samples = try Self.seedLines().map { $0.lowercased() }
        samples += ["hoá", "uỷ ban", "khoẻ", "thuỵ", "oáoà", "ooá", "uuý", "hòa", "xoa\u{301}", "", "oá oé uý"]
        samples.append("oá oà oả oã oạ oé oè oẻ oẽ oẹ uý uỳ uỷ uỹ uỵ ưá uá oý")
        for s in samples { #expect(StatedCountCheckerImpl.normalizeTones(s) == Self.referenceTones(s)) }
    }

    @Test func statementPrefilterLosesNothing() throws {
        var samples = try Self.seedLines()
        samples += ["Có 3 Chỉ tiêu: a; b; c", "03 ĐỘT PHÁ", "gồm 12 đề án.", "gồm 1234 đề án", "với 3 nhóm tiêu chí về: a; b",
                    "đạt 5 chỉ tiêu", "5 chi\u{309} tiêu", "x 3 dự án"]
        var found = 0
        for text in samples {
            let fast = StatedCountCheckerImpl.scan(text, sectionId: nil, line: 1)
            let slow = StatedCountCheckerImpl.scan(text, sectionId: nil, line: 1, prefilter: false)
            #expect(fast.map(\.count) == slow.map(\.count) && fast.map(\.phrase) == slow.map(\.phrase)
                    && fast.map(\.sentence) == slow.map(\.sentence), "\(text)")
            found += slow.count
        }
        #expect(found >= 5)
    }

    @Test func rowNumbersOfRomanLookingLines() throws {
        var samples = try Self.seedLines()
        samples += ["IV Nhiệm vụ", "  II. Giải pháp", "Văn phòng", "I.A", "CX 12", "I\u{301} x", "XI", "LI Ban", "C", "I "]
        for line in samples {
            for roman in [0, 1, 2, 3, 10] {
                let got = RowNumber.parse(line, after: nil, lastRoman: roman)
                // What the character code alone decides for a line that starts with a Roman letter.
                let t = line.trimmed()
                var token = Substring(t.prefix { $0 != " " })
                if token.last == "." { token = token.dropLast() }
                if let first = line.unicodeScalars.first(where: { $0 != " " }), "IVXLC".unicodeScalars.contains(first),
                   TableGroupNumeral.value(token) == nil {
                    #expect(got == nil, "\(line)")
                }
            }
        }
    }
}

/// A small deterministic generator for the comparisons.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
