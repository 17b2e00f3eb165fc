"""The same figure tied to two different years: a realisasi footnoted as "hasil pengukuran tahun
2021" that an evaluation table prints under 2022 and the text calls "indeks tahun 2022". Only
figures with decimals count: 100% in two years is common, a decimal score printed twice is one measurement."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..documents.model import Paragraph, Table
from ..findings import Location
from ..recognise.claims import sentences
from ..recognise.indicators import IndicatorView
from .context import Context
from .indicators import matrix
from .registry import Rule, check_kind

_FOOTNOTE_START = re.compile(r"^\s*(?:\^\{\*+\}|\(\*+\)|\*+)")
_YEAR_IN_NOTE = re.compile(r"tahun\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_PROSE = re.compile(r"tahun\s+(?P<year>(?:19|20)\d{2})\s+(?:yaitu|sebesar|adalah|senilai|ialah)\s+"
                    r"(?P<num>\d{1,3}[.,]\d{1,3})(?![\d%])", re.IGNORECASE)
FOOTNOTE_REACH = 6   # blocks after a table where its footnotes may stand


@dataclass(frozen=True)
class Attribution:
    value: Decimal
    year: int
    location: Location
    how: str          # column | footnote | text


def _note_year(text: str) -> int | None:
    joined = re.sub(r"(\d)\s+(\d)", r"\1\2", text)      # "tahun 202 | 1" torn by the converter
    found = _YEAR_IN_NOTE.search(joined)
    return int(found.group(1)) if found else None


def _footnote(context: Context, view: IndicatorView) -> tuple[int, Location] | None:
    for row in view.table.rows:
        text = " ".join(c.text for c in row.cells if c.text)
        if _FOOTNOTE_START.match(text) and _note_year(text):
            return _note_year(text), view.location(row)
    blocks = context.document.blocks
    at = context.document.position(view.table)
    for block in blocks[at + 1:at + 1 + FOOTNOTE_REACH]:
        if isinstance(block, Table):
            break
        if _FOOTNOTE_START.match(block.raw) and _note_year(block.text):
            return _note_year(block.text), block.location()
    return None


def _distinctive(figure) -> bool:
    return figure is not None and figure.value != figure.value.to_integral_value()


def _from_tables(context: Context):
    for view in matrix(context).views:
        note = None
        for entry in view.entries:
            for (measure, year), slot in entry.slots.items():
                figure = slot.value.figure or slot.value.score
                if measure != "realisasi" or not _distinctive(figure):
                    continue
                if year is not None and year != context.year:
                    # the report year's column may carry an older measurement (footnoted)
                    yield Attribution(figure.value, year, view.slot_location(slot), "column")
                elif figure.footnote:
                    note = note or _footnote(context, view)
                    if note:
                        yield Attribution(figure.value, note[0], view.slot_location(slot), "footnote")
                        yield Attribution(figure.value, note[0], note[1], "footnote")


def _from_prose(context: Context):
    for paragraph in context.document.paragraphs:
        for sentence in sentences(paragraph):
            for found in _PROSE.finditer(sentence):
                value = Decimal(found["num"].replace(",", "."))
                yield Attribution(value, int(found["year"]), _where(paragraph, sentence), "text")


def _without_repeated_series(found: list[Attribution]) -> list[Attribution]:
    """A row that prints the figure under two of its year columns is a time series whose
    values happen to agree (4,08 days in 2023 and in 2024), not one measurement given two
    years: its columns say nothing about the figure's year."""
    years_by_row: dict[tuple, set[int]] = {}
    for a in found:
        if a.how == "column":
            years_by_row.setdefault((a.location.table, a.location.row), set()).add(a.year)
    series = {row for row, years in years_by_row.items() if len(years) > 1}
    return [a for a in found
            if not (a.how == "column" and (a.location.table, a.location.row) in series)]


def _where(paragraph: Paragraph, sentence: str) -> Location:
    return paragraph.location(sentence)


@check_kind("figure_year")
def figure_year(rule: Rule, context: Context):
    by_value: dict[Decimal, list[Attribution]] = {}
    for attribution in [*_from_tables(context), *_from_prose(context)]:
        by_value.setdefault(attribution.value, []).append(attribution)
    for value, found in sorted(by_value.items()):
        found = _without_repeated_series(found)
        years = sorted({a.year for a in found})
        locations = list(dict.fromkeys(a.location for a in found))
        if len(years) <= 1:
            if years and len(locations) > 1:
                yield rule.passed(f"{value}", len(locations), locations[:3], f"always {years[0]}")
            continue
        listing = "; ".join(f"{a.how} {a.location.short()}: {a.year}" for a in found)
        yield rule.finding({"value": value, "years": ", ".join(map(str, years)),
                            "listing": listing}, locations,
                           expected="one year", found=", ".join(map(str, years)),
                           key=f"figure-year:{value}")
