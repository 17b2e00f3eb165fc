"""Dates: schedule stages that end before they start or sit out of the table's own order, and
decrees whose number year ("Nomor 552 Tahun 2002") is not the year they were dated (any kind of
regulation, the date anywhere later in its sentence: ``recognise/citations.decree_dates``)."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from ..findings import Location, Severity
from ..recognise.citations import decree_dates
from ..recognise.dates import Stage, format_date, schedule_stages
from ..recognise.view import vocabulary
from .context import Context
from .registry import Rule, check_kind


def _stages(context: Context) -> list[list[Stage]]:
    return [s for s in (schedule_stages(t) for t in context.document.tables) if len(s) >= 3]


def _location(stage: Stage) -> Location:
    cell = stage.row.cells[stage.time_col]
    return Location(line=cell.line or stage.row.line, page=cell.page, table=stage.table.name,
                    row=cell.row or stage.row.number, column=stage.table.columns[stage.time_col],
                    text=f"{stage.name}: {stage.span.raw}", bbox=cell.bbox, col=cell.col)


def _span(stage: Stage) -> str:
    span = stage.span
    if span.start == span.end:
        return format_date(span.start)
    return f"{format_date(span.start)} – {format_date(span.end)}"


def in_order(stages: list[Stage]) -> set[int]:
    """Indexes of the longest run of stages whose start dates never go back."""
    best = [1] * len(stages)
    previous = [-1] * len(stages)
    for i, stage in enumerate(stages):
        for j in range(i):
            if stage.span.start >= stages[j].span.start and best[j] + 1 > best[i]:
                best[i], previous[i] = best[j] + 1, j
    i = max(range(len(stages)), key=lambda k: (best[k], -k)) if stages else -1
    kept = set()
    while i >= 0:
        kept.add(i)
        i = previous[i]
    return kept


def misplaced(stages: list[Stage], slack: timedelta) -> list[tuple[int, int]]:
    """(stage, the kept neighbour it contradicts) for stages outside the date order by more
    than ``slack``: stages overlap, so a few weeks back is the table's own tolerance."""
    kept = sorted(in_order(stages))
    found = []
    for i in (k for k in range(len(stages)) if k not in kept):
        before = [k for k in kept if k < i]
        after = [k for k in kept if k > i]
        start = stages[i].span.start
        if before and start < stages[before[-1]].span.start - slack:
            found.append((i, before[-1]))
        elif after and start > stages[after[0]].span.start + slack:
            found.append((i, after[0]))
    return found


def _single(stage: Stage) -> bool:
    return stage.span.start == stage.span.end


def may_be_an_end(stages: list[Stage], i: int, j: int, slack: timedelta) -> bool:
    """A stage printed with one date among stages printed as ranges may give its end date:
    when it is too late for its place (it starts after the kept stage after it) but, read as
    the end of a range that started in its place, within the schedule's own end, it is only a
    warning. One too early for its place cannot be an end date: that stays an error."""
    stage = stages[i]
    others = [s for k, s in enumerate(stages) if k != i]
    if not _single(stage) or j < i or sum(not _single(s) for s in others) * 2 < len(others):
        return False
    kept = sorted(in_order(stages))
    before = [k for k in kept if k < i]
    start_floor = stages[before[-1]].span.start if before else stage.span.start
    latest_end = max(s.span.end for s in others)
    return start_floor - slack <= stage.span.end <= latest_end + slack


def _follows(before: Stage, after: Stage) -> bool:
    return after.span.start >= before.span.end


def back_in_a_sequence(stages: list[Stage], wrong: set[int]) -> int | None:
    """A stage dated before the stage above it in a table where every other stage starts when
    the one above has ended (a sequence, not stages run side by side): within the slack, so
    possibly an early start, but a reviewer should look."""
    if len(stages) < 4:
        return None
    broken = [i for i in range(1, len(stages)) if not _follows(stages[i - 1], stages[i])]
    suspects = {k for k in range(1, len(stages))
                if broken == [k] and stages[k].span.start < stages[k - 1].span.start}
    return suspects.pop() if len(suspects) == 1 and not suspects & wrong else None


@check_kind("schedule_order")
def schedule_order(rule: Rule, context: Context):
    slack = timedelta(days=int(rule.params.get("slack_days", 90)))
    for stages in _stages(context):
        table = stages[0].table.name
        wrong = misplaced(stages, slack)
        for i, j in wrong:
            finding = _out_of_order(rule, table, stages[i], stages[j], "≥" if j < i else "≤")
            if may_be_an_end(stages, i, j, slack):
                finding = replace(finding, severity=Severity.WARNING)
            yield finding
        early = None if wrong else back_in_a_sequence(stages, set())   # one misplaced stage moves others
        if early is not None:
            finding = _out_of_order(rule, table, stages[early], stages[early - 1], "≥")
            yield replace(finding, severity=Severity.WARNING)
        if not wrong and early is None:
            yield rule.passed(table, len(stages), [_location(stages[0])], "stages in date order")


def _out_of_order(rule, table: str, stage, neighbour, relation: str):
    """A stage whose start should be ``relation`` (≥ or ≤) its neighbour's."""
    return rule.finding({"stage": stage.name, "span": _span(stage), "table": table,
                         "other": neighbour.name, "other_span": _span(neighbour)},
                        [_location(stage), _location(neighbour)],
                        expected=f"{relation} {format_date(neighbour.span.start)}",
                        found=format_date(stage.span.start), key=f"{table.split()[0]}|{stage.name}")


@check_kind("schedule_span")
def schedule_span(rule: Rule, context: Context):
    for stages in _stages(context):
        bad = [s for s in stages if s.span.end < s.span.start]
        for stage in bad:
            yield rule.finding({"stage": stage.name, "span": stage.span.raw}, [_location(stage)],
                               expected=f"≥ {format_date(stage.span.start)}",
                               found=format_date(stage.span.end), key=stage.name)
        if not bad:
            yield rule.passed(stages[0].table.name, len(stages), [], "every stage ends after it starts")


@check_kind("decree_year")
def decree_year(rule: Rule, context: Context):
    checked = []
    for decree in decree_dates(context.document, vocabulary("claims")["enact_verbs"]):
        where = decree.paragraph.location(decree.sentence)
        if decree.year == decree.dated.year:
            checked.append(where)
            continue
        yield rule.finding({"number": decree.number, "year": decree.year,
                            "date": format_date(decree.dated)}, [where],
                           expected=str(decree.dated.year), found=str(decree.year),
                           difference=str(decree.year - decree.dated.year),
                           key=f"{decree.number}/{decree.year}")
    if checked:
        yield rule.passed("prose", len(checked), checked[:3], "decrees dated in their own year")
