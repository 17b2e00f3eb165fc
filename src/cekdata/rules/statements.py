"""Statements in prose about the report's own tables: how many sasaran and indicators there
are, the score in the table just above, "all targets achieved", and digits that disagree with the
words written beside them ("5 (enam)")."""
from __future__ import annotations

import re

from ..documents.model import Paragraph, Table
from ..documents.structure import is_row_number
from ..recognise.claims import Claim, words_to_number
from ..recognise.indicators import IndicatorView, is_heading
from ..recognise.view import norm, vocabulary
from .context import Context
from .indicators import matrix
from .prose import claim_location, not_checked, prose_claims
from .registry import Rule, check_kind

NEAR_BLOCKS = 3   # a sentence describes a table at most this many blocks away


def _groups(view: IndicatorView) -> int:
    """Sasaran in an indicator table: a Sasaran column whose merged cells repeat on every row
    (count the distinct names), else numbered rows or rows opening "Sasaran …"; 0 when the
    table shows none."""
    rows = view.table.rows
    sasaran_col = next((c for c in range(view.roles["name"])
                        if "sasaran" in view.table.columns[c].lower()), None)
    if sasaran_col is not None:
        names = [r.text(sasaran_col) for r in rows]
        if names and all(names) and len(set(names)) * 2 <= len(names):
            return len(set(names))
    numbered = sum(is_row_number(r.text(0)) for r in rows)
    if numbered >= len(view.entries):
        numbered = 0                     # the No column numbers indicators, not sasaran
    marked = 0
    if sasaran_col is not None:
        marked = sum(r.text(sasaran_col).lower().startswith("sasaran") for r in rows)
    opened = sum(norm(r.cells[0].text).startswith("sasaran") and not any(
        c.figure for c in r.cells[1:]) for r in rows if r.cells)
    return max(numbered, marked, opened)


def _described_table(context: Context, claim: Claim) -> IndicatorView | None:
    """The indicator table a sentence speaks of, only when the text says which: a table it
    names ("Tabel 3.1"), the table its paragraph announces ("… tabel berikut:"), the table it
    refers back to ("tabel di atas"), or the Perjanjian Kinerja when it names it."""
    views = matrix(context).views
    scope = vocabulary("claims")["scope"]
    sentence, paragraph = norm(claim.sentence), norm(claim.paragraph.text)
    named = re.search(r"\btabel\s+(\d+(?:\.\d+)*)", sentence)
    if named:
        return next((v for v in views if norm(v.table.caption).startswith(named.group(1))), None)
    at = context.document.position(claim.paragraph)
    if any(w in paragraph for w in scope["next"]) or paragraph.endswith(":"):
        return _first_after(context, views, at)
    if any(w in sentence for w in scope["previous"]):
        return _last_before(context, views, at)
    if any(w in sentence for w in scope["medium_term_sections"]):
        return next((v for v in views if v.source == "renstra"), None)
    if any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in scope["pk"]) or \
            _sets_this_years(context, claim, sentence):
        pk = next((v for v in views if v.source == "pk"), None)
        return pk or _first_after(context, views, at)
    return None


def _sets_this_years(context: Context, claim: Claim, sentence: str) -> bool:
    """"Pada tahun 2025 Dinas menetapkan … indikator": the year's own set (the PK), unless the
    sentence stands in the Renstra's section, which sets the five-year plan."""
    vocab = vocabulary("claims")
    if context.year is None or str(context.year) not in sentence:
        return False
    if not any(verb in sentence for verb in vocab["enact_verbs"]):
        return False
    heading = _heading_above(context, claim.paragraph)
    return not any(w in heading for w in vocab["scope"]["medium_term_sections"])


def _heading_above(context: Context, paragraph: Paragraph) -> str:
    blocks = context.document.blocks[:context.document.position(paragraph)]
    return next((norm(b.text) for b in reversed(blocks)
                 if isinstance(b, Paragraph) and is_heading(b)), "")


def _first_after(context: Context, views: list[IndicatorView], at: int) -> IndicatorView | None:
    by_table = {id(v.table): v for v in views}
    for block in context.document.blocks[at + 1:]:
        if id(block) in by_table:
            return by_table[id(block)]
        if isinstance(block, Table) or (isinstance(block, Paragraph) and is_heading(block)):
            return None
    return None


def _last_before(context: Context, views: list[IndicatorView], at: int) -> IndicatorView | None:
    by_table = {id(v.table): v for v in views}
    for block in reversed(context.document.blocks[max(0, at - NEAR_BLOCKS):at]):
        if isinstance(block, Table):
            return by_table.get(id(block))
    return None


