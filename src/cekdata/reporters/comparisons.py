"""The indicator × comparison table for evaluators (``cekdata extract --what comparisons``):
one row per PK indicator (every indicator when the report has no PK table), and for each
comparison Bab III should give — this year's target, earlier years, the Renstra end target, and a
national or provincial figure — yes or no and where it is given. JSON keeps every place; CSV
names the first place of each kind, a table row before a sentence."""
from __future__ import annotations

import csv
import io
import json

from ..recognise.comparisons import KINDS, Comparisons, Evidence, IndicatorComparisons


def _evidence(evidence: Evidence) -> dict:
    return {"how": evidence.how, "detail": evidence.detail, "location": evidence.location.to_dict()}


def _row_dict(row: IndicatorComparisons) -> dict:
    return {
        "id": row.indicator.id, "indicator": row.indicator.name,
        "pk": row.pk.to_dict() if row.pk else None,
        "new": ({"reason": row.new_reason, "location": row.new.to_dict()}
                if row.new is not None else None),
        "missing": row.missing() if row.pk is not None else [],
        "comparisons": {kind: {"given": row.has(kind),
                               "where": [_evidence(e) for e in row.found.get(kind, [])]}
                        for kind in KINDS}}


def to_dict(model: Comparisons, source: str) -> dict:
    return {"source": source, "year": model.year, "renstra_end_year": model.end_year,
            "has_pk": model.has_pk, "indicators": [_row_dict(r) for r in model.rows]}


def to_json(model: Comparisons, source: str) -> str:
    return json.dumps(to_dict(model, source), ensure_ascii=False, indent=2) + "\n"


def _first(row: IndicatorComparisons, kind: str) -> str:
    found = sorted(row.found.get(kind, []), key=lambda e: e.how != "table")
    if not found:
        return ""
    first = found[0]
    return f"{first.location.short()} ({first.how})"


def to_csv(model: Comparisons, source: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["id", "indicator", "pk_at"]
    for kind in KINDS:
        header += [kind, f"{kind}|at"]
    writer.writerow(header + ["new"])
    for row in model.rows:
        cells = [row.indicator.id, row.indicator.name, row.pk.short() if row.pk else ""]
        for kind in KINDS:
            cells += ["yes" if row.has(kind) else "no", _first(row, kind)]
        writer.writerow(cells + [row.new_reason])
    return out.getvalue()


WRITERS = {"json": to_json, "csv": to_csv}
