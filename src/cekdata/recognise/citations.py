"""Citations of regulations and decrees ("Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan
Umum", "Permendagri No. 90 Tahun 2019", "Perpres Nomor 29/2014", "PKPU 2 Tahun 2024"), dates as
printed (with impossible ones kept: "31 April", "30/02/2024"), decrees tied to a date later in
their sentence, and the report's own date (the place-and-date line of its Kata Pengantar).
Words and forms are in ``data/citations.yaml``."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..data import derived, load
from ..documents.model import Cell, Document, Paragraph, Row, Table
from ..documents.numbers import fold
from ..findings import Location
from .claims import sentences


def vocabulary() -> dict:
    return load("citations")


def _alternation(words) -> str:
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
        parts.append(escaped)
    return "|".join(parts)


def simple(text: str) -> str:
    """Folded, lower case, punctuation to spaces."""
    text = fold(text).lower().replace("\u00a0", " ")
    return " ".join(re.sub(r"[^\w/]+", " ", text).split())


# ------------------------------------------------------------------ where text stands

@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or the text of a table cell."""
    text: str
    location: Location
    paragraph: Paragraph | None = None
    table: Table | None = None


def cell_location(table: Table, row: Row, col: int, text: str) -> Location:
    cell = row.cells[col]
    column = table.columns[col] if col < len(table.columns) else None
    return Location(line=cell.line or row.line, page=cell.page or row.page, table=table.name,
                    row=cell.row or row.number, column=column, text=text[:200], bbox=cell.bbox,
                    col=cell.col)


def _cut(before: str, after: str) -> bool:
    """A citation cut between two paragraphs by a line break before its year."""
    return bool(re.search(r"\b(?:nomor|no\.?)\s*:?\s*\d[\w./-]*$", before, re.IGNORECASE)
                and re.match(r"tahun\s+(?:19|20)\d{2}\b", after, re.IGNORECASE))


def units(document: Document, tables: bool = True) -> list[Unit]:
    found = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            said = sentences(block)
            if said and found and found[-1].paragraph is not None and _cut(found[-1].text, said[0]):
                last = found.pop()                  # "… Nomor 29" | "Tahun 2014 tentang …"
                found.append(Unit(f"{last.text} {said[0]}", last.location, paragraph=last.paragraph))
                said = said[1:]
            for sentence in said:
                found.append(Unit(sentence, block.location(sentence), paragraph=block))
        elif tables:
            for row in block.header_rows + block.rows:
                for col, cell in enumerate(row.cells):
                    if cell.text.strip():
                        found.append(Unit(cell.text, cell_location(block, row, col, cell.text),
                                          table=block))
    return found


# ------------------------------------------------------------------ citations

@dataclass(frozen=True)
class Citation:
    kind: str            # canonical kind ("peraturan presiden")
    issuer: str          # normalised issuer words ("bupati tanah merapi"), "" if none
    number: str
    year: int | None
    title: str | None    # as printed, None when not given or not comparable
    raw: str             # the citation as printed, without its title
    unit: Unit
    start: int
    end: int

    @property
    def identity(self) -> str:
        return f"{self.kind}|{self.number.lower()}"

    def show(self) -> str:
        year = f" Tahun {self.year}" if self.year else ""
        return f"{self.raw.split(' Nomor')[0].split(' No')[0]} Nomor {self.number}{year}"


@derived
def _kind_of() -> dict[str, str]:
    vocab = vocabulary()
    found = {}
    for kind, aliases in vocab["kinds"].items():
        for alias in aliases:
            text = f" {simple(alias)} "
            found[simple(alias)] = kind
            for long, short in vocab["issuer_aliases"].items():
                text = text.replace(f" {simple(long)} ", f" {short} ")
            found.setdefault(text.strip(), kind)
    return found


@derived
def _kinds_re() -> re.Pattern:
    aliases = [a for aliases in vocabulary()["kinds"].values() for a in aliases]
    return re.compile(rf"(?<![\w-])(?:{_alternation(aliases)})(?![\w-])", re.IGNORECASE)


