"""Figures stated in prose, tied to the subject the sentence gives them:
"sebanyak 135 permohonan", "total pagu anggaran … sebesar Rp. 1,250,000,000,-"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents.model import Document, Paragraph
from ..documents.numbers import Figure, parse_figure
from .view import norm, vocabulary

_NUMBER = r"\d[\d.,]*\d|\d"
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\]])[.!?](?=\s+[A-Z(])")


@dataclass(frozen=True)
class Claim:
    kind: str            # "count" | "money"
    subject: str         # key from claims.yaml: requests, voters, budget, spent, spent_percent…
    figure: Figure
    sentence: str
    paragraph: Paragraph
    words: str = ""      # "(empat belas)" spelt out beside the digits, if any
    noun: str = ""       # the report's own word for what is counted


def sentences(paragraph: Paragraph) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph.text.replace("*", "")) if s.strip()]


def _count_claims(paragraph: Paragraph, sentence: str, vocab: dict):
    verbs = "|".join(map(re.escape, vocab["count_verbs"]))
    pattern = re.compile(rf"\b(?:{verbs})\s+(?P<num>{_NUMBER})\s*(?:\((?P<words>[a-z ]+)\))?\s+"
                         rf"(?:orang\s+)?(?P<noun>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
    for found in pattern.finditer(sentence):
        noun = norm(found["noun"])
        for subject, spec in vocab["subjects"].items():
            if any(noun == w or noun.startswith(w + " ") for w in spec["nouns"]):
                figure = parse_figure(found["num"])
                if figure is not None:
                    yield Claim("count", subject, figure, sentence, paragraph, found["words"] or "",
                                found["noun"].split()[0])


_MONEY = re.compile(rf"rp\.?\s*(?P<num>{_NUMBER})\s*(?P<mult>ribu|juta|miliar|milyar|triliun)?(?:,-|\.-)?",
                    re.IGNORECASE)
_PERCENT = re.compile(rf"(?P<num>{_NUMBER})\s*%")


def _money_claims(paragraph: Paragraph, sentence: str, vocab: dict):
    """Each amount takes the subject named last before it; a percentage right after a
    realisation amount is the realisation percentage."""
    money = vocab["money"]
    last_end, last_subject = 0, None
    marks = sorted([(m.start(), m.end(), "money", m) for m in _MONEY.finditer(sentence)] +
                   [(m.start(), m.end(), "percent", m) for m in _PERCENT.finditer(sentence)])
    for start, end, kind, found in marks:
        before = norm(sentence[last_end:start])
        subject = None
        for name in ("budget", "spent"):
            positions = [before.rfind(w) for w in money[name]["nouns"] if w in before]
            if positions:
                subject = (name, max(positions)) if subject is None or max(positions) > subject[1] \
                    else subject
        subject_name = subject[0] if subject else None
        if kind == "money" and subject_name:
            text = found["num"] + (f" {found['mult']}" if found["mult"] else "")
            figure = parse_figure("Rp " + text)
            if figure is not None:
                yield Claim("money", subject_name, figure, sentence, paragraph)
            last_subject = subject_name
        elif kind == "percent" and last_subject == "spent":
            figure = parse_figure(found["num"] + "%")
            if figure is not None:
                yield Claim("money", "spent_percent", figure, sentence, paragraph)
            last_subject = None
        last_end = end


def extract(document: Document) -> list[Claim]:
    vocab = vocabulary("claims")
    claims: list[Claim] = []
    for paragraph in document.paragraphs:
        for sentence in sentences(paragraph):
            claims.extend(_count_claims(paragraph, sentence, vocab))
            claims.extend(_money_claims(paragraph, sentence, vocab))
    return claims
