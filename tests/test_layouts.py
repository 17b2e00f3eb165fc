"""Property tests over generated layouts: a consistent table gives no error, and one corrupted
figure gives new findings of the right rule, all at the corrupted cell's row or the rows that
sum it. Fixed seed and a bounded number of examples so CI stays fast and repeatable."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, seed, settings

from cekdata import check
from layouts import CODE_SCHEMES, KINDS, corrupt, generate, traits_strategy, write

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


def _check(table, traits):
    with tempfile.TemporaryDirectory() as folder:
        return check(write(table, traits["format"], Path(folder), traits["bare_groups"]))


def _errors(result):
    return [f for f in result.findings if f.severity.value == "error"]


FORMATS = ["txt", "md", "md-bare", "md-nosep", "docx"]


def hard(kind: str, fmt: str, codes: str = "dipa") -> dict:
    """Every trait that has broken a reader at once: groups (printed without tabs in text),
    a numbering row, a two-row header, an average row after the total, numbers in names."""
    return {"kind": kind, "format": fmt, "rows": 5, "numbered": True, "groups": True,
            "two_row_header": True, "numbering_row": True, "parens": True, "codes": codes,
            "budget_order": ["realisasi", "pagu", "sisa", "percent"],
            "indicator_order": ["realisasi", "target", "capaian"], "decimal": ",",
            "rupiah": "Rp ", "cents": True, "percent_sign": False, "average_row": True,
            "bare_groups": True, "seed": 7}


def _with_hard_examples(test):
    for kind in sorted(KINDS):
        for fmt in FORMATS:
            test = example(hard(kind, fmt))(test)
    for codes in sorted(CODE_SCHEMES):
        test = example(hard("budget", "txt", codes))(test)
    return test


@_with_hard_examples
@seed(20261202)
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(traits_strategy())
def test_consistent_layout_gives_no_error_and_one_corruption_is_found(traits):
    table = generate(traits)
    fmt = traits["format"]
    clean = _check(table, traits)
    assert _errors(clean) == [], [f.message("en") for f in clean.findings]
    assert clean.tables_recognised, "the table was not recognised"

    figure = table.figures[traits["seed"] % len(table.figures)]
    bad = _check(corrupt(table, figure), traits)
    new = _errors(bad)
    assert figure.rule in {f.rule for f in new}, (figure, [f.message("en") for f in new])
    allowed = {figure.row, *figure.sums_into}
    for finding in new:
        assert _rows_of(finding, table, fmt) & allowed, (figure, finding.message("en"))
