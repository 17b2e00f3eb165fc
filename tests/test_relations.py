"""SUM005/SUM006: row arithmetic read from the table's own rows."""
from conftest import codes

INCOME = """
Tabel 3.7 Target dan Realisasi Layanan Perizinan Tahun 2025

Jenis Layanan | Target (berkas) | Realisasi (berkas) | % | Lebih/(Kurang)
Izin usaha | 4.000 | 4.200 | 105,00 | 200
Izin bangunan | 2.500 | 2.250 | {pct} | (250)
Izin reklame | 1.000 | 1.100 | 110,00 | {gap}
Jumlah | 7.500 | 7.550 | 100,67 | 50
"""


def income(pct="90,00", gap="100"):
    return INCOME.format(pct=pct, gap=gap)


def test_difference_and_ratio_hold_on_every_row(run):
    result = run(income())
    assert codes(result) == []
    assert {"SUM005", "SUM006"} <= {p.rule for p in result.passed}


def test_a_wrong_difference_is_found_at_its_row(run):
    finding = next(f for f in run(income(gap="10")).findings if f.rule == "SUM005")
    assert (finding.expected, finding.found) == ("100", "10")
    assert finding.locations[0].line == 6 and "Izin reklame" in finding.message("en")


def test_a_swapped_percentage_is_found_within_printed_precision(run):
    finding = next(f for f in run(income(pct="09,00")).findings if f.rule == "SUM006")
    assert finding.found == "09,00" and finding.expected == "90.00"
    assert "Realisasi (berkas) / Target (berkas)" in finding.message("en")


def test_no_relation_is_guessed_from_two_rows_or_from_a_no_column(run):
    short = "\n".join(INCOME.format(pct="90,00", gap="100").splitlines()[:6])
    assert not {"SUM005", "SUM006"} & set(codes(run(short.replace("90,00", "91,00"))))
    numbered = """
Tabel 1.1 Kegiatan

No | Kegiatan | Peserta | Jumlah
1 | Rapat | 1 | 2
2 | Bimtek | 2 | 4
3 | Sosialisasi | 3 | 7
"""
    assert "SUM005" not in codes(run(numbered))


def test_two_rows_off_is_no_relation_at_all(run):
    doc = income(pct="91,00", gap="10").replace("| 105,00 |", "| 104,00 |")
    assert "SUM006" not in codes(run(doc))
