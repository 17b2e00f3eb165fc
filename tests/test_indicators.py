"""Indicator recognition, identity, formulas and one passing and one failing case per IND rule,
on a small health-office report (not the election sample) so nothing leans on its wording."""
from decimal import Decimal

import pytest

from cekdata.documents.text import read_text
from cekdata.recognise import recognise
from cekdata.recognise.identity import identify, similarity
from cekdata.recognise.indicator_rows import split_glued
from cekdata.recognise.indicator_values import parse_value
from cekdata.recognise.indicators import IndicatorView
from cekdata.recognise.matrix import direction
from cekdata.rules.indicators import expected_capaian
from conftest import codes, passed_rules, tabs

REPORT = """
LAPORAN KINERJA DINAS KESEHATAN TAHUN 2025

Matriks Renstra Dinas Kesehatan 2021-2026

Sasaran | Indikator | Target |  |  |  |
 |  | 2022 | 2023 | 2024 | 2025 | 2026
Meningkatnya derajat kesehatan | Persentase Balita Gizi Baik | 80% | 82% | 84% | {renstra_gizi} | 88%
 | Prevalensi Stunting | 24% | 22% | 20% | 18% | 16%
 | Nilai SAKIP | B | B | BB | BB | A

Perjanjian Kinerja Tahun 2025

No | Sasaran | Indikator Kinerja | Target
1 | Meningkatnya derajat kesehatan | Persentase Balita Gizi Baik | {pk_gizi}
 |  | Prevalensi Stunting | 18%
 |  | Nilai SAKIP | BB
{pk_extra}
Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian
1 | Persentase balita gizi baik | 86% | 86% | 100%
2 | Prevalensi stunting | 18% | 17% | {capaian_stunting}
3 | Nilai SAKIP | BB | {sakip} | {capaian_sakip}
{meas_extra}"""


def report(**changes):
    values = {"renstra_gizi": "86%", "pk_gizi": "86%", "capaian_stunting": "105,56%",
              "sakip": "BB (75,10)", "capaian_sakip": "Tercapai", "pk_extra": "",
              "meas_extra": ""}
    values.update(changes)
    return REPORT.format(**values)


def views_of(text):
    document = read_text(tabs(text.strip("\n")), source="t.txt")
    return [v for v in recognise(document) if isinstance(v, IndicatorView)]


# --- values, names, direction ------------------------------------------------------------

@pytest.mark.parametrize("raw, kind, grade, score", [
    ("BB", "grade", "BB", None), ("BB (77,95)", "grade", "BB", Decimal("77.95")),
    ("72,32 (BB)", "grade", "BB", Decimal("72.32")), ("WTP", "opinion", "WTP", None),
    ("3 %", "percent", "", None), ("89,25*", "number", "", None),
    ("Belum dilakukan penilaian", "word", "", None), ("Paripurna", "word", "", None),
    ("80–90%", "range", "", None), ("≤ 45", "range", "", None), ("3-6 hari", "range", "", None),
    ("Jaktu Efic", "text", "", None), ("2.450 ton", "number", "", None)])
def test_indicator_values(raw, kind, grade, score):
    value = parse_value(raw)
    assert (value.kind, value.grade) == (kind, grade)
    assert (value.score.value if value.score else None) == score


def test_nil_cells_are_no_values():
    assert parse_value("n/a") is None and parse_value("-") is None


def test_score_beside_a_grade_is_the_same_value():
    assert parse_value("78,00 (BB)").same_as(parse_value("78,00"))
    assert not parse_value("78,00 (BB)").same_as(parse_value("77,00"))


def test_grades_are_ordinals():
    assert parse_value("BB").rank > parse_value("B").rank > parse_value("CC").rank
    assert parse_value("WTP").rank > parse_value("WDP").rank
    assert parse_value("B").same_as(parse_value("В"))          # Cyrillic look-alike
    assert not parse_value("B").same_as(parse_value("BB"))


def test_glued_names_split_but_linked_words_do_not():
    assert split_glued("Nilai Akuntabilitas Kinerja Nilai Keterbukaan") == [
        "Nilai Akuntabilitas Kinerja", "Nilai Keterbukaan"]
    assert split_glued("Persentase Realisasi Anggaran terhadap Nilai Kontrak") == [
        "Persentase Realisasi Anggaran terhadap Nilai Kontrak"]
    assert split_glued("Rasio Jumlah Guru") == ["Rasio Jumlah Guru"]


@pytest.mark.parametrize("name, expected", [
    ("Persentase Penyelenggara yang terbukti melakukan Pelanggaran", "lower"),
    ("Persentase Pemilih yang Tidak Masuk dalam DPT", "lower"),
    ("Prevalensi Stunting", "lower"), ("Rata-rata waktu layanan perizinan", "lower"),
    ("Persentase penurunan angka kemiskinan", "higher"),
    ("Indeks Reformasi Birokrasi", "higher"),
    ("Persentase pelanggaran yang ditindaklanjuti", "higher"),
    ("Persentase temuan yang belum ditindaklanjuti", "lower"),
    ("Persentase layanan yang diselesaikan tepat waktu", "higher"),
    ("Rata-rata lama sekolah", "higher"), ("Indeks kerawanan pemilu", "lower"),
    ("Persentase penduduk miskin", "lower"), ("Persentase sisa perkara pada akhir tahun", "lower")])
