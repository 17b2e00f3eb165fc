import textwrap
from pathlib import Path

import pytest

from cekdata import check
from cekdata.explain import cells_as_tabs

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "fixtures" / "lkjip-kpu-ntt-2024.txt"
CORRECTED = ROOT / "fixtures" / "lkjip-kpu-ntt-2024.corrected.txt"


@pytest.fixture
def run(tmp_path):
    """Check an inline document; tabs are written as ' | ' for readability."""
    def run_text(text: str, suffix: str = ".txt", **options):
        body = tabs(textwrap.dedent(text).strip("\n"))
        path = tmp_path / f"doc{suffix}"
        path.write_text(body + "\n", encoding="utf-8")
        return check(path, **options)
    return run_text


def codes(result):
    return sorted(f.rule for f in result.findings)


def passed_rules(result):
    return sorted({p.rule for p in result.passed})


tabs = cells_as_tabs
