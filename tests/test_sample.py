"""The bundled sample: golden reports, recall against the hand-made truth file, and the
corrected copy held to zero errors."""
import os

import pytest
import yaml
from click.testing import CliRunner

from cekdata import check, cli
from conftest import CORRECTED, ROOT, SAMPLE, codes

GOLDEN = ROOT / "tests" / "golden"
TRUTH = ROOT / "fixtures" / "lkjip-kpu-ntt-2024.truth.yaml"
# Recall of the truth file this version reaches; raise it when rules improve, never lower it.
RECALL_FLOOR = 44 / 47


@pytest.fixture(scope="module")
def sample():
    return check(SAMPLE)


@pytest.mark.parametrize("fmt, name", [("text", "sample.txt"), ("json", "sample.json"),
                                       ("markdown", "sample.md")])
def test_golden_reports(monkeypatch, fmt, name):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli.main, ["check", "fixtures/lkjip-kpu-ntt-2024.txt", "--format", fmt])
    golden = GOLDEN / name
    if os.environ.get("CEKDATA_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_issue_acceptance_findings(sample):
    by_rule = {}
    for finding in sample.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    requests = by_rule["PRO001"][0]
    assert (requests.expected, requests.found) == ("208", "135")
    assert {656, 675} <= {loc.line for loc in requests.locations}
    cq = sorted((f.expected, f.found, f.difference) for f in by_rule["BUD003"] if f.key.startswith("CQ.6709"))
    assert cq == [("13,071,697", "25,542,540", "12,470,843"),
                  ("21,746,375,303", "22,098,551,460", "352,176,157"),
                  ("21,759,447,000", "22,124,094,000", "364,647,000")]
    assert all({1085, 1086, 1087, 1088} <= {loc.line for loc in f.locations} for f in by_rule["BUD003"])
    assert sorted(f.key for f in by_rule["BUD004"]) == ["3361.EBA.994", "W.3360"]


def _lines(finding):
    return {loc.line for loc in finding.locations}


def _about(sample, rule, words, suffix=""):
    return [f for f in sample.findings
            if f.rule == rule and words in f.key.lower() and f.key.endswith(suffix)]


def test_indicator_acceptance_findings(sample):
    """Issue 3: each finding names every source involved, with its line."""
    (partai,) = _about(sample, "IND001", "partai politik", "|target|2024")
    assert {405, 462, 53, 481, 523, 540, 897} <= _lines(partai)       # Renstra…evaluation
    assert partai.expected.startswith("30% (PK")
    assert set(partai.found.split(", ")) == {"25%", "35%", "40%"}
    (irb,) = _about(sample, "IND001", "reformasi birokrasi", "|target|2024")
    assert {410, 463, 609} <= _lines(irb) and set(irb.found.split(", ")) == {"78", "80"}
    (nak,) = _about(sample, "IND001", "akuntabilitas kinerja", "|target|2024")
    assert nak.found == "BB" and 483 in _lines(nak) and 464 in _lines(nak)
    (capaian,) = [f for f in sample.findings if f.rule == "IND005"]
    assert (capaian.expected, capaian.found, _lines(capaian)) == ("112.97%", "114,42%", {526})
    (grade,) = [f for f in sample.findings if f.rule == "IND006"]
    assert grade.found == "103%" and _lines(grade) == {527}
    missing = sorted(f.key for f in sample.findings if f.rule == "IND003")
    assert [m.split()[1] for m in missing] == ["Penyelenggara", "Sengketa"]
    (unit,) = [f for f in sample.findings if f.rule == "IND008"]
    assert unit.found == "1176" and _lines(unit) == {486}


def test_prose_acceptance_findings(sample):
    """Issue 4: the closing chapter, the summary count, stale years, the schedule, the decree."""
    closing = {f.key.split(":")[0] for f in sample.findings if f.rule == "PRO002"}
    assert len(closing) == 3 and all(1126 in _lines(f) for f in sample.findings if f.rule == "PRO002")
    (count,) = [f for f in sample.findings if f.rule == "PRO003"]
    assert (count.expected, count.found) == ("7", "5") and {49, 53} <= _lines(count)
    stale = {loc.line for f in sample.findings if f.rule == "YR001" for loc in f.locations}
    assert {1000, 1012, 1022, 1043, 1051, 1064, 1124, 1126, 1141} <= stale
    schedule = {f.locations[0].line: f for f in sample.findings if f.rule == "DAT001"}
    assert schedule[858].found == "9 Januari 2024" and 855 in _lines(schedule[858])
    (decree,) = [f for f in sample.findings if f.rule == "DAT003"]
    assert (decree.expected, decree.found) == ("2022", "2002")
    # regulations ("Nomor 7 Tahun 2017"), the Renstra period and earlier-year columns stay quiet
    regulation_lines = {119, 133, 197, 542, 631, 959}
    assert not stale & regulation_lines and not stale & set(range(398, 450))


def test_no_indicator_finding_from_shadow_rows_or_agreeing_sources(sample):
    shadow_lines = {420, 423, 426, 429, 444, 445, 446, 447}
    assert not any(_lines(f) & shadow_lines for f in sample.findings)
    assert any("shadow row" in n.text for n in sample.notes)
    agreed = {p.table.split()[0] for p in sample.passed if p.rule == "IND001"}
    assert len(agreed) >= 8      # indicators whose targets agree somewhere: no finding for them


def test_indicator_matrix_golden(monkeypatch):
    monkeypatch.chdir(ROOT)
    for fmt in ("csv", "json"):
        result = CliRunner().invoke(cli.main, ["extract", "fixtures/lkjip-kpu-ntt-2024.txt",
                                               "--what", "indicators", "--format", fmt])
        assert result.exit_code == 0, result.output
        golden = GOLDEN / f"indicators.{fmt}"
        if os.environ.get("CEKDATA_UPDATE_GOLDEN"):
            golden.write_text(result.stdout, encoding="utf-8")
        assert result.stdout == golden.read_text(encoding="utf-8")


def test_no_finding_where_the_sample_is_consistent(sample):
    assert not {"SUM001", "SUM002", "SUM003", "SUM004", "BUD001", "BUD002"} & set(codes(sample))
    assert all(f.key.startswith("CQ.6709") for f in sample.findings if f.rule == "BUD003")
    passed = {(p.rule, p.table.split()[0]): p for p in sample.passed}
    dpt = next(t for t, k in sample.tables_recognised if k == "voters").split()[0]
    ppid = next(t for t, k in sample.tables_recognised if k == "requesters").split()[0]
    budget = next(t for t, k in sample.tables_recognised if k == "budget").split()[0]
    assert passed[("SUM001", dpt)].checked == 22
    assert "Jumlah TPS" in passed[("SUM002", dpt)].detail and "L+P" in passed[("SUM002", dpt)].detail
    assert passed[("SUM003", dpt)].detail.startswith("16 tps loksus")
    assert passed[("SUM002", ppid)].checked == 2
    assert passed[("BUD001", budget)].checked == 30 and passed[("BUD002", budget)].checked == 30
    assert "CQ.6639" in passed[("BUD003", budget)].detail


def test_corrected_copy_has_no_errors():
    result = check(CORRECTED)
    assert result.findings == []
    assert result.checks_run > 150


def _explains(finding, entry) -> bool:
    """The finding is about this discrepancy: same category, and its first location is one of
    the entry's lines or it shares two of them (one shared line can be a coincidence)."""
    lines, found = set(entry["lines"]), [loc.line for loc in finding.locations]
    return finding.category == entry["category"] and bool(found) and (
        found[0] in lines or len(lines & set(found)) >= 2)


def _recall(result, truth):
    return [e["id"] for e in truth["discrepancies"] if any(_explains(f, e) for f in result.findings)]


def test_recall_against_the_truth_file(sample):
    truth = yaml.safe_load(TRUTH.read_text(encoding="utf-8"))
    hits = _recall(sample, truth)
    recall = len(hits) / len(truth["discrepancies"])
    print(f"\nrecall {len(hits)}/{len(truth['discrepancies'])} = {recall:.0%}: {', '.join(hits)}")
    assert recall >= RECALL_FLOOR
    scope2 = [e["id"] for e in truth["discrepancies"] if e["scope"] == 2]
    assert set(scope2) <= set(hits)


def test_every_finding_matches_a_truth_entry(sample):
    """Precision on the sample: a finding no truth entry explains is a false alarm."""
    truth = yaml.safe_load(TRUTH.read_text(encoding="utf-8"))
    for finding in sample.findings:
        lines = {loc.line for loc in finding.locations}
        assert any(e["category"] == finding.category and lines & set(e["lines"])
                   for e in truth["discrepancies"]), finding.to_dict("en")
