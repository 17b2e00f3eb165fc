"""Issue 12: the reviu of a Laporan Kinerja's form — the parts PermenPAN-RB 53/2014 asks for
(STR001) and the Daftar Isi against the body's headings (TOC001) and pages (TOC002). Small
reports of a district court, a roads office, a hospital and a health office, unlike the sample."""
from conftest import passed_rules
from cekdata.findings import Severity
from cekdata.rules.report_structure import read_line, roman

MINE = ("STR001", "TOC001", "TOC002")


def check(run, text, suffix=".txt"):
    return run(text, suffix=suffix, select=MINE)


def only(result, code):
    return [f for f in result.findings if f.rule == code]


def lines(finding):
    return [loc.line for loc in finding.locations]


# ---------------------------------------------------------------- STR001

COURT = """
LAPORAN KINERJA PENGADILAN NEGERI SUKAMAJU TAHUN 2024

RINGKASAN EKSEKUTIF

Pengadilan Negeri Sukamaju menetapkan tiga sasaran strategis.

BAB I
PENDAHULUAN

Pengadilan Negeri Sukamaju berada di wilayah hukum Pengadilan Tinggi Wiralaga.

{bab2}

BAB Ill
AKUNTABILITAS KINERJA

A. Pengukuran Kinerja

Perkara yang diselesaikan tepat waktu dibandingkan dengan targetnya.

B. {budget}

Pagu DIPA tahun 2024 terserap hampir seluruhnya.

ВАВ IV
PENUTUP

Kinerja tahun 2024 menjadi dasar perbaikan pelayanan tahun 2025.

LAMPIRAN

Perjanjian Kinerja Tahun 2024 Ketua Pengadilan Negeri Sukamaju.
"""

PLANNING = """BAB II
PERENCANAAN KINERJA

Rencana Strategis 2020-2024 dan Perjanjian Kinerja Tahun 2024."""


def court(bab2=PLANNING, budget="Realisasi Anggaran"):
    return COURT.format(bab2=bab2, budget=budget)


def test_a_whole_report_passes_with_split_ocr_and_look_alike_headings(run):
    # "BAB Ill" (OCR), "ВАВ IV" in Cyrillic letters, titles on the line below
    result = check(run, court())
    assert only(result, "STR001") == []
    assert "STR001" in passed_rules(result)
    detail = next(p.detail for p in result.passed if p.rule == "STR001")
    assert "Bab II Perencanaan Kinerja" in detail and "Lampiran" in detail


def test_a_missing_chapter_is_a_warning_between_its_neighbours(run):
    result = check(run, court(bab2="Rencana Strategis 2020-2024 ditetapkan Ketua Pengadilan."))
    [finding] = only(result, "STR001")
    assert finding.severity is Severity.WARNING
    assert finding.expected == "Bab II Perencanaan Kinerja"
    assert lines(finding) == [7, 14]           # BAB I above the gap, BAB Ill below it
    assert "between" in finding.message("en")


def test_chapter_three_without_a_budget_part(run):
    result = check(run, court(budget="Kendala dan Upaya Perbaikan"))
    [finding] = only(result, "STR001")
    assert finding.expected == "Bab III: realisasi anggaran"
    assert lines(finding)[0] == 17


ROADS = """
LAPORAN KINERJA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI TAHUN 2023

IKHTISAR EKSEKUTIF

Kemantapan jalan provinsi mencapai 78,87 persen.

I. PENDAHULUAN

Dinas PUPR menyelenggarakan urusan jalan, irigasi dan penataan ruang.

III. AKUNTABILITAS KINERJA

3.1 Capaian Kinerja Organisasi

Empat sasaran diukur dengan tujuh indikator.

3.2 Realisasi Anggaran

Belanja langsung terealisasi 96,10 persen.

II. PERENCANAAN KINERJA

Renstra 2021-2026 memuat empat sasaran.

IV. PENUTUP

Pemeliharaan rutin jalan diprioritaskan.

LAMPIRAN

Perjanjian Kinerja Tahun 2023.
"""


def test_a_chapter_out_of_order(run):
    result = check(run, ROADS)
    [finding] = only(result, "STR001")
    assert finding.key.startswith("order")
    assert finding.expected == "II. PERENCANAAN KINERJA → III. AKUNTABILITAS KINERJA"
    assert finding.found == "III. AKUNTABILITAS KINERJA → II. PERENCANAAN KINERJA"
    assert lines(finding) == [11, 21]          # Bab III, then the Bab II it stands before


