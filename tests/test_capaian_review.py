"""Issue 12 §3–4: an average capaian recomputed from what it averages (IND011) and progress to
the Renstra end target recomputed from realisasi and the end target (IND012). Small documents
of a religious court, a public-works office, a health office, a hospital and a police
resort, written unlike the sample."""
from conftest import codes

COURT = """
LAPORAN KINERJA PENGADILAN AGAMA KOTA CONTOH TAHUN 2025

Tabel 3.1 Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian (%)
1 | Persentase perkara yang diselesaikan tepat waktu | 95,00 | 97,85 | 103,00
2 | Persentase putusan yang diunggah ke direktori | 100,00 | 98,00 | {second}
3 | Persentase perkara prodeo yang diselesaikan | 100,00 | 100,00 | 100,00
4 | Indeks kepuasan pencari keadilan | 85,00 | 87,55 | 103,00

Secara umum, rata-rata capaian seluruh indikator kinerja sebesar {avg}%.
"""

WORKS = """
LAPORAN KINERJA DINAS PEKERJAAN UMUM KABUPATEN CONTOH TAHUN 2025

Tabel 3.1 Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Bobot | Target | Realisasi | Capaian (%)
1 | Persentase jalan kabupaten dalam kondisi mantap | 50 | 80,00 | 88,00 | 110,00
2 | Persentase jaringan irigasi dalam kondisi baik | 30 | 75,00 | 67,50 | 90,00
3 | Persentase rumah layak huni | 20 | 60,00 | 60,00 | 100,00

{sentence}
"""

HEALTH = """
LAPORAN KINERJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2025

Tabel 3.1 Pengukuran Kinerja Tahun 2025

No | Sasaran/Indikator Kinerja | Target | Realisasi | Capaian (%)
Sasaran 1: Meningkatnya derajat kesehatan masyarakat |  |  |  |
1 | Cakupan imunisasi dasar lengkap | 90,00 | 92,70 | 103,00
2 | Persentase balita gizi baik | 85,00 | 83,30 | 98,00
Sasaran 2: Meningkatnya mutu layanan kesehatan |  |  |  |
3 | Persentase puskesmas terakreditasi | 80,00 | 76,00 | 95,00
4 | Indeks kepuasan pasien | 80,00 | 84,00 | 105,00
5 | Persentase rumah sakit dengan rekam medis elektronik | 50,00 | 50,00 | 100,00

Rata-rata capaian Sasaran 2 sebesar {avg}%.

Tabel 3.5 Capaian Kinerja Sasaran dan Serapan Anggaran

Sasaran | Rata-rata Capaian (%) | Serapan (%)
Sasaran 1: Meningkatnya derajat kesehatan masyarakat | 100,50 | 97,10
Sasaran 2: Meningkatnya mutu layanan kesehatan | {summary} | 95,40
"""


def court(avg="101,00", second="98,00"):
    return COURT.format(avg=avg, second=second)


def health(avg="100,00", summary="100,00"):
    return HEALTH.format(avg=avg, summary=summary)


def line_of(text: str, needle: str) -> int:
    lines = text.strip("\n").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def only(result, code):
    found = [f for f in result.findings if f.rule == code]
    assert len(found) == 1, [f.message("en") for f in result.findings]
    return found[0]


def lines(finding):
    return [loc.line for loc in finding.locations]


# ------------------------------------------------------------------ IND011 sentences

def test_stated_average_of_every_indicator_recomputed(run):
    result = run(court(avg="102,50"), select=("IND011",))
    finding = only(result, "IND011")
    assert (finding.expected, finding.found, finding.difference) == ("101.00%", "102,50%", "1.50%")
    text = court(avg="102,50")
    assert lines(finding)[0] == line_of(text, "rata-rata capaian")
    # the capaian cells it averages are named too
    assert line_of(text, "tepat waktu") in lines(finding)
    assert finding.category == "capaian" and finding.severity.value == "error"


def test_stated_average_that_holds_passes(run):
    result = run(court(), select=("IND011",))
    assert codes(result) == []
    assert [p.detail for p in result.passed if p.rule == "IND011"] == \
        ["rata-rata capaian 101,00%: plain mean of 4"]


def test_average_within_printed_precision(run):
    # 101 printed without decimals stands for 100.5–101.5
    assert codes(run(court(avg="101"), select=("IND011",))) == []


def test_a_mean_of_capaian_capped_at_100_passes(run):
    # 103, 98, 100, 103 capped at 100 average 99,50: many agencies cap before averaging
    result = run(court(avg="99,50"), select=("IND011",))
    assert codes(result) == []
    assert [p.detail for p in result.passed if p.rule == "IND011"] == \
        ["rata-rata capaian 99,50%: plain mean with each capaian capped at 100% of 4"]


