/// Cuts the wrapped lines of one linearised table row into its columns (see `LinearTableParser`).
///
/// Every line gets a column in 1...m, columns never decrease along the lines; the cut of least
/// cost wins (dynamic programming over segments). Costs:
/// - a line that is not its cell's last, whose next word would have fitted the column (the
///   printer would have put it there), unless the next line is a bullet or this one ends a
///   sentence or list entry;
/// - a line wider than its column (when the widths are known);
/// - a cell starting lowercase, right after a word-final hyphen or a comma, with a bracket it
///   does not close, with text before its first bullet, or a bullet list cut in two (after a
///   page break each cell goes on where it stopped, so there a lowercase start and text
///   before the first bullet are free);
/// - a cell that does not look like its column's kind (`ColumnKind`), or whose first line the
///   kind does not accept while the next one, not starting lowercase, it does (a word wrapped
///   from the cell before);
/// - a column left empty.
/// - Complexity: O(n² · m²) for n lines and m columns (segment costs kept incrementally, the
///   first pass re-counting fits only when a cell's widest line grows); per-line features once.
enum CellSegmenter {
    static let skipCost = 6.0
    static let fitCost = 3.0
    static let lowercaseStartCost = 4.0
    static let hyphenBreakCost = 5.0
    static let commaBreakCost = 1.0
    static let mixedBulletCost = 4.0
    static let unbalancedCost = 4.0
    static let splitListCost = 3.0
    static let kindMismatchCost = 4.0
    static let strayLeadCost = 1.0
    static let tightnessWeight = 0.0001
    /// Rows longer than this are left uncut (bounds time and memory on text that is not a table).
    static let maxLines = 160

    /// Per-line facts the costs need, computed once per fragment and reused by both passes.
    struct Features {
        var count: Int { width.count }
        var width: [Int] = [], firstWord: [Int] = []
        var item: [Bool] = [], hardEnd: [Bool] = [], lowerStart: [Bool] = []
        var hyphenEnd: [Bool] = [], commaEnd: [Bool] = []
        /// Prefix sums of bracket depth change.
        var depth: [Int] = [0]
        /// Prefix counts of bullet lines.
        var items: [Int] = [0]
        /// Per column: prefix counts of lines (or adjacent line pairs) its kind accepts / rejects.
        var accepts: [[Int]] = [], pairAccepts: [[Int]] = [], rejects: [[Int]] = [], pairRejects: [[Int]] = []
        /// Lines that start with a body's name, when the table has a unit column.
        var unitStart: [Bool] = []

        /// The pieces the lines are cut into at their candidate cuts (`InlineCuts`): a line
        /// without one is one piece. Every other array is per piece.
        var texts: [String] = []
        /// Per piece: the line it comes from, whether it goes on the line of the piece before
        /// (a cut before it is inside a printed line), and the cost of that cut.
        var line: [Int] = [], joins: [Bool] = [], cutCost: [Double] = []

        /// `general`: the character code even on simple text (tests compare the two).
        init(_ lines: [String], kinds: [ColumnKind?], m: Int, general: Bool = false) {
            let withKinds = kinds.contains(where: { $0 != nil })
            let cut = m > 1
            var lineScans: [TableLineScan] = []
            if !general {
                lineScans.reserveCapacity(lines.count)
                for line in lines {
                    guard let scan = TableLineScan(line, lowercase: withKinds) else { break }
                    lineScans.append(scan)
                }
            }
            if !general, lineScans.count == lines.count,
               let scans = simplePieces(lines, lineScans, kinds: kinds, cut: cut, lowercase: withKinds) {
                fillSimple(texts, scans, kinds: kinds, m: m)
            } else {
                texts = []; line = []; joins = []; cutCost = []
                for (index, text) in lines.enumerated() {
                    addPieces(text, index, cut ? InlineCuts.cutsCharacters(text, kinds: kinds, first: index == 0) : [])
                }
                fillGeneral(texts, kinds: kinds, m: m)
            }
        }

