"""The indicator matrix: every value of every indicator in every table, keyed by
(indicator, source table, year, measure), with the cell it came from. Rules read it, and
``cekdata extract --what indicators`` writes it for evaluators."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..documents.model import Document
from ..findings import Location
from .directions import declared_lower, is_declared_lower
from .identity import Identity, Indicator, identify
from .indicator_columns import words
from .indicator_rows import Entry, Slot
from .indicator_values import IndicatorValue
from .indicators import IndicatorView
from .view import TableView, matches_any

MEASURES = ("target", "realisasi", "capaian", "national")


@dataclass(frozen=True)
class Value:
    indicator: Indicator
    view: IndicatorView
    entry: Entry
    measure: str
    year: int | None
    value: IndicatorValue
    location: Location

    @property
    def source(self) -> str:
        return f"{self.view.label} {self.view.table.name.split()[0]}"


@dataclass
class Matrix:
    views: list[IndicatorView]
    identity: Identity
    values: list[Value]
    year: int | None
    declared_lower: list[str] = field(default_factory=list)   # names the report calls lower-is-better

    def direction(self, name: str) -> str:
        """The report's own declaration first, then the vocabulary's guess."""
        return "lower" if is_declared_lower(name, self.declared_lower) else direction(name)

    def of(self, indicator: Indicator, measure: str | None = None) -> list[Value]:
        return [v for v in self.values
                if v.indicator is indicator and (measure is None or v.measure == measure)]

    def sources(self, kinds: tuple[str, ...]) -> list[IndicatorView]:
        return [v for v in self.views if v.source in kinds]


def direction(name: str) -> str:
    """"lower" when a smaller value is better (pelanggaran, waktu…), else "higher"."""
    config = words()["direction"]
    for kind, verdict in (("lower_first", "lower"), ("higher", "higher"), ("lower", "lower")):
        if matches_any(name, config[kind]):
            return verdict
    return "higher"


def is_percent_indicator(name: str) -> bool:
    return matches_any(name, words()["percent_names"])


def _values_of(indicator: Indicator, view: IndicatorView, entry: Entry, year: int | None):
    for slot in entry.slots.values():
        yield Value(indicator, view, entry, slot.column.measure, slot.column.year or year,
                    slot.value, view.slot_location(slot))


def build(views: list[TableView], year: int | None, document: Document | None = None) -> Matrix:
    indicator_views = [v for v in views if isinstance(v, IndicatorView)]
    identity = identify(indicator_views)
    values = [value for indicator in identity.indicators for view, entry in indicator.members
              for value in _values_of(indicator, view, entry, year)]
    lower = declared_lower(document) if document is not None else []
    return Matrix(indicator_views, identity, values, year, lower)


def shared_slots(matrix: Matrix) -> list[tuple[IndicatorView, list[Entry], Slot]]:
    """Values printed once for several glued indicator names."""
    found = []
    for view in matrix.views:
        groups: dict[int, tuple[list[Entry], Slot]] = {}
        for entry in view.entries:
            for slot in entry.shared:
                groups.setdefault(id(slot.cell), ([], slot))[0].append(entry)
        found += [(view, entries, slot) for entries, slot in groups.values()]
    return found
