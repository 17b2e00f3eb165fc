"""One passing and one failing case per rule, on small inline documents."""
from conftest import codes, passed_rules

VOTERS = """
Daftar Pemilih Tetap Tahun 2024

NO | KABUPATEN/KOTA | Jumlah TPS | L | P | L+P | Keterangan
1 | ALFA | 10 | 100 | 120 | {whole1} | 1 TPS Loksus
2 | BETA | 20 | 200 | 210 | 410 | 2 TPS Loksus
JUMLAH |  | {tps} | 300 | 330 | 630 | {loksus} TPS Loksus
"""


def voters(whole1=220, tps=30, loksus=3):
    return VOTERS.format(whole1=whole1, tps=tps, loksus=loksus)


def test_sum001_row_sum_passes_and_fails(run):
    ok = run(voters())
    assert "SUM001" in passed_rules(ok) and "SUM001" not in codes(ok)
    bad = run(voters(whole1=221))
    finding = next(f for f in bad.findings if f.rule == "SUM001")
    assert (finding.expected, finding.found, finding.difference) == ("220", "221", "1")
    assert finding.locations[0].line == 4 and finding.locations[0].column == "L+P"


def test_sum002_column_total_passes_and_fails(run):
    assert "SUM002" in passed_rules(run(voters())) and "SUM002" not in codes(run(voters()))
    bad = run(voters(tps=31))
    finding = next(f for f in bad.findings if f.rule == "SUM002")
    assert (finding.expected, finding.found, finding.difference) == ("30", "31", "1")
    assert {loc.line for loc in finding.locations} == {4, 5, 6}


def test_sum003_counted_notes(run):
    assert "SUM003" in passed_rules(run(voters()))
    bad = run(voters(loksus=4))
    finding = next(f for f in bad.findings if f.rule == "SUM003")
    assert (finding.expected, finding.found) == ("3", "4")


REQUESTERS = """
Rincian Pemohon Informasi Tahun 2024

No | Pemohon Informasi | Laki-laki | Perempuan | Keterangan
1. | Mahasiswa | 15 | 8 | -
2. | Wartawan | 10 | 13 | -
Total |  | 25 | 21 | Laki + Perempuan = {eq}

Tercatat dalam tahun 2024 sebanyak {claim} permohonan data dari masyarakat.
"""


def test_sum004_cell_equation(run):
    assert "SUM004" in passed_rules(run(REQUESTERS.format(eq=46, claim=46)))
    bad = run(REQUESTERS.format(eq=47, claim=46))
    finding = next(f for f in bad.findings if f.rule == "SUM004")
    assert (finding.expected, finding.found) == ("46", "47")


def test_pro001_prose_count_against_table_total(run):
    ok = run(REQUESTERS.format(eq=46, claim=46))
    assert "PRO001" in passed_rules(ok) and codes(ok) == []
    bad = run(REQUESTERS.format(eq=46, claim=25))
    finding = next(f for f in bad.findings if f.rule == "PRO001")
    assert (finding.expected, finding.found, finding.difference) == ("46", "25", "-21")
    assert [loc.line for loc in finding.locations] == [8, 6, 6]


def test_pro001_other_wording(run):
    doc = REQUESTERS.format(eq=46, claim=46).replace(
        "Tercatat dalam tahun 2024 sebanyak 46 permohonan data dari masyarakat.",
        "PPID melayani pemohon informasi berjumlah 40 (empat puluh) orang pemohon.")
    finding = next(f for f in run(doc).findings if f.rule == "PRO001")
    assert finding.found == "40"


BUDGET = """
Realisasi anggaran tahun 2024 dengan total pagu anggaran sebesar Rp. {claim_pagu},- dengan realisasinya sebesar Rp. 950,- atau sebesar {claim_pct}%.

KODE | URAIAN | PAGU | REALISASI | SISA | % REALISASI
CQ | Program | 1,000 | 950 | 50 | 95.00%
{kegiatan} | Kegiatan | 1,000 | 950 | 50 | 95.00%
{output} | Output satu | 600 | 580 | {sisa} | {pct}
6709.QGE.002 | Output dua | {pagu2} | 370 | 30 | 92.50%
 | TOTAL | 1,000 | 950 | 50 | 95.00%
"""


def budget(claim_pagu="1,000", claim_pct="95.00", kegiatan="CQ.6709", output="6709.QGE.001",
           sisa="20", pct="96.67%", pagu2="400"):
    return BUDGET.format(**locals())


