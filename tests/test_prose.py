"""Prose claims written differently from the sample's, and one passing and one failing case per
rule of checks/prose.yaml (PRO003–PRO006, YR001–YR002, DAT001–DAT003)."""
from datetime import date
from decimal import Decimal

import pytest

from cekdata.findings import Severity

from cekdata.documents.text import read_text
from cekdata.recognise.claims import extract, words_to_number
from cekdata.recognise.dates import parse_span
from conftest import codes, passed_rules, tabs


def claims_of(text):
    return extract(read_text(tabs(text.strip("\n")), source="t.txt"))


@pytest.mark.parametrize("words, number", [
    ("lima", 5), ("empat belas", 14), ("tiga puluh persen", 30), ("sepuluh hari kerja", 10),
    ("seratus dua puluh lima", 125), ("dua ribu dua puluh empat", 2024), ("sebelas", 11),
    ("BB", None), ("Satuan Kerja Besar", None)])
def test_number_words(words, number):
    assert words_to_number(words) == number


@pytest.mark.parametrize("sentence, subject, value", [
    ("Total alokasi dana tahun ini Rp1,2 miliar dan terserap Rp 1.100.000.000.", "budget",
     Decimal("1200000000")),
    ("Pagu DIPA Rp 3.172.654.000 dengan penyerapan Rp 3.000.000.000.", "budget",
     Decimal("3172654000")),
    ("Pagu DIPA Rp 3.172.654.000 dengan penyerapan Rp 3.000.000.000.", "spent",
     Decimal("3000000000")),
])
def test_money_claims_in_other_words(sentence, subject, value):
    found = [c for c in claims_of(sentence) if c.kind == "money" and c.subject == subject]
    assert [c.figure.value for c in found] == [value]


def test_count_and_score_claims_in_other_words():
    found = claims_of("Dinas menetapkan sejumlah 12 (dua belas) Keputusan dan tercatat 40 pemohon. "
                      "Pada 2025 ditetapkan 4 (empat) sasaran strategis dan 9 indikator kinerja. "
                      "Hasil evaluasi SAKIP mendapat skor yaitu 81,40 dengan predikat A.")
    got = {(c.kind, c.subject, str(c.figure)) for c in found if c.figure is not None}
    assert {("count", "requests", "40"), ("count", "goals", "4"), ("count", "indicators", "9"),
            ("score", "score", "81.4"), ("spelled", "number", "12"),
            ("spelled", "number", "4")} <= got


@pytest.mark.parametrize("text, start, end", [
    ("14 Juni 2022-14 Juni 2024", date(2022, 6, 14), date(2024, 6, 14)),
    ("14 Okober 2022-21 Juni 2023", date(2022, 10, 14), date(2023, 6, 21)),
    ("25 September 2024- 23 November", date(2024, 9, 25), date(2024, 11, 23)),
    ("14 Desember – 9 Februari 2023", date(2022, 12, 14), date(2023, 2, 9)),
    ("9 Januari 2025", date(2025, 1, 9), date(2025, 1, 9))])
def test_date_spans(text, start, end):
    span = parse_span(text)
    assert (span.start, span.end) == (start, end)


SUMMARY = """
LAPORAN KINERJA DINAS PENDIDIKAN TAHUN 2025

RINGKASAN EKSEKUTIF

Pada tahun 2025 Dinas menetapkan 2 (dua) sasaran strategis dan {count} indikator kinerja. {claim}

No | Sasaran | Indikator Kinerja | Target
1. | Meningkatnya mutu pendidikan | Angka Partisipasi Murni SD | 98%
 |  | Rata-rata nilai ujian | 75
2. | Meningkatnya tata kelola | Nilai SAKIP | BB

Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian
1 | Angka Partisipasi Murni SD | 98% | {apm} | 100%
2 | Rata-rata nilai ujian | 75 | 75 | 100%
3 | Nilai SAKIP | BB | BB (78,20) | Tercapai

Nilai SAKIP tahun 2025 dinilai Inspektorat dengan hasil sebagai berikut:

Indikator | Target | Realisasi
Nilai SAKIP | BB | BB (78,20)

Dinas memperoleh nilai sebesar {score} dengan predikat BB.
"""


def summary(count="3 (tiga)", claim="Seluruh target tercapai.", apm="98%", score="78,20"):
    return SUMMARY.format(count=count, claim=claim, apm=apm, score=score)


