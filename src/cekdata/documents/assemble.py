"""What every reader shares after it has found paragraphs and grids: a lone title row above a
grid, captions from the short paragraphs above a table, tables split by a page break joined
again, and the numbering of tables and paragraphs."""
from __future__ import annotations

import re

from .model import Block, Cell, Paragraph
from .structure import build_table, continues, join_split_tables, pad_grid

_CAPTION_START = re.compile(r"^\s*tabel\b\s*[:.]?\s*", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


class RawTable:
    """A grid of cells as a reader found it, before it becomes a Table."""

    def __init__(self, rows: list[list[Cell]] | None = None, head: int | None = None):
        self.rows: list[list[Cell]] = rows or []
        self.head: int | None = head            # rows above this index are the header, if known
        self.title: tuple[str, int | None] | None = None
        self.continued = False   # the reader knows it goes on from the table before (PDF layout)
        self.wrapped = True      # a line may be the wrapped rest of the row above (converted text)
        self.nested = False      # inside a cell of another table: never one table with a neighbour

    def finish(self) -> "RawTable":
        self.rows = pad_grid(self.rows)
        first = self.rows[0] if self.rows else []
        values = [c for c in first if c.text]
        # A lone text cell above the header is the table's title, not a row.
        if len(self.rows) > 2 and len(values) == 1 and values[0].figure is None:
            self.title = (values[0].text, values[0].line)
            self.rows = self.rows[1:]
            self.head = None if self.head is None else self.head - 1
        return self


def caption_above(blocks: list[Block]) -> tuple[str, int | None]:
    """The short paragraphs right above a table name it."""
    parts: list[Paragraph] = []
    for block in reversed(blocks):
        if not isinstance(block, Paragraph) or len(parts) == 2:
            break
        text = block.text
        if len(text) > 160 and not _CAPTION_START.match(text):
            break
        parts.insert(0, block)
        if _CAPTION_START.match(text):
            break
    if not parts:
        return "", None
    caption = " ".join(_CAPTION_START.sub("", p.text) for p in parts).strip()
    return caption, parts[0].line


class PendingTable:
    def __init__(self, run: RawTable):
        self.run = run


def _only_page_furniture(blocks: list) -> bool:
    return all(isinstance(b, Paragraph) and _PAGE_NUMBER.match(b.raw) for b in blocks)


def assemble(blocks: list) -> list[Block]:
    """Join tables split by page breaks, give captions, number tables and paragraphs."""
    resolved: list = []
    between: list[Block] = []
    for block in blocks:
        if isinstance(block, PendingTable):
            previous = _last_group(resolved)
            if previous is not None and _only_page_furniture(between) and \
                    not (block.run.nested or previous[-1].nested) and \
                    (block.run.continued or continues(_rows_of(previous), block.run.rows)):
                previous.append(block.run)
                resolved.extend(between)
                between = []
                continue
            resolved.extend(between)
            between = []
            resolved.append(_Group([block.run]))
            continue
        between.append(block)
        if not _only_page_furniture(between):
            resolved.extend(between)
            between = []
    resolved.extend(between)
    return _number(resolved)


def _rows_of(group: "_Group") -> list[list[Cell]]:
    return [row for part in group for row in part.rows]


class _Group(list):
    """The runs of one table (several when a page break split it)."""


def _last_group(resolved: list) -> "_Group | None":
    for block in reversed(resolved):
        if isinstance(block, _Group):
            return block
        if not (isinstance(block, Paragraph) and _PAGE_NUMBER.match(block.raw)):
            return None
    return None


def _number(blocks: list) -> list[Block]:
    out: list[Block] = []
    tables = paragraphs = 0
    for block in blocks:
        if isinstance(block, _Group):
            tables += 1
            first = block[0]
            caption, caption_line = caption_above(out)
            if first.title:
                caption = f"{caption} {first.title[0]}".strip()
                caption_line = caption_line or first.title[1]
            grid = join_split_tables([run.rows for run in block])
            out.append(build_table(tables, grid, caption, caption_line, first.head,
                                   wrapped=first.wrapped))
        else:
            paragraphs += 1
            block.index = paragraphs
            out.append(block)
    return out
