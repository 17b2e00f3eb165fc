"""Any other table with a total row: its numeric columns get column-total checks."""
from __future__ import annotations

from ..documents.model import Table
from .budget import code_column
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
    body, skipped = _top_level(table, split.body)
    roles = {f"col{c + 1}": c for c in numeric_columns(table, body)
             if is_additive(table, c, body)}
    if not roles:
        return None
    return TableView(table, "totals", roles, body, split.total, split.subtotals,
                     split.skipped + skipped)


def _top_level(table: Table, rows):
    """With a code column, a total adds up the rows no other row's code contains
    (4.1.04.16.01 holds 4.1.04.16.01.0001): children are in their parent already."""
    col = code_column(table)
    if col is None:
        return rows, []
    codes = [r.text(col) for r in rows if r.text(col)]
    def is_child(code: str) -> bool:
        return any(code != other and code.startswith(other + ".") for other in codes)
    children = [r for r in rows if r.text(col) and is_child(r.text(col))]
    child_ids = {id(r) for r in children}
    return [r for r in rows if id(r) not in child_ids], [(r, "a child of a coded row") for r in children]
