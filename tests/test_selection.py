"""A rule code or category that no rule has is refused, so CI cannot pass by checking nothing."""
from click.testing import CliRunner

from cekdata.cli import main
from conftest import ROOT

REPORT = str(ROOT / "fixtures" / "lkjip-dinkes-contoh-2025.txt")


def _run(*args):
    return CliRunner().invoke(main, ["check", REPORT, *args])


def test_unknown_code_in_select_is_refused_with_the_nearest_code():
    result = _run("--select", "BUD0O3")
    assert result.exit_code == 2 and "BUD0O3" in result.output and "BUD003" in result.output


def test_unknown_code_in_ignore_and_severity_is_refused():
    assert _run("--ignore", "NOPE999").exit_code == 2
    assert _run("--severity", "XYZ123=warning").exit_code == 2


def test_known_codes_and_categories_run(tmp_path):
    assert _run("--select", "BUD003").exit_code == 0
    assert _run("--select", "budget-hierarchy", "--ignore", "IND005").exit_code == 0


def test_unknown_code_in_the_configuration_file_is_refused(tmp_path):
    config = tmp_path / "cekdata.toml"
    config.write_text('select = ["SUM00l"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", REPORT, "--config", str(config)])
    assert result.exit_code == 2 and "SUM00l" in result.output


def test_an_unreadable_file_among_readable_ones_fails_the_run(tmp_path):
    scanned = tmp_path / "scanned.pdf"
    scanned.write_bytes((ROOT / "fixtures" / "rendered" / "scanned.pdf").read_bytes())
    result = CliRunner().invoke(main, ["check", str(scanned), REPORT])
    assert result.exit_code == 2
    skipped = CliRunner().invoke(main, ["check", str(scanned), REPORT, "--skip-unreadable"])
    assert skipped.exit_code == 0                 # the health report is consistent
