"""Issue 12: row and caption numbering (NUM001, NUM002), status words against their capaian
(LBL001) and the scale a report prints for them (LBL002). Small documents of a transport and a
farming office, written unlike the sample."""
from conftest import codes, passed_rules
from cekdata.documents.numbers import parse_figure
from cekdata.findings import Severity
from cekdata.rules.labels import Band, bands_in, scale_problems, Scale
from cekdata.findings import Location

FLEET = """
LAPORAN KINERJA DINAS PERHUBUNGAN TAHUN 2025

Tabel 1.2 Armada Angkutan Umum per Trayek

No. | Trayek | Armada | Rit per Hari
A. | Trayek Perkotaan |  |
1. | Terminal Induk - Pasar Baru | 12 | 96
2. | Terminal Induk - Kampus Negeri | 9 | 72
{third}. | Pasar Baru - Pelabuhan Lama | 7 | 49
 | Sub Jumlah Perkotaan | 28 | 217
B. | Trayek Perdesaan |  |
1. | Kota - Desa Sumber Air | 4 | 16
1.1 | Varian Sore | 1 | 3
{fifth}. | Kota - Desa Lereng | 3 | 12
3. | Kota - Desa Pantai Indah | 5 | 20
4. | Kota - Desa Tugu | 2 | 8
 | Jumlah | 42 | 273
"""


def fleet(third="3", fifth="2"):
    return FLEET.format(third=third, fifth=fifth)


def _one(result, code):
    found = [f for f in result.findings if f.rule == code]
    assert len(found) == 1, [f.message("en") for f in result.findings]
    return found[0]


def test_num001_groups_subtotals_and_sub_numbering_pass(run):
    result = run(fleet())
    assert "NUM001" not in codes(result) and "NUM001" in passed_rules(result)


def test_num001_a_skipped_number_is_an_error_at_the_row_and_the_one_before(run):
    finding = _one(run(fleet(third="4")), "NUM001")
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found) == ("3", "4")
    assert [loc.line for loc in finding.locations] == [9, 8]
    assert "Pasar Baru - Pelabuhan Lama" in finding.message("en")


def test_num001_a_repeated_number_is_one_finding(run):
    # 1, 1, 3, 4 after the group row: the second row alone is out of line
    finding = _one(run(fleet(fifth="1")), "NUM001")
    assert (finding.expected, finding.found) == ("2", "1")
    assert "repeats" in finding.message("en") and finding.locations[0].line == 14


PLANTING = """
Tabel 3.4 Luas Tanam Padi per Kecamatan

No | Kecamatan | Luas Tanam (ha)
1 | Sukadana | 1.240
2 | Mekarsari | 980
3 | Cibeureum | 1.105
{number} | Sindangsari | 760
5 | Karangtengah | 1.310
"""


def test_num001_a_number_that_goes_back(run):
    finding = _one(run(PLANTING.format(number=2)), "NUM001")
    assert "goes back" in finding.message("en") and finding.severity is Severity.ERROR
    assert "NUM001" not in codes(run(PLANTING.format(number=4)))


def test_num001_a_long_jump_is_only_a_warning(run):
    text = PLANTING.replace("5 | Karangtengah", "9 | Karangtengah").format(number=4)
    finding = _one(run(text), "NUM001")
    assert finding.severity is Severity.WARNING and finding.found == "9"


def test_num001_numbers_at_the_start_of_names(run):
    text = """
    Capaian Indikator Dinas Pertanian

    Indikator Kinerja | Target | Realisasi
    Sasaran 1: Meningkatnya produksi pangan |  |
    1) Produktivitas padi (ton/ha) | 5,8 | 6,1
    2) Produktivitas jagung (ton/ha) | 6,0 | 6,2
    Sasaran 2: Meningkatnya kesejahteraan petani |  |
    3) Nilai Tukar Petani | 104 | 106
    {n}) Persentase petani terlatih | 40 | 42
    """
    assert "NUM001" not in codes(run(text.format(n=4)))
    finding = _one(run(text.format(n=3)), "NUM001")
    assert finding.expected == "4" and "Persentase petani terlatih" in finding.message("en")


