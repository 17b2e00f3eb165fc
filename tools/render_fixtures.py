"""Render the text fixtures into the formats reports really come in, so tests can read DOCX and
PDF without LibreOffice or the network. Regenerate after changing a text fixture:

    pip install python-docx reportlab        # reportlab only for the scanned/encrypted PDFs
    apt-get install libreoffice-writer-nogui # DOCX -> PDF, as a published report is made
    python tools/render_fixtures.py

Each text file becomes a DOCX with real Word tables (bordered, header rows repeated on every
page, a sasaran/tujuan cell merged down over the empty cells under it, a "Target"/"Realisasi"
label merged across the year columns under it, a running header and a page-number footer) and
a PDF converted from that DOCX by LibreOffice. Also written: a scanned (image-only) PDF and an
encrypted PDF, which cekdata must refuse."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
OUT = FIXTURES / "rendered"
SOURCES = ["lkjip-kpu-ntt-2024.txt", "lkjip-kpu-ntt-2024.corrected.txt", "lkjip-dinkes-contoh-2025.txt"]
_HEADING = re.compile(r"^(BAB\s+[IVX]+\b|[A-H]\.\s+[A-Z])")
_YEARISH = re.compile(r"(19|20)\d{2}")


def blocks(text: str):
    """('p', line) for each line of prose (the text reader makes each its own paragraph) and
    ('t', rows) for each run of tab-separated lines."""
    run = []
    for line in text.splitlines():
        if "\t" in line:
            run.append(line.split("\t"))
            continue
        if run:
            yield "t", run
            run = []
        if line.strip():
            yield "p", line.strip()
    if run:
        yield "t", run


def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _row_property(row, name: str) -> None:
    marker = OxmlElement(name)
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _header_rows(rows) -> int:
    """A lone title row, then the rows with no figures (years and column numbers allowed)."""
    def plain(row) -> bool:
        cells = [c.strip() for c in row if c.strip()]
        numbering = len(cells) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?", c) for c in cells)
        return numbering or all(not re.search(r"\d", c) or _YEARISH.fullmatch(c) for c in cells)
    count = 1 if sum(bool(c.strip()) for c in rows[0]) == 1 else 0
    while count < min(len(rows) - 1, 3) and plain(rows[count]):
        count += 1
    return count


def _merge_columns(table, rows) -> None:
    """Merge a sasaran/tujuan cell down over the empty cells under it, and a Target/Realisasi
    label across the empty header cells right of it that have years below them."""
    width = len(rows[0])
    for col in range(width):
        if not re.search(r"sasaran|tujuan", rows[0][col], re.IGNORECASE):
            continue
        r = 1
        while r < len(rows):
            end = r
            while end + 1 < len(rows) and not rows[end + 1][col].strip() and rows[r][col].strip():
                end += 1
            if end > r:
                table.cell(r, col).merge(table.cell(end, col))
            r = end + 1
    if len(rows) > 1:
        for col, label in enumerate(rows[0]):
            if not re.match(r"\s*(target|realisasi)", label, re.IGNORECASE):
                continue
            end = col
            while end + 1 < width and not rows[0][end + 1].strip() and _YEARISH.search(rows[1][end + 1]):
                end += 1
            if end > col:
                table.cell(0, col).merge(table.cell(0, end))


def _add_table(document, rows) -> None:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text.strip()
    for row in table.rows:
        _row_property(row, "w:cantSplit")     # a row never breaks across pages
    if len(rows) > 3:
        for row in table.rows[:_header_rows(rows)]:
            _row_property(row, "w:tblHeader") # header rows: repeated on each page
    _merge_columns(table, rows)
    document.add_paragraph()


def to_docx(text: str, target: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    style = document.styles["Normal"]
    style.font.name, style.font.size = "DejaVu Sans", Pt(8)
    style.paragraph_format.space_after = Pt(6)
    section.header.paragraphs[0].text = "Laporan Kinerja Instansi Pemerintah"
    footer = section.footer.paragraphs[0]
    footer.text = "Halaman "
    _field(footer, "PAGE")
    for kind, content in blocks(text):
        if kind == "p":
            heading = bool(_HEADING.match(content)) and len(content) < 90
            document.add_paragraph(content, style="Heading 2" if heading else None)
        else:
            _add_table(document, content)
    document.save(str(target))


def to_pdf(source: Path, outdir: Path) -> Path:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        sys.exit("LibreOffice (soffice) is needed to turn DOCX into PDF")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(source)],
                       check=True, capture_output=True, timeout=600)
    return outdir / (source.stem + ".pdf")


def special_pdfs(outdir: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    scanned = canvas.Canvas(str(outdir / "scanned.pdf"), pagesize=A4)
    for _ in range(2):                    # pages of "scan": shapes, no text layer
        for y in range(100, 700, 14):
            scanned.rect(60, y, 470, 8, fill=1, stroke=0)
        scanned.showPage()
    scanned.save()
    unruled = canvas.Canvas(str(outdir / "unruled.pdf"), pagesize=A4)
    unruled.setFont("Helvetica", 10)
    unruled.drawString(60, 780, "Daftar Pemilih Tetap Tahun 2025 (tabel tanpa garis).")
    rows = [["NO", "KABUPATEN/KOTA", "L", "P", "L+P"], ["1", "ALFA", "100", "120", "220"],
            ["2", "BETA", "200", "210", "411"], ["3", "GAMMA", "50", "60", "110"],
            ["JUMLAH", "", "350", "390", "740"]]
    for r, cells in enumerate(rows):
        for x, text in zip((60, 110, 300, 380, 460), cells):
            unruled.drawString(x, 740 - r * 16, text)
    unruled.drawString(60, 640, "Jumlah pemilih tetap sebanyak 741 pemilih.")
    unruled.save()
    locked = canvas.Canvas(str(outdir / "encrypted.pdf"), pagesize=A4,
                           encrypt=StandardEncryption("rahasia", canPrint=0))
    locked.drawString(72, 750, "Laporan Kinerja Tahun 2024")
    locked.save()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name in SOURCES:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        docx_path = OUT / (Path(name).stem + ".docx")
        to_docx(text, docx_path)
        to_pdf(docx_path, OUT)
        print("wrote", docx_path.relative_to(ROOT), "and its PDF")
    special_pdfs(OUT)
    print("wrote scanned.pdf, encrypted.pdf and unruled.pdf")


if __name__ == "__main__":
    main()
