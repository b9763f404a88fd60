/// Rebuilds table rows and cells from word boxes where columns line up: a run of printed
/// lines with three or more word groups separated by wide gaps, whose gaps fall at the same x.
/// Each row becomes one line with cells separated by tabs (how the text pipeline sees tables).
enum TableRebuilder {
    struct Table {
        var lines: Set<PageFurniture.LineKey>
        var rows: [Row]
    }

    struct Row {
        var cells: [String]
        var words: [PageWord]
        var text: String { cells.joined(separator: "\t") }
    }

    /// A horizontal band of the page: lines that share a height.
    struct Band {
        var lines: [PageLine]
        var words: [PageWord]
        var segments: [(x0: Double, x1: Double)]
        var y0: Double, y1: Double
        var height: Double
        var x0: Double { words.first?.x0 ?? 0 }
        var x1: Double { words.map(\.x1).max() ?? 0 }
    }

    static func tables(on page: LaidOutPage) -> [Table] {
        let bands = makeBands(page.blocks.flatMap(\.lines).filter { !$0.words.isEmpty })
        var tables: [Table] = []
        var lastConsumed = -1
        var i = 0
        while i < bands.count {
            guard bands[i].segments.count >= 3 else { i += 1; continue }
            // Grow the region: table bands, with continuation bands (wrapped cell text) between them.
            var end = i
            var tableBands = 1
            var j = i + 1
            while j < bands.count {
                let gap = bands[j].y0 - bands[j - 1].y1
                let height = max(bands[j].height, bands[j - 1].height)
                if gap > 2.5 * height { break }
                if bands[j].segments.count >= 3 { end = j; tableBands += 1 }
                else if gap > 1.2 * height { break }
                j += 1
            }
            // A header cell spanning columns sits just above the first band of three cells.
            var first = i
            let lowestStart = tables.isEmpty ? 0 : (lastConsumed + 1)
            while first - 1 >= lowestStart, bands[first - 1].segments.count < 3,
                  bands[first].y0 - bands[first - 1].y1 <= 0.5 * bands[first].height,
                  bands[first - 1].x0 >= bands[i].x0 - bands[i].height, bands[first - 1].x1 <= bands[i].x1 + bands[i].height {
                first -= 1
            }
            guard tableBands >= 2, let table = build(Array(bands[first...end]), following: Array(bands[(end + 1)...])) else {
                i += 1; continue
            }
            tables.append(table.table)
            i = end + 1 + table.extraBands
            lastConsumed = i - 1
        }
        return tables
    }

    static func makeBands(_ lines: [PageLine]) -> [Band] {
        let sorted = lines.sorted { $0.y0 < $1.y0 }
        var groups: [[PageLine]] = []
        for line in sorted {
            if var last = groups.last {
                // Lines that overlap vertically share a band; a cell centred beside a wrapped
                // cell overlaps both of its lines and so joins them into one band.
                let y0 = last.map(\.y0).min() ?? 0, y1 = last.map(\.y1).max() ?? 0
                if min(line.y1, y1) - max(line.y0, y0) > 0.25 * (line.y1 - line.y0) {
                    last.append(line); groups[groups.count - 1] = last; continue
                }
            }
            groups.append([line])
        }
        return groups.map { group in
            let words = group.flatMap(\.words).sorted { $0.x0 < $1.x0 }
            let heights = words.map(\.height).sorted()
            let height = heights.isEmpty ? 1 : heights[heights.count / 2]
            var segments: [(x0: Double, x1: Double)] = []
            for word in words {
                if let last = segments.last, word.x0 - last.x1 <= 0.6 * height {
                    segments[segments.count - 1].x1 = max(last.x1, word.x1)
                } else {
                    segments.append((word.x0, word.x1))
                }
            }
            return Band(lines: group, words: words, segments: segments,
                        y0: group.map(\.y0).min() ?? 0, y1: group.map(\.y1).max() ?? 0, height: height)
        }
    }

    /// A cell's words in reading order: its printed lines top to bottom, words left to right.
    static func cellText(_ words: [PageWord]) -> String {
        var lines: [[PageWord]] = []
        for word in words.sorted(by: { $0.y0 < $1.y0 }) {
            if let last = lines.last, let top = last.map(\.y0).min(), let bottom = last.map(\.y1).max(),
               (word.y0 + word.y1) / 2 >= top, (word.y0 + word.y1) / 2 <= bottom {
                lines[lines.count - 1].append(word)
            } else {
                lines.append([word])
            }
        }
        return lines.map { $0.sorted { $0.x0 < $1.x0 }.map(\.text).joined(separator: " ") }.joined(separator: " ")
    }

