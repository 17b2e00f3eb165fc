"""Column semantics: each figure column gets a type — count, money, volume, percent, average,
index, year — from its header words first and its values second. Checks apply by type: only
additive columns (counts, money, volumes) are summed into a total row."""
from __future__ import annotations

from ..data import load
from ..documents.model import Table
from ..documents.numbers import is_year
from .view import matches_any


def _words() -> dict:
    return load("columns")


def column_type(table: Table, col: int, rows=None) -> str:
    label = table.columns[col] if col < table.width else ""
    for kind, words in _words()["types"].items():
        if matches_any(label, words):
            return kind
    cells = [r.cells[col] for r in (table.rows if rows is None else rows)
             if col < len(r.cells) and r.cells[col].figure is not None]
    if not cells:
        return "text"
    if sum(c.figure.kind == "percent" for c in cells) * 2 >= len(cells):
        return "percent"
    if all(is_year(c.text) for c in cells):
        return "year"
    if any(c.figure.kind == "money" for c in cells):
        return "money"
    if any(c.figure.kind == "decimal" for c in cells):
        return "volume"
    return "count"


def is_additive(table: Table, col: int, rows=None) -> bool:
    return column_type(table, col, rows) in _words()["additive"]
