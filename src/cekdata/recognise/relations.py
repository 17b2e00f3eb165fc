"""Row arithmetic a table keeps without saying so: a column that is the sum of the columns
before it (Beban = Sisa awal + Masuk), the difference of two (Lebih/(Kurang) = Realisasi −
Target), or a percentage of two (% = Realisasi / Target × 100). Which relation a column keeps
is read from the rows themselves: it must hold, within printed precision, on every row but at
most one, on at least three rows, and the column's header must allow it (a percentage column
for a ratio; a total, remainder or difference word for a sum or a difference). The row where
it fails is then a discrepancy."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from ..data import load
from ..documents.model import Row, Table
from ..documents.intervals import Interval, add, div, mul, overlap, sub
from .columns import column_type
from .view import matches_any, split_rows

MIN_ROWS = 3


@dataclass(frozen=True)
class Relation:
    target: int              # the column that is computed
    kind: str                # sum | difference | ratio
    operands: tuple[int, ...]
    rows: tuple[Row, ...]    # the rows it was read on (body, subtotals and total)

    def expected(self, row: Row) -> Interval | None:
        values = [_interval(row, c) for c in self.operands]
        if any(v is None for v in values):
            return None
        if self.kind == "sum":
            total = values[0]
            for value in values[1:]:
                total = add(total, value)
            return total
        if self.kind == "difference":
            return sub(values[0], values[1])
        quotient = div(values[0], values[1])
        return None if quotient is None else mul(quotient, (Decimal(100), Decimal(100)))

    def holds(self, row: Row) -> bool | None:
        stated, expected = _interval(row, self.target), self.expected(row)
        if stated is None or expected is None:
            return None
        return overlap(stated, expected)


def _interval(row: Row, col: int) -> Interval | None:
    if col >= len(row.cells) or row.cells[col].figure is None:
        return None
    figure = row.cells[col].figure
    return figure.low, figure.high


def _words() -> dict:
    return load("columns")["relations"]


def _candidates(table: Table, target: int, numeric: list[int]):
    """Relations the target column's header allows, over the numeric columns left of it."""
    label, kind = table.columns[target], column_type(table, target)
    left = [c for c in numeric if c < target]
    if kind == "percent":
        for a, b in combinations(left, 2):
            yield "ratio", (a, b)
            yield "ratio", (b, a)
        return
    if matches_any(label, _words()["difference"]):
        for a, b in combinations(left, 2):
            yield "difference", (b, a)
            yield "difference", (a, b)
    if matches_any(label, _words()["sum"]):
        for size in (2, 3, 4):
            for start in range(len(left) - size + 1):
                yield "sum", tuple(left[start:start + size])


def infer(table: Table) -> list[Relation]:
    split = split_rows(table.rows)
    rows = split.body + [s for s, _ in split.subtotals] + ([split.total] if split.total else [])
    if len(rows) < MIN_ROWS:
        return []
    numeric = [c for c in range(table.width)
               if column_type(table, c, rows) in ("count", "money", "volume", "percent")]
    found = []
    for target in numeric:
        kept: list[tuple[int, Relation]] = []
        for kind, operands in _candidates(table, target, numeric):
            relation = Relation(target, kind, operands, tuple(rows))
            known = [v for v in (relation.holds(r) for r in rows) if v is not None]
            if len(known) >= MIN_ROWS and known.count(False) <= 1:
                kept.append((known.count(False), relation))
        # a relation that holds on every row outranks ones that fail somewhere (100 % rows make
        # many pairs of columns look like a ratio); a Jumlah may still be L + P and A + B + C
        exact = [r for fails, r in kept if fails == 0]
        found += exact or [r for _, r in kept[:1]]
    return found
