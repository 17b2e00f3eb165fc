"""Recognise what each table is, by its header vocabulary and its structure."""
from __future__ import annotations

from ..documents.model import Document
from . import budget, generic, partwhole
from .view import TableView

# Most specific first: a budget table also has a total row, but is checked as a hierarchy.
DETECTORS = (budget.detect, partwhole.detect, generic.detect)


def recognise(document: Document) -> list[TableView]:
    views = []
    for table in document.tables:
        view = next((v for v in (d(table) for d in DETECTORS) if v is not None), None)
        if view is not None:
            views.append(view)
    return views
