"""Figures stated in prose against the table they describe: a count of requests against
the requester table's total, a budget total against the budget table's TOTAL row."""
from __future__ import annotations

from ..documents.numbers import format_like
from ..findings import Location
from ..recognise.claims import Claim
from ..recognise.view import TableView, matches_any, vocabulary
from .context import Context
from .registry import Rule, check_kind
from .totals import grand_total


def prose_claims(context: Context) -> list[Claim]:
    return context.recognised.claims


def not_checked(context: Context, rule: Rule, claim: Claim, what: str, reason: str) -> None:
    """Coverage: a figure the text states that no table figure measures the same way."""
    context.note(f"{rule.code}: stated, not checked: {what} ({reason})", claim_location(claim))


def claim_location(claim: Claim) -> Location:
    return claim.paragraph.location(claim.sentence)


def nearest(context: Context, views: list[TableView], claim: Claim) -> TableView | None:
    """The table nearest the sentence in reading order (every format has an order)."""
    at = context.document.position(claim.paragraph)
    return min(views, key=lambda v: abs(context.document.position(v.table) - at), default=None)


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
        view = nearest(context, views, claim)
        if view is None:
            context.note(f"{rule.code}: '{claim.figure.raw} {claim.subject}' has no table to check against",
                         claim_location(claim))
            continue
        measure = spec["measure"]
        if claim.frame.sex() and claim.frame.qualifiers == (f"sex:{claim.frame.sex()}",):
            measure = {"male": "male", "female": "female"}[claim.frame.sex()]
        elif claim.frame.qualifiers or claim.frame.part:
            not_checked(context, rule, claim, f"{claim.figure.raw} {claim.noun}",
                        claim.frame.reason())
            continue
        total, cells = grand_total(view, measure)
        if total is None:
            continue
        yield _compare(rule, claim, view, total[0], total[1], cells, claim.subject)


@check_kind("prose_budget")
def prose_budget(rule: Rule, context: Context):
    """Pagu, realisasi, sisa and % realisasi stated as wholes, against the budget TOTAL row of
    the budget table nearest the sentence."""
    words = vocabulary()["budget"]["income"]
    budgets = [v for v in context.views if v.kind == "budget" and v.total is not None]
    income = [v for v in budgets if _is_income(v, words)]
    spending = [v for v in budgets if v not in income]
    roles = {"budget": "pagu", "spent": "realisasi", "spent_percent": "percent",
             "remaining": "sisa"}
    for claim in (c for c in prose_claims(context) if c.kind == "money" and c.subject):
        whole = vocabulary()["budget"]["income_whole"]
        views = income if _of_income(claim, whole) else spending
        if not views:
            not_checked(context, rule, claim, claim.figure.raw, "no budget table with a total row")
            continue
        if not (claim.frame.bound or _of_income(claim, whole)):
            not_checked(context, rule, claim, claim.figure.raw, claim.frame.reason())
            continue
        view = nearest(context, views, claim)
        stated = _total_of(view, roles[claim.subject])
        if stated is None:
            not_checked(context, rule, claim, claim.figure.raw,
                        f"{view.name} has no {roles[claim.subject]} total")
            continue
        value, half, cells, label = stated
        yield _compare(rule, claim, view, value, half, cells, label)


def _is_income(view: TableView, words: list[str]) -> bool:
    return matches_any(f"{view.table.caption} {' '.join(view.table.columns)}", words)


def _of_income(claim: Claim, words: list[str]) -> bool:
    """"Realisasi pendapatan BLUD sebesar Rp …": an income total, narrowed by nothing else."""
    frame = claim.frame
    named = [q.split(":", 1)[1] for q in frame.qualifiers]
    return (frame.measure is not None and not frame.part and bool(named)
            and len(named) == len(frame.qualifiers) and all(n in words for n in named)
            and all(q.startswith("named:") for q in frame.qualifiers))


def _total_of(view: TableView, role: str):
    """(value, half unit, cells, label) of a measure on the TOTAL row; sisa may be derived."""
    if role in view.roles:
        figure = view.cell(view.total, role).figure
        if figure is not None:
            return (figure.value, figure.half_unit, [view.location(view.total, role)],
                    view.column_label(role))
    if role == "sisa" and {"pagu", "realisasi"} <= set(view.roles):
        pagu, real = (view.cell(view.total, r).figure for r in ("pagu", "realisasi"))
        if pagu is not None and real is not None:
            return (pagu.value - real.value, pagu.half_unit + real.half_unit,
                    [view.location(view.total, "pagu"), view.location(view.total, "realisasi")],
                    "pagu − realisasi")
    return None
