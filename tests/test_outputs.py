"""CI and evaluator outputs on the sample: SARIF (validated against the vendored 2.1.0 schema),
JUnit (counts match the JSON), GitHub annotations, HTML and the Excel workbook; each held to a
golden file (regenerate with CEKDATA_UPDATE_GOLDEN=1)."""
import io
import json
import os
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cekdata import cli
from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def run(*args, output=None):
    result = CliRunner().invoke(cli.main, ["check", "fixtures/lkjip-kpu-ntt-2024.txt", *args])
    assert result.exit_code == 1, result.output
    return result


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CEKDATA_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_json():
    result = CliRunner().invoke(cli.main, ["check", str(ROOT / "fixtures/lkjip-kpu-ntt-2024.txt"),
                                           "--format", "json"])
    return json.loads(result.stdout)


@pytest.mark.parametrize("fmt, name", [("sarif", "sample.sarif"), ("junit", "sample.junit.xml"),
                                       ("github", "sample.github.txt"), ("html", "sample.html")])
def test_golden_outputs(fmt, name):
    golden(name, run("--format", fmt).stdout)


def test_sarif_validates_and_carries_fingerprints(sample_json):
    log = json.loads(run("--format", "sarif").stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == len(sample_json["findings"])
    assert {r["partialFingerprints"]["cekdata/v1"] for r in results} == \
        {f["fingerprint"] for f in sample_json["findings"]}
    rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 35     # the first finding by position: the Daftar Isi (TOC001)


def test_junit_counts_match_the_json(sample_json):
    root = ET.fromstring(run("--format", "junit").stdout)
    (suite,) = root.findall("testsuite")
    assert int(suite.get("failures")) == len(sample_json["findings"]) == len(suite.findall(".//failure"))
    assert int(suite.get("tests")) == len(sample_json["passed"]) + len(sample_json["findings"])
    assert int(root.get("tests")) == int(suite.get("tests"))


def test_github_annotations_one_per_finding(sample_json):
    lines = run("--format", "github").stdout.splitlines()
    assert len(lines) == len(sample_json["findings"])
    assert lines[0].startswith("::error file=fixtures/lkjip-kpu-ntt-2024.txt,line=35,title=TOC001")


def test_html_is_self_contained_and_in_both_languages():
    page = run("--format", "html").stdout
    assert "<html lang='id'>" in page and "Temuan" in page
    for banned in ("http://", "https://", "<script", "<link", "@import", "url("):
        assert banned not in page
    assert "<mark>135</mark>" in page and "<mark>208</mark>" in page    # the conflicting figures
    english = run("--format", "html", "--lang", "en").stdout
    assert "<html lang='en'>" in english and "Findings" in english


def test_xlsx_workbook_sheets(tmp_path, sample_json):
    out = tmp_path / "report.xlsx"
    run("--format", "xlsx", "--output", str(out))
    book = load_workbook(io.BytesIO(out.read_bytes()))
    assert book.sheetnames == ["Ringkasan dokumen", "Temuan", "Indikator"]
    rows = list(book["Temuan"].values)
    assert rows[0][:3] == ("document", "status", "rule") and len(rows) - 1 == len(sample_json["findings"])
    summary = list(book["Ringkasan dokumen"].values)
    assert summary[1][2] == sample_json["summary"]["error"]
    golden("sample.xlsx.json", json.dumps({name: [list(r) for r in book[name].values][:40]
                                           for name in book.sheetnames}, ensure_ascii=False,
                                          indent=1, default=str) + "\n")


def test_binary_format_needs_an_output_file():
    result = CliRunner().invoke(cli.main, ["check", "fixtures/lkjip-kpu-ntt-2024.txt", "--format", "xlsx"])
    assert result.exit_code == 2 and "--output" in result.stderr


def test_exit_zero_is_advisory():
    result = CliRunner().invoke(cli.main, ["check", "fixtures/lkjip-kpu-ntt-2024.txt", "--exit-zero"])
    assert result.exit_code == 0 and "PRO001" in result.stdout