def test_a_mean_no_cap_explains_is_still_an_error(run):
    finding = only(run(court(avg="99,00"), select=("IND011",)), "IND011")
    assert (finding.expected, finding.found) == ("101.00%", "99,00%")


def test_a_wrong_capaian_cell_is_not_blamed_on_the_average(run):
    # row 2 prints 96,00 where 98,00 / 100,00 gives 98,00: IND005 reports that cell, and the
    # average, right for the true capaian, is left alone
    result = run(court(second="96,00"), select=("IND011", "IND005"))
    assert codes(result) == ["IND005"]


def test_weighted_mean_when_the_report_says_so(run):
    held = run(WORKS.format(sentence="Rata-rata capaian tertimbang seluruh indikator sebesar 102,00%."),
               select=("IND011",))
    assert codes(held) == []
    wrong = run(WORKS.format(sentence="Rata-rata capaian tertimbang seluruh indikator sebesar 100,00%."),
                select=("IND011",))
    finding = only(wrong, "IND011")
    assert (finding.expected, finding.found) == ("102.00%", "100,00%")
    assert "weighted mean" in finding.message("en")


def test_plain_figure_beside_a_bobot_column_says_which_mean_it_is(run):
    result = run(WORKS.format(sentence="Rata-rata capaian seluruh indikator sebesar 102,00%."),
                 select=("IND011",))
    assert codes(result) == []
    detail = next(p.detail for p in result.passed if p.rule == "IND011")
    assert "weighted mean by the Bobot column" in detail and "100.00%" in detail


def test_average_of_one_sasaran(run):
    result = run(health(avg="101,50"), select=("IND011",))
    finding = only(result, "IND011")
    assert (finding.expected, finding.found) == ("100.00%", "101,50%")
    assert "Sasaran 2" in finding.message("en")
    assert codes(run(health(), select=("IND011",))) == []


def test_sasaran_summary_table_held_to_its_group(run):
    text = health(summary="100,70")
    finding = only(run(text, select=("IND011",)), "IND011")
    assert (finding.expected, finding.found) == ("100.00", "100,70")
    assert lines(finding)[0] == line_of(text, "| 100,70 |")
    assert line_of(text, "puskesmas terakreditasi") in lines(finding)


def test_a_sentence_that_does_not_say_what_it_averages_is_only_noted(run):
    text = court().replace("rata-rata capaian seluruh indikator kinerja sebesar 101,00%",
                           "rata-rata capaian sebesar 97,00%")
    result = run(text, select=("IND011",))
    assert codes(result) == []
    assert any("IND011: stated, not checked" in n.text for n in result.notes)


def test_a_count_that_matches_no_table_is_only_noted(run):
    text = court().replace("rata-rata capaian seluruh indikator kinerja sebesar 101,00%",
                           "rata-rata capaian kelima indikator sebesar 97,00%")
    result = run(text, select=("IND011",))
    assert codes(result) == []
    assert any("IND011: stated, not checked" in n.text for n in result.notes)


def test_an_average_row_is_reported_once(run):
    text = court().replace("| 87,55 | 103,00\n", "| 87,55 | 103,00\n | Rata-rata capaian |  |  | 101,90\n")
    result = run(text, select=("IND011", "SUM007"))
    row = line_of(text, "Rata-rata capaian |")
    at_row = [f for f in result.findings if f.locations[0].line == row]
    assert len(at_row) == 1, [f.message("en") for f in result.findings]
    assert (at_row[0].expected, at_row[0].found) == ("101.00", "101,90")


def test_a_sasaran_average_row_sum007_does_not_see(run):
    text = health().replace("| 50,00 | 50,00 | 100,00\n",
                            "| 50,00 | 50,00 | 100,00\n | Rata-rata capaian Sasaran 2 |  |  | 100,60\n")
    result = run(text, select=("IND011", "SUM007"))
    finding = only(result, "IND011")
    assert codes(result) == ["IND011"]
    assert (finding.expected, finding.found) == ("100.00", "100,60")
    assert lines(finding) == [line_of(text, "Rata-rata capaian Sasaran 2")] + \
        [line_of(text, name) for name in ("puskesmas", "kepuasan pasien", "rekam medis")]


# ------------------------------------------------------------------ IND012

ROADS = """
LAPORAN KINERJA DINAS PEKERJAAN UMUM KABUPATEN CONTOH TAHUN 2025

Tabel 3.2 Realisasi 2025 dan Target Akhir Renstra

No | Indikator Kinerja | Realisasi 2025 | Target Akhir Renstra (2026) | Capaian thd Target Akhir (%)
1 | Persentase jalan kabupaten dalam kondisi mantap | 88,00 | 92,00 | {roads}
2 | Persentase luas genangan banjir | 12,00 | 10,00 | {flood}
"""


