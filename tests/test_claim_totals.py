"""Claim kinds of issue 11 built in rules/claim_totals.py, claim_achieved.py and claim_values.py:
table totals stated in prose (PRO008), achieved counts (PRO009, and the wider phrases of
PRO006) and indicator values (PRO010). Each kind fails and passes in several phrasings, and
the near misses of the issue (sub-counts, a part next to a whole, a breakdown by sex, counts of
things that are no rows, stages called kegiatan, sub-values) give no finding. The reports are
written for these tests: a fisheries office, a library, a transport office."""
import pytest

from cekdata.documents.model import Paragraph
from cekdata.recognise.counted import counts_in
from conftest import codes, passed_rules

OPTIONS = {"select": ("PRO006", "PRO008", "PRO009", "PRO010")}


def notes_of(result, code):
    return [n.text for n in result.notes if n.text.startswith(code)]


def findings_of(result, code):
    return [f for f in result.findings if f.rule == code]


# --- PRO008: table totals -----------------------------------------------------------------------

STAFF = """
LAPORAN KINERJA DINAS KELAUTAN DAN PERIKANAN KABUPATEN TELUK RINDANG TAHUN 2025

BAB I PENDAHULUAN

1.3 Sumber Daya Aparatur

{sentence}

Tabel 1.2 Pegawai Dinas menurut Golongan dan Jenis Kelamin
Golongan | L | P | Jumlah
IV | 5 | 3 | 8
III | 21 | 17 | 38
II | 9 | 4 | 13
Jumlah | 35 | 24 | 59

1.4 Kelompok Pembudidaya

Tabel 1.3 Pembudidaya Ikan Terdaftar per Kecamatan Tahun 2025
No | Kecamatan | Kolam | Keramba | Tambak | Jumlah
1 | Muara Lempung | 112 | 40 | 65 | 217
2 | Sungai Pinang | 98 | 22 | 0 | 120
3 | Tanjung Bidai | 75 | 31 | 44 | 150
 | Jumlah | 285 | 93 | 109 | 487

{sentence2}
"""


def staff(sentence="", sentence2=""):
    return STAFF.format(sentence=sentence, sentence2=sentence2)


@pytest.mark.parametrize("sentence, expected, found", [
    ("Jumlah pegawai Dinas pada akhir tahun 2025 sebanyak 61 orang.", "59", "61"),
    ("Pada akhir tahun 2025 Dinas didukung 58 pegawai yang tersebar di lima bidang.", "59", "58"),
    ("Pegawai Dinas berjumlah 95 orang dan seluruhnya berstatus ASN.", "59", "95"),
])
def test_a_total_that_differs_from_its_table_is_found(run, sentence, expected, found):
    result = run(staff(sentence), **OPTIONS)
    finding, = findings_of(result, "PRO008")
    assert (finding.expected, finding.found) == (expected, found)
    assert {loc.line for loc in finding.locations} == {7, 14}      # the sentence and the total


@pytest.mark.parametrize("sentence", [
    "Jumlah pegawai Dinas pada akhir tahun 2025 sebanyak 59 orang.",
    "Per 31 Desember 2025 Dinas didukung 59 pegawai.",
    "Pegawai Dinas berjumlah 59 orang, terdiri atas 35 laki-laki dan 24 perempuan.",
])
def test_a_total_that_agrees_passes(run, sentence):
    result = run(staff(sentence), **OPTIONS)
    assert "PRO008" not in codes(result) and "PRO008" in passed_rules(result)


def test_a_breakdown_by_sex_is_held_against_the_l_and_p_totals(run):
    result = run(staff("Pegawai Dinas berjumlah 59 orang, terdiri atas 36 laki-laki dan 24 "
                       "perempuan."), **OPTIONS)
    finding, = findings_of(result, "PRO008")
    assert (finding.expected, finding.found) == ("35", "36")
    assert finding.locations[1].column == "L"


def test_the_grand_total_of_a_table_by_its_caption(run):
    """"487 pembudidaya" beside a table whose caption counts pembudidaya and whose Jumlah
    column adds up the others."""
    ok = run(staff(sentence2="Pada tahun 2025 tercatat 487 pembudidaya ikan di tiga kecamatan."),
             **OPTIONS)
    assert "PRO008" not in codes(ok) and "PRO008" in passed_rules(ok)
    bad = run(staff(sentence2="Pada tahun 2025 tercatat 478 pembudidaya ikan di tiga kecamatan."),
              **OPTIONS)
    assert [(f.expected, f.found) for f in findings_of(bad, "PRO008")] == [("487", "478")]


