"""cekdata runs offline (product brief): a check of any format opens no network connection and
looks up no host name, whatever a library it uses might try (GX analytics, font or schema
downloads). Runs identical output whatever the hash seed or the number of jobs."""
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cekdata import cli
from cekdata.api import check

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test at the first attempt to reach the network."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network use during a check: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


@pytest.mark.parametrize("name", ["lkjip-dinkes-contoh-2025.txt",
                                  "rendered/lkjip-dinkes-contoh-2025.docx",
                                  "rendered/lkjip-dinkes-contoh-2025.pdf"])
def test_check_opens_no_connection(no_network, name):
    result = check(FIXTURES / name)
    assert result.tables > 0


def test_cli_check_opens_no_connection(no_network):
    result = CliRunner().invoke(cli.main, ["check", str(FIXTURES / "lkjip-dinkes-contoh-2025.txt"),
                                           "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert '"findings"' in result.output


def _run(args: list[str], seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "cekdata", "check", *args], env=env,
                          capture_output=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_output_does_not_depend_on_the_hash_seed(fmt):
    report = str(FIXTURES / "lkjip-kpu-ntt-2024.txt")
    first = _run([report, "--format", fmt], "1")
    assert first and _run([report, "--format", fmt], "2024") == first


def test_one_job_and_two_jobs_give_the_same_output(tmp_path):
    for name in ("bawaslu-kab-2024.planted.txt", "kecamatan-2024.planted.txt",
                 "pn-2024.consistent.txt"):
        shutil.copy(FIXTURES / "corpus" / name, tmp_path / name)
    one = _run([str(tmp_path), "--format", "json", "--jobs", "1"], "7")
    assert one and _run([str(tmp_path), "--format", "json", "--jobs", "2"], "8") == one
