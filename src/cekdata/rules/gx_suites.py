"""Row-level invariants executed by Great Expectations.

A suite in ``expectations/`` names a formula (``left = right`` over column roles) in its
``meta.cekdata``; cekdata turns each row's figures into the intervals ``left_lo..left_hi``
and ``right_lo..right_hi``, and GX checks the suite's own expectations on them (two pair
expectations say the intervals overlap). Rows GX lists in ``unexpected_index_list`` lead back
to the table's row numbers, so every failure points at its source cells. One GX run checks all
of a report's tables for a suite (stacked), since a run costs far more than its rows."""
from __future__ import annotations

import threading
from decimal import Decimal

from ..documents.numbers import format_like
from ..recognise.view import TableView
from .context import Context
from ..documents.intervals import compile_formula
from .gx_import import gx as load_gx
from .registry import Rule, check_kind

_gx = load_gx     # the old name, for callers that warm GX up by it (before forking workers)
# One GX asset serves every validation in a process; GX's batch definition is not safe to use
# from two threads at once (a dask worker runs checks in threads), so validations take turns.
_GX_TURN = threading.Lock()


def _interval_frame(rule: Rule, view: TableView):
    params = rule.params
    left, right = compile_formula(params["left"]), compile_formula(params["right"])
    roles = sorted(set(left.roles) | set(right.roles))
    if any(role not in view.roles for role in roles):
        return None, roles
    frame = view.frame(roles, blank_is_zero=params.get("blank_is_zero", False))
    if frame.empty:
        return frame, roles
    for side, formula in (("left", left), ("right", right)):
        bounds = [formula({r: (row[f"{r}_lo"], row[f"{r}_hi"]) for r in roles
                           if row[f"{r}_lo"] is not None}) for _, row in frame.iterrows()]
        frame[f"{side}_lo"] = [b[0] if b else None for b in bounds]
        frame[f"{side}_hi"] = [b[1] if b else None for b in bounds]
    usable = frame[["left_lo", "right_lo"]].notna().all(axis=1)
    return frame[usable], roles


def validate(suite: dict, frame) -> set[int]:
    """Run a GX suite on ``frame``; return the index labels of rows it flags."""
    gx, definition = load_gx()
    expectations = [dict(e) for e in suite.get("expectations", [])]
    with _GX_TURN:
        batch = definition.get_batch(batch_parameters={"dataframe": frame.astype(object)})
        result = batch.validate(gx.ExpectationSuite(name=suite.get("name", "cekdata"),
                                                    expectations=expectations),
                                result_format="COMPLETE")
    flagged: set[int] = set()
    for outcome in result.results:
        if outcome.exception_info and outcome.exception_info.get("raised_exception"):
            raise RuntimeError(outcome.exception_info.get("exception_message"))
        flagged.update(_row_number(i) for i in outcome.result.get("unexpected_index_list") or [])
    return flagged


def validate_all(suite: dict, frames: list) -> list[set[int]]:
    """Each frame's flagged index labels. A suite of row-wise expectations runs once over all the
    frames stacked (a GX run costs far more than its rows); any other suite sees one table at a
    time, since stacking would change what a column-wide expectation means."""
    if len(frames) < 2 or not _row_wise(suite):
        return [validate(suite, frame) for frame in frames]
    import pandas as pd

    owners = [(at, label) for at, frame in enumerate(frames) for label in frame.index]
    stacked = pd.concat([frame.reset_index(drop=True) for frame in frames], ignore_index=True)
    flagged: list[set[int]] = [set() for _ in frames]
    for position in validate(suite, stacked):
        at, label = owners[position]
        flagged[at].add(label)
    return flagged


def _row_wise(suite: dict) -> bool:
    """Is every expectation a map expectation (each row passes or fails on its own values)?"""
    load_gx()
    from great_expectations.expectations import expectation
    from great_expectations.expectations.registry import get_expectation_impl

    row_wise = (expectation.ColumnMapExpectation, expectation.ColumnPairMapExpectation,
                expectation.MulticolumnMapExpectation)
    try:
        kinds = [get_expectation_impl(e.get("type") or e.get("expectation_type"))
                 for e in suite.get("expectations", [])]
    except Exception:   # an unknown type: let validate() report it as before, table by table
        return False
    return all(issubclass(kind, row_wise) for kind in kinds)


def _row_number(index) -> int:
    """GX lists plain index labels, or dicts when the index is named."""
    return int(index["row"] if isinstance(index, dict) else index)


def _expected(rule: Rule, row, roles: list[str]) -> Decimal | None:
    exact = compile_formula(rule.params["right"])({r: (row[r], row[r]) for r in roles
                                                  if row[r] is not None})
    return exact[0] if exact else None


@check_kind("gx")
def run_suite(rule: Rule, context: Context):
    checked = []
    for view in context.views_for(rule.applies_to):
        frame, roles = _interval_frame(rule, view)
        if frame is None:
            continue
        if frame.empty:
            context.note(f"{rule.code}: {view.name}: no row has the figures to check")
            continue
        checked.append((view, frame, roles))
    flagged_per_view = validate_all(rule.params["suite"], [frame for _, frame, _ in checked])
    left_role = compile_formula(rule.params["left"]).roles[0]
    for (view, frame, roles), flagged in zip(checked, flagged_per_view):
        rows = {r.number: r for r in view.body}
        for number in sorted(flagged):
            yield _row_finding(rule, view, rows[number], frame.loc[number], roles, left_role)
        held = len(frame) - len(flagged)
        if held:
            yield rule.passed(view.name, held, [view.location(view.body[0])] if view.body else [],
                              f"{held} of {len(frame)} rows")


def _row_finding(rule: Rule, view: TableView, row, values, roles, left_role):
    expected = _expected(rule, values, roles)
    found = view.cell(row, left_role).figure
    difference = (found.value - expected) if (found and expected is not None) else None
    locations = [view.location(row, left_role)] + [view.location(row, r) for r in roles
                                                  if r != left_role]
    label = view.cell(row, view.roles.get("code", view.roles.get("region", 0))).text or \
        view.location(row).text[:40]
    return rule.finding(
        {"row": label, "column": view.column_label(left_role), "table": view.name},
        locations, expected=format_like(expected, found) if expected is not None else "",
        found=found.raw if found else "", key=label,
        difference=format_like(difference, found) if difference is not None else "")