def test_num001_merged_sasaran_numbers_are_not_repeats(run):
    text = """
    Perjanjian Kinerja Tahun 2025

    No | Sasaran | Indikator Kinerja | Target
    1 | Meningkatnya keselamatan jalan | Angka kecelakaan per 10.000 kendaraan | 4,2
    1 | Meningkatnya keselamatan jalan | Persentase rambu dalam kondisi baik | 85%
    2 | Meningkatnya layanan angkutan | Load factor angkutan umum | 60%
    2 | Meningkatnya layanan angkutan | Persentase halte layak | 70%
    3 | Meningkatnya akuntabilitas | Nilai SAKIP | BB
    """
    assert "NUM001" not in codes(run(text))


CAPTIONS = """
BAB II PERENCANAAN KINERJA

Tabel 2.1 Sasaran dan Indikator Renstra

No | Sasaran | Indikator
1 | Keselamatan | Angka kecelakaan

Tabel 2.1 menunjukkan sasaran Renstra.

Tabel 2.2 Perjanjian Kinerja

No | Indikator | Target
1 | Angka kecelakaan | 4,2

Tabel 2.2 (lanjutan)

No | Indikator | Target
2 | Load factor | 60%

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Kinerja

No | Indikator | Target | Realisasi
1 | Angka kecelakaan | 4,2 | 3,9

Tabel {number} Realisasi Anggaran

No | Uraian | Pagu
1 | Belanja Operasi | 1.000
"""


def test_num002_captions_in_order_with_references_and_continuations_pass(run):
    result = run(CAPTIONS.format(number="3.2"))
    assert "NUM002" not in codes(result) and "NUM002" in passed_rules(result)


def test_num002_a_repeated_table_number_is_a_warning(run):
    finding = _one(run(CAPTIONS.format(number="3.1")), "NUM002")
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.found) == ("3.2", "Tabel 3.1")
    skipped = _one(run(CAPTIONS.format(number="3.3")), "NUM002")
    assert "skips" in skipped.message("en")


MEASURED = """
Tabel 3.1 Pengukuran Kinerja Dinas Perhubungan Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Status
1 | Load factor angkutan umum | 60 | 64,5 | 107,50 | {first}
2 | Persentase halte layak | 70 | 66,5 | 95,00 | {second}
3 | Persentase rambu dalam kondisi baik | 85 | 85 | 100,00 | Tercapai
4 | Waktu tunggu angkutan umum (menit) | 15 | 12 | 120,00 | Melampaui
"""


def measured(first="Melampaui", second="Belum Tercapai"):
    return MEASURED.format(first=first, second=second)


def test_lbl001_usual_rule_passes(run):
    result = run(measured())
    assert "LBL001" not in codes(result) and "LBL001" in passed_rules(result)


def test_lbl001_achieved_label_below_100_fails(run):
    finding = _one(run(measured(second="Tercapai")), "LBL001")
    assert finding.severity is Severity.ERROR
    assert (finding.found, finding.expected) == ("Tercapai", "Belum/Tidak Tercapai")
    assert {loc.column for loc in finding.locations} >= {"Status", "Capaian (%)"}
    assert "Persentase halte layak" in finding.message("en")


def test_lbl001_missed_label_above_100_fails(run):
    finding = _one(run(measured(first="Tidak Tercapai")), "LBL001")
    assert finding.expected == "Tercapai / Melampaui"


def test_lbl001_a_label_the_recomputed_capaian_supports_is_left_to_ind005(run):
    # realisasi 66,5 of 70 is 95 %: the label is right, the printed capaian (105) is wrong
    text = measured().replace("66,5 | 95,00", "66,5 | 105,00")
    result = run(text)
    assert "LBL001" not in codes(result) and "IND005" in codes(result)


