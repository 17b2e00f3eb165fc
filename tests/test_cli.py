"""Exit codes and bad input: one clear line on stderr, never a traceback."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from cekdata import cli
from conftest import CORRECTED, SAMPLE


def invoke(*args):
    return CliRunner().invoke(cli.main, [str(a) for a in args])


def test_exit_1_on_findings_and_0_on_corrected_copy():
    assert invoke("check", SAMPLE).exit_code == 1
    assert invoke("check", CORRECTED).exit_code == 0


def test_fail_on_levels():
    assert invoke("check", SAMPLE, "--fail-on", "never").exit_code == 0
    assert invoke("check", SAMPLE, "--fail-on", "warning").exit_code == 1


def test_fail_on_warning_counts_warnings(tmp_path):
    path = tmp_path / "warn.txt"
    path.write_text("KODE\tURAIAN\tPAGU\tREALISASI\tSISA\t%\n"
                    "C\tProgram\t10\t5\t5\t50.00%\nC.6709\tKegiatan\t10\t5\t5\t50.00%\n", encoding="utf-8")
    assert invoke("check", path).exit_code == 0               # only a BUD005 warning
    assert invoke("check", path, "--fail-on", "warning").exit_code == 1


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: p, "no .docx, .pdf, .txt or .md files"),     # an empty folder
    (lambda p: _write(p / "empty.txt", b""), "is empty"),
    (lambda p: _write(p / "blank.md", b"\n\n  \n"), "is empty"),
    (lambda p: _write(p / "bin.txt", b"\x00\x01\x02binary"), "binary"),
    (lambda p: _write(p / "report.xlsx", b"PK\x03\x04"), "unsupported file type"),
    (lambda p: _write(p / "report.pdf", b"%PDF-1.4"), "not a readable PDF"),
    (lambda p: _write(p / "report.docx", b"not a zip at all"), "corrupt zip"),
    (lambda p: _write(p / "bad.txt", b"\x81\x8d\x8f\x90\x9d"), "cannot decode"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, make, message):
    result = invoke("check", make(tmp_path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def _write(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding, prefix", [("utf-8-sig", b""), ("utf-16", b""), ("cp1252", b"")])
def test_text_encodings_are_read(tmp_path, encoding, prefix):
    path = tmp_path / "r.txt"
    path.write_bytes(prefix + "Laporan Kinerja Tahun 2024 — anggaran.\n".encode(encoding))
    result = invoke("check", path, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["year"] == 2024


def test_usage_error_exits_2():
    assert invoke("check").exit_code == 2
    assert invoke("check", SAMPLE, "--format", "yaml").exit_code == 2


def test_internal_failure_exits_3(monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")
    from cekdata import batch
    monkeypatch.setattr(batch, "check_document", broken)
    result = invoke("check", SAMPLE)
    assert result.exit_code == 3
    assert "internal error: RuntimeError: boom" in result.stderr


def test_output_file_and_input_untouched(tmp_path):
    before = SAMPLE.read_bytes()
    out = tmp_path / "report.json"
    result = invoke("check", SAMPLE, "--format", "json", "--output", out)
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["error"] > 0
    assert SAMPLE.read_bytes() == before
    assert invoke("check", out.with_suffix(".txt"), "--output", out).exit_code == 2


def test_refuses_to_overwrite_input(tmp_path):
    copy = tmp_path / "r.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    assert invoke("check", copy, "--output", copy).exit_code == 2
    assert copy.read_bytes() == SAMPLE.read_bytes()


def test_several_inputs_give_a_json_list():
    result = invoke("check", SAMPLE, CORRECTED, "--format", "json")
    data = json.loads(result.stdout)
    assert [d["source"] for d in data] == [str(SAMPLE), str(CORRECTED)]


def test_rules_lists_every_code():
    result = invoke("rules", "--lang", "en")
    assert result.exit_code == 0
    for code in ["SUM001", "SUM002", "SUM003", "SUM004", "BUD001", "BUD002", "BUD003", "BUD004",
                 "BUD005", "PRO001", "PRO002"]:
        assert code in result.stdout


def test_python_m_cekdata_runs_without_leaking_progress_or_tracebacks(tmp_path):
    result = subprocess.run([sys.executable, "-m", "cekdata", "check", str(SAMPLE), "--format", "json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr == ""
    json.loads(result.stdout)
    missing = subprocess.run([sys.executable, "-m", "cekdata", "check", str(tmp_path / "none.txt")],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
