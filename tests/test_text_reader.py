import textwrap

from cekdata.documents.text import read_text


def read(text, markdown=False):
    text = textwrap.dedent(text).strip("\n")
    return read_text(text if markdown else text.replace(" | ", "\t"), "t", markdown)


def test_cells_and_paragraphs_carry_their_source_line():
    doc = read("""
        Pendahuluan.

        No | Nama | Jumlah
        1 | A | 5
        2 | B | 7
        """)
    assert doc.paragraphs[0].line == 1
    table = doc.tables[0]
    assert [r.line for r in table.rows] == [4, 5]
    assert table.rows[1].cells[2].line == 5 and table.rows[1].cells[2].figure.value == 7


def test_wrapped_cells_stay_with_their_row():
    doc = read("""
        No | Tahapan | Waktu
        1. | Perencanaan Program | 14 Juni 2022-14 Juni
         | dan Anggaran | 2024
        2. | Penyusunan | 14 Juni 2022
        """)
    rows = doc.tables[0].rows
    assert len(rows) == 2
    assert rows[0].cells[1].text == "Perencanaan Program dan Anggaran"
    assert rows[0].cells[2].text == "14 Juni 2022-14 Juni 2024"


def test_table_split_by_page_break_with_repeated_header_is_one_table():
    doc = read("""
        NO | WILAYAH | L | P
        1 | A | 1 | 2
        2 | B | 3 | 4


        NO | WILAYAH | L | P
        3 | C | 5 | 6
        JUMLAH |  | 9 | 12
        """)
    assert len(doc.tables) == 1
    assert [r.text(1) for r in doc.tables[0].rows] == ["A", "B", "C", ""]
    assert doc.tables[0].rows[2].line == 7


def test_split_table_without_repeated_header_joins_when_numbering_continues():
    doc = read("""
        No | Pemohon | L | P
        1. | Mahasiswa | 15 | 8
        2. | Peneliti | 7 | 9



        3. | Wartawan | 10 | 13
        """)
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 3


def test_unrelated_tables_stay_apart():
    doc = read("""
        No | A | B
        1 | x | 2

        Kalimat di antara dua tabel.

        No | C | D
        1 | y | 3
        """)
    assert len(doc.tables) == 2


def test_caption_before_a_table_is_kept():
    doc = read("""
        Tabel:
        Rincian Pemohon Informasi sepanjang Tahun 2024

        No | Pemohon | L | P
        1 | Mahasiswa | 15 | 8
        """)
    assert doc.tables[0].caption == "Rincian Pemohon Informasi sepanjang Tahun 2024"
    assert doc.tables[0].caption_line == 1


def test_markdown_pipe_tables_and_wrapped_paragraphs():
    doc = read("""
        Tercatat sebanyak
        12 permohonan.

        | No | Wilayah | L | P |
        |----|---------|---|---|
        | 1 | A | 1 | 2 |
        """, markdown=True)
    assert doc.paragraphs[0].text == "Tercatat sebanyak 12 permohonan."
    table = doc.tables[0]
    assert table.columns == ["No", "Wilayah", "L", "P"]
    assert table.rows[0].line == 6


def test_multi_row_header_is_read_per_column():
    doc = read("""
        NO | KABUPATEN/KOTA |  | Daftar Pemilih Tetap |  |  | Keterangan
         |  | Jumlah TPS | L | Р | L+P |
        1 | KUPANG | 612 | 133,451 | 133,895 | 267,346 | -
        """)
    table = doc.tables[0]
    assert table.columns[2] == "Jumlah TPS"
    assert table.columns[4] == "P"          # Cyrillic Р folded
    assert len(table.header_rows) == 2