SCALED = """
Capaian kinerja dihitung dengan membandingkan realisasi dan target. Kategori capaian ditetapkan sebagai berikut: lebih dari 100% Sangat Baik, 85 sampai dengan 100% Baik, 70 s.d. 84,99% Cukup, dan kurang dari 70% Kurang.

Tabel 3.2 Capaian Kinerja Dinas Pertanian 2025

No | Indikator Kinerja | Target | Realisasi | Capaian | Kategori
1 | Produktivitas padi (ton/ha) | 5,80 | 6,10 | 105,17 | Sangat Baik
2 | Nilai Tukar Petani | 104 | {ntp} | {capaian} | {label}
3 | Persentase petani terlatih | 40 | 31 | 77,50 | Cukup
"""


def scaled(ntp="96", capaian="92,31", label="Baik"):
    return SCALED.format(ntp=ntp, capaian=capaian, label=label)


def test_lbl001_reads_the_reports_own_scale(run):
    result = run(scaled())
    assert not {"LBL001", "LBL002"} & set(codes(result))
    assert {"LBL001", "LBL002"} <= set(passed_rules(result))
    finding = _one(run(scaled(label="Sangat Baik")), "LBL001")
    assert (finding.found, finding.expected) == ("Sangat Baik", "Baik")
    assert any("Kategori capaian" in loc.text for loc in finding.locations)


def test_lbl001_category_words_without_a_printed_scale_are_not_checked(run):
    text = scaled(label="Sangat Baik").split("\n", 2)[2]
    result = run(text)
    assert "LBL001" not in codes(result)
    assert any("without a scale" in n.text for n in result.notes)


def test_lbl001_reads_a_scale_table(run):
    text = """
    Kriteria penilaian capaian kinerja:

    No | Rentang Capaian | Predikat
    1 | > 100 | Sangat Baik
    2 | 85 - 100 | Baik
    3 | < 85 | Kurang

    Tabel 3.2 Capaian Kinerja Dinas Pertanian 2025

    No | Indikator Kinerja | Target | Realisasi | Capaian | Predikat
    1 | Produktivitas padi (ton/ha) | 5,80 | 6,10 | 105,17 | Sangat Baik
    2 | Persentase petani terlatih | 40 | 31 | 77,50 | {label}
    """
    assert "LBL001" not in codes(run(text.format(label="Kurang")))
    finding = _one(run(text.format(label="Baik")), "LBL001")
    assert finding.expected == "Kurang"


def test_lbl002_a_scale_with_a_gap_or_none_above_100(run):
    gap = scaled().replace("85 sampai dengan 100% Baik", "90 sampai dengan 100% Baik")
    finding = _one(run(gap), "LBL002")
    assert finding.severity is Severity.WARNING and "84.99–90" in finding.message("en")
    capped = scaled(ntp="108", capaian="103,85", label="Baik").replace(
        "lebih dari 100% Sangat Baik, 85 sampai dengan 100% Baik",
        "90 sampai dengan 100% Sangat Baik, 85 sampai dengan 89% Baik")
    assert "above 100" in _one(run(capped), "LBL002").message("en")


def test_scale_sentences_in_either_order_and_rounded_whole_numbers():
    first = bands_in("Kategori capaian: Sangat Tinggi (≥ 91%), Tinggi (76-90%), Sedang (66-75%)")
    second = bands_in("≥ 91% Sangat Tinggi; 76–90% Tinggi; 66–75% Sedang")
    assert [(b.label, b.low, b.high) for b in first] == [(b.label, b.low, b.high) for b in second]
    assert [b.label for b in first] == ["sangat tinggi", "tinggi", "sedang"]
    # whole-number bands one unit apart are contiguous: 90,4 is Tinggi, 90,6 Sangat Tinggi
    scale = Scale([], Location(), 0)
    from cekdata.rules.labels import _rounded
    scale.bands, scale.ranges = _rounded(first), first
    assert scale_problems(scale) == []
    assert scale.band("tinggi").holds(parse_figure("90,4")) is True
    assert scale.band("sangat tinggi").holds(parse_figure("90,6")) is True
    assert Band("x", low=parse_figure("100").value).holds(parse_figure("100,00")) is None
