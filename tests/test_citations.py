"""Issue 12 §8, §10: one regulation cited two ways (CIT001), dates that do not exist (CIT002),
events told as past after the report's own date (CIT003), the widened decree year (DAT003) and
schedule stages that may print their end date (DAT001). Small documents of a health office, a
roads office, a court and a university, written unlike the sample."""
from conftest import codes, passed_rules
from cekdata.findings import Severity
from cekdata.recognise.citations import Unit, citations_in, printed_dates
from cekdata.findings import Location


def _only(result, code):
    found = [f for f in result.findings if f.rule == code]
    assert len(found) == 1, [f.message("en") for f in result.findings]
    return found[0]


def _lines(finding):
    return [loc.line for loc in finding.locations]


def _cite(text):
    return citations_in(Unit(text, Location()))


# ------------------------------------------------------------------ recognising citations

def test_kinds_forms_and_issuers_are_normalised():
    found = _cite("Sesuai UU No. 23 Tahun 2014, Perpres Nomor 29/2014 tentang Sistem Akuntabilitas "
                  "Kinerja Instansi Pemerintah dan Surat Keputusan Bupati Tanah Datar Nomor 12 "
                  "Tahun 2023 tentang Tim Kerja, serta PermenPAN-RB Nomor 53 Tahun 2014.")
    assert [(c.kind, c.issuer, c.number, c.year) for c in found] == [
        ("undang-undang", "", "23", 2014), ("peraturan presiden", "", "29", 2014),
        ("keputusan bupati", "tanah datar", "12", 2023), ("peraturan menteri panrb", "", "53", 2014)]
    assert found[1].title == "Sistem Akuntabilitas Kinerja Instansi Pemerintah"
    assert found[2].title == "Tim Kerja"


def test_a_title_that_names_another_regulation_is_not_kept():
    amended = _cite("Peraturan Daerah Nomor 3 Tahun 2021 tentang Perubahan atas Peraturan Daerah "
                    "Nomor 9 Tahun 2016 tentang Pembentukan Perangkat Daerah.")
    assert [(c.number, c.title) for c in amended] == [("3", None), ("9", "Pembentukan Perangkat Daerah")]


# ------------------------------------------------------------------ CIT001

HEALTH = """
LAPORAN KINERJA DINAS KESEHATAN KABUPATEN TAHUN 2025

Standar pelayanan minimal bidang kesehatan mengacu pada Peraturan Menteri Kesehatan Nomor 4 Tahun 2019 tentang Standar Teknis Pemenuhan Mutu Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan.

Capaian SPM dihitung sesuai Permenkes No. 4 Tahun {year} tentang {title}.
"""


def test_cit001_the_same_title_with_another_year_is_an_error_at_both_citations(run):
    title = "Standar Teknis Pemenuhan Mutu Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan"
    finding = _only(run(HEALTH.format(year=2018, title=title)), "CIT001")
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found) == ("Tahun 2019", "Tahun 2018")
    assert _lines(finding) == [5, 3]


def test_cit001_one_year_and_one_title_pass(run):
    title = "Standar Teknis Pemenuhan Mutu Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan"
    result = run(HEALTH.format(year=2019, title=title))
    assert "CIT001" not in codes(result) and "CIT001" in passed_rules(result)


def test_cit001_numbers_restart_every_year_so_two_titles_two_years_are_two_regulations(run):
    result = run(HEALTH.format(year=2024, title="Penyelenggaraan Kesehatan Lingkungan"))
    assert "CIT001" not in codes(result)


def test_cit001_the_same_year_with_a_clearly_different_title_is_a_warning(run):
    finding = _only(run(HEALTH.format(year=2019, title="Penyelenggaraan Kesehatan Lingkungan")),
                    "CIT001")
    assert finding.severity is Severity.WARNING
    assert finding.found == "Penyelenggaraan Kesehatan Lingkungan" and _lines(finding) == [5, 3]


def test_cit001_an_acronym_or_a_shortened_title_is_the_same_title(run):
    text = """
    Laporan ini mengacu pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.

    Sesuai Perpres Nomor 29 Tahun 2014 tentang SAKIP, setiap instansi menyusun laporan kinerja.

    Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, Universitas menyusun Perjanjian Kinerja.
    """
    assert "CIT001" not in codes(run(text))


def test_cit001_a_yearly_budget_regulation_is_only_a_note(run):
    text = """
    Anggaran Dinas Bina Marga ditetapkan dengan Peraturan Daerah Nomor 5 Tahun 2024 tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2025.

    Sebagai pembanding, Peraturan Daerah Nomor 5 Tahun 2023 tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2024 memuat pagu jalan yang lebih kecil.
    """
    assert "CIT001" not in codes(run(text))