@check_kind("prose_indicator_count")
def prose_indicator_count(rule: Rule, context: Context):
    """"3 (tiga) sasaran strategis dan 5 (lima) indikator" against the table they describe."""
    subjects = vocabulary("claims")["subjects"]
    seen = set()
    for claim in prose_claims(context):
        spec = subjects.get(claim.subject, {})
        if claim.kind != "count" or spec.get("table_kind") != "indicators":
            continue
        key = (claim.paragraph.index, claim.subject, claim.figure.value)
        if key in seen:
            continue
        seen.add(key)
        what = f"{claim.figure.raw} {claim.noun}"
        if claim.frame.qualifiers or claim.frame.part:
            not_checked(context, rule, claim, what, claim.frame.reason())
            continue
        view = _described_table(context, claim)
        if view is None:
            not_checked(context, rule, claim, what, "the text names no table it counts")
            continue
        count = len(view.entries) if spec["measure"] == "entries" else _groups(view)
        if count == 0:
            not_checked(context, rule, claim, what, f"{view.name} shows no {claim.noun} rows")
            continue
        where = [claim_location(claim), view.location(view.table.rows[0])]
        stated = f"{claim.figure.raw} {claim.noun}"
        if count == claim.figure.value:
            yield rule.passed(view.name, 1, where, f"L{claim.paragraph.line}: {stated}")
            continue
        yield rule.finding({"stated": stated, "table": view.name, "count": count,
                            "noun": claim.noun}, where, expected=str(count),
                           found=str(claim.figure.raw), difference=str(claim.figure.value - count),
                           key=f"{claim.subject}:{claim.figure.value}")


@check_kind("spelled_number")
def spelled_number(rule: Rule, context: Context):
    """"5 (lima)": the digits and the words must be the same number."""
    checked = []
    for claim in (c for c in prose_claims(context) if c.kind == "spelled"):
        spelled = words_to_number(claim.words)
        if spelled == claim.figure.value:
            checked.append(claim_location(claim))
            continue
        yield rule.finding({"digits": claim.figure.raw, "words": claim.words},
                           [claim_location(claim)], expected=str(spelled),
                           found=claim.figure.raw, key=f"{claim.figure.raw}({claim.words})")
    if checked:
        yield rule.passed("prose", len(checked), checked[:5], f"{len(checked)} numbers written twice")


def _scores_in(view: IndicatorView) -> list:
    scores = []
    for entry in view.entries:
        for (measure, _), slot in entry.slots.items():
            if measure in ("realisasi", "capaian"):
                value = slot.value.score or slot.value.figure
                if value is not None:
                    scores.append((value, view.slot_location(slot)))
    return scores


def _table_above(context: Context, claim: Claim) -> IndicatorView | None:
    blocks = context.document.blocks
    at = context.document.position(claim.paragraph)
    for block in reversed(blocks[max(0, at - NEAR_BLOCKS):at]):
        if isinstance(block, Table):
            return next((v for v in matrix(context).views if v.table is block), None)
    return None


@check_kind("prose_score")
def prose_score(rule: Rule, context: Context):
    """"memperoleh nilai sebesar 72.32" right under a table whose realisasi is BB (77,95)."""
    for claim in (c for c in prose_claims(context) if c.kind == "score"):
        view = _table_above(context, claim)
        scores = _scores_in(view) if view is not None else []
        if not scores:
            continue
        where = [claim_location(claim)] + [loc for _, loc in scores]
        if any(claim.figure.overlaps(s.low, s.high) for s, _ in scores):
            yield rule.passed(view.name, 1, where[:2], f"L{claim.paragraph.line}: {claim.figure.raw}")
            continue
        yield rule.finding({"noun": claim.noun, "stated": claim.figure.raw, "table": view.name,
                            "scores": ", ".join(loc.text for _, loc in scores)}, where,
                           expected=" / ".join(str(s) for s, _ in scores), found=claim.figure.raw,
                           key=f"score:{claim.figure.value}")


def compared(slots: dict, lower: bool) -> int | None:
    """-1 below target, 0 on it, 1 beyond it (direction-aware); None when not comparable."""
    target, real = slots.get("target"), slots.get("realisasi")
    if target is None or real is None:
        return None
    if target.value.is_qualitative or real.value.is_qualitative:
        if target.value.rank is None or real.value.rank is None:
            return None
        a, b = real.value.rank, target.value.rank
    else:
        if target.value.figure is None or real.value.figure is None:
            return None
        a, b = real.value.figure.value, target.value.figure.value
        if lower:
            a, b = b, a
    return (a > b) - (a < b)


def achieved(entry_slots, lower: bool) -> bool | None:
    outcome = compared(entry_slots, lower)
    return None if outcome is None else outcome >= 0


@check_kind("all_achieved")
def all_achieved(rule: Rule, context: Context):
    """"berhasil mencapai seluruh target" against the measurement rows."""
    model = matrix(context)
    measured = [(v, e) for v in model.sources(tuple(rule.params["tables"])) for e in v.entries]
    for claim in (c for c in prose_claims(context) if c.kind == "achieved"):
        missed = [(v, e) for v, e in measured
                  if achieved({m: s for (m, _), s in e.slots.items()},
                             model.direction(e.name) == "lower") is False]
        where = [claim_location(claim)] + [v.entry_location(e) for v, e in missed]
        if not missed:
            if measured:
                yield rule.passed("measurement tables", len(measured), where,
                                  f"L{claim.paragraph.line}: all {len(measured)} achieved")
            continue
        yield rule.finding({"missed": "; ".join(e.name for _, e in missed)}, where,
                           expected="tercapai", found=f"{len(missed)} tidak tercapai",
                           key="all-achieved")

