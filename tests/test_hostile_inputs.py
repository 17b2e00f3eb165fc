"""Hostile inputs (issue 13 §4): what is not a regular file, text that is not a report, and
Word tables with impossible spans all exit 2 with one line, never hang or exit 3."""
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cekdata import cli
from cekdata.documents.load import read_document


def invoke(*args):
    return CliRunner().invoke(cli.main, [str(a) for a in args])


def refused(result, words: str) -> None:
    assert result.exit_code == 2, result.output
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_fifo_is_refused_not_read_forever(tmp_path):
    fifo = tmp_path / "laporan.txt"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "cekdata", "check", str(fifo)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "not a regular file" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_character_device_is_refused(tmp_path):
    device = tmp_path / "laporan.txt"
    device.symlink_to("/dev/zero")
    refused(invoke("check", device), "not a regular file")


def test_symlink_loop_exits_2(tmp_path):
    loop = tmp_path / "laporan.txt"
    loop.symlink_to(loop)
    refused(invoke("check", loop), "symbolic link loop")


def test_batch_lists_fifos_and_symlink_loops_as_unreadable(tmp_path):
    (tmp_path / "baik.txt").write_text("Laporan Kinerja Tahun 2024.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipa.txt")
    (tmp_path / "lingkar.txt").symlink_to(tmp_path / "lingkar.txt")
    result = invoke("check", tmp_path, "--lang", "en")
    summary = result.stdout.split("== Documents ==")[1]
    for name in ("baik.txt", "pipa.txt", "lingkar.txt"):
        assert name in summary
    assert summary.count("unreadable") == 2 and result.exit_code == 2
    assert invoke("check", tmp_path, "--skip-unreadable").exit_code == 0


