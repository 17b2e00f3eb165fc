"""Turn a grid of cells into a table: find the header rows, re-attach wrapped lines to the
row they continue, and join a table that a page break split with its header repeated.
Shared by every reader, so DOCX and PDF tables get the same treatment as text ones."""
from __future__ import annotations

import re

from ..data import load
from .model import Cell, Row, Table
from .numbers import fold, is_year

_ROW_NUMBER = re.compile(r"^\(?\d{1,3}[.)]?\)?$")
# "(3)", "3", or a column defined by others: "5 = 3 + 4", "(7)=(5)-(6)"
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2})\)?(?:\s*=\s*[\d()\s+\-x×*/:.]+)?$")
# Dotted budget codes (CQ.1234, 1234.QGE.001, 1.02.02.2.01); bare letters like "NO" are too ambiguous.
_CODE = re.compile(r"^[A-Z]{1,3}\.\d{3,4}$|^\d{4}\.[A-Z]{3}\.\d{3}$|^\d{1,2}(\.\d{1,4}){2,}$")


def is_row_number(text: str) -> bool:
    """"1", "2.", "(3)": a cell that numbers its row."""
    return bool(text) and bool(_ROW_NUMBER.match(text))


# Values that are no single figure but still data: ranges and bounds ("60-80", "≤ 45", "3–6 hari")
_YEAR_SPAN = re.compile(r"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$")
_VALUE_LIKE = re.compile(r"^[≤≥<>]=?\s*\d|^\d[\d.,]*\s*%?\s*(?:-|s\.?d\.?|sampai)\s*\d[\d.,]*\s*%?")


def _values(row: list[Cell]) -> list[str]:
    return [c.text for c in row if c.text]


def is_column_numbering(row: list[Cell]) -> bool:
    """``(1) (2) (3)`` or ``1 2 3 4 5``: a row that only numbers the columns."""
    values = _values(row)
    numbers = [_COLUMN_NUMBER.match(v) for v in values]
    if len(values) < 3 or not all(numbers):
        return False
    ints = [int(m.group(1)) for m in numbers]
    return ints == list(range(ints[0], ints[0] + len(ints)))


def _has_data(row: list[Cell]) -> bool:
    """A row carries data when it holds a figure that is not a year, or a budget code."""
    values = [c for c in row if c.text]
    if not values:
        return False
    if _CODE.match(values[0].text) and len(values) > 1:
        return True
    return any((c.figure is not None and not is_year(c.text)) or
               (_VALUE_LIKE.match(c.text) and not _YEAR_SPAN.match(c.text)) for c in values)


def split_header(rows: list[list[Cell]], max_header: int = 4) -> int:
    """How many leading rows form the header."""
    count = 0
    for row in rows[:max_header]:
        first = next((c.text for c in row if c.text), "")
        if count and is_group_label(first) and sum(bool(c.text) for c in row) == 1:
            break                        # "Sasaran 1: …" opens the body, it labels no column
        if is_column_numbering(row) or not _has_data(row):
            count += 1
            continue
        break
    if count == len(rows) and rows:   # text-only table: first row is the header
        return 1
    return count


def _is_year_row(row: list[Cell]) -> bool:
    """"| | | 2022 | 2023 | 2024 |": the years under a spanning header."""
    values = _values(row)
    return len(values) >= 2 and all(is_year(v) for v in values)


def _extend_header(grid: list[list[Cell]], head: int) -> int:
    """A header the author marked (Markdown's separator row) still takes the rows right below
    it that only give years or column numbers: the second row of a two-row header."""
    while head < len(grid) and (_is_year_row(grid[head]) or is_column_numbering(grid[head])):
        head += 1
    return head