def test_budget_consistent_table_passes_every_budget_rule(run):
    result = run(budget())
    assert codes(result) == []
    assert {"BUD001", "BUD002", "BUD003", "BUD004", "BUD005", "PRO002"} <= set(passed_rules(result))


def test_bud001_remainder(run):
    finding = next(f for f in run(budget(sisa="25")).findings if f.rule == "BUD001")
    assert (finding.expected, finding.found, finding.difference) == ("20", "25", "5")
    assert finding.locations[0].line == 6


def test_bud002_percentage_within_printed_precision(run):
    assert "BUD002" not in codes(run(budget(pct="96.67%")))   # 580/600 = 96.666…
    assert "BUD002" not in codes(run(budget(pct="96.7%")))    # coarser print, still right
    finding = next(f for f in run(budget(pct="96.60%")).findings if f.rule == "BUD002")
    assert (finding.expected, finding.found) == ("96.67%", "96.60%")


def test_bud003_parent_sum(run):
    result = run(budget(pagu2="450"))
    finding = next(f for f in result.findings if f.rule == "BUD003" and "PAGU" in f.message("en"))
    assert (finding.expected, finding.found, finding.difference) == ("1,050", "1,000", "-50")
    assert [loc.line for loc in finding.locations] == [5, 6, 7]


def test_bud004_child_code_must_carry_parent(run):
    result = run(budget(output="6710.QGE.001"))
    finding = next(f for f in result.findings if f.rule == "BUD004")
    assert (finding.expected, finding.found) == ("6709", "6710")
    assert [loc.line for loc in finding.locations] == [6, 5]


def test_bud005_malformed_code(run):
    result = run(budget(kegiatan="C.6709"))
    assert "BUD005" in codes(result)
    assert next(f for f in result.findings if f.rule == "BUD005").severity.value == "warning"


def test_pro002_budget_claims_against_total(run):
    result = run(budget(claim_pagu="1,100", claim_pct="94.00"))
    findings = [f for f in result.findings if f.rule == "PRO002"]
    assert sorted((f.expected, f.found) for f in findings) == [("1,000", "1,100"), ("95.00%", "94.00%")]


def test_bud006_programs_counted_in_prose(run):
    ok = run(budget() + "\nAnggaran tersebut terdiri dari 1 program.\n")
    assert "BUD006" in passed_rules(ok) and "BUD006" not in codes(ok)
    bad = run(budget() + "\nAnggaran tersebut terdiri dari 2 program.\n")
    (finding,) = [f for f in bad.findings if f.rule == "BUD006"]
    assert (finding.expected, finding.found) == ("1", "2") and finding.locations[1].line == 4


def test_permendagri_codes_build_the_same_hierarchy(run):
    doc = """
    Kode | Uraian | Anggaran | Realisasi | Sisa | %
    1.02 | Bidang Kesehatan | 500 | 400 | 100 | 80.00%
    1.02.02 | Program Pemenuhan Upaya Kesehatan | 500 | 400 | 100 | 80.00%
    1.02.02.2.01 | Kegiatan Penyediaan Fasilitas | 500 | 400 | 100 | 80.00%
    1.02.02.2.01.0009 | Sub kegiatan A | 300 | 250 | 50 | 83.33%
    1.02.03.2.01.0010 | Sub kegiatan B | 200 | 150 | 50 | 75.00%
    """
    result = run(doc)
    assert codes(result) == ["BUD004"]
    finding = result.findings[0]
    assert (finding.key, finding.expected, finding.found) == ("1.02.03.2.01.0010", "02", "03")


def test_plain_total_row_table_gets_column_totals(run):
    doc = """
    No | Jenis | Jumlah Dokumen | Halaman
    1 | Keputusan | 14 | 120
    2 | Surat Edaran | 3 | 10
    Jumlah |  | 17 | 131
    """
    result = run(doc)
    finding = next(f for f in result.findings if f.rule == "SUM002")
    assert (finding.expected, finding.found) == ("130", "131")
    assert "SUM002" in passed_rules(result)   # the other column holds


def test_unparseable_cell_becomes_an_extraction_note_not_a_crash(run):
    result = run(voters().replace("| 200 |", "| 2O0 |"))
    notes = [n for n in result.notes if "'2O0' is not a figure" in n.text]
    assert len(notes) == 1 and notes[0].location.line == 5
    assert "SUM001" not in codes(result)   # the unreadable row is left out, not guessed
