"""Trend claims (issue 11): a change word ("meningkat", "naik", "lebih tinggi" / "menurun",
"turun", "lebih rendah") must match the way the value moved between the two points in time the
sentence compares:

- both values in the sentence: "meningkat dari 75,76 persen pada LHP 2023 menjadi 57,14 persen";
- the current value before the word, the earlier one after it: "BOR tahun 2025 sebesar 72,46%
  meningkat dibandingkan tahun 2024 (72,64%)", "… 46,38 menurun dari 51,07 pada tahun 2023";
- the current value in the sentence before ("Realisasi ini meningkat dibandingkan tahun 2023
  sebesar 94,12%");
- no values, but a row of a year-comparison table named in the sentence ("IKM meningkat
  dibandingkan tahun 2023" beside a table with 2023 and 2024 columns).

It is the VALUE's direction that is checked; membaik/memburuk follow the indicator's direction
(lower-is-better indicators: recognise/matrix.py). A comparison with a target, a limit or a
national figure is no trend. A trend over a run of years, equal values, two figures of different
measures, or values that cannot be tied to two points in time are listed as "stated, not
checked". Vocabulary: ``trends`` in data/claims.yaml."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..data import load
from ..documents.numbers import format_like
from ..recognise.view import norm, phrase_spans as _find
from .context import Context
from .extremes import Shape, mentions, shape
from .indicators import matrix
from .passages import (Mention, Sentence, all_sentences, cell_location, not_checked_at, sentences,
                       tables_around)
from .registry import Rule, check_kind

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NOUN = re.compile(r"^\s*(?:\([^)]*\)\s*)?([a-z]+)")


def _vocab() -> dict:
    return load("claims")["trends"]


def _has(text: str, words: list[str]) -> str:
    return next((w for w in words if _find(text, w)), "")


@dataclass
class Change:
    word: str
    sense: str                   # up | down | better | worse
    start: int
    end: int
    clause: tuple[int, int]


@dataclass
class Point:
    mention: Mention
    when: str                    # "2023", "tahun lalu", or "" (the report year)
    year: int | None
    sentence: Sentence


def changes_in(text: str) -> list[Change]:
    vocab = _vocab()
    spans = [(s, e, w, sense) for sense in ("up", "down", "better", "worse") for w in vocab[sense]
             for s, e in _find(text, w)]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    cuts = sorted({s for b in vocab["clause_breaks"] for s, _ in _find(text, b)}
                  | {m.start() for m in re.finditer(";", text)})
    bounds = [0, *cuts, len(text)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    found, taken = [], -1
    for start, end, word, sense in spans:
        if start < taken:
            continue
        taken = end
        before = norm(text[max(0, start - 25):start]).split()[-2:]
        if any(w in vocab["negations"] for w in before):
            continue
        clause = next(c for c in clauses if c[0] <= start < c[1])
        found.append(Change(word, sense, start, end, clause))
    # "menurun (membaik)": the value word decides; the quality word beside it says nothing more
    valued = {c.clause for c in found if c.sense in ("up", "down")}
    return [c for c in found if c.sense in ("up", "down") or c.clause not in valued]


def _stem(text: str, words: list[str]) -> bool:
    """Whole words or their suffixed forms ("capaiannya", "targetnya")."""
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?:nya)?(?![\w-])", text) for w in words)


def _label(text: str) -> str:
    """What the words right before a figure make it: a target, a capaian, or the value."""
    vocab = _vocab()
    lead = " ".join(norm(re.split(r"[,;]", text)[-1]).split()[-4:])
    if _stem(lead, vocab["target_labels"]) or _stem(lead, vocab["benchmarks"]):
        return "target"
    if _stem(lead, vocab["capaian_labels"]):
        return "capaian"
    return "value"


def _noun(text: str, mention: Mention) -> str:
    """The counted noun right after a figure ("1.087 kasus"), "" when a connective follows."""
    found = _NOUN.match(norm(text[mention.end:mention.end + 30]))
    word = found.group(1) if found else ""
    return "" if word in _vocab()["connectives"] else word


def _compatible(a: Mention, b: Mention) -> bool:
    return (a.figure.kind == "percent") == (b.figure.kind == "percent")


_REGULATION = re.compile(r"\b(?:nomor|no\.?)\s*[\w./-]+\s+tahun\s+(?:19|20)\d{2}", re.IGNORECASE)


def _year_in(text: str, skip: int | None = None) -> int | None:
    """The last year named in ``text`` (not a regulation's "Nomor 2 Tahun 2014")."""
    years = [int(y) for y in _YEAR.findall(_REGULATION.sub(" ", text)) if int(y) != skip]
    return years[-1] if years else None


# --- reading the two values -------------------------------------------------------------------

@dataclass
class Reading:
    before: Point | None = None
    after: Point | None = None
    reason: str = ""             # why not checked, when not bound
    silent: bool = False         # no claim about two times (a target comparison, no figures)
    lookup: bool = False         # no figures: look the two years up in a table
    cells: tuple = ()            # table cells the values came from


def _lead(sentence: Sentence, mention: Mention) -> str:
    """The words between the figure before ``mention`` (or the sentence start) and it."""
    previous = max((m.end for m in sentence.figures if m.end <= mention.start), default=0)
    return sentence.text[previous:mention.start]


def _both(sentence: Sentence, change: Change, year: int | None) -> Reading | None:
    """"dari X (pada tahun Y1) menjadi Z (pada tahun Y2)" within the clause."""
    vocab = _vocab()
    text = sentence.text
    a, b = change.clause
    figures = [m for m in sentence.figures if a <= m.start < b]
    for s, e in (span for w in vocab["from_words"] for span in _find(text[a:b], w)):
        s, e = s + a, e + a
        first = next((m for m in figures if m.start >= e and m.start - e <= 45), None)
        if first is None or _has(norm(text[e:first.start]), vocab["benchmarks"]):
            continue
        for to in (span for w in vocab["to_words"] for span in _find(text[first.end:b], w)):
            t_end = first.end + to[1]
            second = next((m for m in figures if m.start >= t_end and m.start - t_end <= 45), None)
            if second is None or to[0] > 60:
                continue
            y1 = _year_in(text[first.end:first.end + to[0]]) or _year_in(text[e:first.start])
            y2 = _year_in(text[second.end:min(b, second.end + 30)]) \
                or _year_in(text[t_end:second.start])
            if not _compatible(first, second):
                return Reading(reason="the two figures are different measures")
            n1, n2 = _noun(text, first), _noun(text, second)
            if n1 and n2 and n1 != n2:
                return Reading(reason="the two figures are different measures")
            y1 = y1 or _year_in(text[a:s], skip=year)
            if y1 is not None and y2 is None and year is not None and y1 < year:
                y2 = year
            if y1 is not None and y2 is not None and y1 >= y2:
                return Reading(reason=f"the years run {y1} → {y2}")
            return Reading(Point(first, str(y1 or ""), y1, sentence),
                           Point(second, str(y2 or ""), y2, sentence))
    return None


def _reference(sentence: Sentence, change: Change) -> tuple[Point | None, bool]:
    """The earlier value after the word: "dibandingkan tahun 2023 (sebesar) 94,12%", "dari
    83,12 pada tahun 2023". Returns (point, compared with a benchmark)."""
    vocab = _vocab()
    text = sentence.text
    a, b = change.clause
    rest = text[change.end:b]
    links = "|".join(map(re.escape, sorted(vocab["compare_words"], key=len, reverse=True)))
    link = re.match(rf"^\s*(?:,\s*)?(?:{links})\b", rest, re.IGNORECASE)
    if not link:
        return None, False
    start = change.end + link.end()
    figure = next((m for m in sentence.figures if start <= m.start < b), None)
    between = text[start:figure.start] if figure else text[start:b]
    if figure is not None and figure.start - start > 70:
        figure, between = None, text[start:min(b, start + 70)]
    if _has(norm(between), vocab["benchmarks"]):
        return None, True
    if figure is None:
        return Point(None, *_when(between, ""), sentence), False
    after = text[figure.end:min(b, figure.end + 30)]
    after = re.split(r"[,;]|\s(?:dan|serta|maupun)\s", after)[0]
    when, year = _when(between, after)
    return Point(figure, when, year, sentence), False


def _when(between: str, after: str) -> tuple[str, int | None]:
    year = _year_in(between) or _year_in(after)
    if year is not None:
        return str(year), year
    earlier = _has(norm(f"{between} {after}"), _vocab()["earlier"])
    return (earlier, None) if earlier else ("", None)


def _candidates(sentence: Sentence, figures: list[Mention], reference: Mention, capaian_too: bool
                ) -> list[tuple[Sentence, Mention, str]]:
    """Figures that may be the value: of the reference's kind, no target or benchmark, and a
    capaian only when the subject is one."""
    found = []
    for mention in figures:
        if not _compatible(mention, reference):
            continue
        kind = _label(_lead(sentence, mention))
        if kind == "value" or (kind == "capaian" and capaian_too):
            found.append((sentence, mention, kind))
    return found


def _current(context: Context, sentence: Sentence, change: Change, reference: Mention
             ) -> tuple[Point | None, str]:
    """The value the sentence speaks of: a figure before the word that is no target or
    benchmark (a capaian only when the sentence's subject is one); with "Realisasi ini …" and
    none before it, one in the sentence before. Of several, the one with the earlier value's
    noun, then the one of its size."""
    vocab = _vocab()
    head = norm(sentence.text[:change.start])
    subject_capaian = bool(_has(" ".join(head.split()[:4]), vocab["capaian_labels"]))
    before = [m for m in sentence.figures if m.end <= change.start]
    pool = _candidates(sentence, before, reference, subject_capaian)
    anaphora = re.search(rf"\b(\w+)\s+(?:{'|'.join(vocab['anaphora'])})\b", head)
    if not pool and anaphora:
        subject_capaian = bool(_has(anaphora.group(1), vocab["capaian_labels"]))
        earlier = _previous(sentence)
        for _ in range(2):               # the sentence before, else the one before it
            if earlier is None or pool:
                break
            pool = _candidates(earlier, earlier.figures, reference, subject_capaian)
            earlier = _previous(earlier)
    if not pool:
        return None, "no current value beside it"
    noun = _noun(sentence.text, reference)
    same = [(s, m) for s, m, _ in pool if noun and _noun(s.text, m) == noun]
    chosen = same or [(s, m) for s, m, _ in pool]
    if len(chosen) > 1:
        # the same measure a year apart is of the same size: the figure nearest the earlier
        # one in size, when clearly nearer than the others (a capaian of 104% is not the
        # realisasi of 68%, 1.236 respondents are not an index of 84)
        distance = sorted(((_apart(m, reference), s, m) for s, m in chosen), key=lambda x: x[0])
        if distance[0][0] * 2 > distance[1][0]:
            return None, "which figure is the current value is ambiguous"
        chosen = [(distance[0][1], distance[0][2])]
    owner, mention = chosen[0]
    year = _year_before(owner, mention)
    return Point(mention, str(year or context.year or ""), year or context.year, owner), ""


def _apart(a: Mention, b: Mention) -> float:
    x, y = float(a.figure.value), float(b.figure.value)
    if x <= 0 or y <= 0:
        return math.inf if x != y else 0.0
    return abs(math.log(x / y))


def _year_before(sentence: Sentence, mention: Mention) -> int | None:
    """The year the words just before a figure give it ("BOR tahun 2025 sebesar 72,46%")."""
    text = _REGULATION.sub(lambda m: " " * len(m.group()), sentence.text)
    lead_start = max((m.end for m in sentence.figures if m.end <= mention.start
                      and not _blanked(text, m)), default=0)
    return (_year_in(text[lead_start:mention.start])
            or _year_in(text[max(0, mention.start - 60):mention.start]))


def _blanked(text: str, mention: Mention) -> bool:
    """A figure blanked out as part of a regulation's number."""
    return not text[mention.start:mention.end].strip()


def _previous(sentence: Sentence) -> Sentence | None:
    if sentence.index == 0:
        return None
    return sentences(sentence.passage)[sentence.index - 1]


def read(context: Context, sentence: Sentence, change: Change) -> Reading:
    reading = _read(context, sentence, change)
    if reading.reason and not reading.lookup:
        vocab = _vocab()
        rest = norm(sentence.text[change.end:change.clause[1]])
        # "lebih tinggi … dibandingkan dengan realisasi nasional": a benchmark, no trend
        benchmark = _has(rest, vocab["benchmarks"]) and not _year_in(rest) \
            and not _has(rest, vocab["earlier"])
        if change.word in vocab["nominal"] or benchmark:
            reading.silent = True
    return reading


def _read(context: Context, sentence: Sentence, change: Change) -> Reading:
    vocab = _vocab()
    clause = sentence.text[change.clause[0]:change.clause[1]]
    figures = [m for m in sentence.figures if change.clause[0] <= m.start < change.clause[1]]
    ranged = _has(norm(clause), vocab["range_words"])
    rank = _has(norm(clause), vocab["ranks"])
    if rank:
        return Reading(reason=f"a rank ('{rank}'): a smaller number is a higher place",
                       silent=not figures)
    if ranged:
        return Reading(reason=f"a trend over a range of years ('{ranged}')", silent=not figures)
    both = _both(sentence, change, context.year)
    if both is not None:
        return both
    reference, benchmark = _reference(sentence, change)
    if benchmark:
        return Reading(silent=True)
    if reference is None:
        return Reading(reason="no earlier value to compare with", silent=not figures)
    if not reference.when:
        return Reading(silent=True)          # compared with something else than another year
    if reference.mention is None:
        return Reading(before=reference, lookup=True)
    current, why = _current(context, sentence, change, reference.mention)
    if current is None:
        return Reading(reason=why)
    if reference.mention.figure.value * 3 < current.mention.figure.value:
        # "meningkat dibandingkan tahun 2023 sebesar 2,5%" may give the change, not the value
        return Reading(reason=f"{reference.mention.raw} may be the change, not the earlier value")
    if current.year is not None and reference.year is not None and reference.year >= current.year:
        return Reading(reason=f"the years run {reference.year} → {current.year}")
    return Reading(reference, current)


# --- values from a year-comparison table ---------------------------------------------------------

def _from_table(context: Context, sentence: Sentence, change: Change, earlier: Point) -> Reading:
    """No figures: the row the sentence names in a table with a column for each year."""
    if earlier.year is None or context.year is None:
        return Reading(reason="no values and no year to look up", silent=True)
    current = _year_in(sentence.text[:change.start]) or context.year
    text = sentence.text[:change.clause[1]]
    for around in tables_around(context, sentence):
        found = shape(around)
        if found is None:
            continue
        cols = _year_columns(found, earlier.year, current)
        if cols is None:
            continue
        row = _subject_row(found, sentence.text[:change.start]) or _named_row(found, text)
        if row is None:
            continue
        old, new = (row.cells[c].figure if c < len(row.cells) else None for c in cols)
        if old is None or new is None:
            return Reading(reason=f"{found.table.name} has no figure for both years")
        return Reading(Point(Mention(0, 0, old), str(earlier.year), earlier.year, sentence),
                       Point(Mention(0, 0, new), str(current), current, sentence),
                       cells=tuple(cell_location(found.table, row, c) for c in cols))
    return Reading(reason="no values, and no year-comparison table row named", silent=True)


def _named_row(found: Shape, text: str):
    rows = {id(n.row): n.row for n in mentions(text, found.names)}
    return next(iter(rows.values())) if len(rows) == 1 else None


def _subject_row(found: Shape, subject: str):
    """The row whose name the sentence's subject is ("Angka kematian bayi membaik …" for a row
    "Angka kematian bayi per 1.000 kelahiran hidup"): every word of the subject in the name,
    at least two of them, and one row only."""
    words = [w for w in re.findall(r"[a-z0-9]+", norm(subject)) if w not in _vocab()["connectives"]]
    if len(words) < 2:
        return None
    scored = []
    for row, names in found.names:
        best = max((fuzz.token_set_ratio(" ".join(words), name) for name in names), default=0)
        covered = max((sum(w in name.split() for w in words) for name in names), default=0)
        if best >= 95 and covered >= 2:
            scored.append(row)
    return scored[0] if len(scored) == 1 else None


def _year_columns(found: Shape, old: int, new: int) -> tuple[int, int] | None:
    """The columns of the two years, realisasi preferred where a year has several."""
    def column(year: int) -> int | None:
        cols = [c for c in found.columns if str(year) in found.table.columns[c]]
        real = [c for c in cols if "realisasi" in norm(found.table.columns[c])]
        if len(real) == 1:
            return real[0]
        bare = [c for c in cols
                if not re.search(r"target|capaian|renstra", norm(found.table.columns[c]))]
        return bare[0] if len(bare) == 1 else None
    a, b = column(old), column(new)
    return (a, b) if a is not None and b is not None and a != b else None


# --- the check ---------------------------------------------------------------------------------

def _expected(context: Context, sentence: Sentence, change: Change) -> str:
    """up | down: which way the value must have moved for the word to be true."""
    if change.sense in ("up", "down"):
        return change.sense
    lower = matrix(context).direction(sentence.text[:change.start]) == "lower"
    better = change.sense == "better"
    return "down" if better == lower else "up"


_MOVED = {"up": ("meningkat", "rose"), "down": ("menurun", "fell")}


@check_kind("prose_trend")
def prose_trend(rule: Rule, context: Context):
    for sentence in all_sentences(context):
        for change in changes_in(sentence.text):
            reading = read(context, sentence, change)
            if reading.lookup:
                reading = _from_table(context, sentence, change, reading.before)
            if reading.silent:
                continue
            what = f"'{change.word}'"
            if reading.reason:
                not_checked_at(context, rule, sentence.location(), what, reading.reason)
                continue
            if not reading.cells:
                reading.cells = _cells_of(context, sentence, reading)
            yield from _judge(rule, context, sentence, change, reading)


def _cells_of(context: Context, sentence: Sentence, reading: Reading) -> tuple:
    """The table cells that hold the two values the sentence gives: one row of a nearby
    year-comparison table with both, in the columns of their years."""
    before, after = reading.before, reading.after
    if before.year is None or after.year is None:
        return ()
    for around in tables_around(context, sentence):
        found = shape(around)
        cols = _year_columns(found, before.year, after.year) if found is not None else None
        if cols is None:
            continue
        rows = [r for r in found.body if all(
            c < len(r.cells) and r.cells[c].figure is not None
            and p.mention.figure.overlaps(r.cells[c].figure.low, r.cells[c].figure.high)
            for c, p in zip(cols, (before, after)))]
        if len(rows) == 1:
            return tuple(cell_location(found.table, rows[0], c) for c in cols)
    return ()


def _judge(rule: Rule, context: Context, sentence: Sentence, change: Change, reading: Reading):
    before, after = reading.before, reading.after
    old, new = before.mention.figure, after.mention.figure
    here = [p.mention.start for p in (before, after) if p.sentence is sentence and p.mention.end]
    where = sentence.locations(change.start, *here)
    for point in (before, after):
        if point.sentence is not sentence:
            where.insert(0, point.sentence.location())      # "Realisasi ini …": the one before
    where += list(reading.cells)
    if old.overlaps(new.low, new.high):
        not_checked_at(context, rule, sentence.location(), f"'{change.word}'",
                       f"the values are equal ({old.raw} and {new.raw})")
        return
    moved = "up" if new.value > old.value else "down"
    expected = _expected(context, sentence, change)
    subject = _subject(sentence, change)
    detail = f"L{sentence.paragraph.line}: {change.word} {old.raw} → {new.raw}"
    if moved == expected:
        yield rule.passed("prose", 1, where, detail)
        return
    moved_id, moved_en = _MOVED[moved]
    yield rule.finding({"word": change.word, "subject": subject, "moved_id": moved_id,
                        "moved_en": moved_en, "before": old.raw, "after": new.raw,
                        "before_when": before.when or "sebelumnya",
                        "after_when": after.when or "kini"},
                       where, expected=moved_id, found=change.word,
                       difference=format_like(new.value - old.value, new),
                       key=f"{change.word}:{old.value}->{new.value}")


def _subject(sentence: Sentence, change: Change) -> str:
    words = sentence.text[:change.start].split()
    text = " ".join(words[:8])
    return text + ("…" if len(words) > 8 else "") if text else sentence.text[:60]
