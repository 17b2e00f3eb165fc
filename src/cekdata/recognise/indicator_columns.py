"""Read an indicator table's header: which column names the indicator, and which columns hold
a target, realisasi or capaian of which year. Headers of converted reports are torn ("Targe |
et Kinerj", "Realisa | si 2024") and spanning labels sit above one column only, so a column
without its own label takes the measure of its run of year columns or of the label to its left."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..documents.model import Row, Table
from ..documents.structure import is_column_numbering
from .view import matches_any, norm, vocabulary

_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


@dataclass(frozen=True)
class ValueColumn:
    col: int
    measure: str            # target | realisasi | capaian | national
    year: int | None        # None: the table's own year (the report year)


def words() -> dict:
    return vocabulary("indicators")


def is_group_row(row: Row, upto: int) -> bool:
    """A row that opens a sasaran/tujuan group ("Sasaran Strategis 2 :")."""
    text = norm(" ".join(row.text(c) for c in range(upto + 1) if row.text(c)))
    return any(text.startswith(m) for m in words()["group_markers"])


def header_rows(table: Table) -> list[Row]:
    """The header without column-numbering rows and the group rows converters fold into it."""
    rows = [r for r in table.header_rows if not is_column_numbering(r.cells)]
    return rows[:1] + [r for r in rows[1:]
                       if not (is_group_row(r, 1) and not any(r.text(c) for c in range(2, len(r.cells))
                                                              if r.text(c) != r.text(0)))]


def _is_indicator_label(text: str) -> bool:
    if matches_any(text, words()["indicator_header"]):
        return True
    return any(fuzz.ratio(w, "indikator") >= 80 for w in norm(text).split())


def indicator_column(table: Table) -> int | None:
    for col in range(table.width):
        if any(_is_indicator_label(r.text(col)) for r in header_rows(table)):
            return col
    return None


def sasaran_column(table: Table, before: int) -> int | None:
    for col in range(before):
        if any("sasaran" in norm(r.text(col)) for r in header_rows(table)):
            return col
    return None


def _own_measure(texts: list[str]) -> str | None:
    squashed = re.sub(r"\s+", "", " ".join(texts).lower())
    squashed = _YEAR.sub("", squashed)
    for measure, labels in words()["measures"].items():
        if any(re.sub(r"\s+", "", label) in squashed for label in labels):
            return measure
    return None


def _year(texts: list[str]) -> int | None:
    for text in reversed(texts):       # the lowest header row is the most specific
        found = _YEAR.findall(text)
        if found:
            return int(found[-1])
    return None


def _year_runs(years: dict[int, int | None]) -> list[list[int]]:
    """Adjacent columns whose years rise: one spanning label covers each run."""
    runs: list[list[int]] = []
    for col in sorted(years):
        year = years[col]
        if year is None:
            continue
        if runs and runs[-1][-1] == col - 1 and years[runs[-1][-1]] < year:
            runs[-1].append(col)
        else:
            runs.append([col])
    return runs


def _trusted_label(col: int, run: list[int], texts: dict, own: dict, years: dict) -> bool:
    """A measure label that is the column's own, not one torn from a neighbour in conversion:
    it names no other year, and either names this column's year ("Target 2024") or spans
    neighbours in the same run of years too ("Realisasi" over 2021, 2022, 2023)."""
    labelled = [t for t in texts[col] if _own_measure([t])]
    # a label that names another year over any column of the run it covers slid there
    over = [(t, years[n]) for t in labelled for n in run if t in texts[n]]
    if not labelled or any(int(y) != year for t, year in over for y in _YEAR.findall(t)):
        return False
    names_year = any(str(years[col]) in t for t in labelled)
    spans = any(n in run and own.get(n) == own[col] for n in (col - 1, col + 1))
    return names_year or spans


def _caption_measure(caption: str) -> str | None:
    """Bare year columns under a caption naming one measure ("Perbandingan Realisasi …
    2021–2024") or a history ("Perkembangan …") hold that measure."""
    named = {m for m in ("realisasi", "target") if _own_measure([m]) and
             any(re.search(rf"\b{re.escape(w)}", norm(caption)) for w in words()["measures"][m])}
    if len(named) == 1:
        return named.pop()
    return "realisasi" if not named and matches_any(caption, words()["series"]) else None


def value_columns(table: Table, first: int, caption: str) -> list[ValueColumn]:
    """The measure columns right of the indicator column."""
    rows = header_rows(table)
    texts = {c: [r.text(c) for r in rows if r.text(c)] for c in range(first, table.width)}
    own = {c: _own_measure(t) for c, t in texts.items()}
    years = {c: _year(t) for c, t in texts.items()}
    medium_term = matches_any(caption, words()["medium_term"])
    # A caption on the medium-term plan makes a run of year columns targets, unless every
    # column of the run carries the same measure of its own (a merged "Realisasi" over them).
    forced = {c: "target" for run in _year_runs(years) if len(run) >= 3 and medium_term
              and not (own[run[0]] and all(own[c] == own[run[0]] for c in run))
              for c in run if not _trusted_label(c, run, texts, own, years)}
    # "Realisasi 2022" in one cell names its own measure, whatever the caption says
    inline = {c: next((_own_measure([t]) for t in reversed(t_list) if _YEAR.search(t)), None)
              for c, t_list in texts.items()}
    series = _caption_measure(caption)
    columns, last = [], None
    for col in range(first, table.width):
        measure = inline[col] or forced.get(col) or own[col] or (last if years[col] else None) \
            or (series if years[col] else None)
        if own[col]:
            last = own[col]
        if measure:
            columns.append(ValueColumn(col, measure, years[col]))
    return columns
