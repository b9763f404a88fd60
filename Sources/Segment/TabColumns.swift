import PlanModel

/// DOCX exports print a header or a closing as a two-column table whose rows come as
/// tab-separated lines (issuer | quốc hiệu, "Nơi nhận:" | "KT. CHỦ TỊCH"). Read column by
/// column — every row's first cell, then every row's second … — such a block is what the
/// other layouts print one line after another. A paragraph that is no table row belongs to
/// the first column; empty cells are left out.
enum TabColumns {
    static func readingOrder(_ paragraphs: some Collection<Paragraph>) -> [String] {
        guard paragraphs.contains(where: { $0.cells != nil }) else { return paragraphs.map(\.text) }
        var columns: [[String]] = [[]]
        for paragraph in paragraphs {
            guard let cells = paragraph.cells else {
                columns[0].append(paragraph.text)
                continue
            }
            for (column, cell) in cells.enumerated() where !cell.trimmed().isEmpty {
                while columns.count <= column { columns.append([]) }
                columns[column].append(cell)
            }
        }
        return columns.flatMap { $0 }
    }
}
