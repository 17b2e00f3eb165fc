"""PDF tables printed without rules (white space between columns, at most a thin line under the
header), built here with reportlab: right-aligned figures stay in their column, header rows
(a label spanning sub-headers, a column-number row) stay header, wrapped cells and group rows
stay in the table while captions, notes, lists and running text around it do not, and a table
that runs onto the next page with its header repeated is read as one."""
import pytest

from cekdata.documents.load import read_document

pytest.importorskip("reportlab")
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
CAPTION = ParagraphStyle("caption", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5,
                         alignment=1)
NOTE = ParagraphStyle("note", parent=BODY, fontName="Helvetica-Oblique", fontSize=8.5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=36, bulletIndent=0)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
PROSE = ("Jumlah pegawai pada akhir tahun tercatat sebagaimana tabel di atas, dan komposisinya "
         "tidak banyak berubah dibanding tahun sebelumnya karena tidak ada penerimaan pegawai "
         "baru maupun pegawai yang memasuki masa pensiun pada tahun berjalan.")

ITEMS = ["penerimaan pegawai dilakukan melalui seleksi nasional yang diumumkan secara terbuka "
         "kepada masyarakat dan diikuti oleh pelamar dari seluruh daerah;",
         "mutasi pegawai mengikuti kebutuhan organisasi;",
         "pengembangan kompetensi pegawai dilaksanakan melalui pelatihan teknis dan fungsional "
         "yang diselenggarakan setiap tahun."]


def _table(header, body, widths, *, numbers=(), spans=(), repeat=True):
    """An unruled table as statistics offices print it: a thin line under the header only,
    headers centred, figures right-aligned."""
    head = len(header)
    style = [("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
             ("FONT", (0, 0), (-1, head - 1), "Helvetica-Bold", 8.5),
             ("ALIGN", (0, 0), (-1, head - 1), "CENTER"),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.5, colors.black),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    style += [("ALIGN", (c, head), (c, -1), "RIGHT") for c in numbers]
    style += [("SPAN",) + span for span in spans]
    table = Table([list(r) for r in header] + [list(r) for r in body],
                  colWidths=[w * cm for w in widths], repeatRows=head if repeat else 0)
    table.setStyle(TableStyle(style))
    return table


def _pdf(path, story):
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm, invariant=1).build(story)
    return read_document(path)


def _rows(table):
    return [[c.text for c in r.cells] for r in table.rows]


def test_right_aligned_figures_keep_their_column_and_text_around_stays_out(tmp_path):
    body = [["Sekretariat", "8", "112", "120"],
            ["Bidang Statistik Sosial", "1.204", "7", "1.211"],
            ["Bidang Neraca", "35", "1.560", "1.595"],
            ["Jumlah", "1.247", "1.679", "2.926"]]
    document = _pdf(tmp_path / "pegawai.pdf", [
        Paragraph("Tabel 1 Jumlah Pegawai menurut Unit Kerja", CAPTION),
        _table([["Unit Kerja", "Laki-laki", "Perempuan", "Jumlah"]], body, [5, 2.6, 2.6, 2.6],
               numbers=(1, 2, 3)),
        Paragraph("Sumber: Subbagian Umum", NOTE),
        Paragraph(PROSE, BODY),
    ] + [Paragraph(item, ITEM, bulletText=f"{mark}.") for mark, item in zip("abc", ITEMS)])
    (table,) = document.tables
    assert table.columns == ["Unit Kerja", "Laki-laki", "Perempuan", "Jumlah"]
    assert _rows(table) == body
    assert "Jumlah Pegawai menurut Unit Kerja" in table.caption
    cell = table.rows[1].cells[1]                      # "1.204", right-aligned under "Laki-laki"
    assert cell.page == 1 and cell.bbox[2] > table.rows[0].cells[1].bbox[0]
    texts = [p.text for p in document.paragraphs]
    assert "Sumber: Subbagian Umum" in texts
    assert any(t.startswith("Jumlah pegawai pada akhir tahun") for t in texts)
    assert [t for t in texts if t[:2] in ("a.", "b.", "c.")] == \
        [f"{mark}. {item}" for mark, item in zip("abc", ITEMS)]      # a list is no table
    assert not any("1.204" in t for t in texts)