@derived
def _citation_pattern() -> re.Pattern:
    aliases = [a for aliases in vocabulary()["kinds"].values() for a in aliases]
    return re.compile(
        rf"(?<![\w-])(?P<kind>{_alternation(aliases)})(?![\w-])"
        r"(?P<issuer>(?:\s+(?!(?:nomor|no)\b)[^\s,;:()]+){0,9}?)\s*,?\s+"
        r"(?:(?:nomor|no\.?|nomer)\s*:?\s*(?P<num>\d[\w./-]*\w|\d)(?:\s+tahun\s+(?P<year>(?:19|20)\d{2}))?"
        r"|(?P<num2>\d{1,4}[a-z]?)\s+tahun\s+(?P<year2>(?:19|20)\d{2}))(?![\w/])",
        re.IGNORECASE)


def _kind_and_issuer(kind: str, words: str) -> tuple[str, str] | None:
    """The canonical kind and the normalised issuer of "Surat Keputusan KPU Provinsi X":
    the longest kind that starts the words wins, the rest is the issuer."""
    vocab = vocabulary()
    text = f" {simple(kind + ' ' + words)} "
    for stop in vocab["issuer_stop"]:
        if f" {stop} " in f" {simple(words)} ":
            return None
    for long, short in sorted(vocab["issuer_aliases"].items(), key=lambda kv: -len(kv[0])):
        text = text.replace(f" {simple(long)} ", f" {short} ")
    words_ = text.split()
    if words_[:2] == ["surat", "keputusan"]:
        words_ = words_[1:]
    for size in range(len(words_), 0, -1):
        canonical = _kind_of().get(" ".join(words_[:size]))
        if canonical is None:
            # an issuer alias may have shortened the kind ("komisi pemilihan umum" -> "kpu")
            continue
        issuer = [w for w in words_[size:] if w not in vocab["issuer_drop"]]
        return canonical, " ".join(issuer)
    return None


def _title(text: str, start: int, next_start: int) -> str | None:
    vocab = vocabulary()
    rest = text[start:next_start]
    match = re.match(r"\s*,?\s*(?:(?:tanggal|tertanggal)\s+\d{1,2}\s+\w+\.?\s+\d{4}\s*,?\s*)?"
                     r"tentang\s+", rest, re.IGNORECASE)
    if not match:
        return None
    title = rest[match.end():]
    cut = len(title)
    for stop in [";", "(", ":", *vocab["title_stops"]]:
        at = title.lower().find(stop)
        if 0 <= at < cut:
            cut = at
    title = title[:cut]
    kind = next((k for k in _kinds_re().finditer(title) if k.group(0)[0].isupper()), None)
    if kind:                                   # "… Instansi Pemerintah dan Peraturan Menteri …"
        title = title[:kind.start()]
    title = re.sub(r"[\s,.]*(?:\b(?:dan|serta|atau|juga)\b[\s,]*)*$", "", title, flags=re.IGNORECASE)
    tail = simple(title).split()
    if not tail:
        return None
    if any(" ".join(tail[-len(n.split()):]) == n for n in vocab["title_nested"]):
        return None                            # "Perubahan atas …": names another regulation
    return title.strip() or None


def citations_in(unit: Unit) -> list[Citation]:
    text = unit.text
    matches = list(_citation_pattern().finditer(text))
    found = []
    for i, match in enumerate(matches):
        named = _kind_and_issuer(match["kind"], match["issuer"] or "")
        if named is None:
            continue
        kind, issuer = named
        number = match["num"] or match["num2"]
        year = match["year"] or match["year2"]
        if not year:
            split = re.fullmatch(r"(\d{1,4}[a-z]?)/((?:19|20)\d{2})", number, re.IGNORECASE)
            if split:
                number, year = split.group(1), split.group(2)
        next_start = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        title = _title(text, match.end(), next_start)
        raw = " ".join(match.group(0).split())
        found.append(Citation(kind, issuer, number, int(year) if year else None, title, raw, unit,
                              match.start(), match.end()))
    return found


def citations(document: Document) -> list[Citation]:
    return [c for unit in units(document) for c in citations_in(unit)]


# ------------------------------------------------------------------ dates as printed

