"""Rebuild an indicator table's rows from what a converter left: names wrapped over several
lines, two indicators glued into one cell ("Nilai Akuntabilitas Kinerja Nilai Keterbukaan" |
"BB 100%"), OCR shadow rows that repeat the row above with garbled values ("77,5%" read again
as "77,570"), and group rows that open a sasaran."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..documents.model import Cell, Row, Table
from ..documents.structure import is_row_number
from .indicator_columns import ValueColumn, is_group_row, words
from .indicator_values import IndicatorValue, parse_value, split_values
from ..data import load
from .view import norm

_FOOTNOTES = ("keterangan", "ket:", "ket.", "catatan", "sumber", "*")
# "2. Persentase …", "b) Indeks …": a name numbered inside its cell starts a new indicator.
_ENUMERATED = re.compile(r"^\(?(\d{1,2}|[a-z])[.)]\s+")


@dataclass
class Slot:
    """One value of one indicator in one table, with the cell it came from."""
    column: ValueColumn
    value: IndicatorValue
    row: Row
    cell: Cell


@dataclass
class Entry:
    name: str
    row: Row                       # the row the name starts on
    name_col: int
    slots: dict[tuple[str, int | None], Slot] = field(default_factory=dict)
    shared: list[Slot] = field(default_factory=list)   # one value printed for several names

    def add(self, slot: Slot) -> None:
        self.slots.setdefault((slot.column.measure, slot.column.year), slot)


@dataclass
class Rebuilt:
    entries: list[Entry]
    notes: list[tuple[str, Row]]   # (what was skipped, where)


def starts_indicator(text: str) -> bool:
    first = norm(text).split()[:1]
    return bool(first) and first[0] in words()["indicator_starts"]


def split_glued(text: str) -> list[str]:
    """Split at a capitalised indicator start word that follows at least three words."""
    tokens = text.split()
    starts, links = set(words()["indicator_starts"]), set(words()["linking_words"])
    parts, begin = [], 0
    for i, token in enumerate(tokens):
        glued = (i - begin >= 3 and token[:1].isupper() and token.lower() in starts
                 and tokens[i - 1].lower() not in links)
        if glued:
            parts.append(" ".join(tokens[begin:i]))
            begin = i
    parts.append(" ".join(tokens[begin:]))
    return [p for p in parts if p]


def _shadows(text: str, above: str) -> bool:
    """OCR read the value above again, garbled: its digits start the same way."""
    mine, theirs = re.sub(r"\D", "", text), re.sub(r"\D", "", above)
    return bool(mine) and bool(theirs) and mine != theirs and \
        (mine.startswith(theirs[:2]) or fuzz.ratio(mine, theirs) >= 60)


def _is_summary(name: str) -> bool:
    """"Rata-rata capaian", "Jumlah": a row that sums up the rows above, named by nothing else."""
    text = re.sub(r"[^\w\s-]", " ", norm(name))
    return " ".join(text.split()) in set(load("indicators")["summary_rows"])


def _is_footnote(row: Row, upto: int, has_values: bool) -> bool:
    text = re.sub(r"\s+", "", " ".join(row.text(c) for c in range(upto + 1)).lower())
    if text.startswith(_FOOTNOTES):
        return True
    return not has_values and fuzz.ratio(text[:10], "keterangan") >= 75


class _Builder:
    def __init__(self, name_col: int, columns: list[ValueColumn], sasaran_col: int | None):
        self.name_col, self.columns, self.sasaran_col = name_col, columns, sasaran_col
        self.entries: list[Entry] = []
        self.notes: list[tuple[str, Row]] = []
        self.open: list[Entry] = []            # entries the next continuation line extends
        self.pending: list[Slot] = []          # one value for the open entries, not yet placed

    def values(self, row: Row) -> tuple[list[Slot], bool]:
        """Parsed value slots of a row, and whether the row had garbled (wordy) values."""
        slots, garbled = [], False
        for column in self.columns:
            cell = row.cells[column.col] if column.col < len(row.cells) else Cell("")
            value = parse_value(cell.raw)
            if value is None:
                continue
            if value.kind == "text" and split_values(cell.raw):
                value = IndicatorValue("several", cell.raw)   # placed by start()
            elif value.kind == "text":
                garbled = True
            slots.append(Slot(column, value, row, cell))
        return slots, garbled

    def close(self) -> None:
        if self.pending and len(self.open) > 1:
            for entry in self.open:
                entry.shared = list(self.pending)
        elif self.pending and self.open:
            for slot in self.pending:
                self.open[0].add(slot)
        self.open, self.pending = [], []

    def start(self, names: list[str], row: Row, slots: list[Slot]) -> None:
        self.close()
        entries = [Entry(name, row, self.name_col) for name in names]
        self.entries += entries
        self.open = entries
        if len(entries) == 1:
            for slot in slots:
                entries[0].add(slot)
            return
        for slot in slots:
            split = split_values(slot.cell.raw)
            if split and len(split) == len(entries):
                for entry, value in zip(entries, split):
                    entry.add(Slot(slot.column, value, row, slot.cell))
            else:
                self.pending.append(slot)

    def extend(self, text: str, row: Row, slots: list[Slot]) -> None:
        last = self.open[-1]
        last.name = f"{last.name} {text}".strip()
        if not slots:
            return
        if self.pending and len(self.open) == 2 and not last.slots:
            # the glued cell's value belongs to the first name; this line carries the second's
            for slot in self.pending:
                self.open[0].add(slot)
            self.pending = []
            self.open = [last]
        if any(key in last.slots for key in ((s.column.measure, s.column.year) for s in slots)):
            self.notes.append(("shadow row repeating the row above with unreadable values", row))
            return
        for slot in slots:
            last.add(slot)

    def _new_row(self, row: Row, slots: list[Slot]) -> bool:
        """A row with figures of its own is an indicator of its own, not a wrapped line of the
        one above: when the table numbers it, or when its figures are no OCR shadow of the
        figures above ("77,570" under "77,5%")."""
        if not slots or not self.open:
            return False
        if any(is_row_number(row.text(c)) for c in range(self.name_col)):
            return True
        last = self.open[-1]
        words_ = last.name.split()
        name = row.text(self.name_col)
        if len(words_) < 3 or words_[-1].lower() in words()["linking_words"] or \
                last.name.endswith(("/", "-")) or name[:1].islower():
            return False                       # "Persentase" alone, "… yang": the name goes on
        repeats = [last.slots[key] for key in ((s.column.measure, s.column.year) for s in slots)
                   if key in last.slots]
        shadows = sum(_shadows(s.cell.raw, r.cell.raw) for s, r in zip(slots, repeats))
        return bool(repeats) and shadows * 2 < len(repeats)

    def feed(self, row: Row) -> None:
        name = row.text(self.name_col)
        slots, garbled = self.values(row)
        real = slots if any(s.value.kind != "text" for s in slots) else []
        if row.is_empty() or _is_footnote(row, self.name_col, bool(real)):
            return
        sasaran = row.text(self.sasaran_col) if self.sasaran_col is not None else ""
        if is_group_row(row, self.name_col) and not real:
            self.close()
            return
        if sasaran and is_group_row(Row([Cell(sasaran)]), 0):
            self.close()                       # a new sasaran starts on this line
        if _is_summary(name):
            self.close()
            self.notes.append(("summary row (an average or total); not an indicator", row))
            return
        if not re.search(r"[A-Za-z]{3}", name):
            if real or garbled:
                self.notes.append(("row without a readable indicator name", row))
            return
        numbered = _ENUMERATED.match(name)
        if numbered:
            name = name[numbered.end():]
        if numbered or starts_indicator(name) or self._new_row(row, real):
            self.start(split_glued(name), row, real)
        elif garbled and not real:
            self.notes.append(("garbled row (unreadable values)", row))
        elif self.open:
            parts = split_glued(name)
            self.extend(parts[0], row, real if len(parts) == 1 else [])
            if len(parts) > 1:
                self.start(parts[1:], row, real)
        elif real:
            self.start([name], row, real)

    def finish(self) -> Rebuilt:
        self.close()
        entries = [e for e in self.entries if e.name]
        if any(e.slots or e.shared for e in entries):
            # a row with a name and no value at all, among rows with values, opens a group
            bare = [e for e in entries if not e.slots and not e.shared and self._valueless(e.row)]
            self.notes += [("row without values (a group heading); not an indicator", e.row)
                           for e in bare]
            entries = [e for e in entries if e not in bare]
        return Rebuilt(entries, self.notes)

    def _valueless(self, row: Row) -> bool:
        return all(row.text(c.col).strip("-–— ") == "" for c in self.columns)


def rebuild(table: Table, name_col: int, columns: list[ValueColumn],
            sasaran_col: int | None = None) -> Rebuilt:
    builder = _Builder(name_col, columns, sasaran_col)
    for row in table.rows:
        builder.feed(row)
    return builder.finish()
