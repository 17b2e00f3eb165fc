"""A recognised table: which column plays which role, which row is the total, and a typed
DataFrame whose index is the table's row number, so any check can point back to a cell."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING


from ..data import load
from ..documents.model import Cell, Row, Table
from ..documents.structure import is_row_number
from ..findings import Location

if TYPE_CHECKING:
    import pandas as pd


def vocabulary(name: str = "vocabulary") -> dict:
    return load(name)


def norm(text: str) -> str:
    return " ".join(text.lower().replace("\u00a0", " ").split())


def is_word_prefix(a: list[str], b: list[str]) -> bool:
    """One word list (non-empty) opens the other: "Kepala Dinas" and "Kepala Dinas Kesehatan"."""
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[:len(shorter)] == shorter


def matches_any(text: str, words: list[str]) -> bool:
    """Whole-word match of any vocabulary entry in ``text``."""
    return bool(words) and _whole_words(tuple(words)).search(norm(text)) is not None


@lru_cache(maxsize=4096)
def _whole_words(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for a word list, compiled once: the alternation backtracks into the next
    word where one fails its boundary, so it matches exactly where any single word would."""
    return re.compile(rf"(?<![\w+])(?:{'|'.join(re.escape(w) for w in words)})(?![\w+])")


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """(start, end) of each whole-phrase occurrence of ``phrase`` in ``text``, any case."""
    return [(m.start(), m.end()) for m in whole_phrase(phrase).finditer(text)]


@lru_cache(maxsize=4096)
def whole_phrase(phrase: str, ignore_case: bool = True) -> re.Pattern:
    """``phrase`` not inside a longer word or hyphenated compound. Compiled once: the prose
    checks try hundreds of vocabulary phrases per sentence, more distinct patterns than the re
    module's own cache holds."""
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", flags)


def leaf(table: Table, col: int) -> str:
    """The lowest header cell of a column: ``L`` under ``Daftar Pemilih Tetap``."""
    for row in reversed(table.header_rows):
        if row.text(col):
            return norm(row.text(col))
    return ""


def find_column(table: Table, words: list[str], exact_leaf: bool = False,
                exclude: set[int] = frozenset()) -> int | None:
    for col in range(table.width):
        if col in exclude:
            continue
        label = leaf(table, col) if exact_leaf else table.columns[col]
        if (exact_leaf and label in words) or (not exact_leaf and matches_any(label, words)):
            return col
    return None


def row_label(row: Row, columns: int = 2) -> str:
    """The words that name a row (its first text cells), spaces dropped so 'Tota l' reads 'total'."""
    texts = [c.text for c in row.cells[:columns] if c.text and c.figure is None]
    return re.sub(r"\s+", "", " ".join(texts).lower())


def _starts(row: Row, words: list[str]) -> bool:
    label = row_label(row).replace("‐", "-").replace("‑", "-")
    return label.startswith(_squashed(tuple(words)))