@dataclass(frozen=True)
class Printed:
    """A date as printed; ``day`` may not exist in its month (that is what CIT002 looks for)."""
    day: int | None
    month: int
    year: int | None
    raw: str
    start: int
    end: int
    numeric: bool = False
    abbreviated: bool = False

    @property
    def possible(self) -> bool:
        if self.day is None:
            return True
        if self.year is None:
            return self.day <= (29 if self.month == 2 else calendar.monthrange(2001, self.month)[1])
        return self.day <= calendar.monthrange(self.year, self.month)[1]

    def as_date(self, end_of_month: bool = False) -> date | None:
        if self.year is None or not self.possible:
            return None
        day = self.day or (calendar.monthrange(self.year, self.month)[1] if end_of_month else 1)
        return date(self.year, self.month, day)


@derived
def _month_words() -> dict[str, tuple[int, bool]]:
    """Word -> (month, is an abbreviation)."""
    words = {}
    for month, names in vocabulary()["months"].items():
        for i, name in enumerate(names):
            words[name] = (int(month), len(name) <= 4 and name != "mei" and name != "juni"
                           and name != "juli")
    return words


@derived
def _date_pattern() -> re.Pattern:
    names = _alternation(_month_words())
    return re.compile(rf"(?<![\w.,/-])(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{names})(?P<dot>\.)?(?!\w)"
                      rf"(?:\s+(?P<year>(?:19|20)\d{{2}})(?!\d))?", re.IGNORECASE)


_NUMERIC = re.compile(r"(?<![\w./-])(?P<day>\d{1,2})(?P<sep>[/-])(?P<month>\d{1,2})(?P=sep)"
                      r"(?P<year>(?:19|20)\d{2})(?![\w/.-]|\.\d)")


def printed_dates(text: str, month_only: bool = False) -> list[Printed]:
    """The dates in a text: "31 April", "30 Peb 2024" (an abbreviation only with its year),
    "30/02/2024", "Januari 2025" (with ``month_only``)."""
    found = []
    for match in _date_pattern().finditer(text):
        month, short = _month_words()[match["month"].lower()]
        year = int(match["year"]) if match["year"] else None
        if short and year is None:
            continue
        if match["day"] is None:
            if not month_only or year is None or not match["month"][0].isupper():
                continue
            day = None
        else:
            day = int(match["day"])
            if day == 0:
                continue
        found.append(Printed(day, month, year, " ".join(match.group(0).split()), match.start(),
                             match.end(), abbreviated=short))
    blockers = vocabulary()["numeric_date_blockers"]
    for match in _NUMERIC.finditer(text):
        before = text[:match.start()].lower().rstrip(" :")
        if any(before.endswith(b) for b in blockers):
            continue
        day, month = int(match["day"]), int(match["month"])
        if not 1 <= month <= 12 or day == 0:
            continue
        found.append(Printed(day, month, int(match["year"]), match.group(0), match.start(),
                             match.end(), numeric=True))
    return sorted(found, key=lambda p: p.start)


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def show_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# ------------------------------------------------------------------ decrees and their dates

@dataclass(frozen=True)
class DatedDecree:
    paragraph: Paragraph
    sentence: str
    number: str
    year: int
    dated: date


def _words_re(words) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(rf"(?<!\w){escaped}(?!\w)" if word[0].isalnum() else escaped)
    return "|".join(parts)


@derived
def _decree_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = vocabulary()["decree_dates"]
    decree = re.compile(r"(?:nomor|no\.?)\s*:?\s*(?P<num>[\w./-]*\w)\s+tahun\s+(?P<year>(?:19|20)\d{2})"
                        r"|(?P<num2>\d[\w./-]*)/(?P<year2>(?:19|20)\d{2})(?![\w/])", re.IGNORECASE)
    dated = re.compile(rf"(?:{_words_re(spec['date_words'])})\s*:?\s*(?P<date>\d{{1,2}}\s+\w+\.?\s+(?:19|20)\d{{2}})",
                       re.IGNORECASE)
    ties = re.compile(rf"(?:^|\s|,)(?:{_words_re(spec['ties'])})\s*,?\s*$", re.IGNORECASE)
    return decree, dated, ties


