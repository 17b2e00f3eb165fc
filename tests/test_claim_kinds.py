"""Extremum claims (EXT001) and trend claims (TRD001) of issue 11: for each a failing and a
passing case in several phrasings, and the near misses that must give no finding (a qualified
extreme, "terbesar kedua", a trend over a range of years, two figures that are different
measures, a comparison with a target). Documents written for these tests: a district health
office and a roads office, nothing from the sample or the corpus."""
import pytest

from cekdata.rules.extremes import aliases, extremes_in
from cekdata.rules.trends import changes_in

ONLY = ("EXT001", "TRD001")

VISITS = """
LAPORAN KINERJA DINAS KESEHATAN KABUPATEN TAHUN 2024

Tabel 2.3 Kunjungan dan Rujukan Puskesmas Tahun 2024

No | Puskesmas | Kunjungan | Rujukan | Rasio Rujukan (%)
1 | U1. Puskesmas Sukamaju | 4.210 | 126 | 2,99
2 | U2. Puskesmas Cempaka Baru | 5.875 | 94 | 1,60
3 | U3. Puskesmas Lembah Hijau (PLH) | 3.306 | 201 | 6,08
4 | U4. Puskesmas Tanjung Sari | 2.948 | 77 | 2,61
 | Jumlah | 16.339 | 498 | 3,05
 | Rata-rata | 4.085 | 125 | 3,05

{sentence}
"""


def ext(run, sentence, template=VISITS):
    return run(template.format(sentence=sentence), select=ONLY)


def rules_of(result):
    return sorted(f.rule for f in result.findings)


def notes_of(result, code):
    return [n.text for n in result.notes if n.text.startswith(code)]


@pytest.mark.parametrize("sentence", [
    "Kunjungan terbanyak tercatat di Puskesmas Sukamaju.",
    "Puskesmas Tanjung Sari merupakan puskesmas dengan kunjungan paling banyak pada tahun ini.",
    "Rasio rujukan terendah ada di Puskesmas Sukamaju (2,99%).",
    "Jumlah kunjungan tertinggi berada pada Puskesmas Lembah Hijau dengan 3.306 kunjungan.",
    "Rujukan paling sedikit berasal dari PLH.",                      # the bracketed short name
    "Kunjungan terbanyak tercatat di Puskesmas Cempaka Baru, sedangkan yang paling sedikit di "
    "Puskesmas Sukamaju (4.210 kunjungan).",
])
def test_extreme_naming_the_wrong_row_is_found(run, sentence):
    result = ext(run, sentence)
    assert rules_of(result) == ["EXT001"]
    finding = result.findings[0]
    assert finding.category == "narrative-vs-table" and finding.severity.value == "error"
    tables = {loc.table for loc in finding.locations if loc.table}
    assert tables and all(t.startswith("T1 ") for t in tables)   # both cells of the table
    assert len([loc for loc in finding.locations if loc.row]) >= 2
    assert finding.locations[0].line is not None and finding.locations[0].table is None


@pytest.mark.parametrize("sentence, owner", [
    ("Puskesmas Lembah Hijau melayani kunjungan paling banyak, yaitu 5.875 kunjungan.",
     "Puskesmas Cempaka Baru"),
    ("Rasio rujukan tertinggi terdapat di Puskesmas Sukamaju sebesar 6,08 persen.",
     "Puskesmas Lembah Hijau (PLH)"),
])
def test_a_quoted_figure_of_another_row_is_named(run, sentence, owner):
    result = ext(run, sentence)
    assert rules_of(result) == ["EXT001"]
    message = result.findings[0].message("en")
    assert "belongs to" in message and owner in message


@pytest.mark.parametrize("sentence", [
    "Kunjungan terbanyak tercatat di Puskesmas Cempaka Baru (5.875 kunjungan), sedangkan yang "
    "paling sedikit di Puskesmas Tanjung Sari (2.948 kunjungan).",
    "Puskesmas Lembah Hijau merupakan puskesmas dengan rasio rujukan tertinggi, yaitu 6,08%.",
    "Rasio rujukan terendah ada di Puskesmas Cempaka Baru.",
    "Rujukan paling banyak berasal dari PLH, terutama kasus hipertensi dari Puskesmas Sukamaju.",
])
def test_a_true_extreme_passes(run, sentence):
    result = ext(run, sentence)
    assert rules_of(result) == []
    assert "EXT001" in {p.rule for p in result.passed}


