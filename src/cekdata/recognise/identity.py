"""Which rows of which tables are the same indicator. Names drift between tables ("…pada
publik" / "…pada public", "KPU Kabupaten/Kota" / "KPU Provinsi dan Kabupaten/Kota"), so names are
compared with rapidfuzz; but two names that differ by a word the report itself uses to tell
indicators apart (perempuan / disabilitas) never merge, and a row that fits two indicators
equally well is left ambiguous rather than guessed."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations

from rapidfuzz import fuzz

from ..documents.numbers import fold
from .indicator_columns import words
from .indicator_rows import Entry
from .indicators import IndicatorView

# The order in which sources name an indicator: the PK is the binding agreement.
SOURCE_ORDER = ("pk", "pengukuran", "ringkasan", "rkt", "capaian", "renstra", "indikator", "evaluasi")


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    text = fold(name).lower().replace("/", " ")
    text = re.sub(r"\b(presentase|prosentase)\b", "persentase", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.split())


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(words()["identity"]["stopwords"])


# Names recur: every table repeats the indicators, and each comparison used to normalise both
# names again. Pure functions of their strings, so they are remembered (bounded, for batches).
@lru_cache(maxsize=1 << 16)
def _content_words(name: str) -> tuple[str, ...]:
    stop = _stopwords()
    return tuple(w for w in normalise(name).split() if w not in stop)


def content_words(name: str) -> list[str]:
    return list(_content_words(name))


@lru_cache(maxsize=1 << 18)
def similarity(a: str, b: str) -> float:
    """0–100. Token order does not matter; a name that only adds words to a long enough other
    name (three content words or more) still scores high, so a garbled tail does not split it."""
    wa, wb = _content_words(a), _content_words(b)
    na, nb = " ".join(wa), " ".join(wb)
    score = fuzz.token_sort_ratio(na, nb)
    if min(len(wa), len(wb)) >= 3:
        score = max(score, fuzz.token_set_ratio(na, nb) - 5)
    return score


@lru_cache(maxsize=1 << 18)
def unmatched_words(a: str, b: str) -> frozenset[str]:
    """Words of either name with no near-equal word in the other ("public" ~ "publik")."""
    wa, wb = _content_words(a), _content_words(b)
    lonely = {w for w in wa if not any(fuzz.ratio(w, v) >= 80 for v in wb)}
    return frozenset(lonely | {w for w in wb if not any(fuzz.ratio(w, v) >= 80 for v in wa)})


@dataclass
class Indicator:
    id: str
    name: str
    members: list[tuple[IndicatorView, Entry]] = field(default_factory=list)


@dataclass
class Identity:
    indicators: list[Indicator]
    ambiguous: list[tuple[IndicatorView, Entry, list[str]]]   # row, and the names it could be
    misplaced: list[tuple[IndicatorView, Entry, Indicator]]   # row under another indicator's heading
    # entry id -> its indicator, built on first use: scanning every member for every row asked
    # about was quadratic. A change of membership calls assign() to keep it true.
    _owner: dict[int, Indicator] | None = field(default=None, repr=False, compare=False)

    def of(self, entry: Entry) -> Indicator | None:
        if self._owner is None:
            self._owner = {}
            for indicator in reversed(self.indicators):   # the first indicator listing it wins
                self._owner.update((id(e), indicator) for _, e in indicator.members)
        return self._owner.get(id(entry))

    def assign(self, entry: Entry, to: Indicator | None) -> None:
        """Record that ``entry`` now belongs to ``to`` (None: to no indicator)."""
        self.of(entry)
        if to is None:
            self._owner.pop(id(entry), None)
        else:
            self._owner[id(entry)] = to


def discriminators(views: list[IndicatorView]) -> set[str]:
    """The vocabulary's list plus the words that separate near-identical names in one table."""
    config = words()["identity"]
    found = set(config["discriminators"])
    for view in views:
        for a, b in combinations(view.entries, 2):
            if similarity(a.name, b.name) >= 85:
                diff = unmatched_words(a.name, b.name)
                if len(diff) <= 2:
                    found |= diff
    return found


class Matcher:
    def __init__(self, views: list[IndicatorView]):
        self.config = words()["identity"]
        self.split_words = discriminators(views)
        # Each indicator's distinct member names: a report repeats its names table after table,
        # and scoring an entry against every member made identification quadratic.
        self.names: dict[str, dict[str, None]] = {}

    def score(self, a: str, b: str) -> float:
        if unmatched_words(a, b) & self.split_words:
            return 0.0
        return similarity(a, b)

    def join(self, indicator: Indicator, entry: Entry) -> None:
        self.names.setdefault(indicator.id, {})[entry.name] = None

    def candidates(self, name: str, indicators: list[Indicator], taken: set[str]
                   ) -> list[tuple[float, Indicator]]:
        scored = []
        for indicator in indicators:
            if indicator.id in taken:
                continue
            best = max(self.score(name, member) for member in self.names[indicator.id])
            if best >= self.config["match"]:
                scored.append((best, indicator))
        return sorted(scored, key=lambda pair: -pair[0])


def _ordered(views: list[IndicatorView]) -> list[IndicatorView]:
    rank = {kind: i for i, kind in enumerate(SOURCE_ORDER)}
    return sorted(views, key=lambda v: (rank.get(v.source, len(rank)), v.table.index))


def identify(views: list[IndicatorView]) -> Identity:
    matcher = Matcher(views)
    indicators: list[Indicator] = []
    ambiguous = []
    for view in _ordered(views):
        taken: set[str] = set()
        for entry in view.entries:
            found = matcher.candidates(entry.name, indicators, taken)
            if len(found) > 1 and found[0][0] - found[1][0] < matcher.config["margin"]:
                ambiguous.append((view, entry, [i.name for _, i in found[:2]]))
                continue
            if found:
                indicator = found[0][1]
            else:
                indicator = Indicator(f"I{len(indicators) + 1}", entry.name)
                indicators.append(indicator)
            indicator.members.append((view, entry))
            matcher.join(indicator, entry)
            taken.add(indicator.id)
    identity = Identity(indicators, ambiguous, [])
    identity.misplaced = _misplaced(views, identity, matcher)
    for view, entry, _ in identity.misplaced:   # its figures belong to neither indicator
        owner = identity.of(entry)
        owner.members = [(v, e) for v, e in owner.members if e is not entry]
        identity.assign(entry, None)
    return identity


def _topic_name(view: IndicatorView) -> str:
    text = view.topic.text if view.topic else ""
    for marker in words()["section_indicator"]:
        at = text.lower().find(marker)
        if at >= 0:
            return text[at + len(marker):].strip(" :.")
    return ""


def _misplaced(views: list[IndicatorView], identity: Identity, matcher: Matcher):
    """One-indicator tables under a heading "… dengan indikator X" whose row names another
    indicator. A row whose name is only a torn fragment of X ("informasi") joins X instead."""
    found = []
    for view in views:
        topic = _topic_name(view)
        if not topic or len(view.entries) != 1:
            continue
        entry = view.entries[0]
        row_indicator = identity.of(entry)
        if row_indicator is None or matcher.score(topic, entry.name) >= matcher.config["match"]:
            continue
        named = max(identity.indicators, key=lambda i: matcher.score(topic, i.name))
        if named is row_indicator or matcher.score(topic, named.name) < matcher.config["match"]:
            continue
        if len(row_indicator.members) == 1 and set(content_words(entry.name)) <= set(
                content_words(named.name)):
            identity.indicators.remove(row_indicator)
            named.members.append((view, entry))
            identity.assign(entry, named)
        else:
            found.append((view, entry, named))
    return found