        /// Simple lines: the cuts from the scalar code; a line without one keeps its scan, the
        /// pieces of a cut one are scanned (nil if one is not simple, which cannot happen).
        private mutating func simplePieces(_ lines: [String], _ lineScans: [TableLineScan], kinds: [ColumnKind?],
                                           cut: Bool, lowercase: Bool) -> [TableLineScan]? {
            texts.reserveCapacity(lines.count); line.reserveCapacity(lines.count)
            joins.reserveCapacity(lines.count); cutCost.reserveCapacity(lines.count)
            var scans: [TableLineScan] = []
            scans.reserveCapacity(lines.count)
            for (index, text) in lines.enumerated() {
                let found = cut ? InlineCuts.cuts(text, kinds: kinds, first: index == 0) : []
                if found.isEmpty {
                    texts.append(text); line.append(index); joins.append(false); cutCost.append(0)
                    scans.append(lineScans[index])
                    continue
                }
                let first = texts.count
                addPieces(text, index, found)
                for piece in texts[first...] {
                    guard let scan = TableLineScan(piece, lowercase: lowercase) else { return nil }
                    scans.append(scan)
                }
            }
            return scans
        }

        /// Appends the pieces of line `index` cut at `found`.
        private mutating func addPieces(_ text: String, _ index: Int, _ found: [InlineCuts.Cut]) {
            if found.isEmpty {
                texts.append(text); line.append(index); joins.append(false); cutCost.append(0)
                return
            }
            let bytes = Array(text.utf8)
            var start = 0
            var cost = 0.0
            for piece in found + [InlineCuts.Cut(offset: bytes.count + 1, cost: 0)] {
                texts.append(String(decoding: bytes[start..<(piece.offset - 1)], as: UTF8.self))
                line.append(index); joins.append(start > 0); cutCost.append(cost)
                start = piece.offset
                cost = piece.cost
            }
        }

        /// Any text: character by character.
        private mutating func fillGeneral(_ lines: [String], kinds: [ColumnKind?], m: Int) {
            var wordsBefore: [String] = [], wordsAfter: [String] = []
            for (index, line) in lines.enumerated() {
                let chars = Array(line)
                width.append(GlyphWidth.of(line))
                firstWord.append(GlyphWidth.firstWord(line))
                // A bullet inside a printed line is one only when a cut is made before it.
                let isItem = !joins[index] && (chars.first.map { "-+•–*".contains($0) } ?? false)
                item.append(isItem)
                hardEnd.append(chars.last.map { ".;:".contains($0) } ?? false)
                lowerStart.append(chars.first.map { $0.isLetter && $0.isLowercase } ?? false)
                hyphenEnd.append(chars.count >= 2 && chars[chars.count - 1] == "-" && chars[chars.count - 2] != " ")
                commaEnd.append(chars.last == ",")
                var d = 0
                for ch in chars { if ch == "(" { d += 1 } else if ch == ")" { d -= 1 } }
                depth.append((depth.last ?? 0) + d)
                items.append((items.last ?? 0) + (isItem ? 1 : 0))
                if kinds.contains(.unit) { unitStart.append(UnitNames.startsUnit(chars, at: 0)) }
                // The last two and the first two words (for keywords split over a line break).
                var spaces = 0, cut = chars.count
                for k in stride(from: chars.count - 1, through: 0, by: -1) where chars[k] == " " {
                    spaces += 1
                    if spaces == 2 { cut = k + 1; break }
                }
                wordsBefore.append(spaces == 2 ? String(chars[cut...]) : line)
                spaces = 0; cut = chars.count
                for k in chars.indices where chars[k] == " " {
                    spaces += 1
                    if spaces == 2 { cut = k; break }
                }
                wordsAfter.append(String(chars[..<cut]))
            }
            guard kinds.contains(where: { $0 != nil }) else { return }
            // Keywords split over a line break: the words either side of it.
            var lineProbes = lines.map(ColumnKind.Probe.init)
            for k in lineProbes.indices where joins[k] { lineProbes[k].startsItem = false }
            let pairProbes = lines.indices.dropLast().map { ColumnKind.Probe(wordsBefore[$0] + " " + wordsAfter[$0 + 1]) }
            fillKinds(lineProbes.map(Facts.init), pairProbes.map(Facts.init), kinds: kinds, m: m)
        }

