"""Recognise performance-indicator tables (Renstra, PK, RKT, Pengukuran, Capaian, Perbandingan)
by their header vocabulary, name which source each is from its caption or the heading above it,
and rebuild their rows into indicator entries with target/realisasi/capaian slots."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..documents.model import Document, Paragraph, Table
from ..findings import Location
from .indicator_columns import ValueColumn, indicator_column, sasaran_column, value_columns, words
from .indicator_rows import Entry, Slot, rebuild
from .view import TableView, matches_any

_HEADING = re.compile(r"^(BAB\s+[IVX]+|[A-H]\.|[IVX]+\.)\s+\S")


@dataclass
class IndicatorView(TableView):
    source: str = "indikator"          # pk | rkt | renstra | pengukuran | capaian | evaluasi …
    label: str = "Indikator"
    entries: list[Entry] = field(default_factory=list)
    columns: list[ValueColumn] = field(default_factory=list)
    heading: str = ""                  # the section heading above the table
    topic: Paragraph | None = None     # a paragraph "… dengan indikator X" the table is about
    notes: list[tuple[str, Location]] = field(default_factory=list)

    def slot_location(self, slot: Slot) -> Location:
        return self.location(slot.row, slot.column.col)

    def entry_location(self, entry: Entry) -> Location:
        cell = entry.row.cells[entry.name_col]
        return Location(line=cell.line or entry.row.line, page=cell.page or entry.row.page,
                        table=self.name, row=cell.row or entry.row.number,
                        column=self.column_label(entry.name_col), text=entry.name, bbox=cell.bbox,
                        col=cell.col)


def _kind(caption: str, heading: str, columns: list[ValueColumn]) -> tuple[str, str]:
    for text in (caption, heading):
        for kind in words()["table_kinds"]:
            if matches_any(text, kind["words"]):
                return kind["kind"], kind["label"]
    measures = {c.measure for c in columns}
    if sum(c.measure == "target" and c.year is not None for c in columns) >= 3 \
            and "realisasi" not in measures:
        return "renstra", "Renstra"
    return "indikator", "Indikator"


def detect(table: Table, heading: str = "", topic: Paragraph | None = None) -> IndicatorView | None:
    name_col = indicator_column(table)
    if name_col is None:
        return None
    columns = value_columns(table, name_col + 1, f"{table.caption} {heading}")
    if not columns:
        return None
    rebuilt = rebuild(table, name_col, columns, sasaran_column(table, name_col))
    if not rebuilt.entries:
        return None
    source, label = _kind(table.caption, heading, columns)
    view = IndicatorView(table, "indicators", {"name": name_col}, list(table.rows), None,
                         source=source, label=label, entries=rebuilt.entries, columns=columns,
                         heading=heading, topic=topic)
    view.notes = [(what, view.location(row)) for what, row in rebuilt.notes]
    return view


def is_heading(paragraph: Paragraph) -> bool:
    if paragraph.heading:
        return True
    text = paragraph.text.strip()
    return bool(_HEADING.match(text)) or (text.isupper() and len(text) <= 80)


def table_context(document: Document) -> dict[int, tuple[str, Paragraph | None]]:
    """For each table: the nearest heading above it, and the paragraph naming its indicator."""
    context, heading, topic = {}, "", None
    markers = words()["section_indicator"]
    for block in document.blocks:
        if isinstance(block, Table):
            context[block.index] = (heading, topic)
        elif is_heading(block):
            heading, topic = block.text, None
            if matches_any(block.text, markers):
                topic = block
        elif matches_any(block.text, markers) and len(block.text) < 400:
            topic = block
    return context
