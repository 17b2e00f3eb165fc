"""Indicator reconciliation: the same indicator's target and realisasi across Renstra, PK, RKT
and the measurement tables; PK indicators that are never measured; capaian recomputed from
target and realisasi; predikat scores inside their band; values that do not fit the unit."""
from __future__ import annotations

from decimal import Decimal

from ..documents.numbers import format_like
from ..findings import Location
from ..recognise.indicator_columns import words
from ..recognise.matrix import Matrix, Value, is_percent_indicator, shared_slots
from .context import Context
from ..documents.intervals import div, mul, overlap, sub
from .registry import Rule, check_kind

_COMPARABLE = ("number", "percent", "grade", "opinion")


def matrix(context: Context) -> Matrix:
    if context.indicators is None:
        context.indicators = context.recognised.matrix
        for view in context.indicators.views:
            for what, location in view.notes:
                context.note(f"{view.name.split()[0]}: {what}; left out of the checks", location)
        for view, entry, names in context.indicators.identity.ambiguous:
            context.note(f"'{entry.name}' could be any of {names}; left out of the checks",
                         view.entry_location(entry))
    return context.indicators


def _listing(values: list[Value]) -> str:
    return "; ".join(f"{v.source} {v.location.short()}: {v.value.show()}" for v in values)


def _distinct(values: list[Value], exact: bool) -> list[list[Value]]:
    groups: list[list[Value]] = []
    for value in values:
        group = next((g for g in groups if g[0].value.same_as(value.value, exact)), None)
        if group is None:
            groups.append([value])
        else:
            group.append(value)
    return groups


def _reference(groups: list[list[Value]], prefer: tuple[str, ...]) -> list[Value]:
    """The value the others are held to: the preferred source's (the PK), else the commonest."""
    for kind in prefer:
        for group in groups:
            if any(v.view.source == kind for v in group):
                return group
    return max(groups, key=len)


@check_kind("indicator_agreement")
def indicator_agreement(rule: Rule, context: Context):
    """One measure (target or realisasi) of one indicator and year printed alike everywhere."""
    model = matrix(context)
    measure, prefer = rule.params["measure"], tuple(rule.params.get("prefer", ()))
    exact = rule.params.get("tolerance") == "exact"
    for indicator in model.identity.indicators:
        # a value in the wrong unit is IND008's finding; comparing it again would say it twice
        values = [v for v in model.of(indicator, measure)
                  if v.value.kind in _COMPARABLE and _unit_problem(v, False) is None]
        for year in sorted({v.year for v in values if v.year is not None}):
            same_year = [v for v in values if v.year == year]
            if len({id(v.view) for v in same_year}) < 2:
                continue
            groups = _distinct(same_year, exact)
            if len(groups) == 1:
                yield rule.passed(f"{indicator.id} {indicator.name[:50]}", len(same_year),
                                  [v.location for v in same_year],
                                  f"{measure} {year}: {same_year[0].value.show()} in "
                                  f"{len(same_year)} tables")
                continue
            reference = _reference(groups, prefer)
            others = [v for g in groups if g is not reference for v in g]
            yield rule.finding(
                {"indicator": indicator.name, "year": year, "measure": measure,
                 "sources": _listing(same_year)},
                [v.location for v in reference + others],
                expected=f"{reference[0].value.show()} ({', '.join(v.source for v in reference)})",
                found=", ".join(sorted({v.value.show() for v in others})),
                key=f"{indicator.name}|{measure}|{year}")


@check_kind("indicator_coverage")
def indicator_coverage(rule: Rule, context: Context):
    """Every indicator of the ``from`` tables appears in one of the ``to`` tables."""
    model = matrix(context)
    sources, targets = tuple(rule.params["from"]), tuple(rule.params["to"])
    if not model.sources(sources) or not model.sources(targets):
        return
    names = ", ".join(v.name.split()[0] for v in model.sources(targets))
    for indicator in model.identity.indicators:
        kinds = {view.source for view, _ in indicator.members}
        if not kinds & set(sources):
            continue
        where = [view.entry_location(e) for view, e in indicator.members if view.source in sources]
        if kinds & set(targets):
            yield rule.passed(indicator.name[:60], 1, where, f"in {names}")
            continue
        yield rule.finding({"indicator": indicator.name, "tables": names}, where,
                           expected=f"in {names}", found="absent", key=indicator.name)


