"""Figures stated in prose, tied to the subject the sentence gives them: "sebanyak 135
permohonan", "total pagu anggaran … sebesar Rp. 1,250,000,000,-", "3 (tiga) sasaran strategis",
"memperoleh nilai sebesar 72.32", "berhasil mencapai seluruh target"; and digits written out in
words beside them ("5 (lima)")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents.model import Document, Paragraph
from ..documents.numbers import Figure, is_year, parse_figure
from .frames import Frame, frame
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
    frame: Frame | None = None   # measure, qualifiers, part-of-whole (money and count claims)


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


_MENTION = re.compile(rf"(?:rp\.?\s*)?(?:{_NUMBER})", re.IGNORECASE)


def _mentions(sentence: str) -> list[tuple[int, int]]:
    """Where the figures of a sentence stand (years are not figures but context)."""
    return [(m.start(), m.end()) for m in _MENTION.finditer(sentence) if not is_year(m.group())]


def frame_at(sentence: str, start: int, end: int, year: int | None, earlier: bool,
             inherited: tuple[str, ...] = (), acronyms: bool = False) -> Frame:
    """``acronyms``: an item's code before an amount narrows it ("anggaran SKD2024")."""
    spans = _mentions(sentence)
    previous = max((e for s, e in spans if e <= start), default=0)
    following = min((s for s, e in spans if s >= end), default=len(sentence))
    return frame(sentence, start, end, previous, following, year, earlier, inherited, acronyms)


def _count_pattern(vocab: dict) -> re.Pattern:
    verbs = "|".join(map(re.escape, vocab["count_verbs"]))
    bare = [n for spec in vocab["subjects"].values() if spec.get("bare") for n in spec["nouns"]]
    bare_nouns = "|".join(map(re.escape, sorted(bare, key=len, reverse=True)))
    return re.compile(rf"(?:\b(?:{verbs})\s+(?P<num>{_NUMBER})\s*(?:\((?P<words>[a-z ]+)\))?\s+"
                      rf"(?:orang\s+)?(?P<noun>[a-z]+(?:\s+[a-z]+)?)"
                      rf"|(?<![\d.,])(?P<bnum>\d{{1,3}})\s*(?:\((?P<bwords>[a-z ]+)\))?\s+"
                      rf"(?P<bnoun>{bare_nouns})\b)", re.IGNORECASE)


def _count_claims(paragraph: Paragraph, sentence: str, vocab: dict, year: int | None):
    for found in _count_pattern(vocab).finditer(sentence):
        if found["bnum"]:
            yield from _bare_claim(paragraph, sentence, vocab, found, year)
            continue
        noun = norm(found["noun"])
        for subject, spec in vocab["subjects"].items():
            if any(noun == w or noun.startswith(w + " ") for w in spec["nouns"]):
                figure = parse_figure(found["num"])
                if figure is not None:
                    where = frame_at(sentence, found.start("num"), found.end("num"), year, False)
                    yield Claim("count", subject, figure, sentence, paragraph, found["words"] or "",
                                found["noun"].split()[0], where)


_MONEY = re.compile(rf"rp\.?\s*(?P<num>{_NUMBER})\s*(?P<mult>ribu|juta|miliar|milyar|triliun)?(?:,-|\.-)?",
                    re.IGNORECASE)
_PERCENT = re.compile(rf"(?<![\d.,])(?P<num>{_NUMBER})\s*%")   # from a number's first digit: no quadratic retries


_SUBJECTS = {"pagu": "budget", "realisasi": "spent", "sisa": "remaining"}
_OF_PREVIOUS = re.compile(r"^[\s,]*(?:\(|atau(?:\s+sebesar)?|yaitu|setara(?:\s+dengan)?|sebesar)?\s*$")


