"""Figures as printed: an exact value plus the interval its printed precision stands for.

Counts and money are exact (nobody rounds a voter count); decimals and percentages
stand for +/- half a unit of their last printed digit, so ``99.61%`` is 99.605..99.615.
Every comparison in cekdata is an interval test built on ``Figure``.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation, getcontext

# Cyrillic and Greek letters that OCR and copy-paste put in place of Latin ones.
_LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "Ј": "J",
    "а": "a", "в": "b", "с": "c", "е": "e", "і": "i", "к": "k", "м": "m", "о": "o",
    "р": "p", "т": "t", "х": "x", "у": "y", "ѕ": "s", "ј": "j",
    "Α": "A", "Β": "B", "Ε": "E", "Κ": "K", "Μ": "M", "Ο": "O", "Ρ": "P", "Τ": "T",
    "ο": "o", "ı": "i", "ſ": "s",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


@lru_cache(maxsize=1 << 16)    # every check folds the same sentences and names again
def fold(text: str) -> str:
    """Fold look-alike letters and compatibility forms to plain Latin text."""
    return unicodedata.normalize("NFKC", text).translate(_LOOKALIKES)


_MULTIPLIERS = {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6,
                "miliar": 10**9, "milyar": 10**9, "m": 10**9, "triliun": 10**12, "t": 10**12}

_FIGURE = re.compile(
    r"""^(?P<rp>rp\.?\s*)?
        (?P<sign>-)?
        (?P<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)
        \s*(?P<mult>ribu|rb|juta|jt|miliar|milyar|triliun)?\.?
        \s*(?P<pct>%|persen)?
        \s*(?P<tail>[,.]-|-)?
        \s*(?P<mark>\*+|\(\d\))?$""",
    re.VERBOSE | re.IGNORECASE,
)
_ACCOUNTING_NEGATIVE = re.compile(r"^\((?P<inner>(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?"
                                  r"|(?:rp\.?\s*)?\d+[.,]\d+|\d{3,})\)$", re.IGNORECASE)
_BLANKS = {"", "-", "--", "–", "—", "n/a", "na"}


# A configured factor on printed precision (``tolerance`` in cekdata.toml); 1 means "as printed".
TOLERANCE: ContextVar[Decimal] = ContextVar("tolerance", default=Decimal(1))


@dataclass(frozen=True)
class Figure:
    """A number read from the page. ``half_unit`` is 0 for exact values."""

    value: Decimal
    half_unit: Decimal
    kind: str  # "count" | "decimal" | "percent" | "money"
    raw: str
    footnote: bool = False

    @property
    def low(self) -> Decimal:
        return self.value - self.half_unit * TOLERANCE.get()

    @property
    def high(self) -> Decimal:
        return self.value + self.half_unit * TOLERANCE.get()

    def overlaps(self, low: Decimal, high: Decimal) -> bool:
        return self.low <= high and low <= self.high

    def __str__(self) -> str:
        return format_decimal(self.value, self.kind)


def _split_number(num: str, is_percent: bool) -> tuple[str, str]:
    """Return (integer digits, fraction digits), deciding which marks group thousands."""
    seps = [c for c in num if c in ".,"]
    if not seps:
        return num, ""
    if len(set(seps)) == 2:  # 1.234.567,5 or 1,234,567.5: the last mark is the decimal one
        dec_mark = "." if num.rfind(".") > num.rfind(",") else ","
        whole, frac = num.rsplit(dec_mark, 1)
        return re.sub(r"[.,]", "", whole), frac
    mark = seps[0]
    parts = num.split(mark)
    groups_of_three = all(len(p) == 3 for p in parts[1:])
    if len(parts) > 2 and groups_of_three:
        return "".join(parts), ""
    # One mark followed by exactly three digits is a thousands mark unless it is a percentage.
    if len(parts) == 2 and groups_of_three and not is_percent:
        return "".join(parts), ""
    if len(parts) == 2:
        return parts[0], parts[1]
    raise ValueError(num)


def parse_figure(text: str | None) -> Figure | None:
    """Read a printed figure; ``None`` for blanks and for anything that is not one number."""
    if text is None:
        return None
    raw = text.strip()
    cleaned = fold(raw).strip()
    if cleaned.lower() in _BLANKS:
        return None
    negative = _ACCOUNTING_NEGATIVE.match(cleaned)
    if negative:   # "(785.617.100,00)": accountants' negative, never a footnote "(5)"
        inner = parse_figure(negative["inner"])
        return None if inner is None else Figure(-inner.value, inner.half_unit, inner.kind, raw,
                                                 inner.footnote)
    match = _FIGURE.match(cleaned)
    if not match:
        return None
    is_percent = bool(match["pct"])
    try:
        whole, frac = _split_number(match["num"], is_percent)
    except ValueError:
        return None
    if len(whole.lstrip("0")) + len(frac) > getcontext().prec:
        return None            # a run of digits no report prints; sums of it would be rounded
    try:
        value = Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:
        return None
    if match["sign"]:
        value = -value
    half = Decimal(5) / Decimal(10) ** (len(frac) + 1) if (frac or is_percent) else Decimal(0)
    kind = "percent" if is_percent else "money" if match["rp"] else "decimal" if frac else "count"
    if match["mult"]:
        factor = _MULTIPLIERS[match["mult"].lower()]
        value, half = value * factor, half * factor
        kind = "money" if match["rp"] else kind
        if not frac:  # "Rp 3 miliar" is a rounded amount too
            half = Decimal(factor) / 2
    return Figure(value=value, half_unit=half, kind=kind, raw=raw,
                  footnote="*" in raw or bool(match["mark"]))


def format_decimal(value: Decimal, kind: str = "count") -> str:
    """Print a value the way a reviewer reads it: thousands grouped, percent marked."""
    if value == value.to_integral_value():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text + ("%" if kind == "percent" else "")


def format_like(value: Decimal, printed: Figure | None) -> str:
    """Print ``value`` with the decimals and kind of a printed figure (95.00% beside 94.00%)."""
    if printed is None:
        return format_decimal(value)
    decimals = max(-printed.value.as_tuple().exponent, 0)
    if not decimals:
        return format_decimal(value.quantize(Decimal(1)), printed.kind)
    quantized = value.quantize(Decimal(1).scaleb(-decimals))
    return f"{quantized:,.{decimals}f}" + ("%" if printed.kind == "percent" else "")


YEAR = re.compile(r"^(19|20)\d{2}$")


def is_year(text: str) -> bool:
    return bool(YEAR.match(fold(text).strip()))


_AMBIGUOUS = re.compile(r"^(\d{1,3})[.,](\d{3})$")


def decimal_reading(figure: Figure) -> Figure | None:
    """"3,412" read as three decimals rather than a thousand: the other reading of a number
    whose one mark is followed by three digits, for columns that only make sense so."""
    found = _AMBIGUOUS.match(figure.raw.strip())
    if not found:
        return None
    value = Decimal(f"{found[1]}.{found[2]}")
    return Figure(value, Decimal("0.0005"), "decimal", figure.raw, figure.footnote)