def test_two_row_header_spanning_label_and_column_numbers_stay_header(tmp_path):
    name = Paragraph("Persentase dokumen perencanaan yang disusun tepat waktu sesuai jadwal", CELL)
    body = [["Sasaran 1: Meningkatnya kualitas perencanaan", "", "", "", "", ""],
            [name, "%", "88,50", "91,25", "93,00", "95,00"],
            ["Nilai evaluasi internal", "predikat", Paragraph("Belum dinilai tahun itu", CELL),
             "B", "BB", "A"],
            ["Jumlah laporan yang diterbitkan", "laporan", "12", "14", "15", "16"]]
    header = [["Indikator", "Satuan", "Realisasi", "", "", "Target"],
              ["", "", "2022", "2023", "2024", "2025"],
              ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]]
    document = _pdf(tmp_path / "renstra.pdf", [
        Paragraph("Tabel 2 Realisasi dan Target Indikator", CAPTION),
        _table(header, body, [6.0, 1.8, 2.2, 1.6, 1.6, 1.8], numbers=(2, 3, 4, 5),
               spans=[((2, 0), (4, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1)),
                      ((0, 3), (-1, 3))]),
        Paragraph(PROSE, BODY),
    ])
    (table,) = document.tables
    assert table.columns == ["Indikator", "Satuan", "Realisasi 2022", "Realisasi 2023",
                             "Realisasi 2024", "Target 2025"]
    assert [[c.text for c in r.cells] for r in table.header_rows][-1][2:] == \
        ["2022", "2023", "2024", "2025"]                  # "(1) (2) …" labels no column
    assert _rows(table) == [
        ["Sasaran 1: Meningkatnya kualitas perencanaan", "", "", "", "", ""],
        ["Persentase dokumen perencanaan yang disusun tepat waktu sesuai jadwal", "%", "88,50",
         "91,25", "93,00", "95,00"],
        ["Nilai evaluasi internal", "predikat", "Belum dinilai tahun itu", "B", "BB", "A"],
        ["Jumlah laporan yang diterbitkan", "laporan", "12", "14", "15", "16"]]


def test_table_running_onto_next_page_with_its_header_repeated_is_one_table(tmp_path):
    body = [[str(n), f"Publikasi statistik sektoral nomor {n}", "1", str(n % 2)]
            for n in range(1, 61)]
    body.append(["", "Jumlah", "60", "30"])
    document = _pdf(tmp_path / "publikasi.pdf", [
        Paragraph(PROSE, BODY), Spacer(1, 12),
        Paragraph("Tabel 3 Publikasi yang Dirilis", CAPTION),
        _table([["No", "Judul Publikasi", "Target", "Realisasi"]], body, [1, 9, 2, 2],
               numbers=(2, 3)),
        Paragraph(PROSE, BODY),
    ])
    (table,) = document.tables
    assert len({r.page for r in table.rows}) == 2
    assert table.columns == ["No", "Judul Publikasi", "Target", "Realisasi"]
    assert _rows(table) == body                           # the repeated header is no row
    assert "Publikasi yang Dirilis" in table.caption


def test_table_running_onto_next_page_without_its_header_is_joined_by_its_columns(tmp_path):
    """No header on the new page and no row numbers: the same gutters tell it goes on."""
    body = [[f"Kecamatan Wilayah {n}", str(100 + n), str(2 * n), "dimekarkan" if n < 3 else ""]
            for n in range(1, 71)]
    document = _pdf(tmp_path / "wilayah.pdf", [
        Paragraph(PROSE, BODY), Spacer(1, 12),
        Paragraph("Tabel 4 Desa dan Kelurahan menurut Kecamatan", CAPTION),
        _table([["Kecamatan", "Desa", "Kelurahan", "Keterangan"]], body, [6, 2, 2, 3],
               numbers=(1, 2), repeat=False),
        Paragraph(PROSE, BODY),
    ])
    (table,) = document.tables
    assert len({r.page for r in table.rows}) == 2
    assert _rows(table) == body
