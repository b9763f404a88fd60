import Testing
import XML
@testable import Ingest

@Suite struct DOCXNumberingTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    func numbering(_ body: String) throws -> DOCXNumbering {
        DOCXNumbering(try XMLParser.parseXML(Array("<w:numbering \(Self.w)>\(body)</w:numbering>".utf8)))
    }

    func lvl(_ i: Int, _ format: String, _ text: String, start: Int = 1, extra: String = "") -> String {
        "<w:lvl w:ilvl=\"\(i)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/>\(extra)<w:lvlText w:val=\"\(text)\"/></w:lvl>"
    }

    @Test func multiLevelMarkersRestartDeeperLevels() throws {
        var n = try numbering("<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.")
                              + lvl(2, "decimal", "%2.%3.") + lvl(3, "lowerLetter", "%4)") + "</w:abstractNum>"
                              + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>")
        let sequence = [(0), 1, 1, 2, 2, 3, 3, 2, 0, 1, 2, 3].map { n.marker(numId: "5", ilvl: $0) }
        #expect(sequence == ["I. ", "1. ", "2. ", "2.1. ", "2.2. ", "a) ", "b) ", "2.3. ", "II. ", "1. ", "1.1. ", "a) "])
    }

    @Test func startValuesFormatsAndSuffixes() throws {
        var n = try numbering("<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "upperLetter", "%1.", start: 3)
                              + lvl(1, "decimal", "(%2)", start: 5, extra: "<w:suff w:val=\"nothing\"/>")
                              + lvl(2, "lowerRoman", "%3/", extra: "<w:suff w:val=\"space\"/>") + "</w:abstractNum>"
                              + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
        #expect(n.marker(numId: "1", ilvl: 0) == "C. ")
        #expect(n.marker(numId: "1", ilvl: 1) == "(5)")
        #expect(n.marker(numId: "1", ilvl: 1) == "(6)")
        #expect(n.marker(numId: "1", ilvl: 2) == "iv/ ".replacingOccurrences(of: "iv", with: "i"))
        #expect(n.marker(numId: "1", ilvl: 2) == "ii/ ")
        #expect(n.marker(numId: "1", ilvl: 0) == "D. ")
        #expect(n.marker(numId: "1", ilvl: 1) == "(5)")
        #expect(n.marker(numId: "0", ilvl: 0) == nil)
        #expect(n.marker(numId: "99", ilvl: 0) == nil)
    }

    @Test func numsShareTheirAbstractListUnlessTheyOverrideTheStart() throws {
        var n = try numbering("<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "decimal", "%1)") + "</w:abstractNum>"
                              + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"2\"/></w:num>"
                              + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
                              + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
        #expect(n.marker(numId: "1", ilvl: 0) == "1) ")
        #expect(n.marker(numId: "1", ilvl: 0) == "2) ")
        #expect(n.marker(numId: "2", ilvl: 0) == "3) ")
        #expect(n.marker(numId: "3", ilvl: 0) == "1) ")
        #expect(n.marker(numId: "3", ilvl: 0) == "2) ")
    }

    @Test func levelThatNeverRestarts() throws {
        var n = try numbering("<w:abstractNum w:abstractNumId=\"6\">" + lvl(0, "upperRoman", "%1.")
                              + lvl(1, "decimal", "%2.", extra: "<w:lvlRestart w:val=\"0\"/>") + "</w:abstractNum>"
                              + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"6\"/></w:num>")
        let markers = [0, 1, 1, 0, 1].map { n.marker(numId: "1", ilvl: $0) }
        #expect(markers == ["I. ", "1. ", "2. ", "II. ", "3. "])
    }

    @Test func legalNumberingBulletsAndLetterOverflow() throws {
        var n = try numbering("<w:abstractNum w:abstractNumId=\"3\">" + lvl(0, "upperRoman", "%1.")
                              + lvl(1, "decimal", "%1.%2.", extra: "<w:isLgl/>") + "</w:abstractNum>"
                              + "<w:abstractNum w:abstractNumId=\"4\">" + lvl(0, "bullet", "\u{F0B7}") + lvl(1, "bullet", "-") + "</w:abstractNum>"
                              + "<w:abstractNum w:abstractNumId=\"5\">" + lvl(0, "lowerLetter", "%1)", start: 26) + "</w:abstractNum>"
                              + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"3\"/></w:num>"
                              + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"4\"/></w:num>"
                              + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"5\"/></w:num>")
        #expect(n.marker(numId: "1", ilvl: 0) == "I. ")
        #expect(n.marker(numId: "1", ilvl: 0) == "II. ")
        #expect(n.marker(numId: "1", ilvl: 1) == "2.1. ")
        #expect(n.marker(numId: "2", ilvl: 0) == "• ")
        #expect(n.marker(numId: "2", ilvl: 1) == "- ")
        #expect(n.marker(numId: "3", ilvl: 0) == "z) ")
        #expect(n.marker(numId: "3", ilvl: 0) == "aa) ")
    }

    @Test func textBoxesOnceEach() throws {
        let xml = """
        <w:body \(Self.w) xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="w" xmlns:v="v">
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
        <w:p><w:r><w:t>Số: 103/KH-UBND</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Số: 103/KH-UBND</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:body>
        """
        var renderer = DOCXReader.Renderer(numbering: DOCXNumbering(), styles: [:])
        renderer.blocks(try XMLParser.parseXML(Array(xml.utf8)))
        #expect(renderer.lines == ["Số: 103/KH-UBND", "Kế hoạch"])
    }

    @Test func headingStylesLinkedToListLevels() throws {
        let numbering = try numbering("<w:abstractNum w:abstractNumId=\"7\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:pStyle w:val=\"Heading1\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                                      + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading2\"/><w:lvlText w:val=\"%2.\"/></w:lvl></w:abstractNum>"
                                      + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"7\"/></w:num>")
        let styles = DOCXReader.styleNumbering(try XMLParser.parseXML(Array("""
        <w:styles \(Self.w)><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
        <w:style w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style></w:styles>
        """.utf8)))
        var renderer = DOCXReader.Renderer(numbering: numbering, styles: styles)
        let p = { (style: String, text: String) in "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>" }
        renderer.blocks(try XMLParser.parseXML(Array("<w:body \(Self.w)>\(p("Heading1", "MỤC ĐÍCH"))\(p("Heading2", "Mục đích"))\(p("Heading2", "Yêu cầu"))\(p("Heading1", "NHIỆM VỤ"))</w:body>".utf8)))
        #expect(renderer.lines == ["I. MỤC ĐÍCH", "1. Mục đích", "2. Yêu cầu", "II. NHIỆM VỤ"])
    }

    @Test func oneAndTwoColumnTablesLayOutParagraphs() throws {
        let xml = """
        <w:body \(Self.w)><w:tbl><w:tr><w:tc><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Căn cứ</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>PHẦN A</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>
        """
        var renderer = DOCXReader.Renderer(numbering: DOCXNumbering(), styles: [:])
        renderer.blocks(try XMLParser.parseXML(Array(xml.utf8)))
        #expect(renderer.lines == ["KẾ HOẠCH", "Căn cứ", "PHẦN A"])
    }

    @Test func tableRowsWithMergedCellsAndBreaks() throws {
        let xml = """
        <w:body \(Self.w)><w:tbl>
        <w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Kế hoạch 2026 - 2030</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cơ quan</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Thu ngân sách</w:t></w:r></w:p><w:p><w:r><w:t>nhà nước</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">≥ 15 </w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
        </w:tbl><w:p><w:r><w:tab/><w:t>Nơi nhận:</w:t><w:tab/><w:tab/><w:t>TM. ỦY BAN</w:t><w:br/><w:t>- Lưu: VT.</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>chủ tịch</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>!</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:body>
        """
        var renderer = DOCXReader.Renderer(numbering: DOCXNumbering(), styles: [:])
        renderer.blocks(try XMLParser.parseXML(Array(xml.utf8)))
        #expect(renderer.lines == ["STT\tKế hoạch 2026 - 2030\t\tCơ quan", "1\tThu ngân sách nhà nước x\t≥ 15\t",
                                   "Nơi nhận: TM. ỦY BAN", "- Lưu: VT.", "CHỦ TỊCH!"])
    }
}
