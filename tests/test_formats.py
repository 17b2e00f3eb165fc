"""DOCX and PDF readers: the sample rendered by tools/render_fixtures.py gives the text
version's findings; merged cells, page-split tables, and the inputs that must be refused."""
import random
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document as WordDocument

from cekdata import check, cli
from cekdata.documents.limits import Limits
from cekdata.documents.load import read_document
from conftest import ROOT, SAMPLE

RENDERED = ROOT / "fixtures" / "rendered"


def _same(result):
    return sorted((f.rule, f.expected, f.found) for f in result.findings)


@pytest.fixture(scope="module")
def text_result():
    return check(SAMPLE)


@pytest.fixture(scope="module")
def rendered():
    """The sample's DOCX and PDF, read and checked once for the tests below (PDF reading is slow)."""
    return {suffix: check(RENDERED / f"lkjip-kpu-ntt-2024.{suffix}") for suffix in ("docx", "pdf")}


@pytest.fixture(scope="module")
def pdf_document():
    return read_document(RENDERED / "lkjip-kpu-ntt-2024.pdf")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_rendered_sample_gives_the_text_findings(text_result, rendered, suffix):
    assert _same(rendered[suffix]) == _same(text_result)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_rendered_corrected_sample_has_no_findings(suffix):
    assert check(RENDERED / f"lkjip-kpu-ntt-2024.corrected.{suffix}").findings == []


def test_docx_locations_name_table_row_and_column_or_paragraph(rendered):
    result = rendered["docx"]
    for finding in result.findings:
        for loc in finding.locations:
            assert loc.line is None
            assert (loc.table and loc.row) or loc.paragraph, finding.to_dict("en")
    cell = next(loc for f in result.findings if f.rule == "BUD003" for loc in f.locations)
    assert cell.col and cell.short().startswith(cell.table.split()[0] + " r")


def test_pdf_locations_carry_page_and_bbox(rendered):
    result = rendered["pdf"]
    for finding in result.findings:
        for loc in finding.locations:
            assert loc.page and loc.bbox and len(loc.bbox) == 4, finding.to_dict("en")


def test_pdf_running_header_and_page_numbers_are_dropped(pdf_document):
    document = pdf_document
    texts = [p.text for p in document.paragraphs]
    assert not any(t.startswith("Laporan Kinerja Instansi Pemerintah") for t in texts)
    assert not any(t.startswith("Halaman ") for t in texts)


def _word(path, build):
    document = WordDocument()
    build(document)
    document.save(str(path))
    return path