        /// Simple text (`TableTextBytes`): a character is a scalar, so the same facts come from
        /// one pass over the scalars and the lowercased UTF-8, without `Character` arrays.
        private mutating func fillSimple(_ lines: [String], _ scans: [TableLineScan], kinds: [ColumnKind?], m: Int) {
            let withKinds = kinds.contains(where: { $0 != nil })
            let withUnits = kinds.contains(.unit)
            let n = lines.count
            width.reserveCapacity(n); firstWord.reserveCapacity(n); item.reserveCapacity(n); hardEnd.reserveCapacity(n)
            lowerStart.reserveCapacity(n); hyphenEnd.reserveCapacity(n); commaEnd.reserveCapacity(n)
            depth.reserveCapacity(n + 1); items.reserveCapacity(n + 1)
            var d = 0, itemCount = 0
            for (index, (line, scan)) in zip(lines, scans).enumerated() {
                width.append(scan.width)
                firstWord.append(scan.firstWord)
                let s0 = scan.first, sLast = scan.last
                // - + • – *
                let isItem = !joins[index] && (s0.map { $0 == 0x2D || $0 == 0x2B || $0 == 0x2022 || $0 == 0x2013 || $0 == 0x2A } ?? false)
                item.append(isItem)
                hardEnd.append(sLast.map { $0 == 0x2E || $0 == 0x3B || $0 == 0x3A } ?? false)
                lowerStart.append(s0.map { v -> Bool in
                    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
                    guard let s = Unicode.Scalar(v) else { return false }
                    let ch = Character(s)
                    return ch.isLetter && ch.isLowercase
                } ?? false)
                hyphenEnd.append(scan.beforeLast != nil && sLast == 0x2D && scan.beforeLast != 0x20)
                commaEnd.append(sLast == 0x2C)
                d += scan.depth
                depth.append(d)
                if isItem { itemCount += 1 }
                items.append(itemCount)
                if withUnits { unitStart.append(Self.startsUnit(line)) }
            }
            guard withKinds else { return }
            // Probes: the lowercased line, and the last two words of a line with the first two of
            // the next (spaces are kept by lowercasing, so the words are cut in the lowered bytes).
            // Only their facts are kept; a pair's text is made in one scratch buffer.
            var lineFacts: [Facts] = []
            lineFacts.reserveCapacity(n)
            for (k, scan) in scans.enumerated() {
                lineFacts.append(scan.padded.withUnsafeBufferPointer {
                    Facts(keywords: ColumnKind.keywordBits($0), hasYear: ColumnKind.hasYear($0),
                          startsItem: scan.startsItem && !joins[k])
                })
            }
            var pairFacts: [Facts] = []
            if n > 1 {
                pairFacts.reserveCapacity(n - 1)
                var text = [UInt8]()
                for k in 0..<(n - 1) {
                    let low = scans[k].padded, next = scans[k + 1].padded
                    let before = Self.lastTwoWords(low[1..<(low.count - 1)])
                    let after = Self.firstTwoWords(next[1..<(next.count - 1)])
                    text.removeAll(keepingCapacity: true)
                    text.append(0x20)
                    text.append(contentsOf: before)
                    text.append(0x20)
                    text.append(contentsOf: after)
                    text.append(0x20)
                    // "- " opens the pair when the words before are "-" or start "- ".
                    let startsItem = before.count >= 2 ? (before[before.startIndex] == 0x2D && before[before.startIndex + 1] == 0x20)
                        : (before.count == 1 && before[before.startIndex] == 0x2D)
                    pairFacts.append(text.withUnsafeBufferPointer {
                        Facts(keywords: ColumnKind.keywordBits($0), hasYear: ColumnKind.hasYear($0), startsItem: startsItem)
                    })
                }
            }
            fillKinds(lineFacts, pairFacts, kinds: kinds, m: m)
        }

        /// From the second space from the end (exclusive) to the end, or all.
        private static func lastTwoWords(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var spaces = 0
            var k = b.endIndex - 1
            while k >= b.startIndex {
                if b[k] == 0x20 {
                    spaces += 1
                    if spaces == 2 { return b[(k + 1)...] }
                }
                k -= 1
            }
            return b
        }

        /// Up to the second space (exclusive), or all.
        private static func firstTwoWords(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var spaces = 0
            for k in b.indices where b[k] == 0x20 {
                spaces += 1
                if spaces == 2 { return b[..<k] }
            }
            return b
        }