def test_a_table_the_sentence_names_is_its_table(run):
    text = staff() + "\nBAB II PERENCANAAN\n\nSebagaimana Tabel 1.2, jumlah pegawai sebanyak 60 orang.\n"
    finding, = findings_of(run(text, **OPTIONS), "PRO008")
    assert (finding.expected, finding.found) == ("59", "60")


@pytest.mark.parametrize("sentence", [
    # sub-counts and parts next to their whole
    "Dari 59 pegawai, 21 pegawai berpendidikan S1.",
    "Dinas didukung 59 pegawai, termasuk 6 pegawai PPPK.",
    "Sebanyak 17 pegawai berpendidikan pascasarjana.",
    "Jumlah pegawai yang telah mengikuti diklat teknis sebanyak 12 orang.",
    # a named row of the table, another year
    "Pegawai golongan III sebanyak 38 orang, sedangkan golongan IV sebanyak 8 orang.",
    "Pada tahun 2023 jumlah pegawai sebanyak 64 orang.",
    # counts of things that are no rows, stages called kegiatan
    "Bidang Perikanan Budidaya melaksanakan 130 kegiatan sosialisasi kepada pegawai.",
    "Penyusunan rencana kerja terdiri atas 11 kegiatan yang telah selesai seluruhnya.",
    # a target, a change
    "Jumlah pegawai ditargetkan mencapai target 70 orang pada akhir Renstra.",
])
def test_near_misses_give_no_finding(run, sentence):
    assert "PRO008" not in codes(run(staff(sentence), **OPTIONS))


def test_a_count_of_the_rows_is_no_total(run):
    """"di 3 kecamatan" beside a table per kecamatan counts its rows, not its Jumlah."""
    result = run(staff(sentence2="Pembudidaya tersebar di 3 kecamatan dan 41 desa."), **OPTIONS)
    assert "PRO008" not in codes(result)


def test_a_table_of_years_is_not_added_up_by_a_yearly_count(run):
    text = """
    LAPORAN KINERJA DINAS PERHUBUNGAN TAHUN 2024

    3.2 Pengujian Kendaraan

    Pada tahun 2024 Dinas menguji 1.050 kendaraan bermotor wajib uji.

    Tabel 3.4 Kendaraan Wajib Uji yang Diuji
    Tahun | Kendaraan Diuji | Lulus Uji
    2022 | 980 | 941
    2023 | 1.010 | 977
    2024 | 1.050 | 1.022
    Jumlah | 3.040 | 2.940
    """
    result = run(text, **OPTIONS)
    assert "PRO008" not in codes(result)
    assert any("several years" in n for n in notes_of(result, "PRO008"))


def test_unbound_totals_are_listed_as_stated_not_checked(run):
    result = run(staff("Dari 59 pegawai, 21 pegawai berpendidikan S1."), **OPTIONS)
    assert any("stated, not checked: 21 pegawai" in n and "part" in n
               for n in notes_of(result, "PRO008"))


def test_the_counted_noun_of_a_classifier_stands_before_it():
    sentence = "Jumlah seluruh penyuluh perikanan sebanyak 27 orang, terdiri atas 19 laki-laki dan 8 perempuan."
    counts = counts_in(Paragraph(1, sentence, 1), sentence, 2025)
    assert [(c.figure.raw, c.noun, c.sex, c.whole) for c in counts] == [
        ("27", "penyuluh", None, None), ("19", "laki-laki", "male", 0), ("8", "perempuan", "female", 0)]


# --- PRO009 and PRO006: achieved counts ---------------------------------------------------------

MEASURED = """
LAPORAN KINERJA DINAS PERPUSTAKAAN DAN KEARSIPAN TAHUN 2025

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Kinerja Tahun 2025
No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Status
1 | Indeks Minat Baca Masyarakat | 58,00 | 60,20 | 103,79 | Tercapai
2 | Persentase koleksi terdigitalisasi | 45% | 47% | 104,44 | Tercapai
3 | Jumlah kunjungan perpustakaan | 84.000 | {visits} | {visits_capaian} | {visits_status}
4 | Persentase arsip tertata | 70% | 64% | 91,43 | Belum Tercapai
5 | Rata-rata waktu layanan peminjaman (menit) | 10 | 12 | 80,00 | Belum Tercapai
6 | Nilai SAKIP | BB | BB | 100,00 | Tercapai

BAB IV PENUTUP

{closing}
"""


