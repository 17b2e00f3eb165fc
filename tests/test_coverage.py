"""Coverage says, per table, which rows and figures the checks read and why the others were
left out; a table is recognised only when checks ran on its rows."""
from conftest import codes

DOC = """
LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 1.1 Jumlah Pegawai menurut Bidang

Bidang | L | P | Jumlah
Kelompok A: Pelayanan |  |  |
Seksi Satu | 3 | 4 | 7
Seksi Dua | 2 | 2 | 4
Jumlah | 5 | 6 | 11
Rata-rata | 2,5 | 3 | 5,5

Tabel 1.2 Catatan Lain

Hal | Keterangan
Rapat | 12 kali
Kunjungan | 4 kali
"""


def _table(result, prefix):
    return next(t for t in result.to_dict()["coverage"]["tables"] if t["table"].startswith(prefix))


def test_rows_and_figures_checked_and_left_out_with_reasons(run):
    result = run(DOC)
    assert codes(result) == []
    staff = _table(result, "T1")
    assert staff["recognised"] and staff["kind"] == "part-whole"
    # two seksi, the total and the average row (checked as a mean); the group row is left out
    assert (staff["rows"], staff["rows_checked"]) == (5, 4)
    assert (staff["figures"], staff["figures_checked"]) == (12, 12)
    reasons = {s["reason"] for s in staff["skipped"]}
    assert reasons == {"no figures (a group or heading row)"}


def test_a_table_no_check_reads_is_not_recognised(run):
    result = run(DOC)
    other = _table(result, "T2")
    assert not other["recognised"] and other["figures_checked"] == 0
    assert other["skipped"][0]["reason"] == "not recognised"
    summary = result.to_dict()["summary"]
    assert summary["tables_recognised"] == 1 and summary["figures_checked"] == 12


def test_text_report_prints_coverage_per_table(run):
    from cekdata.reporters.text import render
    text = render([run(DOC).to_dict("en")], "en")
    assert "Rows checked" in text and "4/5" in text and "12/12" in text
    assert "no figures (a group or heading row)" in text
