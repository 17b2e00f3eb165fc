"""What every check sees: the document, its recognised tables, and where to leave notes."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..documents.model import Document
from ..findings import Note
from ..recognise.report import Recognised
from ..recognise.view import TableView


@dataclass
class Context:
    recognised: Recognised
    notes: list[Note] = field(default_factory=list)
    indicators: object | None = None   # the matrix once its notes are taken (rules.indicators)
    budget_trees: dict = field(default_factory=dict)   # code hierarchies, built once per table
    cache: dict = field(default_factory=dict)   # what a rule kind derives once per document
    # The notes already left: a look-up in the list grew with the report (quadratic in notes).
    _noted: set[Note] = field(default_factory=set, repr=False)

    @property
    def document(self) -> Document:
        return self.recognised.document

    @property
    def views(self) -> list[TableView]:
        return self.recognised.views

    @property
    def year(self) -> int | None:
        return self.recognised.year

    def views_for(self, kinds: tuple[str, ...]) -> list[TableView]:
        return [v for v in self.views if not kinds or v.kind in kinds]

    def note(self, text: str, location=None) -> None:
        note = Note(text, location) if location is not None else Note(text)
        if note not in self._noted:
            self._noted.add(note)
            self.notes.append(note)
