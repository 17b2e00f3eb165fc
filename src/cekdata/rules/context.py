"""What every check sees: the document, its recognised tables, and where to leave notes."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..documents.model import Document
from ..findings import Note
from ..recognise.view import TableView


@dataclass
class Context:
    document: Document
    views: list[TableView]
    year: int | None = None
    notes: list[Note] = field(default_factory=list)
    claims: list | None = None     # figures stated in prose, extracted once on first use
    indicators: object | None = None   # the indicator matrix, built once on first use
    budget_trees: dict = field(default_factory=dict)   # code hierarchies, built once per table

    def views_for(self, kinds: tuple[str, ...]) -> list[TableView]:
        return [v for v in self.views if not kinds or v.kind in kinds]

    def note(self, text: str, location=None) -> None:
        note = Note(text, location) if location is not None else Note(text)
        if note not in self.notes:
            self.notes.append(note)