def _lower_formula(context: Context) -> str:
    """The lower-is-better formula the report states, if it states one (read once per report:
    it is asked for each indicator)."""
    if "lower_formula" not in context.cache:
        text = " ".join(p.text.lower() for p in context.document.paragraphs)
        squashed = text.replace(" ", "")
        stated = "target/realisasi" in squashed or "{target}{realisasi}" in squashed
        context.cache["lower_formula"] = "ratio" if stated else "mirror"
    return context.cache["lower_formula"]


def _interval(value) -> tuple[Decimal, Decimal]:
    return value.figure.low, value.figure.high


def expected_capaian(target, realisasi, lower: bool, formula: str = "mirror", bounds=_interval):
    """Capaian interval in percent over the printed precision of target and realisasi.
    Higher-is-better: realisasi/target×100. Lower-is-better: (target − (realisasi − target))/
    target×100, or target/realisasi×100 if the report says so."""
    t, r = bounds(target), bounds(realisasi)
    hundred = (Decimal(100), Decimal(100))
    if not lower:
        ratio = div(r, t)
    elif formula == "ratio":
        ratio = div(t, r)
    else:
        ratio = div(sub(t, sub(r, t)), t)
    return None if ratio is None else mul(ratio, hundred)


def _point(value):
    return value.figure.value, value.figure.value


def _triples(model: Matrix):
    from .capaian_review import progress_columns   # IND012 owns progress-to-end-target columns
    for indicator in model.identity.indicators:
        for view, entry in indicator.members:
            slots = {measure: slot for (measure, _), slot in entry.slots.items()}
            if {"target", "realisasi", "capaian"} <= slots.keys() and \
                    slots["capaian"].column.col not in progress_columns(view.table, model.year):
                yield indicator, view, entry, slots


@check_kind("capaian_formula")
def capaian_formula(rule: Rule, context: Context):
    model = matrix(context)
    formula = rule.params.get("lower_formula") or _lower_formula(context)
    for indicator, view, entry, slots in _triples(model):
        target, real, printed = (slots[m].value for m in ("target", "realisasi", "capaian"))
        if not all(v.figure is not None for v in (target, real, printed)):
            continue
        lower = model.direction(indicator.name) == "lower"
        interval = expected_capaian(target, real, lower, formula)
        if interval is None:
            continue
        where = [view.slot_location(slots[m]) for m in ("capaian", "target", "realisasi")]
        if overlap(interval, _interval(printed)):
            yield rule.passed(view.name, 1, where, f"{entry.name[:50]}: {printed.show()}")
            continue
        middle = expected_capaian(target, real, lower, formula, bounds=_point)[0]
        yield rule.finding(
            {"indicator": indicator.name, "table": view.name, "target": target.show(),
             "realisasi": real.show(), "direction_id": "makin rendah" if lower else "makin tinggi",
             "direction_en": "lower" if lower else "higher"},
            where, expected=format_like(middle, printed.figure), found=printed.show(),
            difference=format_like(printed.figure.value - middle, printed.figure),
            key=f"{indicator.name}|capaian")


@check_kind("capaian_qualitative")
def capaian_qualitative(rule: Rule, context: Context):
    """A percentage capaian printed for a letter-grade or opinion indicator."""
    model = matrix(context)
    for indicator, view, entry, slots in _triples(model):
        target, real, printed = (slots[m].value for m in ("target", "realisasi", "capaian"))
        if not (target.is_qualitative or real.is_qualitative):
            continue
        where = [view.slot_location(slots[m]) for m in ("capaian", "target", "realisasi")]
        met = (real.rank or 0) >= (target.rank or 0)
        # the usual convention: an ordinal target met counts as 100%, one missed as less
        conventional = printed.figure is not None and (
            printed.figure.value == 100 if met else printed.figure.value < 100)
        if printed.figure is None or conventional:
            yield rule.passed(view.name, 1, where, f"{entry.name[:50]}: {printed.show()}")
            continue
        achieved = "tercapai" if met else "tidak tercapai"
        yield rule.finding({"indicator": indicator.name, "target": target.show(),
                            "realisasi": real.show(), "capaian": printed.show()}, where,
                           expected=achieved, found=printed.show(),
                           key=f"{indicator.name}|capaian")