@pytest.mark.parametrize("sentence", [
    "Puskesmas Sukamaju mencatat kunjungan terbanyak kedua, yaitu 4.210 kunjungan.",
    "Di antara puskesmas di wilayah utara, kunjungan tertinggi ada di Puskesmas Lembah Hijau.",
    "Setelah Puskesmas Cempaka Baru, kunjungan tertinggi ada di Puskesmas Sukamaju.",
    "Salah satu rasio rujukan tertinggi ada di Puskesmas Sukamaju.",
    "Rujukan tertinggi pada kelompok ini terdapat di Puskesmas Sukamaju.",
])
def test_a_qualified_extreme_is_not_checked(run, sentence):
    result = ext(run, sentence)
    assert rules_of(result) == []
    assert any("qualified" in n for n in notes_of(result, "EXT001"))


@pytest.mark.parametrize("sentence", [
    "Setiap puskesmas melayani paling sedikit 2.000 kunjungan dan paling banyak 6.000 kunjungan.",
    "Kunjungan terbanyak terjadi pada bulan Agustus karena musim diare.",      # no row named
    "Penyakit terbanyak di seluruh puskesmas adalah ISPA.",
])
def test_bounds_and_claims_about_no_row_give_nothing(run, sentence):
    result = ext(run, sentence)
    assert rules_of(result) == [] and not notes_of(result, "EXT001")


def test_an_extreme_without_a_column_is_listed_not_guessed(run):
    result = ext(run, "Puskesmas Sukamaju adalah yang tertinggi di kabupaten.")
    assert rules_of(result) == []
    assert any("ambiguous" in n for n in notes_of(result, "EXT001"))


def test_total_and_average_rows_are_no_candidates(run):
    # the Jumlah row (16.339) and the Rata-rata row are larger than any puskesmas
    result = ext(run, "Kunjungan terbanyak tercatat di Puskesmas Cempaka Baru dengan 5.875 kunjungan.")
    assert rules_of(result) == []


def test_a_sentence_wrapped_over_lines_and_a_table_named_by_number(run):
    text = VISITS.format(sentence="") + """
Tabel 2.4 Tenaga Kesehatan

No | Jenis | Jumlah
1 | Dokter | 12
2 | Bidan | 40

Sebagaimana terlihat pada Tabel 2.3, kunjungan terbanyak tercatat di
Puskesmas Sukamaju dengan 4.210 kunjungan.
"""
    result = run(text, select=ONLY)
    assert rules_of(result) == ["EXT001"]
    written = text.strip("\n").splitlines()
    wrapped = {i + 1 for i, line in enumerate(written) if "terbanyak tercatat di" in line
               or line.startswith("Puskesmas Sukamaju dengan")}
    assert len(wrapped) == 2 and wrapped <= {loc.line for loc in result.findings[0].locations}


ROADS = """
LAPORAN KINERJA DINAS PEKERJAAN UMUM TAHUN 2024

Tabel 1.2 Kondisi Jalan Kabupaten per Kecamatan (km)

Kecamatan | Kondisi Baik | Kondisi Rusak | Jumlah
Kecamatan Alfa | 42,0 | 8,0 | 50,0
Kecamatan Beta | 91,0 | 9,0 | 100,0
Kecamatan Gama | 24,0 | 6,0 | 30,0
Jumlah | 157,0 | 23,0 | 180,0

{sentence}
"""


@pytest.mark.parametrize("sentence, rules", [
    ("Proporsi jalan rusak tertinggi terdapat di Kecamatan Beta (9,00%).", ["EXT001"]),
    ("Proporsi jalan rusak tertinggi terdapat di Kecamatan Gama (20,00%).", []),
    ("Persentase jalan rusak terendah ada di Beta.", []),
])
def test_a_share_is_computed_from_the_part_and_the_row_total(run, sentence, rules):
    result = ext(run, sentence, ROADS)
    assert rules_of(result) == rules
    if rules:
        assert "20,00%" in result.findings[0].message("en")


def test_extremum_words_and_row_aliases():
    found = extremes_in("Kunjungan terbanyak di A, sedangkan yang paling sedikit di B; paling sedikit 30%.")
    assert [(e.word, e.sense) for e in found] == [("terbanyak", "max"), ("paling sedikit", "min")]
    assert extremes_in("terbesar kedua ada di X")[0].qualifier == "kedua"
    assert {"perilaku pelaksana", "pencurian kendaraan bermotor", "curanmor",
            "bukit randai"} <= aliases(["U7. Perilaku pelaksana",
                                        "Pencurian kendaraan bermotor (Curanmor)",
                                        "Kecamatan Bukit Randai"])


