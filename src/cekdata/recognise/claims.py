"""Figures stated in prose, tied to the subject the sentence gives them: "sebanyak 135
permohonan", "total pagu anggaran … sebesar Rp. 1,250,000,000,-", "3 (tiga) sasaran strategis",
"memperoleh nilai sebesar 72.32", "berhasil mencapai seluruh target"; and digits written out in
words beside them ("5 (lima)")."""
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
    kind: str            # count | money | spelled | score | achieved
    subject: str         # key from claims.yaml: requests, voters, budget, spent, spent_percent…
    figure: Figure | None
    sentence: str
    paragraph: Paragraph
    words: str = ""      # "(empat belas)" spelt out beside the digits, if any
    noun: str = ""       # the report's own word for what is counted


def sentences(paragraph: Paragraph) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph.text.replace("*", "")) if s.strip()]


def words_to_number(text: str) -> int | None:
    """"empat belas" → 14, "seratus dua puluh lima" → 125, "sepuluh hari kerja" → 10; None if
    the words do not start with a number."""
    vocab = vocabulary("claims")
    units, multipliers = vocab["number_words"], vocab["number_multipliers"]
    total = group = small = 0
    seen = False
    for word in re.findall(r"[a-z]+", text.lower()):
        if word not in units and word.startswith("se") and word[2:] in multipliers:
            small, word = small + 1, word[2:]            # sepuluh, seratus, seribu, sejuta
        if word in units and word != "se":
            small += units[word]
        elif word == "belas":
            small += 10
        elif word == "puluh":
            small *= 10
        elif word == "ratus":
            group, small = group + max(small, 1) * 100, 0
        elif word in multipliers:
            total, group, small = total + max(group + small, 1) * multipliers[word], 0, 0
        else:
            break
        seen = True
    return total + group + small if seen else None


def _count_pattern(vocab: dict) -> re.Pattern:
    verbs = "|".join(map(re.escape, vocab["count_verbs"]))
    bare = [n for spec in vocab["subjects"].values() if spec.get("bare") for n in spec["nouns"]]
    bare_nouns = "|".join(map(re.escape, sorted(bare, key=len, reverse=True)))
    return re.compile(rf"(?:\b(?:{verbs})\s+(?P<num>{_NUMBER})\s*(?:\((?P<words>[a-z ]+)\))?\s+"
                      rf"(?:orang\s+)?(?P<noun>[a-z]+(?:\s+[a-z]+)?)"
                      rf"|(?<![\d.,])(?P<bnum>\d{{1,3}})\s*(?:\((?P<bwords>[a-z ]+)\))?\s+"
                      rf"(?P<bnoun>{bare_nouns})\b)", re.IGNORECASE)


def _count_claims(paragraph: Paragraph, sentence: str, vocab: dict):
    for found in _count_pattern(vocab).finditer(sentence):
        if found["bnum"]:
            yield from _bare_claim(paragraph, sentence, vocab, found)
            continue
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


def _bare_claim(paragraph: Paragraph, sentence: str, vocab: dict, found: re.Match):
    noun = norm(found["bnoun"])
    for subject, spec in vocab["subjects"].items():
        if spec.get("bare") and noun in spec["nouns"]:
            figure = parse_figure(found["bnum"])
            if figure is not None:
                yield Claim("count", subject, figure, sentence, paragraph, found["bwords"] or "",
                            found["bnoun"])
            return


_SPELLED = re.compile(rf"(?P<num>{_NUMBER})\s*(?P<pct>%)?\s*\((?P<words>[a-zA-Z][a-zA-Z ]*)\)")


def _spelled_claims(paragraph: Paragraph, sentence: str):
    """Digits with the same number in words beside them: "14 (empat belas)"."""
    for found in _SPELLED.finditer(sentence):
        if words_to_number(found["words"]) is None:
            continue
        figure = parse_figure(found["num"])
        if figure is not None:
            yield Claim("spelled", "number", figure, sentence, paragraph, found["words"].strip())


def _score_claims(paragraph: Paragraph, sentence: str, vocab: dict):
    nouns = "|".join(map(re.escape, vocab["score"]["nouns"]))
    links = "|".join(map(re.escape, vocab["score"]["links"]))
    pattern = re.compile(rf"\b(?P<noun>{nouns})\b(?:\s+[\w/]+){{0,4}}?\s+(?:{links})\s+"
                         rf"(?P<num>\d{{1,3}}[.,]\d{{1,3}}|\d{{1,3}})(?![\d%]|\s*persen)",
                         re.IGNORECASE)
    for found in pattern.finditer(sentence):
        figure = parse_figure(found["num"])
        if figure is not None and figure.kind != "percent":
            yield Claim("score", "score", figure, sentence, paragraph, noun=found["noun"])


def _achieved_claims(paragraph: Paragraph, sentence: str, vocab: dict):
    if any(phrase in norm(sentence) for phrase in vocab["all_achieved"]):
        yield Claim("achieved", "all", None, sentence, paragraph)


def extract(document: Document) -> list[Claim]:
    vocab = vocabulary("claims")
    claims: list[Claim] = []
    for paragraph in document.paragraphs:
        for sentence in sentences(paragraph):
            claims.extend(_count_claims(paragraph, sentence, vocab))
            claims.extend(_money_claims(paragraph, sentence, vocab))
            claims.extend(_spelled_claims(paragraph, sentence))
            claims.extend(_score_claims(paragraph, sentence, vocab))
            claims.extend(_achieved_claims(paragraph, sentence, vocab))
    return claims