def test_pro003_indicator_count(run):
    assert "PRO003" in passed_rules(run(summary())) and "PRO003" not in codes(run(summary()))
    finding = next(f for f in run(summary(count="5 (lima)")).findings if f.rule == "PRO003")
    assert (finding.expected, finding.found) == ("3", "5")
    assert {loc.line for loc in finding.locations} == {5, 8}


def test_pro004_digits_and_words_disagree(run):
    assert "PRO004" in passed_rules(run(summary()))
    finding = next(f for f in run(summary(count="3 (empat)")).findings if f.rule == "PRO004")
    assert (finding.expected, finding.found) == ("4", "3")


def test_pro005_score_under_its_table(run):
    assert "PRO005" in passed_rules(run(summary())) and "PRO005" not in codes(run(summary()))
    finding = next(f for f in run(summary(score="72,32")).findings if f.rule == "PRO005")
    assert finding.found == "72,32" and "78.2" in finding.expected


def test_pro006_all_achieved_claim(run):
    assert "PRO006" in passed_rules(run(summary()))
    finding = next(f for f in run(summary(apm="97%")).findings if f.rule == "PRO006")
    assert "Angka Partisipasi Murni SD" in finding.message("en")


CLOSING = """
LAPORAN KINERJA DINAS PENDIDIKAN TAHUN 2025

Sesuai Undang-Undang Nomor 20 Tahun 2003 dan Renstra 2021 – 2026, laporan ini disusun.

Realisasi tahun 2025 lebih tinggi dibandingkan dengan tahun 2024.

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Laporan Kinerja Dinas Pendidikan Tahun 2025 disusun sebagai pertanggungjawaban.",
    "Perbandingan Realisasi Kinerja Tahun 2025 dengan Tahun 2024",
    "Capaian kinerja tahun 2023 dibandingkan dengan tahun 2025 meningkat.",
    "Peraturan Menteri PANRB Nomor 88 Tahun 2021 mengatur evaluasi."])
def test_yr001_legitimate_years_stay_quiet(run, sentence):
    result = run(CLOSING.format(sentence=sentence))
    assert "YR001" not in codes(result) and "YR001" in passed_rules(result)


@pytest.mark.parametrize("sentence, stated", [
    ("Laporan Kinerja Dinas Pendidikan tahun 2024 ini disusun sebagai pertanggungjawaban.", "2024"),
    ("Anggaran dikelola dalam Tahun Anggaran 2021.", "2021"),
    ("a. Perbandingan Realisasi Kinerja Tahun 2024 dengan Target Jangka Menengah", "2024")])
def test_yr001_stale_year(run, sentence, stated):
    finding = next(f for f in run(CLOSING.format(sentence=sentence)).findings if f.rule == "YR001")
    assert (finding.expected, finding.found) == ("2025", stated)
    assert finding.locations[0].line == 7


def test_yr002_year_compared_with_itself(run):
    text = CLOSING.format(sentence="Realisasi tahun 2025 sama dengan tahun {y} yaitu 100%.")
    assert "YR002" not in codes(run(text.format(y=2024)))
    assert "YR002" in codes(run(text.format(y=2025)))


SCHEDULE = """
Jadwal Tahapan Pemilihan

No | Tahapan | Waktu
1. | Perencanaan | 26 Januari 2024
2. | Penyusunan Peraturan | {second}
3. | Pemutakhiran Data | 24 April 2024 - 31 Mei 2024
4. | Kampanye | 25 September 2024 - 23 November 2024
5. | Pemungutan Suara | 27 November 2024
6. | Penetapan Calon Terpilih | {last}
"""


def test_dat001_stage_out_of_order(run):
    ok = run(SCHEDULE.format(second="1 Februari 2024", last="9 Januari 2025"))
    assert "DAT001" in passed_rules(ok) and "DAT001" not in codes(ok)
    bad = run(SCHEDULE.format(second="18 November 2024", last="9 Januari 2024"))
    found = sorted(f.locations[0].line for f in bad.findings if f.rule == "DAT001")
    assert found == [5, 9]


def test_dat001_a_stage_a_little_early_is_no_error(run):
    # a stage a few weeks before the one above it may have started early: within the slack it
    # is no error; in a table whose other stages each follow the one above, a warning
    result = run(SCHEDULE.format(second="10 Januari 2024", last="9 Januari 2025"))
    [finding] = [f for f in result.findings if f.rule == "DAT001"]
    assert finding.severity is Severity.WARNING and finding.locations[0].line == 5


SIDE_BY_SIDE = """
Jadwal Tahapan Pembangunan Jembatan

