"""PRO009: how many indicators the text says were achieved, missed or exceeded — "11 dari 14
indikator tercapai", "6 indikator tercapai dan 2 belum tercapai", "3 indikator melampaui
target" — against the measurement table: each PK indicator measured there is achieved when its
realisasi reaches its target (direction-aware, Matrix.direction), else by the status word the
table prints, else by its printed capaian (≥ 100).

A count is compared only when it speaks of the whole table: a count of one sasaran's
indicators, or a total ("dari 14 indikator") other than the table's, is listed as "stated, not
checked". Vocabulary: ``achieved_counts`` in data/claims.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..documents.model import Paragraph
from ..recognise.claims import sentences
from ..recognise.counted import prose_paragraphs
from ..recognise.indicator_rows import Entry
from ..recognise.indicators import IndicatorView
from ..recognise.view import norm, vocabulary
from .context import Context
from .indicators import matrix
from .labels import _label_column, label_of, status_kinds
from .prose import claim_location
from .registry import Rule, check_kind
from .statements import compared

STATUS_WORDS = {"achieved": ("tercapai", "achieved"), "missed": ("belum/tidak tercapai", "not achieved"),
                "exceeded": ("melampaui target", "exceeded")}
_NUMBER = r"(\d{1,3})(?:\s*\([a-z ]+\))?"


@dataclass(frozen=True)
class AchievedClaim:
    count: int
    raw: str
    status: str                   # achieved | missed | exceeded
    whole: int | None             # "11 dari 14 indikator": 14
    sentence: str
    paragraph: Paragraph

    @property
    def stated(self) -> str:
        whole = f" dari {self.whole}" if self.whole is not None else ""
        return f"{self.count}{whole} indikator {STATUS_WORDS[self.status][0]}"


def _vocab() -> dict:
    return vocabulary("claims")["achieved_counts"]


def _status(segment: str, vocab: dict) -> str | None:
    """The status phrase nearest the start of ``segment`` (a missed phrase contains an
    achieved one, so the earliest and longest wins)."""
    text = norm(segment)
    found = []
    for status in ("missed", "achieved", "exceeded"):
        for phrase in vocab[status]:
            if " " not in phrase and phrase in ("belum", "tidak"):
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
                found.append((match.start(), -len(phrase), status))
    words = text.split()
    if not found and words and words[0] in ("belum", "tidak") and len(words) == 1:
        return "missed"                                 # "…, 3 belum"
    if not found:
        return None
    start, _, status = min(found)
    if len(text[:start].split()) > 5:
        return None                                     # the status belongs to something else
    return status


def achieved_claims(paragraph: Paragraph, sentence: str) -> list[AchievedClaim]:
    vocab = _vocab()
    nouns = "|".join(map(re.escape, sorted(vocab["nouns"], key=len, reverse=True)))
    counted = re.compile(rf"(?<![\d.,]){_NUMBER}\s+(?:dari\s+{_NUMBER}\s+)?(?:{nouns})\b"
                         rf"(?:\s*\((?:iku|ik)\))?")
    elided = re.compile(rf"(?:,|\bdan|\bsedangkan|\bserta|\bsisanya)\s+{_NUMBER}\s+"
                        rf"(?:indikator\s+)?(?:lainnya\s+)?(?=belum|tidak)")
    text = norm(sentence)
    marks = sorted([(m.start(), m.end(), m, False) for m in counted.finditer(text)] +
                   [(m.start(), m.end(), m, True) for m in elided.finditer(text)], key=lambda x: x[0])
    whole_of_sentence = None
    found = []
    if not any(not e for _, _, _, e in marks):
        return []                                       # "4 belum ditindaklanjuti": no indicators
    for i, (start, end, match, is_elided) in enumerate(marks):
        if re.search(r"\b(?:seluruh|semua|keseluruhan)\s+$", text[:start]):
            continue                                    # "seluruh 5 indikator tercapai": PRO006
        following = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        segment = re.split(r"[.;:]", text[end:following])[0]
        status = _status(segment, vocab)
        count = int(match.group(1))
        whole = None if is_elided else (int(match.group(2)) if match.group(2) else None)
        if status is None:
            if re.search(r"\bdari\s+$", text[:start]):
                whole_of_sentence = count               # "Dari 8 indikator tersebut, 7 …"
            continue
        found.append(AchievedClaim(count, match.group(1), status,
                                   whole if whole is not None else whole_of_sentence, sentence,
                                   paragraph))
    return found


# --- the table's side ---------------------------------------------------------------------------

def _slots(entry: Entry, year: int | None) -> dict:
    """One slot per measure: the report year's, else the one without a year, else the only one."""
    out = {}
    for measure in ("target", "realisasi", "capaian"):
        slots = [(y, s) for (m, y), s in entry.slots.items() if m == measure]
        pick = next((s for y, s in slots if y == year), None) or \
            next((s for y, s in slots if y is None), None)
        if pick is None and len(slots) == 1:
            pick = slots[0][1]
        if pick is not None:
            out[measure] = pick
    return out


def _by_capaian(slots: dict) -> int | None:
    capaian = slots.get("capaian")
    if capaian is None or capaian.value.figure is None:
        return None
    value = capaian.value.figure.value
    return (value > 100) - (value < 100)


