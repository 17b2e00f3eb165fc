"""Average rows ("Rata-rata", "Nilai IKM"): each figure is the plain mean of the figures above
it in its column. A weighted mean is only checked when the report says how it weighs."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..data import load
from ..documents.model import Row, Table
from ..documents.numbers import Figure, decimal_reading, is_year
from ..documents.structure import is_row_number
from .view import is_average_row, matches_any, split_rows


@dataclass(frozen=True)
class AverageColumn:
    col: int
    average: Row
    rows: tuple[Row, ...]        # the rows with a figure in this column

    def figures(self, decimals: bool = False) -> list[Figure]:
        figures = [r.cells[self.col].figure for r in self.rows]
        return [decimal_reading(f) or f for f in figures] if decimals else figures

    def stated(self, decimals: bool = False) -> Figure:
        figure = self.average.cells[self.col].figure
        return (decimal_reading(figure) or figure) if decimals else figure

    def interval(self, decimals: bool = False) -> tuple[Decimal, Decimal]:
        figures = self.figures(decimals)
        n = Decimal(len(figures))
        return sum((f.low for f in figures), Decimal(0)) / n, sum((f.high for f in figures), Decimal(0)) / n

    def holds(self) -> bool:
        """Within printed precision, in either reading of "3,412" (a mean of 1–4 scores is
        not a mean of thousands)."""
        return any(self.stated(d).overlaps(*self.interval(d)) for d in (False, True))


def _weighted(table: Table, row: Row) -> bool:
    words = load("columns")["weighted_average"]
    return matches_any(f"{table.caption} {' '.join(c.text for c in row.cells)}", words)


def average_columns(table: Table) -> list[AverageColumn]:
    split = split_rows(table.rows)
    averages = [r for r, why in split.skipped if why == "average row" or is_average_row(r)]
    out = []
    for average in averages[:1]:
        if _weighted(table, average):
            continue
        for col, cell in enumerate(average.cells):
            if cell.figure is None or is_year(cell.text) or is_row_number(cell.text) and col == 0:
                continue
            rows = tuple(r for r in split.body if col < len(r.cells) and r.cells[col].figure is not None)
            if len(rows) >= 2:
                out.append(AverageColumn(col, average, rows))
    return out
