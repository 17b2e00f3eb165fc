"""The indicator matrix for evaluators: one row per indicator, one column per (source table,
measure, year) with the value and where it is printed. JSON keeps every detail; CSV is the
wide sheet evaluators paste into their working papers."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

from ..recognise.matrix import MEASURES, Matrix, Value


def _unit(values: list[Value]) -> str:
    kinds = Counter(v.value.kind for v in values if v.value.kind != "text")
    return min(kinds, key=lambda kind: (-kinds[kind], kind)) if kinds else ""


def _value_dict(value: Value) -> dict:
    figure = value.value.figure
    return {"source": value.source, "table": value.view.name, "measure": value.measure,
            "year": value.year, "value": value.value.show(), "kind": value.value.kind,
            "number": str(figure.value) if figure is not None else None,
            "grade": value.value.grade or None, "location": value.location.to_dict()}


def to_dict(matrix: Matrix, source: str) -> dict:
    indicators = []
    for indicator in matrix.identity.indicators:
        values = matrix.of(indicator)
        indicators.append({
            "id": indicator.id, "name": indicator.name, "direction": matrix.direction(indicator.name),
            "unit": _unit(values),
            "names": [{"source": f"{view.label} {view.table.name.split()[0]}", "name": entry.name,
                       "line": view.entry_location(entry).line} for view, entry in indicator.members],
            "values": [_value_dict(v) for v in values]})
    return {
        "source": source, "year": matrix.year, "indicators": indicators,
        "ambiguous": [{"name": e.name, "table": v.name, "line": v.entry_location(e).line,
                       "candidates": names} for v, e, names in matrix.identity.ambiguous],
        "misplaced": [{"name": e.name, "table": v.name, "line": v.entry_location(e).line,
                       "heading_names": named.name} for v, e, named in matrix.identity.misplaced]}


def to_json(matrix: Matrix, source: str) -> str:
    return json.dumps(to_dict(matrix, source), ensure_ascii=False, indent=2) + "\n"


def _column_key(value: Value) -> tuple:
    return (value.view.table.index, MEASURES.index(value.measure), value.year or 0)


def to_csv(matrix: Matrix, source: str) -> str:
    keys: dict[tuple, str] = {}
    for value in sorted(matrix.values, key=_column_key):
        keys.setdefault(_column_key(value), f"{value.source}|{value.measure}|{value.year or ''}")
    header = ["id", "indicator", "direction"]
    for label in keys.values():
        header += [label, f"{label}|at"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for indicator in matrix.identity.indicators:
        cells: dict[tuple, Value] = {}
        for value in matrix.of(indicator):
            cells.setdefault(_column_key(value), value)
        row = [indicator.id, indicator.name, matrix.direction(indicator.name)]
        for key in keys:
            value = cells.get(key)
            row += [value.value.show(), value.location.short()] if value else ["", ""]
        writer.writerow(row)
    return out.getvalue()


WRITERS = {"json": to_json, "csv": to_csv}
