"""Issue 12 §9, SUM008: the same total in sibling tables — staff by golongan, by education and
by jabatan; the pagu of a per-program and a per-jenis-belanja table; the DPT of two tables of the
same list. Small documents of a health office, a roads office and a KPU, written unlike the
sample; near misses (another year, pagu awal vs revisi, one bidang vs all, PNS vs all) stay silent."""
from conftest import codes, passed_rules
from cekdata.findings import Severity

HEALTH = """
LAPORAN KINERJA DINAS KESEHATAN KABUPATEN LEMBAH HIJAU TAHUN 2025

Tabel 1.1 Pegawai Dinas Kesehatan menurut Golongan
Golongan | L | P | Jumlah
Golongan IV | 8 | 6 | 14
Golongan III | 20 | 22 | 42
Golongan II | 12 | 7 | 19
Jumlah | 40 | 35 | 75

Tabel 1.2 Pegawai menurut Tingkat Pendidikan
Pendidikan | Laki-laki | Perempuan | L+P
S2 | 5 | 4 | 9
S1 | 22 | {s1_p} | {s1}
D3 | 13 | 10 | 23
Total | 40 | {p} | {whole}

Tabel 1.3 Sebaran Pegawai menurut Jabatan
No | Jabatan | Jumlah
1 | Struktural | 12
2 | Fungsional Kesehatan | 41
3 | Pelaksana | {pelaksana}
 | Jumlah | {jabatan}
"""


def health(s1_p=21, p=35, pelaksana=22, jabatan=75):
    return HEALTH.format(s1_p=s1_p, s1=22 + s1_p, p=p, whole=40 + p, pelaksana=pelaksana,
                         jabatan=jabatan)


def _sibling(result):
    return [f for f in result.findings if f.rule == "SUM008"]


def test_three_staff_tables_that_agree_pass(run):
    result = run(health(), select=("SUM008",))
    assert _sibling(result) == []
    passed = [p for p in result.passed if p.rule == "SUM008"]
    assert {p.detail for p in passed} == {"pegawai (male): 40 in T1, T2",
                                          "pegawai (female): 35 in T1, T2",
                                          "pegawai (all): 75 in T1, T2, T3"}


def test_a_table_whose_staff_total_differs_is_an_error_at_both_places(run):
    # Tabel 1.2 adds up within itself (21 + 1 women more) but counts 76 staff, not 75
    result = run(health(s1_p=22, p=36), select=("SUM008",))
    found = {f.key.split("/")[1]: f for f in _sibling(result)}
    assert set(found) == {"all", "female"}
    whole = found["all"]
    assert whole.severity is Severity.ERROR
    assert (whole.expected, whole.found, whole.difference) == ("75", "76", "1")
    assert [loc.line for loc in whole.locations] == [15, 8]      # Tabel 1.2's total, then 1.1's
    assert "T1 1.1 Pegawai Dinas Kesehatan menurut Golongan" in whole.message("en")
    assert (found["female"].expected, found["female"].found) == ("35", "36")


def test_the_odd_one_out_of_three_is_the_one_reported(run):
    result = run(health(pelaksana=23, jabatan=76), select=("SUM008",))
    [finding] = _sibling(result)
    assert (finding.expected, finding.found) == ("75", "76")
    assert finding.locations[0].line == 22 and finding.locations[0].table.startswith("T3")


STAFF_PAIR = """
LAPORAN KINERJA PENGADILAN NEGERI SUNGAI JERNIH TAHUN 2024

Tahun Anggaran 2024

Tabel 1.1 Keadaan Pegawai menurut Jabatan
Jabatan | L | P | Jumlah
Hakim | 6 | 4 | 10
Kepaniteraan | 9 | 11 | 20
Kesekretariatan | 7 | 8 | 15
Jumlah | 22 | 23 | 45

Tabel 1.2 {caption}
Golongan | L | P | Jumlah
Golongan IV | 5 | 5 | 10
Golongan III | 12 | 13 | 25
Golongan II | 3 | 4 | 7
Jumlah | 20 | 22 | 42
"""