def _row_number_column(rows: list[list[Cell]]) -> bool:
    firsts = [r[0].text for r in rows if r and r[0].text]
    numbered = sum(bool(_ROW_NUMBER.match(t)) for t in firsts)
    return bool(firsts) and numbered >= max(2, len(firsts) // 2)


def _is_value(cell: Cell) -> bool:
    """A figure, or a range or bound ("60-80%", "≤ 45") that stands for one."""
    return cell.figure is not None or bool(_VALUE_LIKE.match(cell.text))


def _numeric_columns(rows: list[list[Cell]], width: int) -> set[int]:
    numeric = set()
    for col in range(1, width):
        cells = [r[col] for r in rows if col < len(r) and r[col].text]
        if cells and sum(_is_value(c) for c in cells) * 2 >= len(cells):
            numeric.add(col)
    return numeric


def is_group_label(text: str) -> bool:
    """"Sasaran Strategis 2: …", "PROGRAM PENUNJANG …": a row that opens a group."""
    if re.match(r"(?i)^(tabel|table|gambar|grafik|diagram|lampiran)\b", text):
        return False                     # a caption, even in capitals, opens a new table
    if len(text.split()) >= 2 and text.isupper():
        return True
    return any(text.startswith(marker) and not text[len(marker):len(marker) + 1].isalpha()
               for marker in load("vocabulary")["group_rows"])


def _is_continuation(row: list[Cell], numbered: bool, numeric: set[int]) -> bool:
    if not row or (numbered and row[0].text):
        return False
    first = next((c.text for c in row if c.text), "")
    if is_group_label(first):
        return False
    if not numbered and row[0].text and (row[0].figure is not None or _CODE.match(row[0].text)):
        return False
    return not any(col < len(row) and row[col].text for col in numeric)


def merge_continuations(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Attach each wrapped line to the row above it."""
    if not rows:
        return rows
    width = max(len(r) for r in rows)
    numbered = _row_number_column(rows)
    numeric = _numeric_columns(rows, width)
    merged: list[list[Cell]] = []
    for row in rows:
        if merged and _is_continuation(row, numbered, numeric):
            previous = merged[-1]
            previous.extend(Cell("", None) for _ in range(len(row) - len(previous)))
            for col, cell in enumerate(row):
                previous[col].extend(cell)
        else:
            merged.append(list(row))
    return merged


def header_key(rows: list[list[Cell]]) -> frozenset[str]:
    """Header words, order-free, so a repeated header matches despite shifted columns."""
    return frozenset(re.sub(r"\s+", "", fold(c.text).lower()) for r in rows for c in r if c.text)


def pad_grid(grid: list[list[Cell]]) -> list[list[Cell]]:
    grid = [row for row in grid if any(c.text for c in row)]
    width = max((len(r) for r in grid), default=0)
    return [r + [Cell("", r[-1].line if r else None) for _ in range(width - len(r))] for r in grid]


def _repeated_rows(header: list[list[Cell]], part: list[list[Cell]]) -> int:
    """How many leading rows of ``part`` repeat the first part's header: all of its header
    when the words match in any order (columns shift between pages), else the rows that match
    one by one (a PDF repeats the header, then a row split by the page break follows)."""
    head = split_header(part)
    if head and header and header_key(part[:head]) == header_key(header):
        return head
    count = 0
    for mine, theirs in zip(header, part):
        if header_key([mine]) != header_key([theirs]):
            break
        count += 1
    return count


def join_split_tables(parts: list[list[list[Cell]]]) -> list[list[Cell]]:
    """Join the parts of one table; each later part's repeated header rows are dropped."""
    grid = list(parts[0])
    header = grid[:split_header(grid)]
    for part in parts[1:]:
        grid.extend(part[_repeated_rows(header, part):])
    return grid


def _row_number(row: list[Cell]) -> int | None:
    first = row[0].text if row else ""
    match = _ROW_NUMBER.match(first)
    return int(re.sub(r"\D", "", first)) if match else None


def continues(first: list[list[Cell]], second: list[list[Cell]]) -> bool:
    """Is ``second`` the rest of ``first`` after a page break?

    Either it repeats the header, or it has no header of its own and picks up the row
    numbering (or, unnumbered, the column layout) where ``first`` stopped."""
    head_a, head_b = split_header(first), split_header(second)
    if head_a and head_b and _repeated_rows(first[:head_a], second):
        return True          # the header repeated (its first rows at least) after a page break
    if head_b or not second:
        return False
    numbers = [n for n in map(_row_number, first[head_a:]) if n is not None]
    last, nxt = (numbers[-1] if numbers else None), _row_number(second[0])
    if last is not None and nxt is not None:
        return nxt == last + 1
    return nxt is None and last is None and _filled_width(first) == _filled_width(second)


def _filled_width(grid: list[list[Cell]]) -> int:
    return max(sum(1 for c in row if c.text) for row in grid)


def build_table(index: int, grid: list[list[Cell]], caption: str = "",
                caption_line: int | None = None, head: int | None = None,
                wrapped: bool = True) -> Table:
    grid = pad_grid(grid)
    head = split_header(grid) if head is None else _extend_header(grid, head)
    body = merge_continuations(grid[head:]) if wrapped else grid[head:]
    number = 0
    header_rows, data_rows = [], []
    for cells in grid[:head]:
        number += 1
        if not is_column_numbering(cells):     # "(1) (2) (3)" names no column
            header_rows.append(Row(cells, number))
    for cells in body:
        number += 1
        data_rows.append(Row(cells, number))
    return Table(index=index, header_rows=header_rows, rows=data_rows,
                 caption=caption, caption_line=caption_line)