def _band(grade: str) -> tuple[Decimal, Decimal] | None:
    band = words()["predikat_bands"].get(grade)
    return None if band is None else (Decimal(str(band[0])), Decimal(str(band[1])))


@check_kind("predikat_band")
def predikat_band(rule: Rule, context: Context):
    """A predikat printed with its score ("BB (77,95)") falls in that predikat's band."""
    model = matrix(context)
    for value in model.values:
        score, band = value.value.score, _band(value.value.grade)
        if score is None or band is None:
            continue
        low, high = band
        if low < score.value <= high:
            yield rule.passed(value.view.name, 1, [value.location], value.value.show())
            continue
        yield rule.finding({"value": value.value.show(), "grade": value.value.grade,
                            "low": low, "high": high}, [value.location],
                           expected=f"{value.value.grade}: >{low}–{high}", found=score.raw,
                           key=f"{value.indicator.name}|{value.measure}|{value.year}")


def _unit_problem(value: Value, ceiling: Decimal | None) -> str | None:
    """Why ``value`` cannot be a percentage, or None. A bare number beside printed
    percentages is only a percentage without its sign, unless it is a whole count above
    every percentage the same indicator shows elsewhere (1176 beside 90%)."""
    if not is_percent_indicator(value.indicator.name):
        return None
    if value.value.is_qualitative:
        return "grade"
    figure = value.value.figure
    if value.value.kind == "number" and figure is not None and figure.kind == "count" \
            and figure.value > 100 and ceiling is not None and figure.value > max(ceiling, 100) * 2:
        return "count"
    return None


@check_kind("indicator_unit")
def indicator_unit(rule: Rule, context: Context):
    """A "Persentase…" indicator with a value that is no percentage (1176, or a grade)."""
    model = matrix(context)
    for indicator in model.identity.indicators:
        values = [v for v in model.of(indicator) if v.measure in ("target", "realisasi")]
        printed = [v.value.figure.value for v in values
                   if v.value.kind == "percent" and v.value.figure is not None]
        ceiling = max(printed) if printed else None
        checked = 0
        for value in values:
            problem = _unit_problem(value, ceiling)
            if problem is None:
                checked += 1
                continue
            yield rule.finding({"indicator": indicator.name, "value": value.value.show(),
                                "source": value.source}, [value.location],
                               expected="%", found=value.value.show(),
                               key=f"{indicator.name}|{value.measure}|{value.year}")
        if checked and is_percent_indicator(indicator.name):
            yield rule.passed(indicator.name[:60], checked, [], "values are percentages")


@check_kind("indicator_shared_value")
def indicator_shared_value(rule: Rule, context: Context):
    for view, entries, slot in shared_slots(matrix(context)):
        yield rule.finding({"names": "; ".join(e.name for e in entries), "value": slot.value.show(),
                            "table": view.name},
                           [view.slot_location(slot)] + [view.entry_location(e) for e in entries],
                           expected=f"{len(entries)} values", found=slot.value.show(),
                           key="|".join(e.name for e in entries))


@check_kind("indicator_topic")
def indicator_topic(rule: Rule, context: Context):
    """A table under "… dengan indikator X" whose row names another indicator."""
    model = matrix(context)
    for view, entry, named in model.identity.misplaced:
        yield rule.finding({"heading": named.name, "row": entry.name, "table": view.name},
                           [view.entry_location(entry), _topic_location(view)],
                           expected=named.name, found=entry.name,
                           key=f"{named.name}|{entry.name}")
    held = [v for v in model.views if v.topic and len(v.entries) == 1
            and all(v is not m[0] for m in model.identity.misplaced)]
    if held:
        yield rule.passed("indicator tables under a heading", len(held),
                          [v.entry_location(v.entries[0]) for v in held][:3])


def _topic_location(view) -> Location:
    topic = view.topic
    return topic.location()
