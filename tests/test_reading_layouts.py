"""Table layouts of real reports the readers must keep apart: rows listed as paragraphs in one
Word cell, Markdown without outer pipes, group rows printed without tabs, year rows under a
marked header, ranges that are values, and column-number rows."""
import docx

from cekdata.documents.load import read_document
from cekdata.documents.text import read_text


def _rows(table):
    return [[c.text for c in r.cells] for r in table.rows]


def test_word_cell_listing_indicators_as_paragraphs_becomes_one_row_each(tmp_path):
    document = docx.Document()
    grid = document.add_table(rows=2, cols=3)
    for cell, text in zip(grid.rows[0].cells, ["Sasaran", "Indikator Kinerja", "Target"]):
        cell.text = text
    sasaran, names, targets = grid.rows[1].cells
    sasaran.text = "Meningkatnya mutu layanan"
    names.text = "Indeks kepuasan"
    names.add_paragraph("Persentase layanan tepat waktu")
    targets.text = "82"
    targets.add_paragraph("95%")
    path = tmp_path / "pk.docx"
    document.save(path)
    (table,) = read_document(path).tables
    assert _rows(table) == [["Meningkatnya mutu layanan", "Indeks kepuasan", "82"],
                            ["Meningkatnya mutu layanan", "Persentase layanan tepat waktu", "95%"]]


def test_word_cell_with_a_wrapped_sentence_stays_one_row(tmp_path):
    document = docx.Document()
    grid = document.add_table(rows=2, cols=2)
    grid.rows[0].cells[0].text, grid.rows[0].cells[1].text = "Uraian", "Keterangan"
    grid.rows[1].cells[0].text = "Layanan"
    grid.rows[1].cells[1].text = "Dilaksanakan"
    grid.rows[1].cells[1].add_paragraph("setiap bulan")
    path = tmp_path / "t.docx"
    document.save(path)
    (table,) = read_document(path).tables
    assert len(table.rows) == 1


def test_markdown_without_outer_pipes_and_separator_is_a_table():
    text = "Uraian | L | P | Jumlah\nSeksi A | 3 | 4 | 7\nSeksi B | 1 | 2 | 3\nJumlah | 4 | 6 | 10\n"
    (table,) = read_text(text, "t.md", markdown=True).tables
    assert table.columns == ["Uraian", "L", "P", "Jumlah"] and len(table.rows) == 3


def test_markdown_rows_with_an_empty_first_cell_keep_their_columns():
    text = "Kode | Uraian | Pagu\n--- | --- | ---\n | **Program A** | 5\n1.01 | Kegiatan | 5\n"
    (table,) = read_text(text, "t.md", markdown=True).tables
    assert _rows(table)[0] == ["", "Program A", "5"]


def test_year_row_under_a_marked_markdown_header_joins_it():
    text = ("| Indikator | Target | | |\n| --- | --- | --- | --- |\n| | 2024 | 2025 | 2026 |\n"
            "| Indeks kepuasan | 80 | 81 | 82 |\n")
    (table,) = read_text(text, "t.md", markdown=True).tables
    assert table.columns[1:] == ["Target 2024", "2025", "2026"] and len(table.rows) == 1


def test_group_row_without_tabs_stays_inside_the_tab_table():
    text = ("Indikator\tTarget\tRealisasi\n"
            "Sasaran 1: Meningkatnya mutu\n"
            "Indeks kepuasan\t80\t82\n"
            "Sasaran 2: Meningkatnya tata kelola\n"
            "Nilai SAKIP\t70\t72\n")
    (table,) = read_text(text, "t.txt").tables
    assert [r[0] for r in _rows(table)] == ["Sasaran 1: Meningkatnya mutu", "Indeks kepuasan",
                                          "Sasaran 2: Meningkatnya tata kelola", "Nilai SAKIP"]


def test_range_values_are_rows_of_their_own_not_wrapped_lines():
    text = ("No\tIndikator\tTarget\n\tBed Occupancy Rate\t60-80%\n\tAverage Length of Stay\t3-6 hari\n"
            "\tGross Death Rate\t≤ 45\n")
    (table,) = read_text(text, "t.txt").tables
    assert len(table.rows) == 3


def test_formula_column_numbers_are_no_row():
    text = ("Jenis\tSisa Awal\tMasuk\tBeban\n1\t2\t3\t4 = 2 + 3\nPidana\t5\t10\t15\n"
            "Jumlah\t5\t10\t15\n")
    (table,) = read_text(text, "t.txt").tables
    assert [r[0] for r in _rows(table)] == ["Pidana", "Jumlah"]
