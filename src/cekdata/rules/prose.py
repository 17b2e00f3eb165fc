"""Figures stated in prose against the table they describe: a count of requests against
the requester table's total, a budget total against the budget table's TOTAL row."""
from __future__ import annotations

from ..documents.numbers import format_like
from ..findings import Location
from ..recognise.claims import Claim, extract
from ..recognise.view import TableView, vocabulary
from .context import Context
from .registry import Rule, check_kind
from .totals import grand_total


def prose_claims(context: Context) -> list[Claim]:
    if context.claims is None:
        context.claims = extract(context.document)
    return context.claims


def claim_location(claim: Claim) -> Location:
    return claim.paragraph.location(claim.sentence)


def _nearest(views: list[TableView], claim: Claim) -> TableView | None:
    line = claim.paragraph.line or 0
    return min(views, key=lambda v: abs((v.table.line or 0) - line), default=None)


def _compare(rule: Rule, claim: Claim, view: TableView, value, half, cells, subject: str):
    low, high = value - half, value + half
    location = claim_location(claim)
    stated = f"{claim.figure.raw} {claim.noun}".strip()
    if claim.figure.overlaps(low, high):
        return rule.passed(view.name, 1, [location, *cells], f"L{location.line} {subject}: {stated}")
    printed = claim.figure
    return rule.finding({"subject": subject, "table": view.name, "stated": stated},
                        [location, *cells], expected=format_like(value, printed),
                        found=format_like(printed.value, printed),
                        difference=format_like(printed.value - value, printed),
                        key=f"{subject}:{claim.figure.value}")


@check_kind("prose_count")
def prose_count(rule: Rule, context: Context):
    subjects = vocabulary("claims")["subjects"]
    for claim in (c for c in prose_claims(context) if c.kind == "count"):
        spec = subjects[claim.subject]
        if spec["table_kind"] in ("indicators", "budget"):
            continue             # counted by PRO003 (indicators) and BUD006 (budget levels)
        views = [v for v in context.views if v.kind == spec["table_kind"] and v.total is not None]
        view = _nearest(views, claim)
        if view is None:
            context.note(f"{rule.code}: '{claim.figure.raw} {claim.subject}' has no table to check against",
                         claim_location(claim))
            continue
        total, cells = grand_total(view, spec["measure"])
        if total is None:
            continue
        yield _compare(rule, claim, view, total[0], total[1], cells, claim.subject)


@check_kind("prose_budget")
def prose_budget(rule: Rule, context: Context):
    views = [v for v in context.views if v.kind == "budget" and v.total is not None]
    if not views:
        return
    view = max(views, key=lambda v: len(v.body))
    roles = {"budget": "pagu", "spent": "realisasi", "spent_percent": "percent"}
    for claim in (c for c in prose_claims(context) if c.kind == "money"):
        role = roles[claim.subject]
        if role not in view.roles:
            continue
        figure = view.cell(view.total, role).figure
        if figure is None:
            continue
        yield _compare(rule, claim, view, figure.value, figure.half_unit,
                       [view.location(view.total, role)], view.column_label(role))