        /// The unit heads as UTF-8 grouped by first byte, when each is simple text (then a
        /// simple line starts with a head's characters exactly when it starts with its bytes).
        private static let unitHeadBytes: [[[UInt8]]]? = {
            var out: [[[UInt8]]] = Array(repeating: [], count: 256)
            for head in UnitNames.heads {
                guard TableTextBytes.isSimple(head), let first = head.utf8.first else { return nil }
                out[Int(first)].append(Array(head.utf8))
            }
            return out
        }()

        /// `UnitNames.startsUnit` at the line start (simple text), asked only when the line
        /// starts with a head; it reads at most the first 40 characters.
        private static func startsUnit(_ line: String) -> Bool {
            if let heads = unitHeadBytes {
                guard let first = line.utf8.first else { return false }
                let candidates = heads[Int(first)]
                guard !candidates.isEmpty else { return false }
                let u = line.utf8
                let starts = candidates.contains { head in
                    head.count <= u.count && u.prefix(head.count).elementsEqual(head)
                }
                guard starts else { return false }
            }
            // Simple text: a character is a scalar, and the scalar `startsUnit` answers as the
            // character one.
            var chars: [Unicode.Scalar] = []
            chars.reserveCapacity(40)
            for s in line.unicodeScalars {
                if chars.count == 40 { break }
                chars.append(s)
            }
            return UnitNames.startsUnit(chars, at: 0)
        }

        /// Per kind once, shared by the columns of that kind.
        private mutating func fillKinds(_ lineFacts: [Facts], _ pairFacts: [Facts], kinds: [ColumnKind?], m: Int) {
            var byKind: [(kind: ColumnKind, counts: ([Int], [Int], [Int], [Int]))] = []
            for c in 0...m {
                guard let kind = c < kinds.count ? kinds[c] : nil else {
                    accepts.append([]); pairAccepts.append([]); rejects.append([]); pairRejects.append([])
                    continue
                }
                let found: ([Int], [Int], [Int], [Int])
                if let known = byKind.first(where: { $0.kind == kind }) {
                    found = known.counts
                } else {
                    found = (Self.prefix(lineFacts, kind, reject: false), Self.prefix(pairFacts, kind, reject: false),
                             Self.prefix(lineFacts, kind, reject: true), Self.prefix(pairFacts, kind, reject: true))
                    byKind.append((kind, found))
                }
                accepts.append(found.0); pairAccepts.append(found.1); rejects.append(found.2); pairRejects.append(found.3)
            }
        }

        /// A probe's facts `ColumnKind.accepts` / `rejects` read.
        struct Facts {
            var keywords: UInt8
            var hasYear: Bool
            var startsItem: Bool

            init(_ p: ColumnKind.Probe) {
                keywords = p.keywords; hasYear = p.hasYear; startsItem = p.startsItem
            }

            init(keywords: UInt8, hasYear: Bool, startsItem: Bool) {
                self.keywords = keywords; self.hasYear = hasYear; self.startsItem = startsItem
            }
        }

        /// Prefix counts of the probes `kind` accepts (or rejects), as `ColumnKind.accepts` and
        /// `rejects` answer them.
        private static func prefix(_ facts: [Facts], _ kind: ColumnKind, reject: Bool) -> [Int] {
            var out = [Int]()
            out.reserveCapacity(facts.count + 1)
            var total = 0
            out.append(0)
            for f in facts {
                let yes = reject ? kind.rejects(keywords: f.keywords, hasYear: f.hasYear, startsItem: f.startsItem)
                    : kind.accepts(keywords: f.keywords, hasYear: f.hasYear)
                if yes { total += 1 }
                out.append(total)
            }
            return out
        }
    }

    /// Column (1...m) of each line. `widths[c]` is column c's width when known; nil estimates it
    /// from the cell's own widest line. `isFirst`: the fragment opens the row and must start at
    /// column 1; `mustReachLast`: empty columns after it cost (a page break splits a row).
    static func labels(_ lines: [String], columns m: Int, widths: [Int]?, kinds: [ColumnKind?] = [],
                       isFirst: Bool, isLast mustReachLast: Bool) -> [Int] {
        labels(Features(lines, kinds: kinds, m: m), columns: m, widths: widths, kinds: kinds,
               isFirst: isFirst, isLast: mustReachLast)
    }

