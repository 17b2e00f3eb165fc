"""What an indicator cell holds: a number or percentage, a SAKIP predikat ("BB", "BB (77,95)"),
a BPK opinion ("WTP"), or words ("Belum dilakukan penilaian"). Qualitative values compare as
ordinals, so "B" < "BB" without pretending they are numbers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..documents.numbers import Figure, fold, parse_figure
from .view import vocabulary

_SCORE = r"(\d{1,3}(?:[.,]\d+)?)"


@dataclass(frozen=True)
class IndicatorValue:
    kind: str                    # number | percent | grade | opinion | text
    raw: str
    figure: Figure | None = None
    grade: str = ""              # AA…D or WTP…TMP
    score: Figure | None = None  # "BB (77,95)": the score printed beside a predikat

    @property
    def is_qualitative(self) -> bool:
        return self.kind in ("grade", "opinion")

    @property
    def rank(self) -> int | None:
        """Position on its ordinal scale, higher is better."""
        scale = _scale_of(self.grade)
        return len(scale) - scale.index(self.grade) if scale else None

    def same_as(self, other: "IndicatorValue", exact: bool = False) -> bool:
        """Equal within printed precision ("30%" and "30" are the same figure). ``exact`` for
        targets: a target is set, not measured, so 77% and 77,5% are two targets."""
        if self.is_qualitative and other.is_qualitative:
            return self.grade == other.grade
        if self.is_qualitative or other.is_qualitative:
            # "78,00 (BB)" beside "78,00": the score printed with the grade is the same value
            graded, plain = (self, other) if self.is_qualitative else (other, self)
            if graded.score is None or plain.figure is None:
                return False
            return graded.score.value == plain.figure.value
        if self.figure is None or other.figure is None:
            return self.raw == other.raw
        a, b = self.figure, other.figure
        if exact or a.value == b.value:
            return a.value == b.value
        # strictly inside each other's rounding: 16% and 17% touch at 16.5 but are two values
        return a.low < b.high and b.low < a.high

    def show(self) -> str:
        return " ".join(fold(self.raw).split())


def _scales() -> dict[str, list[str]]:
    return vocabulary("indicators")["ordinal_scales"]


def _scale_of(grade: str) -> list[str] | None:
    return next((s for s in _scales().values() if grade in s), None)


def _grade_pattern(kind: str) -> re.Pattern:
    words = sorted(_scales()[kind], key=len, reverse=True)
    grades = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?:{_SCORE}\s*\(\s*)?({grades})(?:\s*\)?)?(?:\s*\(\s*{_SCORE}\s*\))?\*?$")


def parse_value(raw: str) -> IndicatorValue | None:
    """None for a blank or dash cell."""
    text = " ".join(fold(raw).split()).strip()
    if not text.strip("-–—* "):
        return None
    for kind, scale_name in (("grade", "predikat"), ("opinion", "opini")):
        match = _grade_pattern(scale_name).match(text.upper())
        if match:
            score = match.group(1) or match.group(3)
            return IndicatorValue(kind, raw, grade=match.group(2),
                                  score=parse_figure(score) if score else None)
    figure = parse_figure(text)
    with_unit = _WITH_UNIT.match(text)
    if figure is None and with_unit:          # "2.450 ton", "18 varietas", "75,00 nilai"
        figure = parse_figure(with_unit["num"])
    if figure is not None:
        return IndicatorValue("percent" if figure.kind == "percent" else "number", raw, figure)
    if _RANGE.match(text):
        return IndicatorValue("range", raw)
    if text.lower() in _NIL:
        return None
    if text.lower() in vocabulary("indicators")["value_words"]:   # "Paripurna": a label
        return IndicatorValue("word", raw)
    return IndicatorValue("text", raw)


_WITH_UNIT = re.compile(r"^(?P<num>\d[\d.,]*\s*%?)\s+(?P<unit>[A-Za-z][A-Za-z/²³.]*(?:\s[a-z]+)?)$")
_NIL = {"n/a", "na", "n.a.", "t/a", "tidak ada", "tidak ada data", "-"}


# "80–90%", "3-6 hari", "≤ 45", "> 95 %": a target given as a range or a bound. Compared as
# printed text between tables; no capaian is recomputed from it.
_RANGE = re.compile(r"^(?:[≤≥<>]=?\s*\d[\d.,]*|\d[\d.,]*\s*(?:%|persen)?\s*(?:-|s\.?d\.?|sampai)\s*"
                    r"\d[\d.,]*)\s*(?:%|persen|‰)?\s*[a-z]{0,8}$", re.IGNORECASE)


def split_values(raw: str) -> list[IndicatorValue] | None:
    """"BB 100%": two values a converter put in one cell; None unless every token is a value."""
    tokens = fold(raw).split()
    if len(tokens) < 2:
        return None
    values = [parse_value(t) for t in tokens]
    if all(v is not None and v.kind != "text" for v in values):
        return values
    return None


def number(value: IndicatorValue | None) -> Decimal | None:
    return value.figure.value if value is not None and value.figure is not None else None