def measured(closing, visits="86.100", visits_capaian="102,50", visits_status="Tercapai"):
    return MEASURED.format(closing=closing, visits=visits, visits_capaian=visits_capaian,
                           visits_status=visits_status)


@pytest.mark.parametrize("closing", [
    "Secara umum 4 dari 6 indikator kinerja telah tercapai.",
    "Hasil pengukuran menunjukkan 4 indikator tercapai dan 2 indikator belum tercapai.",
    "Dari 6 indikator tersebut, 4 indikator mencapai atau melampaui target, sedangkan 2 belum.",
    "Sebanyak 3 indikator melampaui target.",
])
def test_an_achieved_count_that_agrees_passes(run, closing):
    result = run(measured(closing), **OPTIONS)
    assert "PRO009" not in codes(result) and "PRO009" in passed_rules(result)


@pytest.mark.parametrize("closing, expected, found", [
    ("Secara umum 5 dari 6 indikator kinerja telah tercapai.", "4", "5"),
    ("Hasil pengukuran menunjukkan 3 indikator tercapai dan 3 indikator belum tercapai.", "4", "3"),
    ("Sebanyak 4 indikator melampaui target.", "3", "4"),
])
def test_an_achieved_count_that_differs_is_found(run, closing, expected, found):
    result = run(measured(closing), **OPTIONS)
    finding = findings_of(result, "PRO009")[0]
    assert (finding.expected, finding.found) == (expected, found)
    assert finding.locations[0].line == 16


def test_lower_is_better_indicators_count_the_right_way(run):
    """Waktu layanan 12 menit against a target of 10 is missed; 9 menit is achieved."""
    text = measured("Secara umum 5 dari 6 indikator kinerja telah tercapai.").replace(
        "| 10 | 12 | 80,00 | Belum Tercapai", "| 10 | 9 | 110,00 | Tercapai")
    assert "PRO009" not in codes(run(text, **OPTIONS))


def test_the_numbers_decide_over_a_wrong_status_word(run):
    """A row printed 'Tercapai' below its target is LBL001's finding; the count follows the
    realisasi and its capaian (83.000 of 84.000: missed)."""
    text = measured("Secara umum 4 dari 6 indikator kinerja telah tercapai.", visits="83.000",
                    visits_capaian="98,81", visits_status="Tercapai")
    finding, = findings_of(run(text, **OPTIONS), "PRO009")
    assert (finding.expected, finding.found) == ("3", "4")


@pytest.mark.parametrize("closing", [
    # sub-counts next to a table of 6 rows: 4 and 2 are not the number of rows
    "Sebanyak 4 indikator tercapai, 2 belum.",
    # the indicators of one sasaran, another set
    "Pada sasaran 1, 2 dari 2 indikator tercapai.",
    "Dari 12 indikator Renstra, 9 indikator tercapai.",
    # no indicators counted
    "Terdapat 6 temuan, 4 di antaranya telah ditindaklanjuti dan 2 belum ditindaklanjuti.",
])
def test_achieved_near_misses_give_no_finding(run, closing):
    assert "PRO009" not in codes(run(measured(closing), **OPTIONS))


@pytest.mark.parametrize("closing", [
    "Kinerja tahun 2025 baik: seluruh 6 indikator kinerja utama tercapai.",
    "Dengan demikian seluruh indikator telah mencapai target yang ditetapkan.",
    "Semua IKU tercapai pada tahun 2025.",
])
def test_wider_all_achieved_phrases(run, closing):
    assert "PRO006" in codes(run(measured(closing), **OPTIONS))


@pytest.mark.parametrize("closing", [
    "Belum seluruh indikator tercapai pada tahun 2025.",
    "Hampir seluruh indikator tercapai pada tahun 2025.",
    "Sebagian besar indikator telah mencapai target.",
])
def test_negated_all_achieved_phrases_claim_nothing(run, closing):
    assert "PRO006" not in codes(run(measured(closing), **OPTIONS))


def test_a_sentence_wrapped_over_text_lines_is_read_whole(run):
    text = measured("Laporan ini menunjukkan bahwa 5 dari 6 indikator\nkinerja telah tercapai.")
    finding, = findings_of(run(text, **OPTIONS), "PRO009")
    assert finding.found == "5" and finding.locations[0].line == 16