    static func labels(_ f: Features, columns m: Int, widths: [Int]?, kinds: [ColumnKind?],
                       isFirst: Bool, isLast mustReachLast: Bool) -> [Int] {
        let n = f.count
        guard n > 0 else { return [] }
        // One column, or a "row" too long to be one (numbering lost): no cut is attempted.
        guard m > 1, n <= maxLines else { return Array(repeating: 1, count: n) }
        var boundary = Array(repeating: 0.0, count: n)
        for i in 1..<max(n, 1) {
            // A cut inside a printed line: only where the widths are known (a line wider than
            // its column is what shows it holds several cells).
            if f.joins[i] { boundary[i] += widths == nil ? .infinity : f.cutCost[i] }
            if f.hyphenEnd[i - 1] { boundary[i] += hyphenBreakCost }
            if f.commaEnd[i - 1] { boundary[i] += commaBreakCost }
            if f.item[i], f.item[i - 1] { boundary[i] += splitListCost }
        }
        let stride = n + 1
        // Scratch memory, without bounds checks in the O(m·n²) loops (every index below is
        // within the sizes allocated here).
        let segStore = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * stride)
        let bestStore = UnsafeMutableBufferPointer<Double>.allocate(capacity: (m + 1) * stride)
        let backStore = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * (m + 1) * stride)
        let leadStore = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        // The width terms of columns without a known width (the same for all of them), rows
        // 0..<widthlessRows filled.
        let widthlessStore = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * stride)
        var widthlessRows = 0
        // Per-piece integers: width, firstWord, item, hardEnd, lowerStart, unitStart, joins (n
        // each), items, depth (n + 1 each), needs (n + 1), hasLead (n), and per column accepts,
        // pairAccepts, rejects, pairRejects (n + 1 each).
        let intStore = UnsafeMutableBufferPointer<Int>.allocate(capacity: 7 * n + 3 * stride + n + 4 * stride)
        defer {
            segStore.deallocate(); bestStore.deallocate(); backStore.deallocate()
            leadStore.deallocate(); intStore.deallocate(); widthlessStore.deallocate()
        }
        guard let seg = segStore.baseAddress, let best = bestStore.baseAddress, let back = backStore.baseAddress,
              let lead = leadStore.baseAddress, let ints = intStore.baseAddress,
              let widthless = widthlessStore.baseAddress else { return Array(repeating: 1, count: n) }
        seg.initialize(repeating: .infinity, count: n * stride)
        best.initialize(repeating: .infinity, count: (m + 1) * stride)
        back.initialize(repeating: 0, count: 2 * (m + 1) * stride)
        lead.initialize(repeating: .infinity, count: n)
        widthless.initialize(repeating: 0, count: n * stride)
        ints.initialize(repeating: 0, count: 7 * n + 3 * stride + n + 4 * stride)
        // best[c * stride + j]: lines 0..<j covered, last segment in column c; backColumn /
        // backLine: the column before that segment and the line it starts at.
        let backColumn = back, backLine = back + (m + 1) * stride
        let width = ints, firstWord = ints + n, item = ints + 2 * n, hardEnd = ints + 3 * n
        let lowerStart = ints + 4 * n, unitStart = ints + 5 * n, joins = ints + 6 * n
        let items = ints + 7 * n, depth = items + stride, needBuffer = depth + stride
        let hasLead = needBuffer + stride
        let accepts = hasLead + n, pairAccepts = accepts + stride, rejects = pairAccepts + stride
        let pairRejects = rejects + stride
        for k in 0..<n {
            width[k] = f.width[k]; firstWord[k] = f.firstWord[k]
            item[k] = f.item[k] ? 1 : 0; hardEnd[k] = f.hardEnd[k] ? 1 : 0; lowerStart[k] = f.lowerStart[k] ? 1 : 0
            unitStart[k] = !f.unitStart.isEmpty && f.unitStart[k] ? 1 : 0
            joins[k] = f.joins[k] ? 1 : 0
        }
        for k in 0...n { items[k] = f.items[k]; depth[k] = f.depth[k] }
        let partial = !isFirst
        var previousKnown: Int?, previousKind: ColumnKind?
        var bound = Double.infinity
        for c in 1...m {
            let known = widths.flatMap { c < $0.count && $0[c] > 0 ? $0[c] : nil }
            let hasKind = c < kinds.count && kinds[c] != nil
            if hasKind {
                for k in 0...n { accepts[k] = f.accepts[c][k]; rejects[k] = f.rejects[c][k] }
                for k in 0..<n { pairAccepts[k] = f.pairAccepts[c][k]; pairRejects[k] = f.pairRejects[c][k] }
            }
            let knownWidth = Double(known ?? 0)
            // seg[i * stride + j]: lines i..<j in column c (i < j), the width-dependent terms
            // kept incrementally as j grows. The first column can only start at line 0.
            let rowsNeeded = c == 1 ? 1 : n
            // A column of the same kind and width as the one before (not the first) has the
            // same segment costs: the rows left from it are kept.
            let kind = c < kinds.count ? kinds[c] : nil
            let sameAsBefore = c > 2 && known == previousKnown && kind == previousKind
            // Only best[m][n] of the last column is read (no column comes after it).
            let lastColumn = c == m
            previousKnown = known
            previousKind = kind
            for i in 0..<(sameAsBefore ? 0 : rowsNeeded) {
                // Without widths no cut is made inside a printed line: a segment starting
                // there is never used (its row is left as it is).
                if widths == nil, i > 0, joins[i] != 0 { continue }
                // Without a known width the width terms do not depend on the column: rows made
                // for an earlier column are reused.
                let cached = known == nil && i < widthlessRows
                var localMax = 0
                var overflow = 0.0, closed = 0.0, term = 0.0
                var lineWidth = 0   // the printed line's width so far (pieces kept together)
                var fits = 0
                var needCount = 0   // pass 1: what each eligible pair needs to have fitted
                let isFragmentStart = i == 0 && !isFirst
                // After a page break every cell continues the one before it, so a lowercase
                // start or text before the first bullet is expected there.
                let lowerTerm = !partial && lowerStart[i] != 0
                let unitTerm = partial && !hasKind && unitStart[i] != 0
                let itemAtStart = item[i] != 0
                let row = seg + i * stride
                // The last column is read only at the end (n): its cached rows are read there
                // alone (the width terms only grow with j, so the bound is passed by then iff
                // it is passed at all), its other rows only follow the width terms up to it.
                for j in (cached && lastColumn ? n : i + 1)...n {
                    var cost: Double
                    if cached {
                        cost = widthless[i * stride + j]
                    } else {
                        let k = j - 1   // the piece added
                        // A piece going on the printed line of the one before widens that line
                        // (one space between them).
                        let joined = k > i && joins[k] != 0
                        let previousWidth = lineWidth
                        lineWidth = joined ? lineWidth + 250 + width[k] : width[k]
                        if known != nil {
                            // The overflow of the lines before this one, plus this line's.
                            if !joined { closed += term }
                            term = Double(lineWidth) > knownWidth * 1.10 ? 6 + 10 * (Double(lineWidth) / knownWidth - 1.10) : 0
                            overflow = closed + term
                            if k > i, !joined, item[k] == 0, hardEnd[k - 1] == 0,
                               Double(previousWidth + 250 + firstWord[k]) <= knownWidth * 0.97 {
                                fits += 1
                            }
                        } else {
                            if k > i, !joined, item[k] == 0, hardEnd[k - 1] == 0 {
                                let need = previousWidth + 250 + firstWord[k]
                                needBuffer[needCount] = need
                                needCount += 1
                                if Double(need) <= Double(localMax) * 0.97 { fits += 1 }
                            }
                            if lineWidth > localMax {
                                localMax = lineWidth
                                let limit = Double(localMax) * 0.97
                                fits = 0
                                for q in 0..<needCount where Double(needBuffer[q]) <= limit { fits += 1 }
                            }
                        }
                        cost = overflow + fitCost * Double(fits)
                        if known == nil {
                            cost += tightnessWeight * Double(localMax)
                            widthless[i * stride + j] = cost
                        }
                    }
                    // The width terms only grow with j and the other costs are not negative:
                    // past the bound (the least whole cut ending in a column before this one)
                    // this segment and every longer one cost more than a whole cut, so none is
                    // part of the least one, nor ties with it.
                    if cost > bound {
                        for q in j...n {
                            row[q] = .infinity
                            if known == nil { widthless[i * stride + q] = .infinity }
                        }
                        break
                    }
                    if lastColumn && j < n { continue }
                    // The costs that do not depend on the column's width, in this order:
                    // a lowercase start, text before a bullet, an unclosed bracket, a body's
                    // name after a page break, a kind mismatch (not accepted / rejected).
                    var fixed = 0.0
                    if lowerTerm { fixed += lowercaseStartCost }
                    if !partial, !itemAtStart, items[j] - items[i + 1] > 0 { fixed += mixedBulletCost }
                    if !isFragmentStart, depth[j] != depth[i] { fixed += unbalancedCost }
                    if unitTerm { fixed += kindMismatchCost / 2 }
                    if hasKind {
                        let accepted = accepts[j] - accepts[i] > 0 || (j - i > 1 && pairAccepts[j - 1] - pairAccepts[i] > 0)
                        if !partial, !accepted { fixed += kindMismatchCost }
                        let rejected = rejects[j] - rejects[i] > 0 || (j - i > 1 && pairRejects[j - 1] - pairRejects[i] > 0)
                        if rejected { fixed += kindMismatchCost }
                        // A first line the kind does not accept before one it accepts on its own
                        // and that does not go on lowercase (`Tray` before `Ngoài` / `NSNN`, not
                        // `Thường` before `xuyên hằng năm`) is the previous cell's last word.
                        // After a page break, past the fragment's first piece, it costs a full
                        // mismatch: there a cell's text goes on where it stopped, and a word
                        // before a new period or body (`hiện` before `2025-2030`) is the end of
                        // the cell before.
                        if (!partial || i > 0), j - i > 1, accepts[i + 1] == accepts[i], accepts[i + 2] > accepts[i + 1],
                           lowerStart[i + 1] == 0 {
                            fixed += partial ? kindMismatchCost : strayLeadCost
                        }
                    }
                    cost += fixed
                    row[j] = cost
                }
            }
            if known == nil { widthlessRows = max(widthlessRows, rowsNeeded) }

            // The candidates v = best[c0][i] + skip·(c − c0 − 1) + boundary[i] + seg[c][i][j],
            // summed in that order, in the order i, c0: the first least one wins. Rounding is
            // monotone, so the least v at a given i comes from the least lead[i] (the sum
            // before seg); the column c0 is looked up again only for the winner.
            for i in 1..<n {
                var least = Double.infinity
                var found = false
                for c0 in 1..<c where best[c0 * stride + i] < .infinity {
                    let w = best[c0 * stride + i] + skipCost * Double(c - c0 - 1) + boundary[i]
                    if !found || w < least { least = w; found = true }
                }
                lead[i] = least
                hasLead[i] = found ? 1 : 0
            }
            let start = isFirst ? skipCost * Double(c - 1) : 0
            for j in (lastColumn ? n : 1)...n {
                var value = seg[j] + start
                var fromColumn = 0, fromLine = 0
                if j > 1 {
                    var winner = 0
                    var cell = seg + stride + j   // seg[i * stride + j] from i = 1
                    for i in 1..<j {
                        if hasLead[i] != 0 {
                            let v = lead[i] + cell.pointee
                            if v < value { value = v; winner = i }
                        }
                        cell += stride
                    }
                    if winner > 0 {
                        let s = seg[winner * stride + j]
                        for c0 in 1..<c where best[c0 * stride + winner] < .infinity {
                            let v = best[c0 * stride + winner] + skipCost * Double(c - c0 - 1) + boundary[winner] + s
                            if v == value { fromColumn = c0; break }
                        }
                        fromLine = winner
                    }
                }
                best[c * stride + j] = value
                backColumn[c * stride + j] = fromColumn
                backLine[c * stride + j] = fromLine
            }
            // A whole cut ending in this column bounds the least one too.
            bound = min(bound, best[c * stride + n] + (mustReachLast ? skipCost * Double(m - c) : 0))
        }
        var endColumn = 1
        var endValue = Double.infinity
        for c in 1...m {
            let v = best[c * stride + n] + (mustReachLast ? skipCost * Double(m - c) : 0)
            if v < endValue { endValue = v; endColumn = c }
        }
        var labels = Array(repeating: 1, count: n)
        var c = endColumn
        var j = n
        while j > 0 {
            let c0 = backColumn[c * stride + j], i = backLine[c * stride + j]
            for k in i..<j { labels[k] = c }
            if i == 0 { break }
            c = c0
            j = i
        }
        return labels
    }
}