No | Tahapan | Waktu
1. | Survei dan Desain | 8 Januari 2024 - 29 Maret 2024
2. | Pengadaan Tanah | 15 Januari 2024 - 30 April 2024
3. | Lelang Konstruksi | 4 Maret 2024 - 26 April 2024
4. | Pelaksanaan Konstruksi | 13 Mei 2024 - 20 Desember 2024
5. | Serah Terima | 27 Desember 2024
"""


def test_dat001_stages_run_side_by_side_are_not_out_of_order(run):
    # stages that overlap throughout the table: one starting before the one above is normal
    result = run(SIDE_BY_SIDE.replace("15 Januari 2024 - 30 April", "2 Januari 2024 - 30 April"))
    assert "DAT001" not in codes(result) and "DAT001" in passed_rules(result)


def test_dat002_stage_ends_before_it_starts(run):
    bad = run(SCHEDULE.format(second="1 Februari 2024 - 1 Januari 2024", last="9 Januari 2025"))
    (finding,) = [f for f in bad.findings if f.rule == "DAT002"]
    assert finding.found == "1 Januari 2024"


@pytest.mark.parametrize("sentence, flagged", [
    ("Pada tanggal 30 Desember 2022 KPU menetapkan Keputusan KPU Nomor 552 Tahun 2002 tentang Nomor Urut.", True),
    ("Pada tanggal 30 Desember 2022 KPU menetapkan Keputusan KPU Nomor 552 Tahun 2022 tentang Nomor Urut.", False),
    ("Keputusan Bupati Nomor 12 Tahun 2023 tanggal 5 Januari 2024 menetapkan tim.", True),
    ("Pada tanggal 2 Mei 2024 rapat membahas Undang-Undang Nomor 7 Tahun 2017.", False),
    # signed in December, promulgated in January: the number keeps the year it was signed
    ("Anggaran mengacu pada Peraturan Daerah Nomor 9 Tahun 2023 tentang APBD Tahun Anggaran 2024, "
     "yang diundangkan pada tanggal 2 Januari 2024.", False)])
def test_dat003_decree_year(run, sentence, flagged):
    assert ("DAT003" in codes(run(sentence))) == flagged


MEASURED = """
Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian
1 | Indeks Kepuasan Masyarakat | 80 | 84,37* | 105,46%

* Realisasi menggunakan hasil survei tahun 2024

Survei kepuasan masyarakat tahun berjalan belum selesai ketika laporan ini disusun oleh tim perencanaan dinas.

Perbandingan Realisasi Kinerja Tahun 2025 dengan tahun sebelumnya

No | Indikator Kinerja | Realisasi |
 |  | {year} | 2025
1 | Indeks Kepuasan Masyarakat | 84,37 | 84,37

Realisasi masih memakai indeks tahun {year} yaitu 84,37.
"""


def test_pro007_one_figure_two_years(run):
    ok = run(MEASURED.format(year=2024))
    assert "PRO007" in passed_rules(ok) and "PRO007" not in codes(ok)
    bad = run(MEASURED.format(year=2023))
    (finding,) = [f for f in bad.findings if f.rule == "PRO007"]
    assert finding.found == "2023, 2024"
    assert {4, 6, 14, 16} <= {loc.line for loc in finding.locations}


def test_pro007_a_series_whose_years_agree_is_no_contradiction(run):
    # average length of stay 4,08 days in 2023 and again in 2024: two measurements that agree
    series = """
    Perbandingan Realisasi Kinerja Tahun 2025 dengan Tahun Sebelumnya

    No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025
    1 | Rata-rata lama dirawat (hari) | 4,08 | 4,08 | 4,02
    2 | Angka kematian bersih (permil) | 2,31 | 2,18 | 2,05
    """
    assert "PRO007" not in codes(run(series))
    # the same figure footnoted as another year elsewhere is still one measurement given two years
    assert "PRO007" in codes(run(MEASURED.format(year=2023)))