def test_direction_from_the_name(name, expected):
    assert direction(name) == expected


def test_capaian_formulas():
    target, real = parse_value("79"), parse_value("89,25")
    low, high = expected_capaian(target, real, lower=False)
    assert low <= Decimal("112.97") <= high and high - low < Decimal("0.02")
    # lower is better: (target − (realisasi − target)) / target × 100
    low, high = expected_capaian(parse_value("3"), parse_value("2"), lower=True)
    assert low == high == Decimal("3") * 100 / Decimal("3") + Decimal(100) / 3
    low, high = expected_capaian(parse_value("18"), parse_value("17"), lower=True, formula="ratio")
    assert low == high == Decimal(18) / Decimal(17) * 100


# --- identity ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Persentase informasi partai politik yang dipublikasikan pada publik",
     "Persentase informasi partai politik yang dipublikasikan pada public"),
    ("Persentase KPU Kabupaten/Kota yang menyelenggarakan Pemilu sesuai jadwal",
     "Persentase KPU Provinsi dan Kabupaten/Kota yang Menyelenggarakan Pemilu sesuai jadwal"),
    ("Indeks Reformasi Birokrasi", 'Indeks Reformasi Birokrasi "BAIK"')])
def test_same_indicator_despite_wording(a, b):
    assert similarity(a, b) >= 80


def test_near_misses_never_merge():
    text = """
Perjanjian Kinerja

No | Indikator Kinerja | Target
1 | Persentase Partisipasi Pemilih Perempuan dalam Pemilu | 77%
2 | Persentase Partisipasi Pemilih Disabilitas dalam Pemilu | 70%
3 | Nilai Akuntabilitas Kinerja | BB
4 | Nilai Keterbukaan Informasi Publik | 100%

Rencana Kinerja Tahunan

No | Indikator Kinerja | Target
1 | Persentase Partisipasi Pemilih Disabilitas dalam Pemilu | 70%
2 | Persentase Partisipasi Pemilih Perempuan dalam Pemilu | 77%
3 | Nilai Keterbukaan Informasi Publik | 100%
4 | Nilai Akuntabilitas Kinerja | BB
"""
    identity = identify(views_of(text))
    assert len(identity.indicators) == 4
    for indicator in identity.indicators:
        assert len({e.name.lower() for _, e in indicator.members}) == 1


def test_ambiguous_match_is_not_guessed():
    text = """
Perjanjian Kinerja

No | Indikator Kinerja | Target
1 | Persentase desa dengan akses air minum layak | 80%
2 | Persentase desa dengan akses sanitasi layak dan jamban sehat | 75%

Rencana Kinerja Tahunan

No | Indikator Kinerja | Target
1 | Persentase desa dengan akses layak | 80%
"""
    identity = identify(views_of(text))
    assert [e.name for _, e, _ in identity.ambiguous] == ["Persentase desa dengan akses layak"]


def test_siblings_in_one_table_teach_what_tells_them_apart():
    text = """
Perjanjian Kinerja

No | Indikator Kinerja | Target
1 | Indeks kepuasan layanan rawat inap | 80
2 | Indeks kepuasan layanan rawat jalan | 75

Rencana Kinerja Tahunan

No | Indikator Kinerja | Target
1 | Indeks kepuasan layanan rawat | 80
"""
    identity = identify(views_of(text))
    assert len(identity.indicators) == 3 and not identity.ambiguous


def test_rows_rebuilt_from_a_converter_mess():
    text = """
Rencana Kinerja Tahunan

No | Indikator Kinerja | Target
1 | Nilai Akuntabilitas Kinerja Nilai Keterbukaan | BB 100%
 | Informasi Publik |
2 | Persentase Partisipasi Pemilih dalam Pemilu Persentase Partisipasi | 77,5%
 | Pemilih Perempuan dalam Pemilu | 70%
3 | Persentase Pelanggaran Pemilu yang terbukti Persentase sengketa | 90%
 | hukum yang dimenangkan |
"""
    (view,) = views_of(text)
    got = {e.name: {k[0]: s.value.show() for k, s in e.slots.items()} for e in view.entries}
    assert got["Nilai Akuntabilitas Kinerja"] == {"target": "BB"}
    assert got["Nilai Keterbukaan Informasi Publik"] == {"target": "100%"}
    assert got["Persentase Partisipasi Pemilih dalam Pemilu"] == {"target": "77,5%"}
    assert got["Persentase Partisipasi Pemilih Perempuan dalam Pemilu"] == {"target": "70%"}
    shared = [e.name for e in view.entries if e.shared]
    assert shared == ["Persentase Pelanggaran Pemilu yang terbukti",
                      "Persentase sengketa hukum yang dimenangkan"]


