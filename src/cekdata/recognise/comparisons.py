"""Which comparisons Bab III gives for each indicator (issue 12 §2): realisasi against this
year's target ("target"), against earlier years ("earlier"), against the target at the end of
the Renstra period ("renstra"), and against a national or provincial figure ("national",
reported, never required). Built on the indicator matrix: a table row of the indicator that
prints this year's realisasi beside the other figure is a comparison; so is a sentence of Bab III
that names the indicator (or follows one that does) in the words of ``data/comparisons.yaml``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..data import derived, load
from ..documents.model import Document, Paragraph, Table
from ..findings import Location
from .claims import sentences
from .identity import Indicator, normalise
from .indicator_columns import words
from .indicators import IndicatorView, is_heading
from .matrix import Matrix
from .view import matches_any, norm

KINDS = ("target", "earlier", "renstra", "national")
REQUIRED = ("target", "earlier", "renstra")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


def vocabulary() -> dict:
    return load("comparisons")


@dataclass(frozen=True)
class Evidence:
    kind: str
    location: Location
    how: str                    # "table" | "text"
    detail: str = ""
    table: Table | None = field(default=None, compare=False)   # the table it is in


@dataclass
class IndicatorComparisons:
    indicator: Indicator
    pk: Location | None                          # the indicator's row in the first PK table
    found: dict[str, list[Evidence]] = field(default_factory=dict)
    new: Location | None = None                  # where the report says it is new (or its PK row)
    new_reason: str = ""                         # "stated" | "no earlier figure"

    def has(self, kind: str) -> bool:
        return bool(self.found.get(kind))

    def missing(self) -> list[str]:
        return [k for k in REQUIRED if not self.has(k) and not (k == "earlier" and self.new)]


@dataclass
class Comparisons:
    year: int | None
    end_year: int | None          # the last year of the Renstra period
    has_pk: bool
    chapter: tuple[int, int] | None   # block range of Bab III, if found
    chapter_location: Location | None
    rows: list[IndicatorComparisons]

    def of_kind(self, kind: str) -> list[tuple[IndicatorComparisons, Evidence]]:
        return [(row, e) for row in self.rows for e in row.found.get(kind, [])]


# ---------------------------------------------------------------- the chapter

def _chapter(document: Document) -> tuple[tuple[int, int] | None, Location | None]:
    """Bab III as a block range: of the paragraphs opening it (the table of contents names it
    too), the one followed by the most blocks before the next chapter."""
    config = vocabulary()["chapter"]
    starts = [re.compile(p) for p in config["start"]]
    ends = [re.compile(p) for p in config["end"]]
    blocks = document.blocks
    best, where = None, None
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or len(block.text) > 120:
            continue
        if not any(p.match(norm(block.text)) for p in starts):
            continue
        end = next((j for j in range(i + 1, len(blocks)) if isinstance(blocks[j], Paragraph)
                    and any(p.match(norm(blocks[j].text)) for p in ends)), len(blocks))
        if best is None or end - i > best[1] - best[0]:
            best, where = (i, end), block.location(block.text[:120])
    if best is not None and not any(isinstance(b, Table) for b in blocks[best[0]:best[1]]) \
            and best[1] - best[0] < 5:
        return None, None                 # a table-of-contents entry, not the chapter
    return best, where


def end_year(document: Document, matrix: Matrix) -> int | None:
    """The last year of the Renstra period: as the report states it, else the last year the
    Renstra tables hold a target for."""
    pattern = re.compile(vocabulary()["period"])
    texts = [t.caption for t in document.tables] + [p.text for p in document.paragraphs]
    periods = [(int(m.group(1)), int(m.group(2))) for text in texts
               for m in pattern.finditer(norm(text))]
    periods = [(a, b) for a, b in periods if 2 <= b - a <= 6 and
               (matrix.year is None or a <= matrix.year <= b)]
    if periods:
        return max(periods, key=lambda p: (periods.count(p), p[1]))[1]
    years = [v.year for v in matrix.values if v.view.source == "renstra" and v.measure == "target"
             and v.year is not None]
    return max(years) if years else None


# ---------------------------------------------------------------- tables

def _header(view: IndicatorView, col: int) -> str:
    return " ".join(r.text(col) for r in view.table.header_rows if r.text(col))


def _table_evidence(view: IndicatorView, entry, year: int | None, end: int | None
                    ) -> list[Evidence]:
    config = vocabulary()
    slots = {}
    for (measure, column_year), slot in entry.slots.items():
        slots.setdefault((measure, column_year or year), slot)
    current = slots.get(("realisasi", year))
    if current is None or year is None:
        return []
    here = view.slot_location(current)
    found = []
    target = slots.get(("target", year)) or slots.get(("capaian", year))
    table = view.table
    if target is not None:
        found.append(Evidence("target", here, "table", f"{view.name.split()[0]}", table))
    earlier = sorted(y for m, y in slots if m in ("realisasi", "baseline") and y is not None and y < year)
    if earlier:
        found.append(Evidence("earlier", here, "table",
                              f"{view.name.split()[0]} {', '.join(map(str, earlier))}", table))
    end_columns = [s for (m, y), s in slots.items() if m == "target" and
                   (matches_any(_header(view, s.column.col), config["end_target_headers"]) or
                    (end is not None and y == end and (end > year or view.source != "pk")))]
    if end_columns:
        found.append(Evidence("renstra", here, "table",
                              f"{view.name.split()[0]} {_header(view, end_columns[0].column.col)}",
                              table))
    national = [s for (m, _), s in slots.items() if m == "national" or
                (m != "realisasi" and matches_any(_header(view, s.column.col),
                                                  config["national_headers"]))]
    if national:
        found.append(Evidence("national", here, "table",
                              f"{view.name.split()[0]} {_header(view, national[0].column.col)}",
                              table))
    return found


# ---------------------------------------------------------------- prose

@derived
def _patterns(end: int | None) -> dict[str, list[re.Pattern]]:
    config = vocabulary()
    out = {}
    for kind, patterns in config["sentences"].items():
        out[kind] = [re.compile(p.replace("{end}", str(end))) for p in patterns
                     if end is not None or "{end}" not in p]
    out["new"] = [re.compile(p) for p in config["new_indicator"]]
    return out


def _matches(kind: str, text: str, year: int | None, end: int | None) -> bool:
    for pattern in _patterns(end)[kind]:
        for match in pattern.finditer(text):
            years = [int(y) for y in _YEAR.findall(match.group(0))]
            if kind == "earlier" and year is not None and years and \
                    not any(y < year for y in years):
                continue
            return True
    return False


class _Namer:
    """Which indicators a sentence names."""

    def __init__(self, indicators: list[Indicator]):
        config = vocabulary()
        self.threshold, self.shortest = config["name_match"], config["min_name_length"]
        self.names = []
        starts = set(words()["indicator_starts"])
        for indicator in indicators:
            forms = {normalise(e.name) for _, e in indicator.members} | {normalise(indicator.name)}
            # "Jumlah crime total" is written "crime total" in a sentence
            forms |= {f.split(" ", 1)[1] for f in forms if " " in f and f.split()[0] in starts}
            forms = {f for f in forms if len(f) >= self.shortest}
            short = {m for _, e in indicator.members for m in _ABBREVIATION.findall(e.name)}
            self.names.append((indicator, forms, short))

    def named(self, sentence: str) -> list[Indicator]:
        text = normalise(sentence)
        scored = []
        for indicator, forms, short in self.names:
            # scores under the threshold are dropped anyway; the cutoff lets rapidfuzz stop early
            score = max((fuzz.partial_ratio(f, text, score_cutoff=self.threshold) for f in forms
                         if len(f) <= len(text) + 5), default=0)
            if any(re.search(rf"\b{re.escape(s)}\b", sentence) for s in short):
                score = max(score, 100)
            if score >= self.threshold:
                scored.append((score, indicator))
        if not scored:
            return []
        top = max(s for s, _ in scored)
        return [i for s, i in scored if s >= top - 3]


def _single(view: IndicatorView, matrix: Matrix) -> Indicator | None:
    if len(view.entries) != 1:
        return None
    return matrix.identity.of(view.entries[0])


def _prose_evidence(document: Document, matrix: Matrix, span: tuple[int, int] | None,
                    end: int | None, indicators: list[Indicator]
                    ) -> tuple[dict[str, dict[str, list[Evidence]]], dict[str, Location]]:
    """Comparisons stated in sentences, by indicator id, and where an indicator is called new."""
    found: dict[str, dict[str, list[Evidence]]] = {}
    new: dict[str, Location] = {}
    namer = _Namer(indicators)
    views = {id(v.table): v for v in matrix.views}
    blocks = document.blocks[span[0]:span[1]] if span else document.blocks
    current: list[Indicator] = []
    for block in blocks:
        if isinstance(block, Table):
            view = views.get(id(block))
            # a table about one indicator makes it the subject; any other table ends the subject
            one = _single(view, matrix) if view is not None else None
            current = [one] if one is not None else []
            continue
        if is_heading(block):
            current = namer.named(block.text)
            continue
        for sentence in sentences(block):
            named = namer.named(sentence)
            if named:
                current = named
            text = norm(sentence)
            for kind in KINDS:
                if current and _matches(kind, text, matrix.year, end):
                    for indicator in current:
                        found.setdefault(indicator.id, {}).setdefault(kind, []).append(
                            Evidence(kind, block.location(sentence[:200]), "text", sentence[:120]))
            if current and _matches("new", text, matrix.year, end):
                for indicator in current:
                    new.setdefault(indicator.id, block.location(sentence[:200]))
    return found, new


# ---------------------------------------------------------------- the table of comparisons

def _in_span(view: IndicatorView, document: Document, span: tuple[int, int] | None) -> bool:
    """A table of Bab III, or after it (a measurement table moved to an appendix still
    compares); the planning tables of Bab II do not."""
    return span is None or document.position(view.table) >= span[0]


def _earlier_figure(indicator: Indicator, matrix: Matrix) -> bool:
    """Any realisasi, baseline or target of an earlier year, anywhere in the report: the
    indicator was measured (or planned) before this year."""
    return any(v.year is not None and matrix.year is not None and v.year < matrix.year
               for v in matrix.of(indicator) if v.measure in ("realisasi", "baseline", "target"))


def _blank_earlier(indicator: Indicator, document: Document, span, year: int | None
                   ) -> Location | None:
    """The indicator's row in a table with earlier years' realisasi columns, left blank ("-")
    there: the report compares it and has no earlier figure (no vote in those years, say)."""
    for view, entry in indicator.members:
        if year is None or not _in_span(view, document, span):
            continue
        earlier = [c for c in view.columns if c.measure == "realisasi" and c.year is not None
                   and c.year < year]
        current = any(m == "realisasi" and (y or year) == year for m, y in entry.slots)
        if earlier and current and not any(m == "realisasi" and y is not None and y < year
                                           for m, y in entry.slots):
            return view.location(entry.row, earlier[0].col)
    return None


def build(document: Document, matrix: Matrix) -> Comparisons:
    year = matrix.year
    end = end_year(document, matrix)
    span, where = _chapter(document)
    pk_indicators = [i for i in matrix.identity.indicators
                     if any(view.source == "pk" for view, _ in i.members)]
    has_pk = bool(pk_indicators)
    indicators = pk_indicators if has_pk else list(matrix.identity.indicators)
    text, _ = _prose_evidence(document, matrix, span, end, matrix.identity.indicators)
    # "indikator baru" may be said anywhere (the PK chapter, a note under the Renstra table)
    _, stated_new = _prose_evidence(document, matrix, None, end, matrix.identity.indicators)
    rows = []
    for indicator in indicators:
        pk = next((view.entry_location(e) for view, e in indicator.members if view.source == "pk"),
                  None)
        row = IndicatorComparisons(indicator, pk)
        for view, entry in indicator.members:
            if not _in_span(view, document, span):
                continue
            for evidence in _table_evidence(view, entry, year, end):
                row.found.setdefault(evidence.kind, []).append(evidence)
        for kind, evidence in text.get(indicator.id, {}).items():
            row.found.setdefault(kind, []).extend(evidence)
        blank = _blank_earlier(indicator, document, span, year)
        if indicator.id in stated_new:
            row.new, row.new_reason = stated_new[indicator.id], "stated"
        elif not row.has("earlier") and blank is not None:
            row.new, row.new_reason = blank, "earlier years blank in its comparison row"
        elif not row.has("earlier") and not _earlier_figure(indicator, matrix):
            row.new, row.new_reason = pk, "no earlier figure"
        rows.append(row)
    return Comparisons(year, end, has_pk, span, where, rows)