def test_progress_column_beside_its_end_target_is_reported_once(run):
    # the progress column is IND012's, not a capaian of this year's target for IND005:
    # the wrong cell is reported once, lower-is-better mirrored
    text = ROADS.format(roads="95,65", flood="120,00")
    result = run(text, select=("IND005", "IND012"))
    assert [f.rule for f in result.findings] == ["IND012"]
    finding = result.findings[0]
    assert (finding.expected, finding.found) == ("80.00", "120,00")
    assert line_of(text, "genangan") in lines(finding)


def test_progress_column_that_holds_passes(run):
    result = run(ROADS.format(roads="95,65", flood="80,00"), select=("IND012",))
    assert codes(result) == []
    assert sum(p.rule == "IND012" for p in result.passed) == 2


HOSPITAL = """
LAPORAN KINERJA RUMAH SAKIT UMUM DAERAH KABUPATEN CONTOH TAHUN 2025

Tabel 2.1 Target Kinerja Renstra 2022-2026

No | Indikator Kinerja | Target 2022 | Target 2023 | Target 2024 | Target 2025 | Target 2026
1 | Bed occupancy rate (BOR) | 70,00 | 72,00 | 74,00 | 76,00 | 80,00
2 | Indeks kepuasan pasien rawat inap | 80,00 | 81,00 | 82,00 | 83,00 | 85,00
3 | Angka kematian pasien lebih dari 48 jam (NDR) | 3,00 | 2,80 | 2,60 | 2,40 | 2,00

Tabel 3.2 Capaian Kinerja 2025 terhadap Target Akhir

No | Indikator Kinerja | Realisasi 2025 | Capaian thd Target Akhir Renstra (%)
1 | Bed occupancy rate (BOR) | 78,00 | 97,50
2 | Indeks kepuasan pasien rawat inap | 84,15 | {patients}
3 | Angka kematian pasien lebih dari 48 jam (NDR) | 2,20 | {deaths}
"""


def test_end_target_taken_from_the_renstra_table(run):
    text = HOSPITAL.format(patients="98,00", deaths="90,00")
    finding = only(run(text, select=("IND012",)), "IND012")
    assert (finding.expected, finding.found) == ("99.00", "98,00")
    # the printed progress, the realisasi, and the Renstra's 2026 target
    assert lines(finding) == [line_of(text, "84,15")] * 2 + [line_of(text, "| 85,00")]
    assert codes(run(HOSPITAL.format(patients="99,00", deaths="90,00"), select=("IND012",))) == []


def test_lower_is_better_progress_is_mirrored(run):
    # NDR: (2,00 − (2,20 − 2,00)) / 2,00 × 100 = 90, not 2,20 / 2,00 × 100 = 110
    text = HOSPITAL.format(patients="99,00", deaths="110,00")
    finding = only(run(text, select=("IND012",)), "IND012")
    assert (finding.expected, finding.found, finding.difference) == ("90.00", "110,00", "20.00")
    assert finding.category == "renstra-progress" and "lower is better" in finding.message("en")


POLICE = """
LAPORAN KINERJA POLRES CONTOH TAHUN 2025

Tabel 3.2 Realisasi Kinerja dan Target Renstra

No | Indikator Kinerja | Realisasi 2024 | Realisasi 2025 | Target 2029
1 | Persentase penyelesaian perkara kejahatan konvensional | 60,00 | 63,00 | 70,00
2 | Jumlah kecelakaan lalu lintas | 420 | 400 | 320

Penyelesaian perkara kejahatan konvensional 63,00% telah mencapai {crime}% dari target 2029 sebesar 70,00%.

Untuk kecelakaan lalu lintas yang makin rendah makin baik, realisasi 400 kejadian setara dengan kemajuan {crash}% terhadap target akhir Renstra tahun 2029.
"""


def test_progress_sentence_recomputed(run):
    text = POLICE.format(crime="90,00", crash="125,00")
    finding = only(run(text, select=("IND012",)), "IND012")
    assert (finding.expected, finding.found) == ("75.00%", "125,00%")
    assert lines(finding) == [line_of(text, "setara dengan kemajuan"), line_of(text, "| 400 |"),
                              line_of(text, "| 400 |")]


def test_progress_sentences_that_hold_pass(run):
    result = run(POLICE.format(crime="90,00", crash="75,00"), select=("IND012",))
    assert codes(result) == []
    assert sum(p.rule == "IND012" for p in result.passed) == 2


def test_progress_sentence_of_no_named_indicator_is_only_noted(run):
    text = POLICE.format(crime="90,00", crash="75,00") + \
        "\nSecara umum kemajuan terhadap target akhir Renstra telah mencapai 81,00%.\n"
    result = run(text, select=("IND012",))
    assert codes(result) == []
    assert any("IND012: stated, not checked: 81,00%" in n.text for n in result.notes)
