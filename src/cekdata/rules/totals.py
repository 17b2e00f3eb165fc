"""Checks on a table's total row: column totals, counted notes ("16 TPS Loksus"), and
equations written into a cell ("Laki + Perempuan = 208")."""
from __future__ import annotations

import re
from decimal import Decimal

from ..documents.numbers import format_decimal, parse_figure
from ..recognise.columns import is_additive
from ..recognise.view import TableView, matches_any, norm, vocabulary
from .context import Context
from .registry import Rule, check_kind

PART_WHOLE_ROLES = ("tps", "male", "female", "whole")


def _summed_roles(view: TableView) -> list[str]:
    roles = list(view.roles) if view.kind == "totals" else \
        [r for r in PART_WHOLE_ROLES if r in view.roles] + [r for r in view.roles if r.startswith("col")]
    return [r for r in roles if is_additive(view.table, view.roles[r], view.body)]


@check_kind("column_total")
def column_total(rule: Rule, context: Context):
    for view in context.views_for(rule.applies_to):
        if view.total is None:
            context.note(f"{view.name}: no total row (JUMLAH/TOTAL); column totals not checked",
                         view.location(view.body[0]) if view.body else None)
            continue
        held = []
        groups = [(view.total, view.body)] + view.subtotals
        for role in _summed_roles(view):
            outcomes = [_check_column(rule, view, role, total, rows) for total, rows in groups]
            yield from (o for o in outcomes if o not in (None, True))
            if True in outcomes:
                held.append(view.column_label(role))
        if held:
            yield rule.passed(view.name, len(held), [view.location(view.total)],
                              "columns: " + ", ".join(held))


def _check_column(rule: Rule, view: TableView, role: str, total, rows):
    stated = view.cell(total, role).figure
    if stated is None or stated.kind == "percent":
        return None
    cells = [view.cell(row, role) for row in rows]
    figures = [c.figure for c in cells if c.figure is not None]
    if len(figures) < 2:
        return None
    low = sum((f.low for f in figures), Decimal(0))
    high = sum((f.high for f in figures), Decimal(0))
    if stated.overlaps(low, high):
        return True
    exact = sum((f.value for f in figures), Decimal(0))
    locations = [view.location(total, role)] + \
        [view.location(row, role) for row in rows if view.cell(row, role).figure is not None]
    subtotal = "" if total is view.total else f" {total.cells[0].text or total.cells[1].text}"
    return rule.finding({"column": view.column_label(role), "table": view.name + subtotal,
                         "rows": len(figures)},
                        locations, expected=format_decimal(exact, stated.kind), found=stated.raw,
                        difference=format_decimal(stated.value - exact, stated.kind),
                        key=f"{view.kind}:{view.column_label(role)}{subtotal}")


_COUNTED_NOTE = re.compile(r"^(?P<count>\d+)\s+(?P<what>[^\d].*)$")


def _counted(text: str) -> tuple[int, str] | None:
    found = _COUNTED_NOTE.match(text.strip())
    return (int(found["count"]), norm(found["what"])) if found else None


@check_kind("note_count")
def note_count(rule: Rule, context: Context):
    for view in context.views_for(rule.applies_to):
        if "note" not in view.roles or view.total is None:
            continue
        stated = _counted(view.cell(view.total, "note").text)
        if stated is None:
            continue
        count, what = stated
        rows = [(row, _counted(view.cell(row, "note").text)) for row in view.body]
        rows = [(row, c[0]) for row, c in rows if c and c[1] == what]
        total = sum(n for _, n in rows)
        if total == count:
            yield rule.passed(view.name, 1, [view.location(view.total, "note")],
                              f"{count} {what} = {len(rows)} rows")
            continue
        locations = [view.location(view.total, "note")] + [view.location(r, "note") for r, _ in rows]
        yield rule.finding({"what": what, "table": view.name}, locations, expected=total,
                           found=count, difference=count - total, key=f"note:{what}")


_EQUATION = re.compile(r"^(?P<terms>[^=]+?)\s*=\s*(?P<value>\d[\d.,]*)\s*$")


def _term_role(term: str, view: TableView) -> str | None:
    for spec in vocabulary()["parts_whole"]:
        for role, words in spec["parts"].items():
            if role in view.roles and matches_any(term, words):
                return role
    return None


@check_kind("cell_equation")
def cell_equation(rule: Rule, context: Context):
    """A cell that writes out its own sum must agree with the figures it names."""
    for view in context.views_for(rule.applies_to):
        for row in ([view.total] if view.total else []) + view.body:
            for col, cell in enumerate(row.cells):
                found = _EQUATION.match(cell.text)
                if not found:
                    continue
                terms = [t.strip() for t in found["terms"].split("+")]
                roles = [_term_role(t, view) for t in terms]
                stated = parse_figure(found["value"])
                figures = [view.cell(row, r).figure for r in roles if r]
                if None in roles or stated is None or None in figures or len(terms) < 2:
                    context.note(f"{view.name}: equation {cell.text!r} not understood",
                                 view.location(row, col))
                    continue
                exact = sum(f.value for f in figures)
                where = [view.location(row, col)] + [view.location(row, r) for r in roles]
                if stated.overlaps(sum(f.low for f in figures), sum(f.high for f in figures)):
                    yield rule.passed(view.name, 1, where, cell.text)
                else:
                    yield rule.finding({"equation": cell.text, "table": view.name}, where,
                                       expected=format_decimal(exact), found=stated.raw,
                                       difference=format_decimal(stated.value - exact))


def grand_total(view: TableView, measure: str):
    """The figure a table gives for a whole measure, with the cells it comes from."""
    if view.total is None:
        return None, []
    row = view.total
    if measure in ("tps", "male", "female"):
        roles = [measure] if measure in view.roles else []
    elif "whole" in view.roles and view.cell(row, "whole").figure is not None:
        roles = ["whole"]
    else:
        roles = [r for r in ("male", "female") if r in view.roles]
    figures = [view.cell(row, r).figure for r in roles]
    if not roles or None in figures:
        return None, []
    value = sum((f.value for f in figures), Decimal(0))
    half = sum((f.half_unit for f in figures), Decimal(0))
    return (value, half), [view.location(row, r) for r in roles]

