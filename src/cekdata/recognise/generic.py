"""Any other table with a total row: its numeric columns get column-total checks."""
from __future__ import annotations

from ..documents.model import Table
from .columns import is_additive
from .view import TableView, split_rows


def numeric_columns(table: Table, rows) -> list[int]:
    cols = []
    for col in range(1, table.width):
        cells = [r.cells[col] for r in rows if col < len(r.cells) and r.cells[col].text]
        figures = [c.figure for c in cells if c.figure is not None]
        if len(figures) >= 2 and len(figures) * 2 > len(cells):
            cols.append(col)
    return cols


def detect(table: Table) -> TableView | None:
    split = split_rows(table.rows)
    if split.total is None:
        return None
    roles = {f"col{c + 1}": c for c in numeric_columns(table, split.body)
             if is_additive(table, c, split.body)}
    if not roles:
        return None
    return TableView(table, "totals", roles, split.body, split.total, split.subtotals, split.skipped)