def test_cit001_a_decree_reissued_under_its_title_is_a_warning(run):
    text = """
    Tim penilai angka kredit hakim dibentuk dengan Keputusan Ketua Pengadilan Tinggi Nomor 17 Tahun 2024 tentang Pembinaan Teknis Yustisial Hakim Tingkat Pertama.

    Pengawasan dilaksanakan sesuai Keputusan Ketua Pengadilan Tinggi Nomor 17 Tahun 2023 tentang Pembinaan Teknis Yustisial Hakim Tingkat Pertama.
    """
    finding = _only(run(text), "CIT001")
    assert finding.severity is Severity.WARNING and finding.found in {"Tahun 2023", "Tahun 2024"}


def test_cit001_a_provincial_body_is_not_the_national_one(run):
    text = """
    Dasar hukum pembinaan adalah Peraturan Rektor Nomor 8 Tahun 2019 tentang Tata Kelola Penelitian dan Pengabdian kepada Masyarakat.

    Pedoman fakultas mengikuti Peraturan Rektor Kampus Daerah Nomor 8 Tahun 2021 tentang Tata Kelola Penelitian dan Pengabdian kepada Masyarakat.
    """
    assert "CIT001" not in codes(run(text))


# ------------------------------------------------------------------ CIT002

ROADS = """
LAPORAN KINERJA DINAS BINA MARGA TAHUN 2024

Jadwal Pemeliharaan Ruas Jalan

No | Ruas Jalan | Mulai | Selesai
1 | Simpang Tiga - Lubuk Alung | 3 Maret 2024 | {end}
2 | Pasar Baru - Koto Tinggi | 01/05/2024 | {numeric}

Pemeliharaan rutin dimulai {prose}.
"""


def test_cit002_an_impossible_day_in_a_table_cell(run):
    finding = _only(run(ROADS.format(end="31 April 2024", numeric="30/06/2024", prose="2 Januari 2024")),
                    "CIT002")
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found) == ("≤ 30", "31") and _lines(finding) == [6]
    assert finding.locations[0].column == "Selesai"


def test_cit002_numeric_and_leap_year_forms(run):
    finding = _only(run(ROADS.format(end="30 April 2024", numeric="31/06/2024", prose="2 Januari 2024")),
                    "CIT002")
    assert (finding.expected, finding.found) == ("≤ 30", "31") and _lines(finding) == [7]
    finding = _only(run(ROADS.format(end="30 April 2024", numeric="30/06/2024",
                                     prose="29 Peb 2023")), "CIT002")
    assert (finding.expected, finding.found) == ("≤ 28", "29") and _lines(finding) == [9]


def test_cit002_possible_dates_and_numbers_that_are_no_days_pass(run):
    result = run(ROADS.format(end="30 April 2024", numeric="30/06/2024",
                              prose="29 Februari 2024 sesuai Tabel 31 Agustus dan surat Nomor 31/02/2024"))
    assert "CIT002" not in codes(result) and "CIT002" in passed_rules(result)


def test_printed_dates_read_abbreviations_only_with_a_year():
    assert [(d.day, d.month, d.year) for d in printed_dates("31 Agt 2024, 5 Jan, 30 Februari")] == [
        (31, 8, 2024), (30, 2, None)]
    assert not printed_dates("30 Februari")[0].possible


# ------------------------------------------------------------------ CIT003

COURT = """
KATA PENGANTAR

Laporan Kinerja Pengadilan Negeri Wanasari Tahun 2024 disusun sebagai pertanggungjawaban.

Wanasari, 20 Januari 2025
Ketua Pengadilan Negeri Wanasari

BAB I PENDAHULUAN

{sentence}
"""


def test_cit003_a_past_event_after_the_signature_is_a_warning_at_both_places(run):
    finding = _only(run(COURT.format(sentence="Sidang keliling di Desa Mekar telah dilaksanakan pada 3 Februari 2025.")),
                    "CIT003")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("≤ 20 Januari 2025", "3 Februari 2025")
    assert _lines(finding) == [10, 5]


def test_cit003_plans_and_earlier_dates_pass(run):
    for sentence in ("Sidang keliling di Desa Mekar akan dilaksanakan pada 3 Februari 2025.",
                     "Sidang keliling direncanakan pada 3 Februari 2025.",
                     "Sidang keliling telah dilaksanakan pada 13 Januari 2025."):
        result = run(COURT.format(sentence=sentence))
        assert "CIT003" not in codes(result), sentence
    assert "CIT003" in passed_rules(run(COURT.format(
        sentence="Sidang keliling telah dilaksanakan pada 13 Januari 2025.")))


def test_cit003_a_month_only_signature_means_its_last_day(run):
    text = COURT.replace("20 Januari 2025", "Januari 2025")
    assert "CIT003" not in codes(run(text.format(sentence="Pelantikan telah dilaksanakan pada 31 Januari 2025.")))
    assert "CIT003" in codes(run(text.format(sentence="Pelantikan telah dilaksanakan pada 1 Februari 2025.")))


# ------------------------------------------------------------------ DAT003, widened