def test_pns_only_beside_all_staff_stays_silent(run):
    result = run(STAFF_PAIR.format(caption="Pegawai Negeri Sipil menurut Golongan"),
                 select=("SUM008",))
    assert _sibling(result) == [] and "SUM008" not in passed_rules(result)


def test_one_bidang_beside_the_whole_office_stays_silent(run):
    result = run(STAFF_PAIR.format(caption="Pegawai Bidang Kepaniteraan menurut Golongan"),
                 select=("SUM008",))
    assert _sibling(result) == []


def test_another_year_stays_silent(run):
    result = run(STAFF_PAIR.format(caption="Keadaan Pegawai menurut Golongan Tahun 2023"),
                 select=("SUM008",))
    assert _sibling(result) == []


def test_unknown_words_in_a_caption_give_a_note_not_a_finding(run):
    result = run(STAFF_PAIR.format(caption="Pegawai yang Mengikuti Diklat menurut Golongan"),
                 select=("SUM008",))
    assert _sibling(result) == []
    assert any(n.text.startswith("SUM008: not checked: T1") and "mengikuti diklat" in n.text
               for n in result.notes)


def test_the_same_caption_with_a_different_total_is_an_error(run):
    result = run(STAFF_PAIR.format(caption="Keadaan Pegawai menurut Golongan"), select=("SUM008",))
    found = {f.key.split("/")[1]: f for f in _sibling(result)}
    assert {k: (f.expected, f.found) for k, f in found.items()} == {
        "all": ("45", "42"), "male": ("22", "20"), "female": ("23", "22")}
    assert all(f.severity is Severity.ERROR for f in found.values())


def test_a_year_stated_on_one_side_only_is_a_warning(run):
    result = run(STAFF_PAIR.format(caption="Keadaan Pegawai menurut Golongan Tahun 2024"),
                 select=("SUM008",))
    assert {f.severity for f in _sibling(result)} == {Severity.WARNING}


STATUS = """
LAPORAN KINERJA DINAS PEKERJAAN UMUM KOTA BATU PUTIH TAHUN 2025

Tabel 1.1 Pegawai menurut Status Kepegawaian
Status | L | P | Jumlah
PNS | 30 | 20 | 50
PPPK | 4 | 3 | 7
Tenaga Kontrak | 9 | 2 | 11
Jumlah | 43 | 25 | 68

Tabel 1.2 Pegawai menurut Golongan
Golongan | L | P | Jumlah
IV | 6 | 4 | 10
III | 18 | 12 | 30
II | {ii_l} | 4 | {ii}
Jumlah | {l} | 20 | {whole}
"""


def status(ii_l=6):
    return STATUS.format(ii_l=ii_l, ii=ii_l + 4, l=24 + ii_l, whole=44 + ii_l)


def test_a_difference_that_is_exactly_the_status_rows_is_a_note(run):
    # PNS only by golongan (50) vs all staff by status (68): 68 - 50 = 18 = PPPK 7 + kontrak 11
    result = run(status(), select=("SUM008",))
    assert _sibling(result) == []
    assert any("employment-status rows" in n.text for n in result.notes)


def test_a_difference_the_status_rows_do_not_explain_is_reported(run):
    result = run(status(ii_l=7), select=("SUM008",))
    found = {f.key.split("/")[1]: f for f in _sibling(result)}
    assert (found["all"].expected, found["all"].found) == ("68", "51")


ASN = """
LAPORAN KINERJA KECAMATAN BUKIT INDAH TAHUN 2024

Tabel 1.1 Jumlah ASN menurut Pendidikan
Pendidikan | L | P | Jumlah
S1 | 9 | 8 | 17
SMA | 6 | 4 | 10
Jumlah | 15 | 12 | 27

Tabel 1.2 Jumlah Pegawai menurut Status
Status | L | P | Jumlah
PNS | 12 | 10 | 22
PPPK | 3 | 2 | 5
Sub Jumlah ASN | 15 | 12 | {asn}
Non ASN | 4 | 4 | 8
Jumlah Total | 19 | 16 | 35
"""