# --- PRO010: indicator values -------------------------------------------------------------------

VALUES = """
LAPORAN KINERJA DINAS PERHUBUNGAN KABUPATEN LEMBAH SARI TAHUN 2025

RINGKASAN EKSEKUTIF

{summary}

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Kinerja Tahun 2025
No | Indikator Kinerja | Target | Realisasi | Capaian
1 | Indeks Kepuasan Masyarakat (IKM) terhadap layanan pengujian kendaraan | 82,00 | 84,35 | 102,87%
2 | Persentase kendaraan wajib uji yang lulus uji (tingkat kelulusan) | 90% | 92,40% | 102,67%
3 | Angka Kecelakaan Lalu Lintas (AKL) jalan kabupaten | 40 | 36 | 110,00%
4 | Angka Kecelakaan Lalu Lintas (AKL) jalan desa | 25 | 24 | 104,00%

Tabel 3.2 Realisasi Kinerja 2023-2025
Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025
Indeks Kepuasan Masyarakat (IKM) terhadap layanan pengujian kendaraan | 79,10 | 81,42 | 84,35
Persentase kendaraan wajib uji yang lulus uji (tingkat kelulusan) | 88,15% | 90,06% | 92,40%
"""


def values(summary):
    return VALUES.format(summary=summary)


@pytest.mark.parametrize("summary, expected, found", [
    ("IKM tahun 2025 sebesar 83,45 dengan mutu pelayanan B.", "84,35", "83,45"),
    ("Realisasi Indeks Kepuasan Masyarakat tahun 2025 mencapai 84,53.", "84,35", "84,53"),
    ("Tingkat kelulusan tahun 2024 sebesar 90,60%, naik dari tahun sebelumnya.", "90,06%", "90,60%"),
    ("Persentase kendaraan wajib uji yang lulus uji mencapai 92,40% dari target 92%.", "90%", "92%"),
    ("Realisasi IKM sebesar 84,35 dengan capaian 102,78%.", "102,87%", "102,78%"),
])
def test_an_indicator_value_that_differs_is_found(run, summary, expected, found):
    finding, = findings_of(run(values(summary), **OPTIONS), "PRO010")
    assert (finding.expected, finding.found) == (expected, found)
    assert finding.locations[0].line == 5


@pytest.mark.parametrize("summary", [
    "IKM tahun 2025 sebesar 84,35 dengan mutu pelayanan B.",
    "Realisasi Indeks Kepuasan Masyarakat tahun 2025 mencapai 84,35 dari target 82,00 (capaian 102,87%).",
    "Tingkat kelulusan tahun 2024 sebesar 90,06%.",
    "Capaian IKM tahun 2025 sebesar 84,35.",
])
def test_an_indicator_value_that_agrees_passes(run, summary):
    result = run(values(summary), **OPTIONS)
    assert "PRO010" not in codes(result) and "PRO010" in passed_rules(result)


@pytest.mark.parametrize("summary, reason", [
    ("IKM dan tingkat kelulusan tahun 2025 sebesar 84,00.", "two indicators"),
    ("Nilai unsur terendah IKM tahun 2025 sebesar 78,10.", "another quantity"),
    ("IKM tahun 2025 naik 2,93 poin dibandingkan tahun 2024.", "another quantity"),
    ("Dengan IKM 84,00 pelayanan dinilai baik.", "no measure word"),
])
def test_unbound_indicator_values_are_not_checked(run, summary, reason):
    result = run(values(summary), **OPTIONS)
    assert "PRO010" not in codes(result)
    assert any(reason in n for n in notes_of(result, "PRO010"))


def test_a_name_two_indicators_share_names_neither(run):
    """"Angka Kecelakaan Lalu Lintas" heads two indicators (kabupaten, desa): unbound."""
    result = run(values("Realisasi Angka Kecelakaan Lalu Lintas tahun 2025 sebesar 30."), **OPTIONS)
    assert "PRO010" not in codes(result) and "PRO010" not in passed_rules(result)
    result = run(values("Realisasi AKL jalan desa tahun 2025 sebesar 30."), **OPTIONS)
    assert [(f.expected, f.found) for f in findings_of(result, "PRO010")] == [("24", "30")]


def test_a_formula_is_no_value(run):
    result = run(values("Capaian IKM dihitung dengan rumus realisasi/target × 100%."), **OPTIONS)
    assert "PRO010" not in codes(result)