def test_utf32_with_bom_is_decoded(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("Laporan Kinerja Tahun 2024 — anggaran.\n".encode("utf-32"))
    result = invoke("check", path, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["year"] == 2024
    assert read_document(path).paragraphs[0].raw.startswith("Laporan Kinerja")


def _random_cp1252_bytes(size: int) -> bytes:
    """Bytes that decode as cp1252 (no NUL, none of its five unassigned bytes)."""
    allowed = [b for b in range(1, 256) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]
    rng = random.Random(13)
    return bytes(rng.choice(allowed) for _ in range(size))


@pytest.mark.parametrize("data, words", [
    (_random_cp1252_bytes(4000), "control characters"),
    (b"Laporan\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 2024\n" * 20, "control characters"),
    (b"2024 12,5 % - 1.000 / 3\n" * 10, "no letters"),
], ids=["random-bytes", "control-characters", "no-letters"])
def test_text_that_is_not_a_report_is_refused(tmp_path, data, words):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    refused(invoke("check", path), words)


def _docx_with_span(tmp_path, span: str, grid: bool = True) -> Path:
    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Laporan Kinerja Tahun 2024")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"isi {r}{c}"
    element = OxmlElement("w:gridSpan")
    element.set(qn("w:val"), span)
    table.rows[1].cells[0]._tc.get_or_add_tcPr().append(element)
    if not grid:                # no w:tblGrid: nothing bounds a span but the per-cell limit
        table._tbl.remove(table._tbl.tblGrid)
    path = tmp_path / "laporan.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("span, words", [("abc", "is not a number"), ("5000", "is over")])
def test_docx_grid_span_that_is_no_number_or_absurd_exits_2(tmp_path, span, words):
    refused(invoke("check", _docx_with_span(tmp_path, span)), words)


def test_docx_grid_span_is_capped_at_the_table_grid(tmp_path):
    document = read_document(_docx_with_span(tmp_path, "40"))
    assert document.tables[0].width == 3      # the span fills the 2-column grid, then the next cell


# ---------------------------------------------------------------- large and hostile PDFs
def _grid_pdf(path: Path, size: int) -> Path:
    """A page ruled into a size x size grid with a figure in every cell."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    page = canvas.Canvas(str(path), pagesize=(600, 600))
    page.drawString(40, 570, "Laporan Kinerja Tahun 2024")
    step = 500 / size
    for i in range(size + 1):
        page.line(40, 40 + i * step, 540, 40 + i * step)
        page.line(40 + i * step, 40, 40 + i * step, 540)
    page.setFont("Helvetica", 5)
    for r in range(size):
        for c in range(size):
            page.drawString(42 + c * step, 42 + r * step, str(r * c))
    page.save()
    return path


def test_pdf_grid_over_the_cell_cap_exits_2(tmp_path):
    # pdfplumber's table finder grows much faster than a grid's cells: 250 x 250 took minutes
    pdf = _grid_pdf(tmp_path / "grid.pdf", 12)
    refused(invoke("check", pdf, "--max-grid-cells", "100"), "cells, over the 100-cell limit")
    assert invoke("check", pdf, "--max-grid-cells", "1000").exit_code in (0, 1)


def _flate_bomb_pdf(path: Path, unpacked: int) -> Path:
    """A one-page PDF whose content stream is mostly spaces, packed: it unpacks to ``unpacked``
    bytes from a small fraction of that."""
    import zlib
    content = b"BT /F1 12 Tf 72 720 Td (Laporan Kinerja Tahun 2024) Tj ET\n" + b" " * unpacked
    packed = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_pdf_flate_bomb_over_the_unzipped_cap_exits_2(tmp_path):
    pdf = _flate_bomb_pdf(tmp_path / "bom.pdf", 3 * 1024 * 1024)
    assert pdf.stat().st_size < 20_000
    refused(invoke("check", pdf, "--max-unzipped-mb", "2"), "unpack to over 2 MB")
    assert "Laporan Kinerja" in read_document(pdf).paragraphs[0].raw     # under the default cap


# ---------------------------------------------------------------- large text and Word tables
def test_text_table_over_the_cell_cap_exits_2(tmp_path):
    # a 20,000 x 50 annex took 1.3 GB and minutes; the cap refuses it while it is read
    annex = "Lampiran 1\n" + "\n".join("\t".join(f"{r}.{c}" for c in range(10)) for r in range(60))
    path = tmp_path / "lampiran.txt"
    path.write_text(annex, encoding="utf-8")
    refused(invoke("check", path, "--max-table-cells", "500"), "table from line 2 has over 500 cells")
    assert invoke("check", path, "--max-table-cells", "600").exit_code in (0, 1)


def test_docx_spans_expanding_past_the_cell_cap_exit_2(tmp_path):
    # spans under the per-cell limit still multiply (a 69 KB file of them took 8.2 GB)
    path = _docx_with_span(tmp_path, "40", grid=False)
    refused(invoke("check", path, "--max-table-cells", "30"), "has over 30 cells")
    assert invoke("check", path, "--max-table-cells", "100").exit_code in (0, 1)


def _zip_of(path: Path, entries: dict[str, bytes]) -> Path:
    import zipfile
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_docx_bomb_of_many_small_entries_exits_2(tmp_path):
    # each entry is under the 1 MB the ratio check once started at; together they are a bomb
    entries = {"word/document.xml": b"<w:document/>"}
    entries.update({f"word/media/m{i}.bin": b"\0" * 900_000 for i in range(4)})
    refused(invoke("check", _zip_of(tmp_path / "bom.docx", entries)), "its zip unpacks")


def test_docx_xml_over_the_xml_cap_exits_2(tmp_path):
    # the XML is parsed whole, about ten times its size in memory: 440 MB of it took 6 GB
    draft = tmp_path / "laporan.docx"
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for i in range(3000):
        document.add_paragraph(f"Paragraf {i}: realisasi anggaran tahun 2024 sebesar {i} persen.")
    document.save(str(draft))
    refused(invoke("check", draft, "--max-xml-mb", "1"), "over the 1 MB limit (raise it with --max-xml-mb)")
    assert invoke("check", draft).exit_code in (0, 1)


def test_docx_nested_tables_stay_tables_of_their_own(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Laporan Kinerja Tahun 2024")
    outer = document.add_table(rows=1, cols=2)
    outer.rows[0].cells[0].text, outer.rows[0].cells[1].text = "luar", "1"
    cell = outer.rows[0].cells[1]
    for depth in range(50):
        inner = cell.add_table(rows=1, cols=2)
        inner.rows[0].cells[0].text, inner.rows[0].cells[1].text = f"tingkat {depth}", str(depth)
        cell = inner.rows[0].cells[1]
    path = tmp_path / "bersarang.docx"
    document.save(str(path))
    tables = read_document(path).tables
    assert len(tables) == 51
    assert [c.raw for c in (tables[50].header_rows + tables[50].rows)[0].cells] == ["tingkat 49", "49"]


def test_notes_are_kept_once_without_comparing_each_to_all(monkeypatch):
    # a 60 MB text leaves a note per paragraph: each looked up in the list was quadratic
    from cekdata.findings import Note
    from cekdata.rules.context import Context
    compared = []
    equal = Note.__eq__
    monkeypatch.setattr(Note, "__eq__", lambda a, b: compared.append(1) or equal(a, b))
    context = Context(recognised=None)
    for i in range(2000):
        context.note(f"paragraf {i}: not checked")
        context.note(f"paragraf {i}: not checked")
    assert [n.text for n in context.notes] == [f"paragraf {i}: not checked" for i in range(2000)]
    assert len(compared) < 10 * 2000
