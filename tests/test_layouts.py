"""Property tests over generated layouts: a consistent table gives no error, and one corrupted
figure gives new findings of the right rule, all at the corrupted cell's row or the rows that
sum it. Fixed seed and a bounded number of examples so CI stays fast and repeatable."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

from cekdata import check
from layouts import corrupt, generate, traits_strategy, write

FIRST_TABLE_LINE = 7           # title, blank, chapter, blank, caption, blank


def _rows_of(finding, table, fmt: str) -> set[int]:
    """The generated-row indices a finding points at."""
    header = len(table.header)
    rows = set()
    for loc in finding.locations:
        if fmt == "docx":
            if loc.row is not None:
                rows.add(loc.row - header - 1)
        elif loc.line is not None:
            separator = 1 if fmt in ("md", "md-bare") else 0
            rows.add(loc.line - FIRST_TABLE_LINE - header - separator)
    return rows


def _check(table, fmt: str):
    with tempfile.TemporaryDirectory() as folder:
        return check(write(table, fmt, Path(folder)))


def _errors(result):
    return [f for f in result.findings if f.severity.value == "error"]


@seed(20261202)
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(traits_strategy())
def test_consistent_layout_gives_no_error_and_one_corruption_is_found(traits):
    table = generate(traits)
    fmt = traits["format"]
    clean = _check(table, fmt)
    assert _errors(clean) == [], [f.message("en") for f in clean.findings]
    assert clean.tables_recognised, "the table was not recognised"

    figure = table.figures[traits["seed"] % len(table.figures)]
    bad = _check(corrupt(table, figure), fmt)
    new = _errors(bad)
    assert figure.rule in {f.rule for f in new}, (figure, [f.message("en") for f in new])
    allowed = {figure.row, *figure.sums_into}
    for finding in new:
        assert _rows_of(finding, table, fmt) & allowed, (figure, finding.message("en"))
