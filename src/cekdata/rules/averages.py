"""SUM007: an average row is the mean of the rows it averages."""
from __future__ import annotations

from ..documents.numbers import format_like
from ..findings import Location
from ..recognise.averages import AverageColumn, average_columns
from .context import Context
from .registry import Rule, check_kind


def _where(table, row, col: int) -> Location:
    cell = row.cells[col]
    return Location(line=cell.line or row.line, page=cell.page or row.page, table=table.name,
                    row=cell.row or row.number, column=table.columns[col] or f"#{col + 1}",
                    text=cell.raw, bbox=cell.bbox, col=cell.col or col + 1)


@check_kind("column_average")
def column_average(rule: Rule, context: Context):
    for table in context.document.tables:
        held = []
        for column in average_columns(table):
            if column.holds():
                held.append(table.columns[column.col])
                continue
            yield _finding(rule, table, column)
        if held:
            yield rule.passed(table.name, len(held), [], "averages: " + ", ".join(held))


def _finding(rule: Rule, table, column: AverageColumn):
    stated = column.average.cells[column.col].figure
    low, high = column.interval()
    mean = (low + high) / 2
    where = [_where(table, column.average, column.col)] + \
        [_where(table, r, column.col) for r in column.rows]
    return rule.finding({"column": table.columns[column.col], "table": table.name,
                         "rows": len(column.rows)}, where,
                        expected=format_like(mean, stated), found=stated.raw,
                        difference=format_like(stated.value - mean, stated),
                        key=f"average:{table.columns[column.col]}")
