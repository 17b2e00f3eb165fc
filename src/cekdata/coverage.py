"""Honest coverage: for every table, its kind, the rows and figures it holds, the rows and
figures the checks read, and each row or cell left out with the reason. A table counts as
recognised only when checks ran on its rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .documents.model import Cell, Row, Table
from .documents.numbers import is_year
from .documents.structure import is_row_number
from .findings import Finding, Location, Passed
from .recognise.averages import average_columns
from .recognise.indicators import IndicatorView
from .recognise.relations import infer
from .recognise.view import TEXT_ROLES, TableView


@dataclass(frozen=True)
class TableCoverage:
    table: str
    kind: str                        # the view's kind, or "" when no check reads the table
    rows: int
    rows_checked: int
    figures: int
    figures_checked: int
    skipped: tuple[tuple[Location, str], ...] = field(default=())

    @property
    def recognised(self) -> bool:
        return bool(self.kind) and self.figures_checked > 0

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "kind": self.kind or None, "recognised": self.recognised,
                "rows": self.rows, "rows_checked": self.rows_checked, "figures": self.figures,
                "figures_checked": self.figures_checked,
                "skipped": [{"location": loc.to_dict(), "reason": why} for loc, why in self.skipped]}


def _numbering_column(table: Table) -> bool:
    firsts = [r.text(0) for r in table.rows if r.text(0)]
    return bool(firsts) and sum(map(is_row_number, firsts)) * 2 >= len(firsts)


def _figure_cells(table: Table) -> list[tuple[Row, int, Cell]]:
    """Cells that print a figure: not years, not the No column."""
    start = 1 if _numbering_column(table) else 0
    return [(row, col, cell) for row in table.rows for col, cell in enumerate(row.cells)
            if col >= start and cell.figure is not None and not is_year(cell.text)]


def _checked_cells(view: TableView) -> set[tuple[int, int]]:
    """(row number, column) of every figure a check of this view reads."""
    if isinstance(view, IndicatorView):
        return {(slot.row.number, slot.column.col) for entry in view.entries   # grades too
                for slot in list(entry.slots.values()) + entry.shared}
    rows = view.body + ([view.total] if view.total else []) + [s for s, _ in view.subtotals]
    cols = [c for role, c in view.roles.items() if role not in TEXT_ROLES]
    return {(row.number, col) for row in rows for col in cols
            if col < len(row.cells) and row.cells[col].figure is not None}


def _skipped(view: TableView, checked: set[tuple[int, int]]) -> list[tuple[Location, str]]:
    checked_rows = {number for number, _ in checked}
    skipped = [(view.location(row), why) for row, why in view.skipped if row.number not in checked_rows]
    if isinstance(view, IndicatorView):
        skipped += [(loc, what) for what, loc in view.notes]
    skipped += [(spot, "not a number") for spot in view.unparsed()]
    listed = {loc.row for loc, _ in skipped}
    for row in view.table.rows:
        if row.number in checked_rows or view.location(row).row in listed:
            continue
        has_figures = any(c.figure is not None for c in row.cells)
        skipped.append((view.location(row), "figures in no checked column" if has_figures
                        else "no figures (a group or heading row)"))
    return skipped


def _arithmetic_cells(table: Table) -> set[tuple[int, int]]:
    """Cells the row-relation and average checks read in a table no view claims."""
    cells = {(row.number, col) for relation in infer(table) for row in relation.rows
             for col in (relation.target, *relation.operands) if relation.holds(row) is not None}
    for column in average_columns(table):
        cells |= {(row.number, column.col) for row in (column.average, *column.rows)}
    return cells


def _touched(findings: list[Finding], passed: list[Passed]) -> set[str]:
    names = {p.table for p in passed}
    names |= {loc.table for f in findings for loc in f.locations if loc.table}
    return names


def table_coverage(tables: list[Table], views: list[TableView], findings: list[Finding],
                   passed: list[Passed]) -> list[TableCoverage]:
    by_table = {id(v.table): v for v in views}
    touched = _touched(findings, passed)
    out = []
    for table in tables:
        figures = _figure_cells(table)
        view = by_table.get(id(table))
        ran = view is not None and (view.name in touched or
                                    (isinstance(view, IndicatorView) and bool(view.entries)))
        arithmetic = _arithmetic_cells(table) if view is None and table.name in touched else set()
        if arithmetic:
            out.append(TableCoverage(table.name, "row-arithmetic", len(table.rows),
                                     len({n for n, _ in arithmetic}),
                                     len({(r.number, c) for r, c, _ in figures} | arithmetic),
                                     len(arithmetic), ()))
            continue
        if not ran:
            why = "not recognised" if view is None else "recognised, but no check ran on it"
            out.append(TableCoverage(table.name, "", len(table.rows), 0, len(figures), 0,
                                     ((table.caption_location(), why),)))
            continue
        checked = _checked_cells(view) | _arithmetic_cells(table)
        present = {(row.number, col) for row, col, _ in figures} | checked
        kind = getattr(view, "source", "") or view.kind
        out.append(TableCoverage(table.name, kind, len(table.rows),
                                 len({number for number, _ in checked}), len(present),
                                 len(checked), tuple(_skipped(view, checked))))
    return out