def test_an_asn_subtotal_is_the_sibling_of_an_asn_table(run):
    good = run(ASN.format(asn=27), select=("SUM008",))
    assert _sibling(good) == []
    assert any("pegawai (all): 27" in p.detail for p in good.passed if p.rule == "SUM008")
    bad = run(ASN.format(asn=28), select=("SUM008",))
    [finding] = _sibling(bad)
    assert (finding.expected, finding.found) == ("27", "28") and "(asn)" in finding.message("en")


BUDGET = """
LAPORAN KINERJA DINAS BINA MARGA PROVINSI TANAH DATAR TAHUN 2025

Tabel 3.1 Realisasi Anggaran per Program Tahun 2025
Kode | Program | Pagu (Rp) | Realisasi (Rp) | %
1.03.01 | Program Penunjang Urusan | 4.500.000.000 | 4.300.000.000 | 95,56
1.03.10 | Program Penyelenggaraan Jalan | 20.000.000.000 | 19.000.000.000 | 95,00
 | Jumlah | 24.500.000.000 | 23.300.000.000 | 95,10

Tabel 3.2 {caption}
Jenis Belanja | {pagu_header} | Realisasi (Rp) | %
Belanja Pegawai | 3.000.000.000 | 2.900.000.000 | 96,67
Belanja Barang dan Jasa | 6.500.000.000 | 6.200.000.000 | 95,38
Belanja Modal | {modal} | 14.200.000.000 | {pct}
Total | {pagu} | 23.300.000.000 | {total_pct}
"""


def budget(caption="Realisasi Anggaran menurut Jenis Belanja Tahun 2025", pagu_header="Pagu (Rp)",
           modal="15.000.000.000", pagu="24.500.000.000", pct="94,67", total_pct="95,10"):
    return BUDGET.format(caption=caption, pagu_header=pagu_header, modal=modal, pagu=pagu,
                         pct=pct, total_pct=total_pct)


def test_the_pagu_of_two_budget_tables_agrees(run):
    result = run(budget(), select=("SUM008",))
    assert _sibling(result) == []
    assert {p.detail for p in result.passed if p.rule == "SUM008"} == {
        "belanja (pagu): 24.500.000.000 in T1, T2", "belanja (realisasi): 23.300.000.000 in T1, T2"}


def test_a_pagu_that_differs_between_budget_tables_is_an_error(run):
    result = run(budget(modal="15.200.000.000", pagu="24.700.000.000", pct="93,42",
                        total_pct="94,33"), select=("SUM008",))
    [finding] = _sibling(result)
    assert finding.severity is Severity.ERROR
    assert (finding.expected, finding.found, finding.difference) == (
        "24.500.000.000", "24.700.000.000", "200,000,000")
    assert [loc.line for loc in finding.locations] == [14, 7]


def test_pagu_awal_beside_the_revised_pagu_stays_silent(run):
    result = run(budget(caption="Pagu Awal dan Realisasi menurut Jenis Belanja Tahun 2025",
                        modal="15.200.000.000", pagu="24.700.000.000", pct="93,42",
                        total_pct="94,33"), select=("SUM008",))
    assert _sibling(result) == []
    result = run(budget(pagu_header="Pagu Setelah Revisi (Rp)", modal="15.200.000.000",
                        pagu="24.700.000.000", pct="93,42", total_pct="94,33"), select=("SUM008",))
    assert _sibling(result) == []


def test_another_budget_year_stays_silent(run):
    result = run(budget(caption="Realisasi Anggaran menurut Jenis Belanja Tahun 2024",
                        modal="15.200.000.000", pagu="24.700.000.000", pct="93,42",
                        total_pct="94,33"), select=("SUM008",))
    assert _sibling(result) == []


