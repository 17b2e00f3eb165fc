"""Indonesian dates ("14 Juni 2022", "27 Februari 2024 - 16 November 2024", "25 September
2024- 23 November"), schedule tables (Tahapan | Waktu), and decrees cited with their date
("Pada tanggal 30 Desember 2022 … menetapkan Keputusan … Nomor 552 Tahun 2022")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from ..documents.model import Document, Paragraph, Row, Table
from .view import matches_any, norm, vocabulary

MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
          "oktober", "november", "desember"]
_ALIASES = {"jan": 1, "feb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8,
            "agt": 8, "ags": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "nopember": 11,
            "des": 12}
_DATE = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,10})\.?(?:\s+((?:19|20)\d{2}))?\b")


def month_number(word: str) -> int | None:
    """The month a word names, forgiving OCR and typing slips ("Okober")."""
    word = word.lower()
    if word in _ALIASES:
        return _ALIASES[word]
    scored = max(((fuzz.ratio(word, m), i + 1) for i, m in enumerate(MONTHS)))
    return scored[1] if scored[0] >= 80 else None


@dataclass(frozen=True)
class Span:
    start: date
    end: date
    raw: str


def _dates(text: str) -> list[tuple[int, int, int | None]]:
    found = []
    for day, month_word, year in _DATE.findall(text):
        month = month_number(month_word)
        if month is not None and 1 <= int(day) <= 31:
            found.append((int(day), month, int(year) if year else None))
    return found


def _make(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_span(text: str) -> Span | None:
    """One date or a range; a start without a year takes the end's, an end without one the start's."""
    found = _dates(text)
    if not found:
        return None
    first, last = found[0], found[-1] if len(found) > 1 else found[0]
    start_year = first[2] or last[2]
    end_year = last[2] or start_year
    if start_year is None:
        return None
    start, end = _make(first[0], first[1], start_year), _make(last[0], last[1], end_year)
    if start is None or end is None:
        return None
    if first[2] is None and start > end:       # "14 Desember – 9 Februari 2023"
        start = _make(first[0], first[1], start_year - 1) or start
    return Span(start, end, " ".join(text.split()))


def format_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1].capitalize()} {day.year}"


@dataclass(frozen=True)
class Stage:
    table: Table
    row: Row
    name: str
    span: Span
    time_col: int


def _column(table: Table, words: list[str]) -> int | None:
    for col, label in enumerate(table.columns):
        if matches_any(label, words):
            return col
    return None


def schedule_stages(table: Table) -> list[Stage]:
    """The dated stages of a schedule table (Tahapan | Waktu); empty for any other table."""
    vocab = vocabulary("claims")["schedule"]
    stage_col, time_col = _column(table, vocab["stage"]), _column(table, vocab["time"])
    if stage_col is None or time_col is None:
        return []
    stages = []
    for row in table.rows:
        span = parse_span(row.cells[time_col].raw) if time_col < len(row.cells) else None
        if span is not None:
            stages.append(Stage(table, row, row.text(stage_col), span, time_col))
    return stages


@dataclass(frozen=True)
class Decree:
    paragraph: Paragraph
    sentence: str
    number: str
    year: int
    dated: date


_DECREE = re.compile(r"nomor\s*:?\s*(?P<num>[\w./-]+)\s+tahun\s+(?P<year>\d{4})", re.IGNORECASE)


def decrees(document: Document, sentences) -> list[Decree]:
    """Decrees whose sentence ties them to a date: the date, then a verb of enacting, then the
    decree ("Pada tanggal … menetapkan Keputusan … Nomor N Tahun Y"), or the decree followed by
    "tanggal <date>"."""
    verbs = vocabulary("claims")["enact_verbs"]
    found = []
    for paragraph in document.paragraphs:
        for sentence in sentences(paragraph):
            for decree in _decrees_in(sentence, verbs):
                found.append(Decree(paragraph, sentence, *decree))
    return found


def _decrees_in(sentence: str, verbs: list[str]):
    lowered = norm(sentence)
    for match in _DECREE.finditer(sentence):
        after = sentence[match.end():match.end() + 40]
        dated = re.match(r"\s*,?\s*tanggal\s+(\d{1,2}\s+\w+\s+\d{4})", after, re.IGNORECASE)
        if not dated:
            before = lowered[:match.start()]
            verb_at = max((before.rfind(v) for v in verbs), default=-1)
            date_before = list(re.finditer(r"tanggal\s+(\d{1,2}\s+\w+\s+\d{4})", before[:max(verb_at, 0)]))
            if verb_at < 0 or not date_before or _DECREE.search(sentence[:match.start()]):
                continue
            dated = date_before[-1]
        span = parse_span(dated.group(1))
        if span is not None:
            yield match["num"], int(match["year"]), span.start
