import Testing
import XML
@testable import Ingest

@Suite struct HTMLReaderTests {
    func lines(_ html: String) throws -> [String] { HTMLReader.lines(try XMLParser.parseHTML(Array(html.utf8))) }

    @Test func blocksListsAndTables() throws {
        let html = """
        <html><head><title>T</title><script>x()</script></head><body><nav>Trang chủ</nav>
        <h1>KẾ   HOẠCH</h1><p>Căn cứ <b>Luật</b>&nbsp;số 1;<br/>Căn cứ số 2.</p>
        <ol type="I"><li>MỤC ĐÍCH</li><li>NHIỆM VỤ<ol start="3"><li>Ba</li><li value="7">Bảy</li></ol></li></ol>
        <ol type="a"><li>một</li><li>hai</li></ol><ul><li>gạch</li></ul>
        <table><tr><th>TT</th><th colspan="2">Chỉ tiêu</th></tr><tr><td>1</td><td><p>Thu</p><p>ngân sách</p></td><td>≥ 14</td></tr></table>
        <div hidden>ẩn</div><span style="display: none">ẩn 2</span><footer>chân</footer><style>p{}</style></body></html>
        """
        #expect(try lines(html) == ["KẾ HOẠCH", "Căn cứ Luật số 1;", "Căn cứ số 2.", "I. MỤC ĐÍCH", "II. NHIỆM VỤ",
                                    "3. Ba", "7. Bảy", "a. một", "b. hai", "gạch", "TT\tChỉ tiêu\t", "1\tThu ngân sách\t≥ 14"])
    }

    @Test func layoutTablesGiveTheirLines() throws {
        let html = """
        <html><body><table width="100%"><tr><td><p>KẾ HOẠCH</p><p>Căn cứ một</p></td></tr></table>
        <table><tr><td>ỦY BAN</td><td><p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p></td></tr></table>
        <ol style="list-style-type: upper-roman"><li>MỤC ĐÍCH</li></ol>
        <table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table></body></html>
        """
        #expect(try lines(html) == ["KẾ HOẠCH", "Căn cứ một", "ỦY BAN", "1", "2", "3", "4", "5", "6", "I. MỤC ĐÍCH", "a", "b", "c"])
    }

    @Test func declaredLegacyCharset() throws {
        // Windows-1258 bytes for "Việt" with the charset declared in a meta tag.
        let bytes = Array("<html><head><meta charset=\"windows-1258\"></head><body><p>Vi".utf8) + [0xEA, 0xF2]
            + Array("t</p></body></html>".utf8)
        let text = try Ingester().extract(bytes: bytes, path: "w.html")
        #expect(text.lines.map(\.text) == ["Việt"])
        #expect(text.source.encoding == "windows-1258")
    }

    @Test func fontEncodedPageDeclaringAWesternCharset() throws {
        // An old page typed in the .VnTime font: TCVN3 bytes, declared windows-1252.
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>K".utf8)
            + [0xD5] + Array(" ho".utf8) + [0xB9] + Array("ch ph".utf8) + [0xB8, 0x74] + Array(" tri".utf8) + [0xD3, 0x6E]
            + Array(" kinh t".utf8) + [0xD5] + Array("</p></body></html>".utf8)
        let text = try Ingester().extract(bytes: bytes, path: "t.html")
        #expect(text.lines.map(\.text) == ["Kế hoạch phát triển kinh tế"])
        #expect(text.source.encoding == "tcvn3")
    }
}