def test_dat003_any_kind_with_its_date_later_in_the_sentence(run):
    text = ("Struktur organisasi Dinas Kesehatan ditetapkan dalam Peraturan Bupati Nomor 12 Tahun "
            "{year} tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Dinas, yang ditetapkan "
            "pada tanggal 4 Maret 2021.")
    finding = _only(run(text.format(year=2012)), "DAT003")
    assert (finding.expected, finding.found, finding.difference) == ("2021", "2012", "-9")
    result = run(text.format(year=2021))
    assert "DAT003" not in codes(result) and "DAT003" in passed_rules(result)


def test_dat003_a_date_of_another_clause_is_not_the_decree_date(run):
    text = ("Sesuai Peraturan Menteri Kesehatan Nomor 43 Tahun 2016, kegiatan posyandu serentak "
            "dilaksanakan pada tanggal 12 Agustus 2024.")
    assert "DAT003" not in codes(run(text))


# ------------------------------------------------------------------ DAT001, an end date

CAMPUS = """
Jadwal Penerimaan Mahasiswa Baru

No | Tahapan | Waktu
1. | Sosialisasi | 6 Januari 2025 - 28 Februari 2025
2. | Pendaftaran Jalur Prestasi | {second}
3. | Seleksi Berkas | 10 Maret 2025 - 31 Maret 2025
4. | Ujian Tulis | 14 April 2025 - 30 April 2025
5. | Pengumuman | 12 Mei 2025 - 16 Mei 2025
6. | Daftar Ulang | {sixth}
"""


def test_dat001_a_single_date_that_can_be_the_stage_end_is_a_warning(run):
    finding = _only(run(CAMPUS.format(second="20 Juni 2025", sixth="19 Mei 2025 - 30 Mei 2025")),
                    "DAT001")
    assert finding.severity is Severity.WARNING and _lines(finding)[0] == 5


def test_dat001_a_single_date_too_early_for_its_place_stays_an_error(run):
    finding = _only(run(CAMPUS.format(second="15 Januari 2025 - 7 Februari 2025",
                                      sixth="19 Mei 2024")), "DAT001")
    assert finding.severity is Severity.ERROR and _lines(finding)[0] == 9
    result = run(CAMPUS.format(second="15 Januari 2025 - 7 Februari 2025", sixth="19 Mei 2025"))
    assert "DAT001" not in codes(result)


def test_cit001_a_title_running_into_the_sentence_is_cut_before_it_is_compared(run):
    text = """
    Laporan disusun menurut Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.

    Pengukuran kinerja jalan dilakukan sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang {title}, yaitu dengan membandingkan realisasi terhadap target Perjanjian Kinerja.
    """
    finding = _only(run(text.format(title="Sistem Pengendalian Intern Pemerintah")), "CIT001")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("Sistem Akuntabilitas Kinerja Instansi Pemerintah",
                                                 "Sistem Pengendalian Intern Pemerintah")
    assert "CIT001" not in codes(run(text.format(title="Sistem Akuntabilitas Kinerja Instansi Pemerintah")))


def test_cit001_two_untitled_citations_on_the_same_subject_are_a_warning(run):
    text = """
    Perkara perdata wajib menempuh mediasi sesuai PERMA Nomor 1 Tahun 2016 sebelum diperiksa.

    Penyelesaian secara damai melalui {subject} sesuai PERMA Nomor 1 Tahun 2008 terus didorong.
    """
    finding = _only(run(text.format(subject="mediasi")), "CIT001")
    assert finding.severity is Severity.WARNING and _lines(finding) == [3, 1]
    assert (finding.expected, finding.found) in {("Tahun 2016", "Tahun 2008"), ("Tahun 2008", "Tahun 2016")}
    assert "CIT001" not in codes(run(text.format(subject="sidang keliling")))


def test_cit003_a_report_received_after_the_signature(run):
    finding = _only(run(COURT.format(sentence="Laporan hasil evaluasi SAKIP diterima pada 4 Maret 2025.")),
                    "CIT003")
    assert finding.found == "4 Maret 2025"


def test_dat003_a_date_that_opens_the_next_clause_is_not_the_decree_date(run):
    text = ("Mengacu pada Peraturan Rektor Nomor 3 Tahun 2019, tanggal 14 Oktober 2024 "
            "dilaksanakan wisuda sarjana periode kedua.")
    assert "DAT003" not in codes(run(text))
    finding = _only(run("Kalender akademik mengikuti Keputusan Rektor Nomor 3 Tahun 2019, tanggal "
                        "14 Oktober 2024."), "DAT003")
    assert (finding.expected, finding.found) == ("2024", "2019")



def test_cit001_a_national_regulation_with_its_title_and_another_year(run):
    text = """
    Rencana strategis disusun berpedoman pada Permendagri Nomor 86 Tahun {year} tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah.
    """
    finding = _only(run(text.format(year=2019)), "CIT001")
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found) == ("Tahun 2017", "Tahun 2019") and _lines(finding) == [1]
    assert "CIT001" not in codes(run(text.format(year=2017)))