    /// Column separators where few table bands have ink, then rows started by a filled first column.
    static func build(_ region: [Band], following: [Band]) -> (table: Table, extraBands: Int)? {
        let tableBands = region.filter { $0.segments.count >= 3 }
        let minX = region.flatMap(\.words).map(\.x0).min() ?? 0
        let maxX = region.flatMap(\.words).map(\.x1).max() ?? 0
        let height = tableBands.map(\.height).sorted()[tableBands.count / 2]
        // Coverage: how many table bands have ink at each x, sampled on the segment edges.
        var edges = Set<Double>()
        for band in tableBands { for s in band.segments { edges.insert(s.x0); edges.insert(s.x1) } }
        let xs = edges.sorted()
        let tolerance = tableBands.count / 7
        var separators: [Double] = []
        var gapStart: Double? = nil
        for k in 0..<(xs.count - 1) {
            let mid = (xs[k] + xs[k + 1]) / 2
            let covered = tableBands.filter { band in band.segments.contains { $0.x0 <= mid && $0.x1 >= mid } }.count
            if covered <= tolerance {
                if gapStart == nil { gapStart = xs[k] }
            } else if let start = gapStart {
                if xs[k] - start >= 0.5 * height, start > minX { separators.append((start + xs[k]) / 2) }
                gapStart = nil
            }
        }
        _ = maxX
        guard separators.count >= 2 else { return nil }
        func column(_ word: PageWord) -> Int { separators.filter { $0 < word.centerX }.count }

        var bands = region
        // Wrapped text of the last row: close bands below with nothing in the first column.
        var extra = 0
        for band in following {
            let gap = band.y0 - (bands.last?.y1 ?? band.y0)
            guard gap <= 1.2 * height, band.segments.count < 3,
                  band.words.allSatisfy({ column($0) > 0 && $0.x0 >= minX - height && $0.x1 <= maxX + height }) else { break }
            bands.append(band); extra += 1
        }
        // Rows start with a filled first column. Where cells have padding, the gap between
        // rows is clearly wider than between the lines of a wrapped cell: then a wide gap starts
        // a row too, even with an empty first column.
        let gaps = zip(bands.dropFirst(), bands).map { $0.y0 - $1.y1 }
        let narrowest = gaps.min() ?? 0, widest = gaps.max() ?? 0
        let rowGap: Double? = widest - narrowest > 0.3 * height ? narrowest + 0.3 * height : nil
        var rows: [Row] = []
        var previousBottom: Double? = nil
        for band in bands {
            defer { previousBottom = band.y1 }
            // With a known row gap the gap decides alone (a first column may wrap too).
            let startsRow: Bool
            if let rowGap, let previousBottom { startsRow = band.y0 - previousBottom > rowGap } else { startsRow = false }
            var cells = [[PageWord]](repeating: [], count: separators.count + 1)
            // A cell spanning columns keeps its words together: a word a normal space after
            // the word before it on the same printed line stays in that word's column.
            var assigned: [(word: PageWord, column: Int)] = []
            for word in band.words {
                var target = column(word)
                if let previous = assigned.last(where: { p in
                    let mid = (word.y0 + word.y1) / 2
                    return mid >= p.word.y0 && mid <= p.word.y1 && p.word.x1 <= word.x0 + 1
                }), word.x0 - previous.word.x1 <= 0.4 * height, previous.column < target {
                    target = previous.column
                }
                assigned.append((word, target))
                cells[target].append(word)
            }
            let texts = cells.map(cellText)
            if rows.isEmpty || (rowGap == nil ? !texts[0].isEmpty : startsRow) {
                rows.append(Row(cells: texts, words: band.words))
            } else {
                var row = rows[rows.count - 1]
                for (k, text) in texts.enumerated() where !text.isEmpty {
                    row.cells[k] = row.cells[k].isEmpty ? text : row.cells[k] + " " + text
                }
                row.words += band.words
                rows[rows.count - 1] = row
            }
        }
        let keys = Set(bands.flatMap(\.lines).map { PageFurniture.LineKey($0) })
        return (Table(lines: keys, rows: rows), extra)
    }
}