def _label(view: IndicatorView, entry: Entry, col: int | None) -> str | None:
    if col is None:
        return None
    label = label_of(entry.row.text(col))
    return status_kinds().get(label) if label else None


def _holds(status: str, outcome: int | None) -> bool | None:
    if outcome is None:
        return None
    return {"achieved": outcome >= 0, "missed": outcome < 0, "exceeded": outcome > 0}[status]


@dataclass
class Measured:
    view: IndicatorView
    entry: Entry
    recomputed: int | None
    label: str | None
    capaian: int | None


def measured(context: Context, tables: tuple[str, ...]) -> list[Measured]:
    """Every indicator of the measurement tables once (the first table that measures it)."""
    model = matrix(context)
    seen, out = set(), []
    for view in model.sources(tables):
        label_col = _label_column(view)
        for entry in view.entries:
            indicator = model.identity.of(entry)
            key = indicator.id if indicator is not None else id(entry)
            if key in seen:
                continue
            seen.add(key)
            slots = _slots(entry, context.year)
            lower = model.direction(entry.name) == "lower"
            out.append(Measured(view, entry, compared(slots, lower), _label(view, entry, label_col),
                                _by_capaian(slots)))
    return out


_LABEL_OUTCOME = {"achieved": 0, "exceeded": 1, "missed": -1}


def _agree(status: str, a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and _holds(status, a) == _holds(status, b)


def resolved(row: Measured, status: str) -> bool | None:
    """Is ``row`` in ``status``? Realisasi against target decides, unless the printed capaian
    says otherwise and the status word sides with the capaian (a lower-is-better indicator the
    vocabulary does not know); None when the table does not tell."""
    label = _LABEL_OUTCOME.get(row.label) if row.label else None
    if status == "exceeded" and row.label == "achieved":
        label = None                       # "Tercapai" does not say whether it went beyond
    recomputed, capaian = row.recomputed, row.capaian
    if recomputed is not None and (capaian is None or _agree(status, recomputed, capaian)):
        return _holds(status, recomputed)
    if recomputed is not None and capaian is not None:
        if _agree(status, capaian, label):
            return _holds(status, capaian)
        if _agree(status, recomputed, label):
            return _holds(status, recomputed)
        return None
    for outcome in (capaian, label):
        if outcome is not None:
            return _holds(status, outcome)
    return None


@check_kind("prose_achieved_count")
def prose_achieved_count(rule: Rule, context: Context):
    vocab = _vocab()
    rows = None
    for paragraph, _ in prose_paragraphs(context.document):
        for sentence in sentences(paragraph):
            claims = achieved_claims(paragraph, sentence)
            if claims and rows is None:
                rows = measured(context, tuple(rule.params["tables"]))
            statuses = {c.status for c in claims}
            split = sum(c.count for c in claims if c.status != "exceeded") \
                if {"achieved", "missed"} <= statuses else None
            for claim in claims:
                if split is not None and rows and split != len(rows) and claim.whole is None:
                    _not_checked(context, rule, claim, f"its parts add up to {split} indicators; "
                                                       f"the measurement table measures {len(rows)}")
                    continue
                yield from _check(rule, context, claim, rows, vocab)


def _not_checked(context: Context, rule: Rule, claim: AchievedClaim, reason: str) -> None:
    context.note(f"{rule.code}: stated, not checked: {claim.stated} ({reason})",
                 claim_location(claim))


def _check(rule: Rule, context: Context, claim: AchievedClaim, rows: list[Measured], vocab: dict):
    text = norm(claim.sentence)
    scope = next((w for w in vocab["scope_words"]
                  if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)), None)
    if scope is not None:
        _not_checked(context, rule, claim, f"counts the indicators of one part ('{scope}')")
        return
    if not rows:
        _not_checked(context, rule, claim, "no measurement table")
        return
    if claim.whole is not None and claim.whole != len(rows):
        _not_checked(context, rule, claim, f"counts {claim.whole} indicators; the measurement "
                                           f"table measures {len(rows)}")
        return
    if claim.count > len(rows):
        _not_checked(context, rule, claim, f"more than the {len(rows)} indicators measured")
        return
    verdicts = [resolved(r, claim.status) for r in rows]
    known = [r for r, v in zip(rows, verdicts) if v]
    unknown = sum(v is None for v in verdicts)
    if unknown == len(rows):
        _not_checked(context, rule, claim, "the table does not say of any indicator whether it "
                                           "reached its target")
        return
    table = ", ".join(dict.fromkeys(r.view.name for r in rows))
    location = claim_location(claim)
    if not unknown and len(known) == claim.count:
        yield rule.passed(table, 1, [location], f"L{claim.paragraph.line}: {claim.stated}")
        return
    if len(known) <= claim.count <= len(known) + unknown:
        _not_checked(context, rule, claim, f"{unknown} indicators' status cannot be read")
        return
    listing = "; ".join(r.entry.name for r in known) or "-"
    status_id, status_en = STATUS_WORDS[claim.status]
    where = [location] + [r.view.entry_location(r.entry) for r in known][:12]
    count = len(known) if claim.count < len(known) else len(known) + unknown
    yield rule.finding({"stated": claim.stated, "status_id": status_id, "status_en": status_en,
                        "count": count, "table": table, "listing": listing}, where,
                       expected=str(count), found=claim.raw,
                       difference=str(Decimal(claim.count) - count),
                       key=f"achieved:{claim.status}:{claim.count}")
