import Testing
@testable import Ingest

@Suite struct LayoutTests {
    func line(_ text: String, x: Double, y: Double, height: Double = 12) -> PageLine {
        var words: [PageWord] = []
        var cursor = x
        for word in text.split(separator: " ") {
            let width = Double(word.count) * 6
            words.append(PageWord(text: String(word), x0: cursor, y0: y, x1: cursor + width, y1: y + height))
            cursor += width + 3
        }
        return PageLine(words: words)
    }

    /// A browser's print: date and title on top, address and "n/3" at the bottom of every page.
    @Test func browserPrintFurnitureIsRemoved() {
        let pages = (1...3).map { n in
            LaidOutPage(number: n, width: 595, height: 842, blocks: [
                PageBlock(lines: [line("23/11/2026, 10:0\(n)", x: 20, y: 15), line("Kế hoạch 103/KH-UBND", x: 250, y: 15)]),
                PageBlock(lines: [line(n == 1 ? "ỦY BAN NHÂN DÂN" : "Nội dung trang \(n)", x: 60, y: 70),
                                  line("Thường xuyên kiểm tra, giám sát.", x: 60, y: 86),
                                  line("Báo cáo kết quả hằng năm.", x: 60, y: 102)]),
                PageBlock(lines: [line("https://donghai.gov.vn/ke-hoach-103", x: 20, y: 815), line("\(n)/3", x: 540, y: 815)]),
            ])
        }
        let lines = LayoutAssembler.lines(from: pages).map(\.text).filter { !$0.isEmpty }
        let body = ["Thường xuyên kiểm tra, giám sát.", "Báo cáo kết quả hằng năm."]
        #expect(lines == ["ỦY BAN NHÂN DÂN"] + body + ["Nội dung trang 2"] + body + ["Nội dung trang 3"] + body)
    }

    /// A table's header row repeated at the top of each page is body, not a running header.
    @Test func repeatedTableHeaderAtTheTopStays() {
        let pages = (1...3).map { n in
            LaidOutPage(number: n, width: 595, height: 842, blocks: [
                PageBlock(lines: [line("Nội dung thực hiện", x: 60, y: 60), line("Rà soát quy trình \(n)", x: 60, y: 76),
                                  line("Công khai thủ tục", x: 60, y: 92), line("Kiểm tra", x: 60, y: 108)]),
            ])
        }
        let lines = LayoutAssembler.lines(from: pages).map(\.text).filter { !$0.isEmpty }
        #expect(lines.filter { $0 == "Nội dung thực hiện" }.count == 3)
    }

    @Test func paragraphOverAPageBreakIsNotSplit() {
        let pages = [
            LaidOutPage(number: 1, width: 595, height: 842, blocks: [PageBlock(lines: [
                line("Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch", x: 60, y: 700)])]),
            LaidOutPage(number: 2, width: 595, height: 842, blocks: [
                PageBlock(lines: [line("cụ thể để triển khai thực hiện.", x: 60, y: 120)]),
                PageBlock(lines: [line("Nơi nhận:", x: 60, y: 160)]),
            ]),
        ]
        let lines = LayoutAssembler.lines(from: pages)
        #expect(lines.map(\.text) == ["Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch", "cụ thể để triển khai thực hiện.", "", "Nơi nhận:"])
        #expect(lines.map(\.page) == [1, 2, nil, 2])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }

    /// pdftotext cuts a justified line at wide spaces into lines of their own.
    @Test func piecesOfAJustifiedLineAreJoined() {
        let page = LaidOutPage(number: 1, width: 595, height: 842, blocks: [PageBlock(lines: [
            line("động số 03-CTr/QU ngày", x: 206, y: 300), line("02/10/2025", x: 206, y: 316),
            line("của", x: 310, y: 316), line("Ban", x: 364, y: 316), line("Thường vụ Quận ủy", x: 206, y: 332),
        ])])
        #expect(LayoutAssembler.lines(from: [page]).map(\.text) == ["động số 03-CTr/QU ngày", "02/10/2025 của Ban", "Thường vụ Quận ủy"])
    }

    /// A two-column header row printed as a borderless table: one gap far wider than the line's
    /// other gaps parts the columns with a tab; evenly spread words of a justified line do not.
    @Test func wideGapBetweenColumnsIsATab() {
        var left = line("ỦY BAN NHÂN DÂN", x: 60, y: 60)
        left.words += line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x: 300, y: 60).words
        #expect(left.textWithColumns == "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        let spread = PageLine(words: line("02/10/2025", x: 206, y: 316).words + line("của", x: 310, y: 316).words
                              + line("Ban", x: 364, y: 316).words)
        #expect(spread.textWithColumns == "02/10/2025 của Ban")
        #expect(line("Nơi nhận:", x: 60, y: 700).textWithColumns == "Nơi nhận:")
    }

    @Test func pageNumbers() {
        for text in ["3", "- 3 -", "– 12 –", "Trang 4", "trang 4/10", "7/30"] { #expect(PageFurniture.isPageNumber(text), "\(text)") }
        for text in ["2025", "3.", "I", "Số 3", "1/2/2025", ""] where text != "2025" { #expect(!PageFurniture.isPageNumber(text), "\(text)") }
    }

    /// A lone number in the body (a table cell, a list count) is not a page number.
    @Test func numbersInTheBodyStay() {
        let page = LaidOutPage(number: 1, width: 595, height: 842, blocks: [
            PageBlock(lines: [line("Kết quả", x: 60, y: 300), line("15", x: 60, y: 320)]),
        ])
        #expect(LayoutAssembler.lines(from: [page]).map(\.text) == ["Kết quả", "15"])
    }
}
