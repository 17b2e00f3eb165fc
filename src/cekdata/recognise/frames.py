"""The quantity a figure in prose states: its measure (pagu, realisasi, sisa …), its qualifiers
(a named programme, laki-laki, tercapai, terbesar, another year …) and whether it is a part of a
whole stated before it ("terdiri atas …"). The sentence's own words decide, between this figure
and the one before it; a claim is compared with a table only when its frame is fully bound.

Vocabulary: ``frames`` in data/claims.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import load
from .view import norm, whole_phrase

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Frame:
    measure: str | None = None          # pagu | realisasi | sisa | … (None: not named)
    qualifiers: tuple[str, ...] = ()    # e.g. ("named:program", "sex:male", "year:2023")
    part: bool = False                  # a part of a whole stated earlier in the sentence

    @property
    def bound(self) -> bool:
        """A whole of a named measure, with nothing that narrows it."""
        return self.measure is not None and not self.qualifiers and not self.part

    def reason(self) -> str:
        """Why the claim is not checked (for coverage)."""
        if self.part:
            return "a part of a total stated with it"
        if self.qualifiers:
            return "qualified: " + ", ".join(self.qualifiers)
        return "no measure named"

    def sex(self) -> str | None:
        found = [q.split(":")[1] for q in self.qualifiers if q.startswith("sex:")]
        return found[0] if len(found) == 1 else None


def _vocab() -> dict:
    return load("claims")["frames"]


def _has(text: str, word: str) -> bool:
    return whole_phrase(word, ignore_case=False).search(text) is not None


def _measure(text: str, measures: dict[str, list[str]]) -> str | None:
    """The measure named nearest the figure; of a run of measure words the first, since an
    Indonesian noun phrase opens with its head ("sisa anggaran DIPA" is a sisa, "total pagu
    anggaran" a pagu)."""
    found = [(m.start(), m.end(), measure) for measure, words in measures.items() for word in words
             for m in whole_phrase(word, ignore_case=False).finditer(text)]
    if not found:
        return None
    best = max(found, key=lambda f: (f[0], f[1]))
    while True:
        head = [f for f in found if f[0] < best[0] and f[1] >= best[0] - 1]
        if not head:
            return best[2]
        best = min(head)


def _generic(text: str, word: str) -> bool:
    """"seluruh program", "program dan kegiatan": the word names no one programme."""
    vocab = _vocab()
    before = "|".join(map(re.escape, vocab["generic_before"]))   # vocabulary is text, not regex
    named = "|".join(map(re.escape, vocab["qualifiers"]["named"]))
    pattern = rf"(?:{before})\s+{re.escape(word)}|{re.escape(word)}\s+(?:dan|serta|atau|/)\s+(?:{named})"
    return re.search(pattern, text) is not None


def qualifiers(lead: str, tail: str, report_year: int | None) -> tuple[str, ...]:
    vocab = _vocab()
    around = f"{lead} {tail}"
    found = []
    for kind, words in vocab["qualifiers"].items():
        hits = [w for w in words if _has(around, w) and not (kind == "named" and _generic(around, w))]
        if hits:
            found.append(f"{kind}:{hits[0]}")
    for sex, words in vocab["sex"].items():
        if any(_has(around, w) for w in words):
            found.append(f"sex:{sex}")
    years = {int(y) for y in _YEAR.findall(around)}
    if report_year is not None and years - {report_year}:
        found.append(f"year:{min(years - {report_year})}")
    return tuple(found)


_ACRONYM = re.compile(r"\b(?:[A-Z]{2,}\d+[A-Z0-9]*|[A-Z][A-Z0-9]{2,})\b")


def _acronyms(lead: str) -> list[str]:
    """"Sisa anggaran SKD2024 sebesar …": an item's own code or acronym names one item, unless
    it is a budget document's name (DIPA, APBD) or the report's year."""
    generic = set(_vocab()["generic_acronyms"])
    institutions = "|".join(map(re.escape, _vocab()["institutions"]))
    found = []
    for match in _ACRONYM.finditer(lead):
        before = lead[:match.start()].lower().split()[-2:]
        own = re.search(rf"\b(?:{institutions})\b", " ".join(before))   # "Dinas PKP": the agency
        if match.group().lower() not in generic and not _YEAR.fullmatch(match.group()) and not own:
            found.append(f"named:{match.group()}")
    for match in _PROPER.finditer(lead):
        run = match.group().strip()
        words = [w for w in run.lower().split() if w not in ("dan", "&")]
        if match.start() > 0 and len([w for w in words if w[:1].isalpha()]) >= 2 \
                and not re.search(rf"\b(?:{institutions})\b", run.lower()) \
                and not all(w in generic for w in words):
            found.append(f"named:{run}")
    return found[:1]


# "anggaran Pembebasan Biaya Perkara": a run of capitalised words inside the clause names one
# item; a run holding an institution word ("Pengadilan Negeri …") is the agency's own name
_PROPER = re.compile(r"(?:\b[A-Z][A-Za-z]+(?:\s+(?:dan|&))?\s*){2,}")


def frame(sentence: str, start: int, end: int, previous_end: int, next_start: int,
          report_year: int | None, earlier: bool, inherited: tuple[str, ...] = (),
          acronyms: bool = False) -> Frame:
    """The frame of the figure at ``sentence[start:end]``; ``previous_end`` is where the figure
    before it (or the sentence) ends, ``next_start`` where the next one begins; ``earlier``
    says whether a figure of the same unit came before it in the sentence."""
    vocab = _vocab()
    lead = norm(sentence[previous_end:start])
    tail_text = sentence[end:next_start]
    cut = re.search(vocab["tail_break"], tail_text)
    tail = norm(tail_text[:cut.start()] if cut else tail_text)
    measure = _measure(lead, vocab["measures"])
    part = earlier and any(_has(lead, w) for w in vocab["part_connectives"])
    part = part or any(tail.startswith(w + " ") for w in vocab["part_of_next"])
    found = list(qualifiers(lead, tail, report_year))
    if acronyms:
        found += _acronyms(sentence[previous_end:start])
    if not re.search(r"[,;]", lead):       # the same clause goes on: "Program X Rp … dengan serapan Rp …"
        found += [q for q in inherited if q not in found]
    before = norm(sentence[:start])
    found += [f"extremum:{w}" for w in vocab["qualifiers"]["extremum"][:1]
              if any(_has(before, w) for w in vocab["qualifiers"]["extremum"])
              and not any(q.startswith("extremum:") for q in found)]
    return Frame(measure, tuple(found), part)