def _breaks(gap: str) -> bool:
    spec = vocabulary()["decree_dates"]
    low = f" {gap.lower()} "
    return any((b in low) if not b[0].isalnum() else re.search(rf"(?<!\w){re.escape(b)}(?!\w)", low)
               for b in spec["breaks"])


def decree_dates(document: Document, enact_verbs: list[str]) -> list[DatedDecree]:
    """Decrees tied to a date in their sentence: "Nomor N Tahun Y [tentang …][,] [yang
    ditetapkan pada] tanggal D M YYYY" at any distance, when nothing between them opens another
    clause; or the date first, then a verb of enacting, then the decree ("Pada tanggal … KPU
    menetapkan Keputusan … Nomor N Tahun Y")."""
    decree_re, dated_re, ties_re = _decree_patterns()
    found = []
    for paragraph in document.paragraphs:
        for sentence in sentences(paragraph):
            decrees = list(decree_re.finditer(sentence))
            dates = list(dated_re.finditer(sentence))
            for i, match in enumerate(decrees):
                number = match["num"] or match["num2"]
                year = int(match["year"] or match["year2"])
                limit = decrees[i + 1].start() if i + 1 < len(decrees) else len(sentence)
                when = _date_after(sentence, match.end(), limit, dates, ties_re)
                if when is None and i == 0:
                    when = _date_before(sentence, match.start(), dates, enact_verbs)
                if when is not None:
                    found.append(DatedDecree(paragraph, sentence, number, year, when))
    return found


def _parse(text: str) -> date | None:
    dates = printed_dates(text)
    return dates[0].as_date() if dates and not dates[0].numeric else None


def _date_after(sentence, end, limit, dates, ties_re) -> date | None:
    for dated in dates:
        if dated.start() < end or dated.start() >= limit:
            continue
        gap = sentence[end:dated.start()]
        if _breaks(gap):
            return None
        before = gap.strip()
        if before and not (before.endswith(",") or ties_re.search(before)):
            return None
        following = " ".join(sentence[dated.end():].split()[:4])
        if _breaks(following):                 # ", tanggal 5 Maret 2024 dilaksanakan rapat …"
            return None
        return _parse(dated["date"])
    return None


def _date_before(sentence, start, dates, verbs) -> date | None:
    lowered = sentence.lower()
    before = lowered[:start]
    verb_at = max((before.rfind(v) for v in verbs), default=-1)
    if verb_at < 0:
        return None
    earlier = [d for d in dates if d.end() <= verb_at]
    if not earlier:
        return None
    return _parse(earlier[-1]["date"])


# ------------------------------------------------------------------ the report's own date

@dataclass(frozen=True)
class Signature:
    date: date            # the last day it can mean ("Januari 2025" → 31 Januari 2025)
    printed: str
    paragraph: Paragraph


_PLACE = re.compile(r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),\s+(?P<rest>.*)$")


def _place_date(paragraph: Paragraph) -> Signature | None:
    match = _PLACE.match(paragraph.text)
    if not match:
        return None
    dates = printed_dates(match["rest"], month_only=True)
    if not dates or dates[0].start != 0 or dates[0].year is None or dates[0].numeric:
        return None
    day = dates[0].as_date(end_of_month=True)
    if day is None:
        return None
    return Signature(day, f"{match['place']}, {dates[0].raw}", paragraph)


def signature(document: Document) -> Signature | None:
    """The place-and-date line of the Kata Pengantar; without that heading, the first one
    before the first chapter."""
    spec = vocabulary()["signature"]
    blocks = document.blocks
    heading = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
                    and simple(b.text) in spec["sections"]), None)
    if heading is not None:
        for block in blocks[heading + 1:heading + 1 + spec["front_blocks"]]:
            if isinstance(block, Paragraph):
                if simple(block.text) in spec["chapter_words"]:
                    break
                found = _place_date(block)
                if found:
                    return found
        return None
    for block in blocks[:spec["front_blocks"]]:
        if isinstance(block, Paragraph):
            if simple(block.text) in spec["chapter_words"]:
                return None
            found = _place_date(block)
            if found:
                return found
    return None


def is_place_date(paragraph: Paragraph) -> bool:
    return _place_date(paragraph) is not None