# --- trends -------------------------------------------------------------------------------

INDICATORS = """
LAPORAN KINERJA DINAS KESEHATAN KABUPATEN TAHUN 2024

Tabel 3.2 Perbandingan Realisasi Indikator Kinerja

No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024
1 | Indeks Kepuasan Masyarakat | 82,40 | 84,10
2 | Angka kematian bayi per 1.000 kelahiran hidup | 9,8 | 8,6
3 | Persentase desa ODF | 61,20 | 66,75

{sentence}
"""


def trend(run, sentence):
    return run(INDICATORS.format(sentence=sentence), select=ONLY)


@pytest.mark.parametrize("sentence", [
    "Persentase desa ODF turun dari 61,20% pada tahun 2023 menjadi 66,75% pada tahun 2024.",
    "Indeks Kepuasan Masyarakat tahun 2024 sebesar 84,10 lebih rendah dibandingkan tahun 2023 (82,40).",
    "Realisasi IKM tahun 2024 mencapai 84,10 dari target 83,00 (capaian 101,33%). Realisasi ini "
    "menurun dibandingkan tahun 2023 sebesar 82,40.",
    "Nilai IKM sebesar 84,10 berkurang dari 82,40 pada tahun lalu.",
    "Angka kematian bayi memburuk dari 9,8 pada tahun 2023 menjadi 8,6 pada tahun 2024.",
    "Indeks Kepuasan Masyarakat menurun dibandingkan tahun 2023.",          # values from the table
])
def test_a_trend_word_against_the_values_is_found(run, sentence):
    result = trend(run, sentence)
    assert rules_of(result) == ["TRD001"]
    finding = result.findings[0]
    assert finding.category == "narrative-vs-table" and finding.severity.value == "error"
    assert finding.locations[0].line is not None


def test_a_table_trend_names_both_cells(run):
    result = trend(run, "Indeks Kepuasan Masyarakat menurun dibandingkan tahun 2023.")
    cells = [loc for loc in result.findings[0].locations if loc.table]
    assert [c.text for c in cells] == ["82,40", "84,10"]


@pytest.mark.parametrize("sentence", [
    "Persentase desa ODF naik dari 61,20% pada tahun 2023 menjadi 66,75% pada tahun 2024.",
    "Indeks Kepuasan Masyarakat tahun 2024 sebesar 84,10 lebih tinggi dibandingkan tahun 2023 (82,40).",
    "Realisasi IKM tahun 2024 mencapai 84,10 dari target 83,00 (capaian 101,33%). Realisasi ini "
    "meningkat dibandingkan tahun 2023 sebesar 82,40.",
    "Realisasi IKM tahun 2024 mencapai 84,10 dari target 83,00 (capaian 101,33%). Capaian ini "
    "meningkat dibandingkan tahun 2023 sebesar 97,50%.",
    "Angka kematian bayi membaik dari 9,8 pada tahun 2023 menjadi 8,6 pada tahun 2024.",
    "Angka kematian bayi membaik dibandingkan tahun 2023.",
    "Indeks Kepuasan Masyarakat meningkat dibandingkan tahun 2023.",
])
def test_a_true_trend_passes(run, sentence):
    result = trend(run, sentence)
    assert rules_of(result) == []
    assert "TRD001" in {p.rule for p in result.passed}


@pytest.mark.parametrize("sentence, why", [
    ("Persentase desa ODF terus meningkat sejak tahun 2021, dari 66,75% menjadi 61,20%.", "range"),
    ("Jumlah pelatihan meningkat dari 14 kegiatan pada 2023 menjadi 9 angkatan pada 2024.",
     "different measures"),
    ("Realisasi IKM meningkat dari 84,10 menjadi 84,10 pada tahun 2024.", "equal"),
])
def test_near_misses_are_listed_not_flagged(run, sentence, why):
    result = trend(run, sentence)
    assert rules_of(result) == []
    assert any(why in n for n in notes_of(result, "TRD001"))