def test_a_fragment_is_not_checked_but_noted(run):
    text = """
    BAB III AKUNTABILITAS KINERJA

    Capaian indikator angka kematian ibu turun dibanding tahun lalu.
    """
    result = check(run, text)
    assert only(result, "STR001") == []
    assert "STR001" not in passed_rules(result)
    assert any(n.text.startswith("STR001: not checked") for n in result.notes)


def test_markdown_headings_and_a_missing_executive_summary(run):
    text = """
    # LAPORAN KINERJA RSUD KOTA TAHUN 2025

    ## BAB I PENDAHULUAN

    RSUD Kota adalah rumah sakit kelas B.

    ## BAB II PERENCANAAN DAN PERJANJIAN KINERJA

    Renstra 2021-2026.

    ## BAB III AKUNTABILITAS KINERJA

    ### 3.1 Capaian Kinerja

    BOR 72 persen.

    ### 3.2 Akuntabilitas Keuangan

    Pendapatan BLUD melampaui target.

    ## BAB IV PENUTUP

    Mutu pelayanan ditingkatkan.

    ## LAMPIRAN

    Perjanjian Kinerja Direktur RSUD Kota Tahun 2025.
    """
    result = check(run, text, suffix=".md")
    [finding] = only(result, "STR001")
    assert finding.expected == "Ikhtisar Eksekutif"
    assert lines(finding) == [3]               # before BAB I


def test_heading_reader():
    assert read_line("BAB Ill AKUNTABILITAS KINERJA")[3] == 3
    assert read_line("Bab 2 Perencanaan Kinerja")[3] == 2
    assert read_line("## BAB IV") [:2] == ("chapter", "IV")
    assert read_line("IV. PENUTUP")[0] == "chapter"
    assert read_line("Bab I : Pendahuluan menyajikan penjelasan umum organisasi dan aspek strategisnya") is None
    assert read_line("5. BAB II PERENCANAAN KINERJA") is None      # a list naming a chapter
    assert read_line("1. penyusunan kebijakan teknis;") is None
    assert roman("lV") == 4 and roman("Ill") == 3 and roman("VI") == 6


# ---------------------------------------------------------------- TOC001

HEALTH = """
LAPORAN KINERJA DINAS KESEHATAN KABUPATEN TANAH DATAR TAHUN 2025

DAFTAR ISI

KATA PENGANTAR .............................. i
IKHTISAR EKSEKUTIF .......................... ii
BAB I PENDAHULUAN ........................... 1
   1.1 Latar Belakang ....................... 1
   1.2 Tugas dan Fungsi ..................... 1
BAB II PERENCANAAN KINERJA .................. 2
BAB III AKUNTABILITAS KINERJA ............... 3
   3.1 Capaian Kinerja Organisasi ........... 3
   {entry} ..................... {page}
BAB IV PENUTUP .............................. 5

KATA PENGANTAR

Laporan ini disusun sebagai pertanggungjawaban kinerja Dinas Kesehatan.

IKHTISAR EKSEKUTIF

Cakupan imunisasi dasar lengkap mencapai 94,2 persen.

BAB I PENDAHULUAN

1.1 Latar Belakang

Dinas Kesehatan melayani 22 puskesmas.

1.2 Tugas dan Fungsi

Urusan kesehatan menjadi kewenangan kabupaten.

1

BAB II PERENCANAAN KINERJA

Renstra 2021-2026 memuat tiga sasaran strategis.

2

BAB III AKUNTABILITAS KINERJA

3.1 Capaian Kinerja Organisasi

Tujuh dari delapan indikator mencapai target.

3

3.2 Realisasi Anggaran

Pagu Dinas Kesehatan terealisasi 97,40 persen.

4

BAB IV PENUTUP

Pelayanan puskesmas akan diperkuat.

5
"""


def health(entry="3.2 Realisasi Anggaran", page="4"):
    return HEALTH.format(entry=entry, page=page)


def test_a_consistent_daftar_isi_passes(run):
    result = check(run, health())
    assert [f for f in result.findings if f.rule.startswith("TOC")] == []
    assert {"TOC001", "TOC002"} <= set(passed_rules(result))


def test_an_entry_retitled_under_its_number_is_an_error(run):
    result = check(run, health(entry="3.2 Sumber Daya Manusia"))
    [finding] = only(result, "TOC001")
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found) == ("3.2 Realisasi Anggaran", "3.2 Sumber Daya Manusia")
    assert lines(finding) == [13, 50]


def test_an_entry_reworded_a_little_is_a_warning(run):
    result = check(run, health(entry="3.2 Realisasi Anggaran Belanja"))
    [finding] = only(result, "TOC001")
    assert finding.severity is Severity.WARNING
    assert finding.expected == "3.2 Realisasi Anggaran"


