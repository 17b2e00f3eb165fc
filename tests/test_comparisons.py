"""Issue 12 §2: the comparisons Bab III gives for each PK indicator (CMP001 and `cekdata
extract --what comparisons`). Small reports of a religious court and a health office, written
unlike the sample."""
import csv
import io
import json
import os

from click.testing import CliRunner
from conftest import codes, passed_rules, tabs

from cekdata import cli
from cekdata.findings import Severity

COURT = """
LAPORAN KINERJA PENGADILAN AGAMA SUKAMAJU TAHUN 2025

DAFTAR ISI
BAB I PENDAHULUAN ........ 1
BAB III AKUNTABILITAS KINERJA ........ 9
BAB IV PENUTUP ........ 20

BAB II PERENCANAAN KINERJA

Rencana Strategis Pengadilan Agama Sukamaju 2022-2026 memuat target berikut.

Tabel 2.1 Target Renstra 2022-2026

No | Indikator Kinerja | Target |  |  |  |
 |  | 2022 | 2023 | 2024 | 2025 | 2026
1 | Persentase perkara gugatan yang diselesaikan tepat waktu | 80 | 82 | 84 | 86 | 88
2 | Persentase mediasi yang berhasil | 10 | 12 | 14 | 16 | 18
3 | Persentase salinan putusan yang dikirim tepat waktu | 90 | 92 | 94 | 96 | 98

Tabel 2.2 Perjanjian Kinerja Tahun 2025

No | Indikator Kinerja | Target
1 | Persentase perkara gugatan yang diselesaikan tepat waktu | 86
2 | Persentase mediasi yang berhasil | 16
3 | Persentase salinan putusan yang dikirim tepat waktu | 96

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian
1 | Persentase perkara gugatan yang diselesaikan tepat waktu | 86 | 87,10 | 101,28
2 | Persentase mediasi yang berhasil | 16 | 15,20 | 95,00
3 | Persentase salinan putusan yang dikirim tepat waktu | 96 | 97,40 | 101,46

Tabel 3.2 Perbandingan Realisasi Tahun 2023-2025 dan Target Akhir Renstra

No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 | Target Akhir Renstra (2026)
1 | Persentase perkara gugatan yang diselesaikan tepat waktu | 83,40 | 85,00 | 87,10 | 88
2 | Persentase mediasi yang berhasil | 11,50 | 13,80 | 15,20 | 18
{third_row}

{prose}

BAB IV PENUTUP

Seluruh sasaran dilaksanakan sesuai Perjanjian Kinerja tahun 2025.
"""

THIRD = "3 | Persentase salinan putusan yang dikirim tepat waktu | 93,00 | 95,10 | 97,40 | 98"


def court(third_row=THIRD, prose=""):
    return COURT.format(third_row=third_row, prose=prose)


def _cmp(result):
    return [f for f in result.findings if f.rule == "CMP001"]


def _line(text, needle, after=""):
    lines = text.strip("\n").split("\n")
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i + 1 for i, line in enumerate(lines) if i >= start and needle in line)


def test_cmp001_every_comparison_in_tables_passes(run):
    result = run(court(), select=("CMP001",))
    assert "CMP001" not in codes(result) and "CMP001" in passed_rules(result)
    assert next(p for p in result.passed if p.rule == "CMP001").checked == 3


def test_cmp001_an_indicator_left_out_of_the_comparison_table(run):
    text = court(third_row="")
    found = _cmp(run(text, select=("CMP001",)))
    assert len(found) == 1
    finding = found[0]
    assert finding.severity is Severity.WARNING
    assert "salinan putusan" in finding.message("en")
    # it has targets for 2022-2024 in the Renstra, so it is not new: earlier years are required
    assert finding.difference == "missing: earlier years, the Renstra end target"
    assert finding.found == "this year's target"
    assert finding.expected == "this year's target, earlier years, the Renstra end target"
    # its PK row; the comparison table's caption; the row its own row would follow
    pk_line = _line(text, "salinan putusan", after="Tabel 2.2")
    caption = _line(text, "Tabel 3.2 Perbandingan")
    before = _line(text, "2 | Persentase mediasi", after="Tabel 3.2")
    assert [loc.line for loc in finding.locations] == [pk_line, caption, before]


def test_cmp001_sentences_give_the_comparisons_the_table_leaves_out(run):
    prose = ("Persentase salinan putusan yang dikirim tepat waktu tahun 2025 sebesar 97,40%, "
             "meningkat dibandingkan tahun 2024 sebesar 95,10%. Realisasi tersebut telah "
             "mendekati target akhir Renstra sebesar 98%.")
    assert _cmp(run(court(third_row="", prose=prose), select=("CMP001",))) == []


