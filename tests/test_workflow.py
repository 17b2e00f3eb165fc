"""How reviewers, evaluators and CI use cekdata: configuration files and their precedence,
waivers that survive edits, baselines, and batches over folders."""
import json
import shutil

import pytest
from click.testing import CliRunner

from cekdata import cli
from conftest import CORRECTED, SAMPLE


def invoke(*args):
    return CliRunner().invoke(cli.main, [str(a) for a in args])


def findings(result):
    return json.loads(result.stdout)["findings"]


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "laporan.txt"
    shutil.copy(SAMPLE, path)
    return path


def _fingerprint(path, rule):
    return next(f["fingerprint"] for f in findings(invoke("check", path, "--format", "json"))
                if f["rule"] == rule)


def test_waiver_survives_shifted_lines_and_lapses_when_the_figure_changes(draft):
    fingerprint = _fingerprint(draft, "PRO001")
    (draft.parent / "cekdata.toml").write_text(
        f'[[waiver]]\nfingerprint = "{fingerprint}"\nrule = "PRO001"\n'
        f'reason = "Angka 135 adalah pemohon laki-laki; disetujui Kasubbag"\n', encoding="utf-8")
    data = json.loads(invoke("check", draft, "--format", "json").stdout)
    assert "PRO001" not in {f["rule"] for f in data["findings"]}
    assert [w["rule"] for w in data["waived"]] == ["PRO001"] and data["waived"][0]["reason"]
    # an unrelated edit above it moves every line down
    draft.write_text("Catatan revisi draf.\n\n" + draft.read_text(encoding="utf-8"), encoding="utf-8")
    data = json.loads(invoke("check", draft, "--format", "json").stdout)
    assert [w["rule"] for w in data["waived"]] == ["PRO001"]
    assert data["waived"][0]["locations"][0]["line"] == 658
    # changing the waived figure brings the finding back, and the waiver is reported stale
    draft.write_text(draft.read_text(encoding="utf-8").replace("sebanyak 135 permohonan",
                                                               "sebanyak 136 permohonan"), encoding="utf-8")
    data = json.loads(invoke("check", draft, "--format", "json").stdout)
    assert "PRO001" in {f["rule"] for f in data["findings"]} and data["waived"] == []
    assert data["stale_waivers"][0]["fingerprint"] == fingerprint


def test_baseline_reports_only_new_findings(draft, tmp_path):
    baseline = tmp_path / "baseline.json"
    assert invoke("baseline", "write", draft, "-o", baseline).exit_code == 0
    result = invoke("check", draft, "--baseline", baseline, "--format", "json")
    assert result.exit_code == 0 and findings(result) == []
    assert json.loads(result.stdout)["baselined"] > 30
    draft.write_text(draft.read_text(encoding="utf-8").replace("Nomor 552 Tahun 2002", "Nomor 552 Tahun 2003"),
                     encoding="utf-8")
    result = invoke("check", draft, "--baseline", baseline, "--format", "json")
    assert result.exit_code == 1 and [f["rule"] for f in findings(result)] == ["DAT003"]


def test_pyproject_configuration_and_precedence(draft):
    (draft.parent / "pyproject.toml").write_text(
        '[tool.cekdata]\nlang = "en"\nignore = ["indicator-target"]\nselect = ["IND001", "PRO001", "PRO002"]\n'
        '[tool.cekdata.severity]\nPRO001 = "warning"\n', encoding="utf-8")
    data = json.loads(invoke("check", draft, "--format", "json").stdout)
    assert {f["rule"] for f in data["findings"]} == {"PRO001", "PRO002"}
    assert next(f for f in data["findings"] if f["rule"] == "PRO001")["severity"] == "warning"
    assert data["findings"][0]["message"].startswith("The text")          # lang from the file
    assert data["config"].endswith("pyproject.toml")
    data = json.loads(invoke("check", draft, "--format", "json", "--lang", "id").stdout)
    assert data["findings"][0]["message"].startswith("Narasi")            # the command line wins


def test_cekdata_toml_beside_the_report_and_config_flag(draft, tmp_path):
    (draft.parent / "cekdata.toml").write_text('select = ["PRO001"]\n', encoding="utf-8")
    assert {f["rule"] for f in findings(invoke("check", draft, "--format", "json"))} == {"PRO001"}
    other = tmp_path / "other.toml"
    other.write_text('select = ["DAT003"]\n', encoding="utf-8")
    result = invoke("check", draft, "--format", "json", "--config", other)
    assert {f["rule"] for f in findings(result)} == {"DAT003"}


def test_unknown_configuration_key_is_named(draft):
    (draft.parent / "cekdata.toml").write_text('selekt = ["PRO001"]\n', encoding="utf-8")
    result = invoke("check", draft)
    assert result.exit_code == 2 and "unknown key 'selekt'" in result.stderr


def test_tolerance_factor_widens_printed_precision(run):
    doc = """
    KODE | URAIAN | PAGU | REALISASI | SISA | % REALISASI
    CQ | Program | 600 | 580 | 20 | 96.66%
     | TOTAL | 600 | 580 | 20 | 96.66%
    """
    assert "BUD002" in {f.rule for f in run(doc).findings}               # 96.666… is not 96.66 ± 0.005
    assert "BUD002" not in {f.rule for f in run(doc, tolerance=2).findings}


def test_batch_over_a_folder_lists_every_document(tmp_path):
    folder = tmp_path / "laporan"
    (folder / "2024").mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "2024" / "sample.txt")
    shutil.copy(CORRECTED, folder / "corrected.txt")
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    (folder / "rusak.txt").write_bytes(b"\x00\x01\x02 binary")
    result = invoke("check", folder, "--lang", "en")
    assert result.exit_code == 2                     # two files could not be read
    assert invoke("check", folder, "--skip-unreadable").exit_code == 1   # the sample's findings
    summary = result.stdout.split("== Documents ==")[1]
    for name in ("sample.txt", "corrected.txt", "kosong.txt", "rusak.txt"):
        assert name in summary
    assert "unreadable: " in summary and summary.count("unreadable") == 2
    parallel = invoke("check", folder, "--lang", "en", "--jobs", "2")
    assert parallel.stdout == result.stdout


def test_batch_where_every_file_fails_exits_2(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"\x00\x00")
    result = invoke("check", tmp_path)
    assert result.exit_code == 2 and result.stdout.count("tidak terbaca") == 2
    assert invoke("check", tmp_path, "--skip-unreadable").exit_code == 2   # nothing was read
