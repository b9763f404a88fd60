#!/usr/bin/env python3
"""Writes the format fixtures of one plain-text plan (see make-format-fixtures.sh)."""
import html
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

SRC, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)
LINES = open(SRC, encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def out(name):
    return os.path.join(OUT, name)


def x(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- DOCX
# Which marker Word's numbering must render for each line: (numId, ilvl, text without marker).
def numbering_of(line):
    for pattern, num, lvl in [
        (r"^([IVX]+)\. (.*)$", "1", 0),
        (r"^(\d+)\.(\d+)\. (.*)$", "1", 2),
        (r"^(\d+)\. (.*)$", "1", 1),
        (r"^([a-z])\) (.*)$", "1", 3),
        (r"^\((\d+)\) (.*)$", "2", 0),
        (r"^- (.*)$", "3", 0),
        (r"^\+ (.*)$", "3", 1),
    ]:
        m = re.match(pattern, line)
        if m:
            return num, lvl, m.groups()[-1]
    return None


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


CONV = [lambda s: s]  # how run text is written (the .VnTime DOCX writes TCVN3 as Latin-1)


def run(text, extra=""):
    return f'<w:r>{extra}<w:t xml:space="preserve">{x(CONV[0](text))}</w:t></w:r>'


def docx_paragraph(line, index):
    numbered = numbering_of(line)
    ppr = ""
    text = line
    if numbered:
        num, lvl, text = numbered
        if num == "1" and lvl == 0:
            ppr = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'  # numbering comes from the style
        else:
            ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
    runs = ""
    if text:
        # Split the text in two runs, as Word does at formatting changes.
        half = len(text) // 2
        runs = run(text[:half]) + run(text[half:], '<w:rPr><w:b/></w:rPr>')
    if index == 20:
        # Things a reader does not see in the body: deleted and hidden text, a comment, a footnote.
        runs += '<w:del w:id="1" w:author="A"><w:r><w:delText>XÓA BỎ</w:delText></w:r></w:del>'
        runs += '<w:r><w:rPr><w:vanish/></w:rPr><w:t>CHỮ ẨN</w:t></w:r>'
        runs = '<w:commentRangeStart w:id="0"/>' + runs + '<w:commentRangeEnd w:id="0"/>' \
               '<w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
    return f"<w:p>{ppr}{runs}</w:p>"


def docx_table(rows):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in [600, 3400, 1200, 2000, 2000])
    body = ""
    for row in rows:
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{run(c)}</w:p></w:tc>' for c in row.split("\t"))
        body += f"<w:tr>{cells}</w:tr>"
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def make_docx(name="plan.docx", broken=True):
    parts = []
    i = 0
    while i < len(LINES):
        if "\t" in LINES[i]:
            j = i
            while j < len(LINES) and "\t" in LINES[j]:
                j += 1
            parts.append(docx_table(LINES[i:j]))
            i = j
            continue
        parts.append(docx_paragraph(LINES[i], i))
        i += 1
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>' \
           '<w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(parts)}{sect}</w:body></w:document>'

    def lvl(ilvl, fmt, text, start=1, suff=None):
        s = f'<w:suff w:val="{suff}"/>' if suff else ""
        return f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{s}<w:lvlText w:val="{x(text)}"/></w:lvl>'

    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>' \
        '<w:abstractNum w:abstractNumId="10">' + lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.") + \
        lvl(2, "decimal", "%2.%3.") + lvl(3, "lowerLetter", "%4)") + '</w:abstractNum>' \
        '<w:abstractNum w:abstractNumId="20">' + lvl(0, "decimal", "(%1)") + '</w:abstractNum>' \
        '<w:abstractNum w:abstractNumId="30">' + lvl(0, "bullet", "-", suff="space") + lvl(1, "bullet", "+", suff="space") + '</w:abstractNum>' \
        '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>' \
        '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>' \
        '<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num></w:numbering>'
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>' \
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' \
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' \
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'
    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}><w:p>{run("Trang đầu - phải bỏ qua")}</w:p></w:hdr>'
    footer = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p>{run("Chân trang - phải bỏ qua")}</w:p></w:ftr>'
    comments = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}><w:comment w:id="0" w:author="A"><w:p>{run("Ghi chú - phải bỏ qua")}</w:p></w:comment></w:comments>'
    footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}><w:footnote w:id="1"><w:p>{run("Chú thích - phải bỏ qua")}</w:p></w:footnote></w:footnotes>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' \
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' \
        '<Default Extension="xml" ContentType="application/xml"/>' \
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' \
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' \
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' \
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' \
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' \
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' \
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    docrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
        f'<Relationship Id="rIdNum" Type="{R}numbering" Target="numbering.xml"/>' \
        f'<Relationship Id="rIdStyles" Type="{R}styles" Target="styles.xml"/>' \
        f'<Relationship Id="rIdHeader" Type="{R}header" Target="header1.xml"/>' \
        f'<Relationship Id="rIdFooter" Type="{R}footer" Target="footer1.xml"/>' \
        f'<Relationship Id="rIdComments" Type="{R}comments" Target="comments.xml"/>' \
        f'<Relationship Id="rIdFootnotes" Type="{R}footnotes" Target="footnotes.xml"/></Relationships>'
    files = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/_rels/document.xml.rels": docrels,
             "word/document.xml": document, "word/numbering.xml": numbering, "word/styles.xml": styles,
             "word/header1.xml": header, "word/footer1.xml": footer, "word/comments.xml": comments,
             "word/footnotes.xml": footnotes}

    def write(path, files):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, content in files.items():
                info = zipfile.ZipInfo(name, date_time=(2025, 11, 5, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, content)

    write(out(name), files)
    if not broken:
        return
    # Broken DOCX inputs.
    data = open(out("plan.docx"), "rb").read()
    open(out("truncated.docx"), "wb").write(data[: len(data) // 2])
    open(out("corrupt-zip.docx"), "wb").write(b"PK\x03\x04" + bytes(range(256)) * 8)
    broken = dict(files)
    broken["word/document.xml"] = document[: len(document) // 2]
    write(out("truncated-xml.docx"), broken)


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib import colors

    fonts = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", fonts + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", fonts + "DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=12, leading=15)
    centred = ParagraphStyle("centred", parent=body, alignment=TA_CENTER, fontName="DejaVu-Bold")
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=10.5, leading=13)
    story = []
    i = 0
    centred_lines = set(range(0, 6)) | {7, 8, 9}
    while i < len(LINES):
        line = LINES[i]
        if "\t" in line:
            j = i
            while j < len(LINES) and "\t" in LINES[j]:
                j += 1
            rows = [[Paragraph(x(c), cell) for c in r.split("\t")] for r in LINES[i:j]]
            table = Table(rows, colWidths=[30, 170, 60, 110, 110])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
            story.append(table)
            i = j
            continue
        if line == "PHỤ LỤC":
            story.append(PageBreak())
        if line == "":
            story.append(Spacer(1, 8))
        else:
            story.append(Paragraph(x(line), centred if i in centred_lines or line in ("PHỤ LỤC",) else body))
        i += 1

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 10)
        if doc.page > 1:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 30, str(doc.page))
        canvas.drawString(57, 25, "Kế hoạch số 103/KH-UBND của UBND phường Đông Hải")
        canvas.restoreState()

    doc = SimpleDocTemplate(out("plan.pdf"), pagesize=A4, leftMargin=57, rightMargin=57, topMargin=57, bottomMargin=57,
                            title="Kế hoạch 103/KH-UBND", author="vnplan fixtures", invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)

    # A PDF with no text layer: the first page, rendered and embedded as an image.
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-mono", "-png", "-f", "1", "-l", "1", out("plan.pdf"), tmp + "/scan"], check=True)
        png = [f for f in os.listdir(tmp) if f.endswith(".png")][0]
        from reportlab.pdfgen import canvas as pdfcanvas
        c = pdfcanvas.Canvas(out("scan.pdf"), pagesize=A4, invariant=1)
        c.drawImage(os.path.join(tmp, png), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
    # Encrypted (a user password is needed to open it).
    subprocess.run(["qpdf", "--encrypt", "mat-khau", "chu-so-huu", "256", "--", out("plan.pdf"), out("encrypted.pdf")], check=True)
    # A well-formed PDF with no pages.
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for n, body_ in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % n + body_ + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        pdf += b"%010d 00000 n \n" % o
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open(out("zero-pages.pdf"), "wb").write(pdf)


def make_word_template_docx():
    """A DOCX built on Word's own default template (python-docx ships one): numbering that
    comes from the List Number / List Bullet styles, a header, a merged table cell."""
    import docx
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG HẢI"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 0).merge(t.cell(1, 1)).text = "Số: 103/KH-UBND"
    d.add_paragraph("Mục đích", style="List Number")
    d.add_paragraph("Yêu cầu", style="List Number")
    d.add_paragraph("Xác định rõ nhiệm vụ", style="List Bullet")
    d.add_paragraph("Chi tiết", style="List Number 2")
    d.sections[0].header.paragraphs[0].text = "Đầu trang - phải bỏ qua"
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2025, 11, 5)
    d.save(out("word-template.docx"))


def make_table_pdf():
    """A Word-like page: a two-column header without borders and a table whose cells are
    centred vertically, with merged header cells (as in real appendices)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle
    from reportlab.lib import colors
    c = ParagraphStyle("c", fontName="DejaVu", fontSize=12, leading=15, alignment=TA_CENTER)
    b = ParagraphStyle("b", fontName="DejaVu", fontSize=12, leading=15, alignment=TA_JUSTIFY, firstLineIndent=30)
    s = ParagraphStyle("s", fontName="DejaVu", fontSize=10, leading=12)
    header = Table([[Paragraph("ỦY BAN NHÂN DÂN<br/>PHƯỜNG ĐÔNG HẢI", c),
                     Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc", c)],
                    [Paragraph("Số: 103/KH-UBND", c), Paragraph("Đông Hải, ngày 5 tháng 11 năm 2025", c)]], colWidths=[180, 300])
    rows = [["STT", "Nội dung", "Đơn vị tính", "Kế hoạch 2026 - 2030", "", "Cơ quan chủ trì"],
            ["", "", "", "Đến năm 2030", "Bình quân năm", ""],
            ["1", "Thu ngân sách nhà nước trên địa bàn phường", "%", "", "≥ 15", "Phòng KTHTĐT"],
            ["2", "Tốc độ tăng trưởng GRDP", "%", "15", "≥ 14", "Phòng KTHTĐT"],
            ["-", "Công nghiệp – Xây dựng", "%", "", "≥ 15,2", ""],
            ["3", "Chi phát triển khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số", "%", "≥ 60 tổng chi ngân sách", "≥ 3", "Phòng VH-XH"],
            ["", "Tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội", "%", "≥ 61,03%", "", ""],
            ["4 (mới)", "Số doanh nghiệp hoạt động trên địa bàn", "DN", "≥ 490", "45", "Phòng KTHTĐT"]]
    table = Table([[Paragraph(x(v), s) for v in r] for r in rows], colWidths=[40, 150, 50, 80, 70, 100])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                               ("SPAN", (2, 0), (2, 1)), ("SPAN", (5, 0), (5, 1))]))
    story = [header, Paragraph("KẾ HOẠCH", c),
             Paragraph("Căn cứ Chương trình hành động số 03-CTr/QU ngày 02/10/2025 của Ban Thường vụ Quận ủy về thực hiện "
                       "Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ I, nhiệm kỳ 2025 - 2030.", b), table]
    SimpleDocTemplate(out("table-merged-cells.pdf"), pagesize=A4, invariant=1).build(story)


# ---------------------------------------------------------------- HTML
def make_html():
    parts = ['<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 103/KH-UBND</title>',
             '<style>td { border: 1px solid #000 }</style><script>var menu = "Trang chủ";</script></head><body>',
             '<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></nav></header>',
             '<article>']
    i = 0
    while i < len(LINES):
        line = LINES[i]
        if "\t" in line:
            j = i
            while j < len(LINES) and "\t" in LINES[j]:
                j += 1
            rows = LINES[i:j]
            parts.append("<table><thead><tr>" + "".join(f"<th>{x(c)}</th>" for c in rows[0].split("\t")) + "</tr></thead><tbody>")
            for r in rows[1:]:
                parts.append("<tr>" + "".join(f"<td>\n  {x(c)}\n</td>" for c in r.split("\t")) + "</tr>")
            parts.append("</tbody></table>")
            i = j
            continue
        if line:
            if re.match(r"^[IVX]+\. ", line) or line in ("KẾ HOẠCH", "PHỤ LỤC"):
                parts.append(f"<h2>{x(line)}</h2>")
            elif i == 2:
                parts.append(f"<div><b>{x(line)}</b><br>{x(LINES[i + 1])}</div>")
                i += 1
            else:
                # Inline markup and source line breaks inside a paragraph are not line breaks.
                words = x(line).split(" ")
                if len(words) > 6:
                    parts.append(f"<p>{' '.join(words[:3])}\n<em>{' '.join(words[3:5])}</em> {' '.join(words[5:])}</p>")
                else:
                    parts.append(f"<p>{' '.join(words)}</p>")
        i += 1
    parts.append('</article><footer><p>Cổng thông tin điện tử phường Đông Hải</p></footer></body></html>\n')
    open(out("plan.html"), "w", encoding="utf-8").write("\n".join(parts))


# ---------------------------------------------------------------- hOCR and ALTO (from the PDF's word boxes)
LOW = {"chặt": 41, "Khiêm": 37}


def pdf_words():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftotext", "-bbox-layout", out("plan.pdf"), tmp + "/b.html"], check=True)
        tree = ET.parse(tmp + "/b.html")
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in tree.getroot().iter("{http://www.w3.org/1999/xhtml}page"):
        blocks = []
        for block in page.iter("{http://www.w3.org/1999/xhtml}block"):
            lines = []
            for line in block.iter("{http://www.w3.org/1999/xhtml}line"):
                words = [(w.text, float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")))
                         for w in line.iter("{http://www.w3.org/1999/xhtml}word")]
                lines.append(words)
            blocks.append(lines)
        pages.append((float(page.get("width")), float(page.get("height")), blocks))
    return pages


def make_hocr(pages):
    k = 300 / 72

    def box(x0, y0, x1, y1):
        return f"bbox {round(x0 * k)} {round(y0 * k)} {round(x1 * k)} {round(y1 * k)}"

    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">', ' <head>', '  <title></title>',
         '  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
         "  <meta name='ocr-system' content='tesseract 5.3.0' />",
         "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>", ' </head>', ' <body>']
    wid = 0
    for p, (w, h, blocks) in enumerate(pages, 1):
        o.append(f"  <div class='ocr_page' id='page_{p}' title='image \"plan-{p}.png\"; {box(0, 0, w, h)}; ppageno {p - 1}; scan_res 300 300'>")
        for b, lines in enumerate(blocks, 1):
            allw = [wd for ln in lines for wd in ln]
            bb = box(min(a[1] for a in allw), min(a[2] for a in allw), max(a[3] for a in allw), max(a[4] for a in allw))
            o.append(f"   <div class='ocr_carea' id='block_{p}_{b}' title=\"{bb}\">")
            o.append(f"    <p class='ocr_par' id='par_{p}_{b}' lang='vie' title=\"{bb}\">")
            for l, words in enumerate(lines, 1):
                lb = box(min(a[1] for a in words), min(a[2] for a in words), max(a[3] for a in words), max(a[4] for a in words))
                o.append(f"     <span class='ocr_line' id='line_{p}_{b}_{l}' title=\"{lb}; baseline 0 -8; x_size 50; x_descenders 10; x_ascenders 12\">")
                for t, x0, y0, x1, y1 in words:
                    wid += 1
                    conf = LOW.get(t, 96)
                    o.append(f"      <span class='ocrx_word' id='word_{p}_{wid}' title='{box(x0, y0, x1, y1)}; x_wconf {conf}'>{x(t)}</span>")
                o.append("     </span>")
            o.append("    </p>")
            o.append("   </div>")
        o.append("  </div>")
    o += [" </body>", "</html>", ""]
    text = "\n".join(o)
    open(out("plan.hocr"), "w", encoding="utf-8").write(text)
    open(out("truncated.hocr"), "w", encoding="utf-8").write(text[: len(text) // 3])


def make_alto(pages):
    k = 300 / 72
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#" xmlns:xlink="http://www.w3.org/1999/xlink">',
         '<Description><MeasurementUnit>pixel</MeasurementUnit><sourceImageInformation><fileName>plan.tif</fileName></sourceImageInformation></Description>',
         '<Layout>']
    for p, (w, h, blocks) in enumerate(pages, 1):
        o.append(f'<Page ID="P{p}" PHYSICAL_IMG_NR="{p}" WIDTH="{round(w * k)}" HEIGHT="{round(h * k)}"><PrintSpace>')
        for b, lines in enumerate(blocks, 1):
            o.append(f'<TextBlock ID="P{p}_B{b}">')
            for l, words in enumerate(lines, 1):
                o.append(f'<TextLine ID="P{p}_B{b}_L{l}">')
                for n, (t, x0, y0, x1, y1) in enumerate(words):
                    if n:
                        o.append("<SP/>")
                    wc = LOW.get(t, 96) / 100
                    o.append(f'<String CONTENT="{x(t)}" HPOS="{round(x0 * k)}" VPOS="{round(y0 * k)}" '
                             f'WIDTH="{round((x1 - x0) * k)}" HEIGHT="{round((y1 - y0) * k)}" WC="{wc:.2f}"/>')
                o.append("</TextLine>")
            o.append("</TextBlock>")
        o.append("</PrintSpace></Page>")
    o += ["</Layout>", "</alto>", ""]
    text = "\n".join(o)
    open(out("plan.alto.xml"), "w", encoding="utf-8").write(text)
    open(out("truncated.alto.xml"), "w", encoding="utf-8").write(text[: len(text) // 3])


# ---------------------------------------------------------------- legacy encodings
TCVN3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
}
for chars, codes in [("àảãáạ", [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]), ("ằẳẵắặ", [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
                     ("ầẩẫấậ", [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]), ("èẻẽéẹ", [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
                     ("ềểễếệ", [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]), ("ìỉĩíị", [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
                     ("òỏõóọ", [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]), ("ồổỗốộ", [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
                     ("ờởỡớợ", [0xEA, 0xEB, 0xEC, 0xED, 0xEE]), ("ùủũúụ", [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
                     ("ừửữứự", [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]), ("ỳỷỹýỵ", [0xFA, 0xFB, 0xFC, 0xFD, 0xFE])]:
    for ch, code in zip(chars, codes):
        TCVN3[ch] = code


def cp1252(ch):
    return ch.encode("cp1252")


def tcvn3(text):
    """TCVN3 has no capital toned vowels: they are written with the small letter's code."""
    o = b""
    for ch in text:
        if ch in TCVN3:
            o += bytes([TCVN3[ch]])
        elif ch.lower() in TCVN3 and ch.upper() == ch:
            o += bytes([TCVN3[ch.lower()]])
        else:
            o += cp1252(ch)
    return o


TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
CIRC = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
BREVE = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
I_TONED = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni(text):
    o = ""
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        if not marks and base not in "đĐ":
            o += ch
            continue
        upper = base.isupper()
        cs = (lambda s: s.upper()) if upper else (lambda s: s)
        tone = next((m for m in marks if m in TONES), None)
        if base in "đĐ":
            o += cs("ñ")
        elif "\u031b" in marks:  # horn: ơ ư
            o += cs("ô" if base in "oO" else "ö") + (cs(TONES[tone]) if tone else "")
        elif "\u0302" in marks:
            o += base + cs(CIRC[tone])
        elif "\u0306" in marks:
            o += base + cs(BREVE[tone])
        elif base in "iI":
            o += cs(I_TONED[tone])
        elif base in "yY" and tone == "\u0323":
            o += cs("î")
        else:
            o += base + cs(TONES[tone])
    return o.encode("cp1252")


def cp1258(text):
    o = b""
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in d if m in TONES)
        rest = unicodedata.normalize("NFC", "".join(m for m in d if m not in TONES))
        o += (rest + tones).encode("cp1258")
    return o


def make_legacy():
    text = "\n".join(LINES) + "\n"
    # Characters the old encodings lack: the fixture's "≥" is written ">=" in them.
    legacy = text.replace("≥", ">=")
    open(out("plan.tcvn3.txt"), "wb").write(tcvn3(legacy))
    open(out("plan.vni.txt"), "wb").write(vni(legacy))
    open(out("plan.cp1258.txt"), "wb").write(cp1258(legacy))


make_docx()
# The same document typed with the .VnTime fonts: TCVN3 bytes stored as Latin-1 characters.
CONV[0] = lambda s: tcvn3(s.replace("≥", ">=")).decode("cp1252")
make_docx("plan.vntime.docx", broken=False)
CONV[0] = lambda s: s
make_word_template_docx()
make_pdf()
make_table_pdf()
make_html()
pages = pdf_words()
make_hocr(pages)
make_alto(pages)
make_legacy()
print("wrote", sorted(os.listdir(OUT)))
