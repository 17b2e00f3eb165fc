"""CMP001: every PK indicator is compared in Bab III with this year's target, with earlier
years and with the target at the end of the Renstra period (issue 12 §2; a national or
provincial figure is reported, never required). Which comparisons exist is read by
``recognise/comparisons.py``; its vocabulary is ``data/comparisons.yaml``."""
from __future__ import annotations

from ..findings import Location
from ..recognise.comparisons import REQUIRED, Comparisons, IndicatorComparisons, build
from .context import Context
from .registry import Rule, check_kind

# what the check kind takes and fills (registered here, beside the check, for rules/schema.py)

NAMES = {
    "target": ("target tahun berjalan", "this year's target"),
    "earlier": ("realisasi tahun-tahun sebelumnya", "earlier years"),
    "renstra": ("target akhir Renstra", "the Renstra end target"),
    "national": ("angka nasional/provinsi", "a national or provincial figure"),
}


def comparisons(context: Context) -> Comparisons:
    if "comparisons" not in context.cache:
        context.cache["comparisons"] = build(context.document, context.recognised.matrix)
    return context.cache["comparisons"]


def _listing(kinds: list[str], lang: int) -> str:
    return ", ".join(NAMES[k][lang] for k in kinds) or "-"


def _elsewhere(model: Comparisons, row: IndicatorComparisons, kind: str) -> list[Location]:
    """Where the report gives this comparison for the other indicators: the table most of them
    are compared in (its caption, and the rows of the indicators before and after this one in
    PK order, between which its row would stand), else the first sentence that gives it."""
    others = [(r, e) for r, e in model.of_kind(kind) if r is not row]
    tables: dict[int, list[tuple[IndicatorComparisons, Evidence]]] = {}
    for other, evidence in others:
        if evidence.table is not None:
            tables.setdefault(evidence.table.index, []).append((other, evidence))
    if not tables:
        return [others[0][1].location] if others else []
    rows = max(tables.values(), key=lambda group: len({id(r) for r, _ in group}))
    table = rows[0][1].table
    order = [id(r) for r in model.rows]
    mine = order.index(id(row))
    before = [(r, e) for r, e in rows if order.index(id(r)) < mine]
    after = [(r, e) for r, e in rows if order.index(id(r)) > mine]
    neighbours = [max(before, key=lambda p: order.index(id(p[0])))[1].location] if before else []
    neighbours += [min(after, key=lambda p: order.index(id(p[0])))[1].location] if after else []
    caption = [table.caption_location()] if table.caption and table.caption_line else []
    return caption + neighbours


def _fallback(model: Comparisons, row: IndicatorComparisons) -> Location | None:
    """No other indicator has the comparison: point at the indicator's own measurement row,
    else at the chapter where the comparisons belong."""
    evidence = [e for kind in row.found for e in row.found[kind] if e.how == "table"]
    return evidence[0].location if evidence else model.chapter_location


@check_kind("required_comparisons")
def required_comparisons(rule: Rule, context: Context):
    """CMP001: a PK indicator that Bab III does not compare with this year's target, earlier
    years or the Renstra end target."""
    model = comparisons(context)
    if not model.has_pk:
        if model.rows:
            context.note(f"{rule.code}: not checked: no Perjanjian Kinerja table, so no PK "
                         f"indicators whose comparisons Bab III must give (a fragment?)")
        return
    if model.chapter_location is None:
        # the comparisons are Bab III's duty: a document without that chapter is a fragment
        context.note(f"{rule.code}: not checked: no Bab III (Akuntabilitas Kinerja) heading, "
                     f"so no chapter that must give the comparisons (a fragment?)")
        return
    if model.year is None:
        context.note(f"{rule.code}: not checked: the reporting year is not known, so this "
                     f"year's realisasi cannot be told from earlier years' (give --year)")
        return
    if model.end_year is None:
        context.note(f"{rule.code}: the Renstra period is not stated and no Renstra table was "
                     f"read; only columns headed as the Renstra end target count as that comparison")
    complete = []
    for row in model.rows:
        if row.pk is None:
            continue
        if row.new is not None and not row.has("earlier"):
            why = {"stated": "the report calls it new",
                   "no earlier figure": "no earlier realisasi or target anywhere in the report"
                   }.get(row.new_reason, row.new_reason)
            context.note(f"{rule.code}: '{row.indicator.name[:80]}' not held to a comparison "
                         f"with earlier years: {why}", row.new)
        missing = row.missing()
        if not missing:
            complete.append(row)
            continue
        present = [k for k in (*REQUIRED, "national") if row.has(k)]
        places = [p for k in missing for p in _elsewhere(model, row, k)] or \
            [_fallback(model, row)]
        seen, second = set(), []
        for place in places:
            if place is not None and place.short() not in seen:
                seen.add(place.short())
                second.append(place)
        elsewhere = ", ".join(p.short() for p in second)
        yield rule.finding(
            {"indicator": row.indicator.name, "missing_id": _listing(missing, 0),
             "missing_en": _listing(missing, 1), "present_id": _listing(present, 0),
             "present_en": _listing(present, 1), "elsewhere": elsewhere or "-"},
            [row.pk, *second], expected=_listing(list(REQUIRED), 1),
            found=_listing(present, 1), difference=f"missing: {_listing(missing, 1)}",
            key=f"{row.indicator.name}|{'+'.join(missing)}")
    if complete:
        yield rule.passed("Bab III comparisons", len(complete), [r.pk for r in complete],
                          f"{len(complete)} PK indicators compared with this year's target, "
                          f"earlier years and the Renstra end target")