VOTERS = """
LAPORAN KINERJA KPU KABUPATEN PADANG ILALANG TAHUN 2024

Tabel 2.1 Rekapitulasi {first} Pemilu 2024 per Kecamatan
Kecamatan | L | P | L+P
Ilalang Utara | 10.120 | 10.480 | 20.600
Ilalang Selatan | 8.330 | 8.910 | 17.240
Jumlah | 18.450 | 19.390 | 37.840

Tabel 2.2 Daftar Pemilih Tetap Pemilu 2024 menurut Kelompok Umur
Kelompok Umur | L | P | L+P
17-30 | 6.000 | 6.300 | 12.300
31-50 | 8.000 | 8.500 | 16.500
> 50 | 4.450 | 4.590 | 9.040
Jumlah | 18.450 | 19.390 | {whole}
"""


def test_dpt_totals_of_two_tables_are_compared_and_dps_is_not_dpt(run):
    good = run(VOTERS.format(first="DPT", whole="37.840"), select=("SUM008",))
    assert _sibling(good) == [] and "SUM008" in passed_rules(good)
    bad = run(VOTERS.format(first="DPT", whole="37.480"), select=("SUM008",))
    [finding] = _sibling(bad)
    assert (finding.expected, finding.found) == ("37.840", "37.480")
    assert finding.locations[0].line == 14
    near = run(VOTERS.format(first="DPS", whole="37.480"), select=("SUM008",))
    assert _sibling(near) == []


def test_sum008_is_silent_on_the_sample():
    from conftest import CORRECTED, SAMPLE
    from cekdata import check
    for path in (SAMPLE, CORRECTED):
        assert "SUM008" not in codes(check(path, select=("SUM008",)))


def test_a_clause_after_the_breakdown_narrows_the_subject(run):
    for caption in ("Keadaan Pegawai menurut Golongan yang Mengikuti Diklat",
                    "Keadaan Pegawai menurut Golongan (tidak termasuk PPNPN)",
                    "Keadaan Pegawai menurut Golongan pada Bidang Kepaniteraan"):
        result = run(STAFF_PAIR.format(caption=caption), select=("SUM008",))
        assert _sibling(result) == [], caption


def test_a_total_label_naming_a_scope_narrows_the_total(run):
    text = STAFF_PAIR.format(caption="Keadaan Pegawai menurut Golongan").replace(
        "Jumlah | 20 | 22 | 42", "Jumlah PNS | 20 | 22 | 42")
    assert _sibling(run(text, select=("SUM008",))) == []


def test_the_budget_of_the_perjanjian_kinerja_is_not_the_realised_pagu(run):
    text = budget() + """
Tabel 3.3 Program dan Anggaran Perjanjian Kinerja Tahun 2025
No | Program | Anggaran (Rp)
1 | Program Penunjang Urusan | 4.000.000.000
2 | Program Penyelenggaraan Jalan | 18.000.000.000
 | Jumlah | 22.000.000.000
"""
    result = run(text, select=("SUM008",))
    assert _sibling(result) == []


def test_a_spending_target_is_not_the_pagu(run):
    text = budget() + """
Tabel 3.3 Target dan Realisasi Keuangan menurut Jenis Belanja Tahun 2025
Jenis Belanja | Target (Rp) | Realisasi (Rp)
Belanja Pegawai | 2.950.000.000 | 2.900.000.000
Belanja Barang dan Jasa | 6.300.000.000 | 6.200.000.000
Belanja Modal | 14.250.000.000 | 14.200.000.000
Jumlah | 23.500.000.000 | 23.300.000.000
"""
    result = run(text, select=("SUM008",))
    assert _sibling(result) == []
    assert any(p.detail == "belanja (realisasi): 23.300.000.000 in T1, T2, T3"
               for p in result.passed if p.rule == "SUM008")