def test_an_entry_without_a_heading_is_an_error(run):
    text = health().replace("BAB IV PENUTUP ....", "BAB IV KESIMPULAN ..").replace(
        "BAB IV PENUTUP\n", "").replace("Pelayanan puskesmas akan diperkuat.\n", "")
    result = check(run, text)
    [finding] = only(result, "TOC001")
    assert finding.severity is Severity.ERROR
    assert finding.found == "BAB IV KESIMPULAN" and finding.expected == "-"
    assert lines(finding) == [14]


def test_an_entry_numbered_differently_in_the_body_is_a_warning(run):
    text = health().replace("3.2 Realisasi Anggaran\n\nPagu", "3.3 Realisasi Anggaran\n\nPagu")
    result = check(run, text)
    [finding] = only(result, "TOC001")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("3.3 Realisasi Anggaran", "3.2 Realisasi Anggaran")


def test_ocr_noise_and_a_tab_separated_daftar_isi_pass(run):
    text = """
    DAFTAR ISI

    KATA PE | NGANTAR | i
    BAB I | PENDAHULUAN | 1
     | A. Latar Belakang | 1
    BAB II | PERENCANAAN KINERJA | 3
    BAB III | AKUNTABILITAS KINERJA | 6
     | A. Pengukuran Kinerja | 6

    KATA PENGANTAR

    Laporan kinerja Balai Wilayah Sungai.

    BAB I PENDAHULUAN

    A. LATAR BELAKANG

    Balai mengelola empat wilayah sungai.

    BAB II PERENCANAAN KINERJA

    Renstra 2020-2024.

    BAB III AKUNTABILITAS KINERJA

    A. PENGUKURAN KINERJA

    Sembilan indikator diukur.
    """
    result = check(run, text)
    assert only(result, "TOC001") == []
    assert "TOC001" in passed_rules(result)


def test_a_page_less_list_of_parts_is_a_daftar_isi(run):
    text = """
    ## DAFTAR ISI

    1. KATA PENGANTAR
    2. BAB I PENDAHULUAN
    3. BAB II PERENCANAAN KINERJA
    4. BAB III AKUNTABILITAS KINERJA
       - 3.1 Pengukuran Kinerja
       - 3.2 Realisasi Anggaran

    ## KATA PENGANTAR

    Laporan Kinerja Kepolisian Resor tahun 2025.

    ## BAB I PENDAHULUAN

    Polres membawahkan sembilan polsek.

    ## BAB II PERENCANAAN KINERJA

    Renstra 2025-2029.

    ## BAB III AKUNTABILITAS KINERJA

    ### 3.1 Pengukuran Kinerja

    Crime clearance 67,62 persen.

    ### 3.2 Belanja Pegawai

    Belanja pegawai terealisasi seluruhnya.
    """
    result = check(run, text, suffix=".md")
    [finding] = only(result, "TOC001")
    assert (finding.expected, finding.found) == ("3.2 Belanja Pegawai", "3.2 Realisasi Anggaran")
    assert lines(finding) == [8, 28]


# ---------------------------------------------------------------- TOC002

def test_a_page_that_disagrees_with_the_printed_pages_is_a_warning(run):
    result = check(run, health(page="5"))
    [finding] = only(result, "TOC002")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("4", "5")
    assert lines(finding) == [13, 50]


def test_printed_pages_offset_from_the_entries_are_no_discrepancy(run):
    # the Daftar Isi counts from the cover: every entry is 2 above the footers
    text = health()
    for page in ("5", "4", "3", "2", "1"):
        text = text.replace(f"...... {page}\n", f"...... {int(page) + 2}\n")
    text = text.replace("........... 3\n   3.1", "........... 5\n   3.1")
    result = check(run, text)
    assert only(result, "TOC002") == [], [f.message("en") for f in result.findings]
    assert "TOC002" in passed_rules(result)


def test_a_page_that_goes_back_in_the_daftar_isi(run):
    text = """
    DAFTAR ISI

    BAB I PENDAHULUAN .................... 1
    BAB II PERENCANAAN KINERJA ........... 7
    BAB III AKUNTABILITAS KINERJA ........ 4
    BAB IV PENUTUP ....................... 21

    BAB I PENDAHULUAN

    Rumah sakit jiwa provinsi.

    BAB II PERENCANAAN KINERJA

    Renstra 2021-2026.

    BAB III AKUNTABILITAS KINERJA

    Delapan indikator diukur.

    BAB IV PENUTUP

    Layanan rehabilitasi diperluas.
    """
    result = check(run, text)
    [finding] = only(result, "TOC002")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("≥ 7", "4")
    assert lines(finding)[0] == 5


