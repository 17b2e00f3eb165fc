"""Recognise what each table is, by its header vocabulary and its structure."""
from __future__ import annotations

from ..documents.model import Document, Table
from . import budget, generic, indicators, partwhole
from .view import TableView


def _detectors(table: Table, context: dict):
    # Most specific first: a budget table also has a total row, but is checked as a hierarchy.
    yield budget.detect(table)
    yield partwhole.detect(table)
    yield indicators.detect(table, *context.get(table.index, ("", None)))
    yield generic.detect(table)


def recognise(document: Document) -> list[TableView]:
    context = indicators.table_context(document)
    views = []
    for table in document.tables:
        view = next((v for v in _detectors(table, context) if v is not None), None)
        if view is not None:
            views.append(view)
    return views
