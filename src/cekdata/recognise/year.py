"""The report's year (tahun kinerja): the year its title page, headings and captions name most;
a mention there weighs more than one in running text, which also cites other years."""
from __future__ import annotations

import re
from collections import Counter

from ..documents.model import Document
from ..findings import Location

# "Tahun 2024", "Tahun Anggaran 2024", "TA 2024" — but not "Nomor 7 Tahun 2017" (a regulation)
# nor a period "2020-2024".
_YEAR_MENTION = re.compile(r"(?<!nomor )(?<!no\. )\b(?:tahun(?: anggaran| kinerja)?|ta\.?)\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)",
                           re.IGNORECASE)
_REGULATION = re.compile(r"nomor\s*:?\s*[\w./-]+\s+tahun\s+(?:19|20)\d{2}", re.IGNORECASE)


def report_year(document: Document) -> tuple[int | None, list[Location]]:
    """The year and where it is named (the evidence)."""
    counts: Counter[int] = Counter()
    evidence: dict[int, list[Location]] = {}
    for text, where, weight in _weighted_texts(document):
        for found in _YEAR_MENTION.finditer(_REGULATION.sub(" ", text)):
            year = int(found.group(1))
            counts[year] += weight
            evidence.setdefault(year, []).append(where)
    if not counts:
        return None, []
    year, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return year, evidence[year][:5]


TITLE_PAGE = 10   # the first paragraphs: title, agency, year


def _weighted_texts(document: Document):
    for position, paragraph in enumerate(document.paragraphs):
        short = len(paragraph.text) <= 100     # a title or heading, not running text
        weight = 3 if position < TITLE_PAGE and short else 2 if short else 1
        yield paragraph.text, paragraph.location(), weight
    for table in document.tables:
        if table.caption:
            yield table.caption, table.caption_location(), 2
