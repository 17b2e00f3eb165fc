"""Report defects of issue 13: SARIF with another rules folder, passed-check details of DOCX
input, waived findings in Markdown, GX analytics forced off, xlsx bytes that vary per save."""
import io
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile

import pytest
from click.testing import CliRunner

from cekdata import check, cli
from cekdata.config import default_rules_root
from cekdata.reporters import markdown, sarif, xlsx

TABLE = [["No", "Pemohon Informasi", "Laki-laki", "Perempuan", "Keterangan"],
         ["1.", "Mahasiswa", "15", "8", "-"], ["2.", "Wartawan", "10", "13", "-"],
         ["Total", "", "25", "21", "Laki + Perempuan = 46"]]
CAPTION = "Rincian Pemohon Informasi Tahun 2025"


def _claim(count: int) -> str:
    return f"Tercatat dalam tahun 2025 sebanyak {count} permohonan data dari masyarakat."


def _text_report(tmp_path, count: int):
    path = tmp_path / "laporan.txt"
    rows = "\n".join("\t".join(row) for row in TABLE)
    path.write_text(f"{CAPTION}\n\n{rows}\n\n{_claim(count)}\n", encoding="utf-8")
    return path


def _rules_with_an_extra_rule(tmp_path):
    """A rules folder like the built-in one, plus PRO901 (PRO001 under another code)."""
    root = tmp_path / "rules"
    shutil.copytree(default_rules_root() / "checks", root / "checks")
    shutil.copytree(default_rules_root() / "expectations", root / "expectations")
    (root / "checks" / "extra.yaml").write_text(
        "rules:\n  - code: PRO901\n    name: agency-count\n    category: narrative-vs-table\n"
        "    severity: warning\n    check: prose_count\n"
        "    message: {id: 'Narasi {stated} / {expected}', en: 'Text {stated} / {expected}'}\n"
        "    description: {id: Hitungan dinas, en: The agency's own count}\n", encoding="utf-8")
    return root


def _sarif_rules_agree(log: dict) -> list[str]:
    run = log["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in run["results"])
    return ids


def test_sarif_with_rules_given_to_the_api(tmp_path):
    result = check(_text_report(tmp_path, 25), rules_root=_rules_with_an_extra_rule(tmp_path))
    assert "PRO901" in {f.rule for f in result.findings}
    ids = _sarif_rules_agree(json.loads(sarif.render([result.to_dict("en")], "en")))
    assert "PRO901" in ids


def test_sarif_with_cekdata_rules_after_the_default_catalogue(tmp_path, monkeypatch):
    report = _text_report(tmp_path, 25)
    sarif.render([check(report).to_dict()], "en")           # the default catalogue, cached
    monkeypatch.setenv("CEKDATA_RULES", str(_rules_with_an_extra_rule(tmp_path)))
    result = CliRunner().invoke(cli.main, ["check", str(report), "--format", "sarif", "--lang", "en"])
    assert result.exit_code == 1, result.output
    log = json.loads(result.stdout)
    rule = next(r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "PRO901")
    assert rule["fullDescription"]["text"] == "The agency's own count"
    _sarif_rules_agree(log)


def test_docx_passed_details_name_the_paragraph_not_lnone(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(CAPTION)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph(_claim(46))
    path = tmp_path / "laporan.docx"
    document.save(str(path))
    details = {p.rule: p.detail for p in check(path).passed}
    assert details["PRO001"].startswith("¶2 ")
    assert not any("None" in detail for detail in details.values())
    assert check(_text_report(tmp_path, 46)).passed[0].detail.startswith("L8 ")   # text: its line


def test_markdown_shows_waived_findings(tmp_path):
    report = _text_report(tmp_path, 25)
    fingerprint = check(report).findings[0].fingerprint
    (tmp_path / "cekdata.toml").write_text(
        f'[[waiver]]\nfingerprint = "{fingerprint}"\nreason = "25 adalah pemohon laki-laki"\n',
        encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["check", str(report), "--format", "markdown"])
    assert result.exit_code == 0
    waived = result.stdout.split("## Temuan yang diterima (waiver)")[1].split("## ")[0]
    assert "PRO001" in waived and "25 adalah pemohon laki-laki" in waived and fingerprint in waived
    data = check(report, waivers=()).to_dict()
    assert "waiver" not in markdown.render([data], "id")      # nothing waived: no section


def test_gx_analytics_are_off_even_when_the_user_turned_them_on():
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "true"}
    result = subprocess.run([sys.executable, "-c", "import os, cekdata; "
                             "print(os.environ['GX_ANALYTICS_ENABLED'])"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "false"


def test_xlsx_is_byte_reproducible(tmp_path, monkeypatch):
    data = [check(_text_report(tmp_path, 25)).to_dict()]
    first = xlsx.render(data, "id")
    later = time.time() + 3 * 86400
    monkeypatch.setattr(time, "time", lambda: later)      # zip entries carry the save time
    assert xlsx.render(data, "id") == first
    core = zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z</dcterms:modified>" in core