@pytest.mark.parametrize("sentence", [
    "Realisasi IKM 84,10 lebih rendah dari target 85,00.",
    "Realisasi IKM tahun 2024 sebesar 84,10 lebih tinggi dibandingkan rata-rata provinsi (86,00).",
    "IKM tidak meningkat dari 84,10 pada tahun 2023 menjadi 82,40 pada tahun 2024.",
    "Dinas berupaya meningkatkan kualitas layanan dalam rangka peningkatan IKM menjadi 90,00.",
])
def test_targets_benchmarks_negations_and_aims_are_no_trends(run, sentence):
    result = trend(run, sentence)
    assert rules_of(result) == [] and not notes_of(result, "TRD001")


def test_change_words():
    found = changes_in("Angka ini menurun (membaik) dari 9,8 menjadi 8,6, tidak meningkat.")
    assert [(c.word, c.sense) for c in found] == [("menurun", "down")]
    assert changes_in("Dinas meningkatkan mutu layanan.") == []


SPENDING = """
LAPORAN KINERJA BADAN KEUANGAN DAERAH TAHUN 2024

Tabel 3.9 Realisasi Belanja per Jenis Tahun 2024

Jenis Belanja | Pagu (Rp) | Realisasi (Rp) | % Realisasi
Belanja Operasi | 9.000.000 | 8.500.000 | 94,44
Belanja Pegawai | 6.000.000 | 5.800.000 | 96,67
Belanja Barang dan Jasa | 3.000.000 | 2.700.000 | 90,00
Belanja Modal | 1.000.000 | 950.000 | 95,00
Jumlah | 10.000.000 | 9.450.000 | 94,50

{sentence}
"""


@pytest.mark.parametrize("sentence, rules", [
    # Belanja Operasi is the sum of the two rows below it: no peer of its parts
    ("Realisasi terbesar terdapat pada belanja pegawai.", []),
    ("Realisasi terbesar terdapat pada belanja modal.", ["EXT001"]),
    # an amount claim reads the amount column, a percentage claim the percentage column
    ("Persentase realisasi terendah terdapat pada Belanja Modal (95,00%).", ["EXT001"]),
    ("Persentase realisasi terendah terdapat pada Belanja Barang dan Jasa (90,00%).", []),
])
def test_parent_rows_and_amount_or_share_columns(run, sentence, rules):
    assert rules_of(ext(run, sentence, SPENDING)) == rules


@pytest.mark.parametrize("sentence, why", [
    ("Peringkat kabupaten naik dari 12 pada tahun 2023 menjadi 7 pada tahun 2024.", "rank"),
    ("Nilai IKM tahun 2024 sebesar 84,10 menurun dibandingkan tahun 2023 sebesar 1,70.", "change"),
])
def test_ranks_and_changes_are_not_values(run, sentence, why):
    result = trend(run, sentence)
    assert rules_of(result) == []
    assert any(why in n for n in notes_of(result, "TRD001"))


def test_the_current_value_is_the_figure_of_the_same_size(run):
    # 1.250 respondents are no index value: 84,10 is compared with 85,00
    result = trend(run, "Nilai IKM tahun 2024 sebesar 84,10 dari 1.250 responden, menurun "
                        "dibandingkan tahun 2023 sebesar 85,00.")
    assert rules_of(result) == [] and "TRD001" in {p.rule for p in result.passed}


def test_values_from_the_sentence_point_at_their_table_cells(run):
    result = trend(run, "Persentase desa ODF turun dari 61,20% pada tahun 2023 menjadi 66,75% "
                        "pada tahun 2024.")
    cells = [loc for loc in result.findings[0].locations if loc.table]
    assert [c.text for c in cells] == ["61,20", "66,75"]


MEASURED_PAUD = """
Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian
1 | Angka Partisipasi Kasar PAUD | 70,00% | 70,50% | 100,71%
2 | Persentase sekolah terakreditasi A | 60,00% | 61,00% | 101,67%

{sentence}
"""


@pytest.mark.parametrize("sentence, rules", [
    # the Renstra's end target is another year's target, not this year's 70,00%
    ("Realisasi Angka Partisipasi Kasar PAUD sebesar 70,50% telah mencapai 97,92% dari target "
     "akhir Renstra (72,00%).", []),
    ("Target Angka Partisipasi Kasar PAUD tahun 2025 sebesar 72,00%.", ["PRO010"]),
])
def test_the_renstra_end_target_is_not_this_years_target(run, sentence, rules):
    result = run(MEASURED_PAUD.format(sentence=sentence))
    assert sorted(f.rule for f in result.findings if f.rule == "PRO010") == rules