def test_cmp001_a_sentence_about_the_year_itself_is_no_earlier_comparison(run):
    # "dibandingkan tahun 2025" in the 2025 report compares nothing with an earlier year
    prose = ("Persentase salinan putusan yang dikirim tepat waktu dibandingkan tahun 2025 "
             "triwulan pertama lebih baik. Realisasi tersebut telah mendekati target akhir "
             "Renstra sebesar 98%.")
    found = _cmp(run(court(third_row="", prose=prose), select=("CMP001",)))
    assert len(found) == 1 and found[0].difference == "missing: earlier years"


def test_cmp001_an_indicator_the_report_calls_new_needs_no_earlier_years(run):
    prose = ("Persentase salinan putusan yang dikirim tepat waktu merupakan indikator baru "
             "pada Perjanjian Kinerja tahun 2025. Realisasinya sebesar 97,40% dari target 96%, "
             "dan terhadap target akhir Renstra sebesar 98% masih perlu ditingkatkan.")
    result = run(court(third_row="", prose=prose), select=("CMP001",))
    assert _cmp(result) == []
    assert any("CMP001" in n.text and "new" in n.text for n in result.notes)


def test_cmp001_the_comparison_with_target_is_required_too(run):
    # a PK indicator that no Bab III table or sentence measures at all
    text = court().replace(
        "3 | Persentase salinan putusan yang dikirim tepat waktu | 96\n",
        "3 | Persentase salinan putusan yang dikirim tepat waktu | 96\n"
        "4 | Indeks kepuasan pencari keadilan | 3,60\n")
    found = _cmp(run(text, select=("CMP001",)))
    assert len(found) == 1
    assert "kepuasan pencari keadilan" in found[0].message("en")
    # no earlier figure anywhere: a new indicator, so only target and Renstra end are missing
    assert found[0].difference == "missing: this year's target, the Renstra end target"
    assert found[0].locations[0].line == _line(text, "Indeks kepuasan pencari keadilan")


def test_cmp001_a_comparison_row_with_blank_earlier_years_is_a_note(run):
    # the report compares it, but had nothing to measure before (no such cases then)
    blank = "3 | Persentase salinan putusan yang dikirim tepat waktu | - | - | 97,40 | 98"
    result = run(court(third_row=blank), select=("CMP001",))
    assert _cmp(result) == [] and "CMP001" in passed_rules(result)
    assert any("earlier years blank" in n.text for n in result.notes)


HEALTH_FRAGMENT = """
CAPAIAN INDIKATOR PUSKESMAS TAHUN 2025

Tabel 1 Pengukuran Kinerja Tahun 2025

No | Indikator Kinerja | Target | Realisasi | Capaian
1 | Cakupan imunisasi dasar lengkap | 95% | 93% | 97,89%
2 | Cakupan persalinan di fasilitas kesehatan | 98% | 99% | 101,02%
"""


def test_cmp001_a_fragment_without_pk_is_not_checked(run):
    result = run(HEALTH_FRAGMENT, select=("CMP001",))
    assert _cmp(result) == [] and "CMP001" not in passed_rules(result)
    assert any(n.text.startswith("CMP001: not checked") for n in result.notes)


def test_extract_comparisons_csv_and_json(tmp_path):
    path = tmp_path / "court.txt"
    path.write_text(tabs(court(third_row="").strip("\n")) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["extract", str(path), "--what", "comparisons"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["indicator"][:30] for r in rows] == [
        "Persentase perkara gugatan yan", "Persentase mediasi yang berhas",
        "Persentase salinan putusan yan"]
    assert [(r["target"], r["earlier"], r["renstra"], r["national"]) for r in rows] == [
        ("yes", "yes", "yes", "no"), ("yes", "yes", "yes", "no"), ("yes", "no", "no", "no")]
    assert rows[2]["pk_at"] == f"L{_line(court(third_row=''), 'salinan putusan', after='Tabel 2.2')}"
    result = CliRunner().invoke(cli.main, ["extract", str(path), "--what", "comparisons",
                                           "--format", "json"])
    data = json.loads(result.stdout)
    assert data["renstra_end_year"] == 2026 and data["has_pk"] is True
    third = data["indicators"][2]
    assert third["missing"] == ["earlier", "renstra"]
    assert third["comparisons"]["target"]["where"][0]["how"] == "table"


def test_extract_comparisons_golden(monkeypatch):
    """A corpus report's indicator x comparison table, reviewed by hand: every PK row of
    Tabel 2.2 compared with its target in Tabel 3.1, and with 2022-2023 and the 2026 Renstra
    target in Tabel 3.2; no national figure (regenerate with CEKDATA_UPDATE_GOLDEN=1)."""
    from conftest import ROOT
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli.main, ["extract", "fixtures/corpus/bpkad-kota-2024.consistent.md",
                                           "--what", "comparisons"])
    assert result.exit_code == 0, result.output
    path = ROOT / "tests" / "golden" / "comparisons.csv"
    if os.environ.get("CEKDATA_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")