def test_shadow_rows_are_notes_not_values():
    text = """
Matriks Renstra 2020-2024

Sasaran | Indikator | Target |  |
 |  | 2022 | 2023 | 2024
Sasaran 1 | Persentase | 77,5% | 77,5% | 77,5%
 | Partisipasi Pemilih | 17,570 | 77,570 | 77,570
 | Persentase Sengketa Hukum | 89% | 89% | 90%
"""
    (view,) = views_of(text)
    assert [e.name for e in view.entries] == ["Persentase Partisipasi Pemilih",
                                              "Persentase Sengketa Hukum"]
    assert view.entries[0].slots[("target", 2024)].value.show() == "77,5%"
    assert [what for what, _ in view.notes] == [
        "shadow row repeating the row above with unreadable values"]


# --- rules: pass and fail ---------------------------------------------------------------

def test_consistent_report_passes_every_indicator_rule(run):
    result = run(report())
    assert codes(result) == []
    assert {"IND001", "IND003", "IND004", "IND005", "IND006", "IND007", "IND008"} <= set(
        passed_rules(result))


def test_ind001_target_differs(run):
    result = run(report(pk_gizi="85%"))
    (finding,) = [f for f in result.findings if f.rule == "IND001"]
    assert finding.expected.startswith("85% (PK")
    assert finding.found == "86%"
    assert {loc.line for loc in finding.locations} == {7, 14, 21}


def test_ind001_targets_are_compared_exactly(run):
    assert "IND001" in codes(run(report(pk_gizi="86,4%")))


def test_ind002_realisasi_differs(run):
    text = report() + """
Perbandingan Realisasi Kinerja Tahun 2025 dengan tahun sebelumnya

No | Indikator Kinerja | Realisasi |
 |  | 2024 | 2025
1 | Prevalensi Stunting | 19% | {real}
"""
    assert "IND002" in passed_rules(run(text.format(real="17%")))
    finding = next(f for f in run(text.format(real="16%")).findings if f.rule == "IND002")
    assert (finding.expected.split()[0], finding.found) == ("17%", "16%")


def test_ind003_pk_indicator_not_measured(run):
    result = run(report(pk_extra=" |  | Persentase Puskesmas Terakreditasi | 90%\n"))
    (finding,) = [f for f in result.findings if f.rule == "IND003"]
    assert "Puskesmas" in finding.key and finding.found == "absent"


def test_ind004_measured_indicator_not_in_pk(run):
    assert "IND004" in passed_rules(run(report()))
    result = run(report(meas_extra="4 | Cakupan imunisasi dasar lengkap | 95% | 96% | 101,05%\n"))
    (finding,) = [f for f in result.findings if f.rule == "IND004"]
    assert "imunisasi" in finding.key and finding.locations[0].line == 24


@pytest.mark.parametrize("label", ["Rata-rata capaian", "Rata-rata", "Jumlah"])
def test_a_summary_row_of_the_measurement_table_is_no_indicator(run, label):
    result = run(report(meas_extra=f" | {label} |  |  | 104,70%\n"))
    assert "IND004" not in codes(result) and "IND004" in passed_rules(result)


def test_ind005_capaian_lower_is_better(run):
    # stunting 18% → 17%: (18 − (17 − 18)) / 18 × 100 = 105,56%
    assert "IND005" not in codes(run(report()))
    finding = next(f for f in run(report(capaian_stunting="94,44%")).findings if f.rule == "IND005")
    assert (finding.expected, finding.found) == ("105.56%", "94,44%")


def test_ind006_percentage_capaian_for_a_grade(run):
    finding = next(f for f in run(report(capaian_sakip="103%")).findings if f.rule == "IND006")
    assert (finding.expected, finding.found) == ("tercapai", "103%")


def test_ind007_predikat_outside_its_band(run):
    finding = next(f for f in run(report(sakip="BB (68,50)")).findings if f.rule == "IND007")
    assert finding.found == "68,50" and finding.expected.startswith("BB: >70")


def test_ind008_count_for_a_percentage_indicator(run):
    finding = next(f for f in run(report(pk_gizi="1176")).findings if f.rule == "IND008")
    assert finding.found == "1176"
    assert "IND001" not in codes(run(report(pk_gizi="1176")))   # said once, not twice


def test_ind009_one_value_for_two_indicators(run):
    extra = " |  | Persentase Puskesmas Terakreditasi Persentase | 90%\n |  | rumah sakit terakreditasi |\n"
    result = run(report(pk_extra=extra))
    assert "IND009" in codes(result)


def test_ind010_table_under_another_indicators_heading(run):
    text = report() + """
2. Sasaran Meningkatnya derajat kesehatan dengan indikator Prevalensi Stunting

c. Perbandingan Realisasi Kinerja Tahun 2025 dengan nasional

No | Indikator Kinerja | Realisasi Nasional | Realisasi 2025
1 | {name} | 21% | 17%
"""
    assert "IND010" not in codes(run(text.format(name="Prevalensi Stunting")))
    finding = next(f for f in run(text.format(name="Persentase Balita Gizi Baik")).findings
                   if f.rule == "IND010")
    assert finding.expected == "Prevalensi Stunting"
