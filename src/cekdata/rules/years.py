"""Stale years: a heading, sentence or caption that names an earlier year as the year being
reported on ("Laporan kinerja … tahun 2023", "Tahun Anggaran 2021", "Perbandingan Realisasi
Kinerja Tahun 2023") in a later year's report, and a year compared with itself. Regulations
("Nomor 7 Tahun 2017"), periods ("2020 – 2024") and comparisons with earlier years stay quiet."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Location
from ..recognise.claims import sentences
from ..recognise.view import vocabulary
from .context import Context
from .registry import Rule, check_kind

_YEAR = r"(?:19|20)\d{2}"
_RANGE = re.compile(rf"{_YEAR}\s*[-–—]\s*{_YEAR}|{_YEAR}\s*(?:s\.?d\.?|sampai|hingga)\s*{_YEAR}")
_REGULATION = re.compile(rf"nomor\s*:?\s*[\w./-]+\s+tahun\s+{_YEAR}", re.IGNORECASE)


@dataclass(frozen=True)
class Text:
    text: str
    location: Location


def _texts(context: Context) -> list[Text]:
    """Sentences of paragraphs, and table captions, each with where it is."""
    found, lines = [], set()
    for paragraph in context.document.paragraphs:
        lines.add(paragraph.line)
        for sentence in sentences(paragraph):
            found.append(Text(sentence, paragraph.location(sentence)))
    for table in context.document.tables:
        if table.caption and table.caption_line not in lines:
            found.append(Text(table.caption, table.caption_location()))
    return found


def _phrase_pattern() -> re.Pattern:
    phrases = sorted(vocabulary("claims")["reporting_year_phrases"], key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"\b(?P<phrase>{alternatives})\b(?P<between>(?:\s+[^\s.;:]+){{0,12}}?)\s+"
                      rf"(?:tahun\s+(?:anggaran\s+)?)?(?P<year>{_YEAR})\b", re.IGNORECASE)


def _compares(text: str, year: int) -> bool:
    """The sentence compares the report year with others: earlier years are legitimate there."""
    words = vocabulary("claims")["comparison_words"]
    plain = _RANGE.sub(" ", text).lower()
    return str(year) in plain and any(re.search(rf"\b{re.escape(w)}\b", plain) for w in words)


def stale_mentions(text: str, year: int):
    """(phrase, stated year, match) for each reporting-year phrase naming an earlier year."""
    cleaned = _REGULATION.sub(lambda m: " " * len(m.group()), text)
    cleaned = _RANGE.sub(lambda m: " " * len(m.group()), cleaned)
    if _compares(text, year):
        return
    for match in _phrase_pattern().finditer(cleaned):
        stated = int(match["year"])
        between = match["between"].lower().split()
        if any(w in vocabulary("claims")["comparison_words"] for w in between):
            continue
        if _of_earlier_document(cleaned[:match.start()]):
            continue
        if stated < year:
            yield match["phrase"], stated, match


def _of_earlier_document(before: str) -> bool:
    """"opini BPK atas LKPD Tahun Anggaran 2023": the audit of last year's accounts, a thing
    of that year by nature, not this report's year misprinted."""
    words = before.lower().split()[-6:]
    objects = vocabulary("claims")["prior_year_objects"]
    return any(re.search(rf"\b{re.escape(w)}\b", " ".join(words)) for w in objects)


@check_kind("stale_year")
def stale_year(rule: Rule, context: Context):
    if context.year is None:
        return
    checked = []
    pattern = _phrase_pattern()
    for text in _texts(context):
        stale = list(stale_mentions(text.text, context.year))
        for phrase, stated, match in stale:
            quote = text.text[match.start():match.end()]
            yield rule.finding({"quote": quote, "stated": stated, "year": context.year}, [text.location],
                               expected=str(context.year), found=str(stated),
                               difference=str(stated - context.year), key=f"{phrase}|{stated}")
        if not stale and pattern.search(text.text):
            checked.append(text.location)
    if checked:
        yield rule.passed("prose and captions", len(checked), checked[:5],
                          f"{len(checked)} mentions of the reporting year name {context.year}")


@check_kind("self_comparison")
def self_comparison(rule: Rule, context: Context):
    """"realisasi tahun 2024 … sama dengan tahun 2024": a year compared with itself."""
    links = "|".join(re.escape(w) for w in vocabulary("claims")["same_as"])
    pattern = re.compile(rf"tahun\s+(?P<first>{_YEAR})\b[^.]{{0,120}}?\b(?:{links})\s+tahun\s+"
                         rf"(?P<second>{_YEAR})\b", re.IGNORECASE)
    for text in _texts(context):
        for match in pattern.finditer(text.text):
            if match["first"] == match["second"]:
                yield rule.finding({"quote": match.group()}, [text.location],
                                   expected="another year", found=match["second"],
                                   key=f"self|{match['first']}")