@lru_cache(maxsize=256)
def _squashed(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without their spaces, as row labels are compared (once per word list)."""
    return tuple(re.sub(r"\s+", "", w) for w in words)


def is_total_row(row: Row) -> bool:
    return _starts(row, vocabulary()["total_labels"] + load("columns")["subtotal_labels"])


def is_average_row(row: Row) -> bool:
    """"Rata-rata", "Rata-rata Kabupaten": a short label of its own, not an indicator named
    "Rata-rata lama sekolah" in a numbered row."""
    words = " ".join(c.text for c in row.cells[:2] if c.text and c.figure is None).split()
    return (_starts(row, load("columns")["average_labels"]) and len(words) <= 3
            and not is_row_number(row.cells[0].text if row.cells else ""))


@dataclass
class RowSplit:
    body: list[Row]                              # the rows a total adds up (no subtotals)
    total: Row | None = None
    subtotals: list[tuple[Row, list[Row]]] = field(default_factory=list)  # (subtotal, its rows)
    skipped: list[tuple[Row, str]] = field(default_factory=list)          # (row, why not summed)


def _closes_table(rows: list[Row], at: int) -> bool:
    """A total closes its table: only averages, notes or empty rows follow it."""
    return at > 0 and all(is_average_row(r) or r.is_empty() or not any(c.figure for c in r.cells)
                          for r in rows[at + 1:])


def _is_subtotal(row: Row, since: int) -> bool:
    """"Sub Jumlah", "Subtotal", or a bare "Jumlah"/"Jumlah A" closing at least two rows."""
    if _starts(row, load("columns")["subtotal_labels"]):
        return True
    return since >= 2 and len(row_label(row, 1)) <= len("jumlahtotal") + 3


def split_rows(rows: list[Row]) -> RowSplit:
    """Body, subtotals and the closing total of a table. The last total-labelled row is the
    total when it closes the table; an earlier one that reads as a subtotal closes the rows
    since the one before. Rows after the total (a Rata-rata, notes) and average rows are no
    part of it; a row merely named "Jumlah …" mid-table ("Jumlah tempat tidur") is a row."""
    totals = [i for i, r in enumerate(rows) if is_total_row(r)]
    averages = [(r, "average row") for r in rows if is_average_row(r)]
    if not totals or not _closes_table(rows, totals[-1]):
        return RowSplit([r for r in rows if not is_average_row(r)], skipped=averages)
    end = totals[-1]
    split = RowSplit([], rows[end])
    group: list[Row] = []
    for i, row in enumerate(rows[:end]):
        if i in totals and _is_subtotal(row, len(group)):
            split.subtotals.append((row, group))
            group = []
        elif is_average_row(row):
            split.skipped.append((row, "average row"))
        else:
            group.append(row)
            split.body.append(row)
    split.skipped += [(r, "after the total row") for r in rows[end + 1:]]
    return split


TEXT_ROLES = {"code", "name", "region", "note"}


@dataclass
class TableView:
    table: Table
    kind: str
    roles: dict[str, int] = field(default_factory=dict)
    body: list[Row] = field(default_factory=list)
    total: Row | None = None
    subtotals: list[tuple[Row, list[Row]]] = field(default_factory=list)
    skipped: list[tuple[Row, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.table.name

    def cell(self, row: Row, role_or_col: str | int) -> Cell:
        col = self.roles[role_or_col] if isinstance(role_or_col, str) else role_or_col
        return row.cells[col] if col < len(row.cells) else Cell("", row.line)

    def column_label(self, role_or_col: str | int) -> str:
        col = self.roles[role_or_col] if isinstance(role_or_col, str) else role_or_col
        return self.table.columns[col] or f"#{col + 1}"

    def location(self, row: Row, role_or_col: str | int | None = None) -> Location:
        if role_or_col is None:
            text = " | ".join(c.text for c in row.cells if c.text)
            first = next((c for c in row.cells if c.row), None)
            return Location(line=row.line, page=row.page, table=self.name,
                            row=first.row if first else row.number, text=text,
                            bbox=first.bbox if first else None)
        cell = self.cell(row, role_or_col)
        column = self.roles[role_or_col] if isinstance(role_or_col, str) else role_or_col
        return Location(line=cell.line or row.line, page=cell.page or row.page, table=self.name,
                        row=cell.row or row.number, column=self.column_label(role_or_col),
                        text=cell.raw, bbox=cell.bbox, col=cell.col or (column + 1 if cell.row else None))

    def unparsed(self) -> list[Location]:
        """Cells in figure columns that hold something that is not a number (OCR noise)."""
        figure_roles = [r for r in self.roles if r not in TEXT_ROLES]
        spots = []
        for row in self.body + ([self.total] if self.total else []):
            for role in figure_roles:
                cell = self.cell(row, role)
                if not cell.is_blank and cell.figure is None:
                    spots.append(self.location(row, role))
        return spots

    def frame(self, roles: list[str], blank_is_zero: bool = False, rows: list[Row] | None = None
              ) -> "pd.DataFrame":
        """Typed values: ``<role>``, ``<role>_lo``, ``<role>_hi`` per row; index = row number."""
        records = []
        for row in self.body if rows is None else rows:
            record: dict = {"row": row.number, "line": row.line}
            for role in roles:
                figure = self.cell(row, role).figure
                value = lo = hi = None
                if figure is not None:
                    value, lo, hi = figure.value, figure.low, figure.high
                elif blank_is_zero and self.cell(row, role).is_blank:
                    value = lo = hi = Decimal(0)
                record.update({role: value, f"{role}_lo": lo, f"{role}_hi": hi})
            records.append(record)
        import pandas as pd          # only the GX suites need frames; --help and rules do not

        frame = pd.DataFrame.from_records(records)
        return frame.set_index("row", drop=False) if records else frame
