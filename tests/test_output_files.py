"""Where reports go, and options that must be refused (issue 13 §4): --output and
`baseline write -o` checked before the check runs, never over a file the run reads (by inode),
written through a renamed temporary file; --tolerance nan, --jobs 0, Ctrl-C."""
import os

import pytest
from click.testing import CliRunner

from cekdata import batch, cli


def invoke(*args):
    return CliRunner().invoke(cli.main, [str(a) for a in args])


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "laporan.txt"
    path.write_text("Laporan Kinerja Tahun 2024.\n\nKODE\tURAIAN\tPAGU\tREALISASI\tSISA\n"
                    "CQ\tProgram\t10\t5\t4\n", encoding="utf-8")
    return path


@pytest.fixture
def no_check(monkeypatch):
    """Fail the test if a check runs: the output must be refused before."""
    def ran(*_args, **_kwargs):
        raise AssertionError("the check ran before the output was refused")
    monkeypatch.setattr(batch, "check_many", ran)


def one_line(result, code: int, words: str) -> None:
    assert result.exit_code == code, result.output
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["check", "{report}", "--output"],
                                     ["baseline", "write", "{report}", "-o"]])
def test_output_into_a_missing_folder_is_refused_before_the_check(report, no_check, command):
    args = [a.format(report=report) for a in command] + [report.parent / "tidak-ada" / "out.json"]
    one_line(invoke(*args), 2, "does not exist")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_output_into_a_read_only_folder_is_refused(report, tmp_path, no_check):
    folder = tmp_path / "terkunci"
    folder.mkdir(mode=0o500)
    one_line(invoke("check", report, "--output", folder / "out.json"), 2, "cannot write")


def test_a_folder_that_refuses_files_is_one_line(report, monkeypatch, no_check):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr("cekdata.output.tempfile.mkstemp", refuse)
    one_line(invoke("check", report, "--output", report.with_suffix(".json")), 2,
             "cannot write in")


def test_a_hard_link_of_the_input_is_not_overwritten(report, tmp_path, no_check):
    before = report.read_bytes()
    link = tmp_path / "salinan.json"
    os.link(report, link)
    one_line(invoke("check", report, "--output", link), 2, "refusing to overwrite")
    one_line(invoke("extract", report, "--format", "json", "--output", link), 2,
             "refusing to overwrite")
    assert report.read_bytes() == before


def test_the_configuration_read_is_not_overwritten(report, tmp_path, no_check):
    config = tmp_path / "cekdata.toml"
    config.write_text('lang = "en"\n', encoding="utf-8")
    one_line(invoke("check", report, "--output", config), 2, "refusing to overwrite")
    other = tmp_path / "lain.toml"
    other.write_text('lang = "en"\n', encoding="utf-8")
    one_line(invoke("check", report, "--config", other, "--output", other), 2,
             "refusing to overwrite")
    assert config.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == 'lang = "en"\n'


def test_a_failed_write_keeps_the_old_file_whole(report, tmp_path, monkeypatch):
    out = tmp_path / "hasil.json"
    out.write_text("versi lama\n", encoding="utf-8")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("cekdata.output.os.replace", disk_full)
    one_line(invoke("check", report, "--format", "json", "--output", out), 2, "No space left")
    assert out.read_text(encoding="utf-8") == "versi lama\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.json", "laporan.txt"]


def test_a_written_report_has_ordinary_permissions(report, tmp_path):
    out = tmp_path / "hasil.json"
    umask = os.umask(0o022)
    try:
        assert invoke("check", report, "--format", "json", "--output", out).exit_code == 1
    finally:
        os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o644 and out.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_tolerance_that_is_no_factor_exits_2(report, value):
    one_line(invoke("check", report, "--tolerance", value), 2, "tolerance")


@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_jobs_below_one_is_refused(report, jobs):
    result = invoke("check", report, "--jobs", jobs)
    assert result.exit_code == 2 and "--jobs" in result.stderr


def test_ctrl_c_exits_130(report, monkeypatch):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(batch, "check_many", interrupted)
    one_line(invoke("check", report), 130, "interrupted")