def _merged_table(document):
    document.add_paragraph("Perjanjian Kinerja Tahun 2025")
    table = document.add_table(rows=4, cols=4)
    rows = [["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
            ["1", "Meningkatnya mutu layanan", "Indeks Kepuasan Masyarakat", "80"],
            ["", "", "Persentase Aduan Selesai", "95%"],
            ["", "", "Nilai SAKIP", "BB"]]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    table.cell(1, 1).merge(table.cell(3, 1))       # vMerge: one sasaran for three rows
    table.cell(1, 0).merge(table.cell(3, 0))


def test_docx_vertically_merged_cell_applies_to_each_row(tmp_path):
    document = read_document(_word(tmp_path / "merged.docx", _merged_table))
    (table,) = document.tables
    assert [r.text(1) for r in table.rows] == ["Meningkatnya mutu layanan"] * 3
    assert [(r.cells[3].row, r.cells[3].col) for r in table.rows] == [(2, 4), (3, 4), (4, 4)]


def test_docx_header_spanning_columns_labels_each(tmp_path):
    def build(document):
        table = document.add_table(rows=3, cols=4)
        for r, cells in enumerate([["Indikator", "Target", "", ""], ["", "2024", "2025", "2026"],
                                   ["Indeks Kepuasan", "78", "80", "82"]]):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        table.cell(0, 1).merge(table.cell(0, 3))
    (table,) = read_document(_word(tmp_path / "span.docx", build)).tables
    assert table.columns[1:] == ["Target 2024", "Target 2025", "Target 2026"]


def test_docx_nested_table_is_read_as_a_table(tmp_path):
    def build(document):
        outer = document.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "Lampiran"
        inner = outer.cell(0, 1).add_table(rows=2, cols=2)
        for r, cells in enumerate([["Uraian", "Jumlah"], ["Pemohon", "12"]]):
            for c, text in enumerate(cells):
                inner.cell(r, c).text = text
    document = read_document(_word(tmp_path / "nested.docx", build))
    assert any(t.columns[:2] == ["Uraian", "Jumlah"] for t in document.tables)


def test_docx_heading_style_marks_a_section(tmp_path):
    def build(document):
        document.add_paragraph("Capaian Kinerja", style="Heading 1")
        document.add_paragraph("Isi bagian.")
    document = read_document(_word(tmp_path / "heading.docx", build))
    assert [p.heading for p in document.paragraphs] == [True, False]


def test_table_split_over_two_pages_is_joined(pdf_document, rendered):
    """The sample's PDF splits the budget table over pages; its hierarchy still adds up."""
    budget = max(pdf_document.tables, key=lambda t: sum("." in r.text(0) for r in t.rows))
    assert len({r.page for r in budget.rows}) >= 2
    result = rendered["pdf"]
    (hierarchy,) = [p for p in result.passed if p.rule == "BUD003"]
    assert hierarchy.detail.startswith("parents: TOTAL, CQ") and hierarchy.table == budget.name


@pytest.mark.parametrize("name, message", [
    ("scanned.pdf", "no text layer"),
    ("encrypted.pdf", "encrypted"),
])
def test_unreadable_pdfs_exit_2(name, message):
    result = CliRunner().invoke(cli.main, ["check", str(RENDERED / name)])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_corrupt_zip_exits_2(tmp_path):
    broken = tmp_path / "draft.docx"
    good = (RENDERED / "lkjip-kpu-ntt-2024.docx").read_bytes()
    broken.write_bytes(good[: len(good) // 2])
    result = CliRunner().invoke(cli.main, ["check", str(broken)])
    assert result.exit_code == 2 and "corrupt zip" in result.stderr


def _bomb(path, megabytes):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                entry.write(chunk)
    return path


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    bomb = _bomb(tmp_path / "bomb.docx", 20)          # 20 MB of zeros packed into ~20 KB
    assert bomb.stat().st_size < 200_000
    result = CliRunner().invoke(cli.main, ["check", str(bomb)])
    assert result.exit_code == 2 and "zip bomb" in result.stderr


def test_unpacked_size_cap_has_a_flag(tmp_path):
    draft = tmp_path / "draft.docx"
    draft.write_bytes((RENDERED / "lkjip-kpu-ntt-2024.docx").read_bytes())
    with zipfile.ZipFile(draft, "a") as archive:       # a picture: caps are whole megabytes
        archive.writestr("word/media/foto.bin", random.Random(1).randbytes(1_200_000))
    result = CliRunner().invoke(cli.main, ["check", str(draft), "--max-unzipped-mb", "1"])
    assert result.exit_code == 2 and "--max-unzipped-mb" in result.stderr
    assert CliRunner().invoke(cli.main, ["check", str(draft)]).exit_code == 1


def test_page_and_file_caps(tmp_path):
    pdf = RENDERED / "lkjip-kpu-ntt-2024.pdf"
    result = CliRunner().invoke(cli.main, ["check", str(pdf), "--max-pages", "3"])
    assert result.exit_code == 2 and "--max-pages" in result.stderr
    padded = tmp_path / "padded.pdf"            # caps are whole megabytes: a file over one
    padded.write_bytes(pdf.read_bytes() + b"\n%" + b"0" * 1_100_000 + b"\n")
    result = CliRunner().invoke(cli.main, ["check", str(padded), "--max-file-mb", "1"])
    assert result.exit_code == 2 and "--max-file-mb" in result.stderr


def test_progress_reports_pages_only_when_asked():
    seen = []
    pdf = RENDERED / "lkjip-kpu-ntt-2024.pdf"
    before = pdf.read_bytes()
    read_document(pdf, Limits(), lambda page, pages: seen.append((page, pages)))
    assert pdf.read_bytes() == before                      # the input is only ever read
    assert seen[0] == (1, seen[-1][1]) and seen[-1][0] == seen[-1][1] > 5
    result = CliRunner().invoke(cli.main, ["check", str(RENDERED / "lkjip-kpu-ntt-2024.pdf")])
    assert "reading PDF" not in result.stderr and "reading PDF" not in result.stdout   # not a tty


def test_input_files_are_not_modified():
    """(The PDF's bytes are compared around a full read in the progress test.)"""
    for path in RENDERED.glob("lkjip-kpu-ntt-2024*.docx"):
        before = path.read_bytes()
        check(path)
        assert path.read_bytes() == before




def test_unruled_pdf_table_is_read_with_page_and_bbox():
    result = check(RENDERED / "unruled.pdf")
    (row_sum,) = [f for f in result.findings if f.rule == "SUM001"]
    assert (row_sum.expected, row_sum.found) == ("410", "411")
    assert row_sum.locations[0].page == 1 and row_sum.locations[0].bbox[0] == 460.0
    assert result.tables_recognised[0][1] == "voters"
    assert result.year == 2025