def _money_claims(paragraph: Paragraph, sentence: str, year: int | None):
    """Every amount and percentage with its frame. A percentage right after an amount
    ("Rp 8.150.000.000 (97,02%)", "… atau 97,02%") is that amount's share of the pagu."""
    marks = sorted([(m.start(), m.end(), "money", m) for m in _MONEY.finditer(sentence)] +
                   [(m.start(), m.end(), "percent", m) for m in _PERCENT.finditer(sentence)],
                   key=lambda mark: mark[0])
    last: tuple[int, Claim] | None = None
    for start, end, kind, found in marks:
        if kind == "money":
            text = found["num"] + (f" {found['mult']}" if found["mult"] else "")
            figure = parse_figure("Rp " + text)
            where = frame_at(sentence, start, end, year, earlier=last is not None,
                             inherited=last[1].frame.qualifiers if last else (), acronyms=True)
            if figure is None:
                continue
            claim = Claim("money", _SUBJECTS.get(where.measure or "", ""), figure, sentence,
                          paragraph, frame=where)
            last = (end, claim)
            yield claim
            continue
        figure = parse_figure(found["num"] + "%")
        if figure is None:
            continue
        if last and _OF_PREVIOUS.match(sentence[last[0]:start]):
            owner = last[1]
            subject = "spent_percent" if owner.subject == "spent" else ""
            yield Claim("money", subject, figure, sentence, paragraph, frame=owner.frame)
            continue
        where = frame_at(sentence, start, end, year, earlier=False,
                         inherited=last[1].frame.qualifiers if last else (), acronyms=True)
        lead = norm(sentence[max(0, start - 80):start])
        if where.measure == "realisasi" and _about_budget(lead) and not _FORMULA.search(lead):
            yield Claim("money", "spent_percent", figure, sentence, paragraph, frame=where)


_FORMULA = re.compile(r"[x×*/=]\s*$")


def _about_budget(lead: str) -> bool:
    """A bare percentage is a budget absorption only when its words speak of the budget."""
    return any(re.search(rf"\b{re.escape(w)}\b", lead)
               for w in vocabulary("claims")["frames"]["budget_context"])


def _bare_claim(paragraph: Paragraph, sentence: str, vocab: dict, found: re.Match,
                year: int | None):
    noun = norm(found["bnoun"])
    for subject, spec in vocab["subjects"].items():
        if spec.get("bare") and noun in spec["nouns"]:
            figure = parse_figure(found["bnum"])
            if figure is not None:
                where = frame_at(sentence, found.start("bnum"), found.end("bnum"), year, False)
                yield Claim("count", subject, figure, sentence, paragraph, found["bwords"] or "",
                            found["bnoun"], where)
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
                         rf"(?P<num>\d{{1,3}}[.,]\d{{1,3}}|\d{{1,3}})(?![\d%]|[.,]\d|\s*persen)",
                         re.IGNORECASE)
    for found in pattern.finditer(sentence):
        figure = parse_figure(found["num"])
        if figure is not None and figure.kind != "percent":
            yield Claim("score", "score", figure, sentence, paragraph, noun=found["noun"])


def _achieved_claims(paragraph: Paragraph, sentence: str, vocab: dict):
    text = norm(sentence)
    negations = "|".join(map(re.escape, vocab.get("all_achieved_negations", [])))
    spans = [(m.start(), m.end()) for phrase in vocab["all_achieved"]
             for m in re.finditer(re.escape(phrase), text)]
    spans += [m.span() for pattern in vocab.get("all_achieved_patterns", [])
              for m in re.finditer(pattern, text)]
    if any(not (negations and re.search(rf"\b(?:{negations})\s+$", text[:start]))
           for start, _ in spans):
        yield Claim("achieved", "all", None, sentence, paragraph)


def extract(document: Document, year: int | None = None) -> list[Claim]:
    vocab = vocabulary("claims")
    claims: list[Claim] = []
    for paragraph in document.paragraphs:
        for sentence in sentences(paragraph):
            claims.extend(_count_claims(paragraph, sentence, vocab, year))
            claims.extend(_money_claims(paragraph, sentence, year))
            claims.extend(_spelled_claims(paragraph, sentence))
            claims.extend(_score_claims(paragraph, sentence, vocab))
            claims.extend(_achieved_claims(paragraph, sentence, vocab))
    return claims
