"""Indicators the report itself declares lower-is-better ("Untuk indikator yang semakin kecil
semakin baik (crime total, response time) digunakan rumus …", "Indikator X merupakan indikator
yang makin kecil makin baik"). The report's word outranks the vocabulary's guess."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..data import load
from ..documents.model import Document
from .view import norm


def _phrases() -> list[str]:
    return load("indicators")["declared_lower"]


def declared_lower(document: Document) -> list[str]:
    """The names (or name fragments) the text declares lower-is-better."""
    names: list[str] = []
    for paragraph in document.paragraphs:
        text = norm(paragraph.text)
        for phrase in _phrases():
            for found in re.finditer(re.escape(phrase), text):
                names += _listed_after(text[found.end():]) or _named_before(text[:found.start()])
    return [n for n in names if len(n.split()) >= 1 and len(n) >= 3]


def _listed_after(text: str) -> list[str]:
    """"… (crime total, response time dan korban laka lantas)" right after the phrase."""
    found = re.match(r"^\s*(?:,|yaitu|yakni)?\s*\(([^)]{3,300})\)", text)
    if not found:
        return []
    return [p.strip() for p in re.split(r",|\bdan\b|;", found.group(1)) if p.strip()]


_LINKS = r"(?:\s+(?:yang|merupakan|adalah|termasuk|bersifat|dengan|memiliki|ber))*\s*(?:indikator)?\s*(?:yang|dengan)?\s*$"


def _named_before(text: str) -> list[str]:
    """"Indikator X merupakan indikator yang …", "untuk indikator X yang berarah negatif",
    "X merupakan indikator yang makin rendah makin baik": the name right before the phrase."""
    clause = re.split(r"[.;:()]", text)[-1]
    head = re.sub(_LINKS, "", clause).strip()
    found = re.search(r"indikator\s+(.{3,160})$", head)
    if found:
        return [found.group(1).strip()]
    own = re.match(r"^(?:untuk\s+)?(.{3,120}?)\s+(?:merupakan|adalah|termasuk)\b", clause.strip())
    return [own.group(1).strip()] if own else []


def is_declared_lower(name: str, declared: list[str]) -> bool:
    folded = norm(name)
    return any(all(w in folded for w in d.split()) or (len(d) >= 8 and fuzz.partial_ratio(d, folded) >= 90)
               for d in declared)