def test_five_chapters_with_a_budget_chapter_and_an_attached_document(run):
    # Penutup is Bab V; the budget has a chapter of its own; the Lampiran attaches a
    # Perjanjian Kinerja document that opens with its own "BAB I"
    text = """
    IKHTISAR EKSEKUTIF

    Universitas menetapkan lima sasaran.

    BAB I PENDAHULUAN

    Universitas negeri di ibu kota provinsi.

    BAB II PERENCANAAN KINERJA

    Renstra 2020-2024.

    BAB III AKUNTABILITAS KINERJA

    A. Capaian Kinerja Organisasi

    Sebelas indikator diukur.

    BAB IV REALISASI ANGGARAN

    Pagu PNBP dan rupiah murni.

    BAB V PENUTUP

    Akreditasi program studi ditingkatkan.

    LAMPIRAN

    PERJANJIAN KINERJA TAHUN 2024

    BAB I KETENTUAN UMUM

    Rektor dan Menteri bersepakat.
    """
    result = check(run, text)
    assert only(result, "STR001") == [], [f.message("en") for f in result.findings]
    assert "STR001" in passed_rules(result)


def test_an_entry_wrapped_over_two_lines_is_one_entry(run):
    text = """
    DAFTAR ISI

    BAB III AKUNTABILITAS KINERJA ........................ 20
    A. Perbandingan Realisasi Kinerja dengan Target Jangka
    Menengah Renstra ..................................... 21
    B. Realisasi Anggaran .................................. 30

    BAB III AKUNTABILITAS KINERJA

    A. Perbandingan Realisasi Kinerja dengan Target Jangka Menengah Renstra

    Enam indikator dibandingkan dengan target 2026.

    B. Realisasi Anggaran

    Pagu Dinas Pertanian terserap.
    """
    result = check(run, text)
    assert only(result, "TOC001") == [], [f.message("en") for f in result.findings]
    assert next(p for p in result.passed if p.rule == "TOC001").checked == 3


def test_a_lampiran_without_the_perjanjian_kinerja_is_a_warning(run):
    result = check(run, COURT.format(bab2=PLANNING, budget="Realisasi Anggaran").replace(
        "Perjanjian Kinerja Tahun 2024 Ketua Pengadilan Negeri Sukamaju.", "Foto kegiatan sidang keliling."))
    [finding] = only(result, "STR001")
    assert finding.severity is Severity.WARNING
    assert finding.expected == "Lampiran: Perjanjian Kinerja"
    assert lines(finding) == [33]
    assert "scanned" in finding.message("en")


def test_a_missing_lampiran_is_flagged_after_the_last_chapter(run):
    text = court().split("LAMPIRAN")[0]
    result = check(run, text)
    [finding] = only(result, "STR001")
    assert finding.expected == "Lampiran"
    assert lines(finding) == [28]              # ВАВ IV, the last part found


def test_a_heading_run_on_into_a_list_item_is_still_printed(run):
    # a PDF reader may join "3.2 REALISASI ANGGARAN" with the "- Pagu …" item under it
    text = health().replace("3.2 Realisasi Anggaran\n\nPagu Dinas",
                            "3.2 REALISASI ANGGARAN - Pagu Dinas")
    assert "3.2 REALISASI ANGGARAN - Pagu" in text
    assert [f for f in check(run, text).findings if f.severity is Severity.ERROR] == []


def test_chapters_that_name_no_part_are_noted_not_a_crash(run):
    result = check(run, "BAB V\n\nRingkasan hasil\n\nBAB VI\n\nRencana tindak lanjut\n")
    assert result.findings == []
    assert any("STR001: not checked" in n.text for n in result.notes)


def test_a_heading_that_ends_with_a_stop_is_still_a_heading(run):
    text = health().replace("\n1.1 Latar Belakang\n", "\n1.1 Latar Belakang.\n")
    assert "\n1.1 Latar Belakang.\n" in text
    assert [f for f in check(run, text).findings if f.rule == "TOC001"] == []


def test_an_appendix_entry_without_text_is_only_a_warning(run):
    # the appendices of a published report are often scans: nothing to read them by
    text = health().replace("BAB IV PENUTUP ....", "LAMPIRAN ....").replace(
        "BAB IV PENUTUP\n", "LAMPIRAN\n")
    assert all(f.severity is Severity.WARNING for f in check(run, text).findings
               if f.rule == "TOC001")
