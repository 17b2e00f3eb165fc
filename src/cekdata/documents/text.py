"""Reader for plain text and Markdown: tab-separated runs and pipe tables become tables,
everything else paragraphs; every cell and paragraph keeps its 1-based source line."""
from __future__ import annotations

import re

from .model import Block, Cell, Document, Paragraph, Table
from .structure import build_table, join_split_tables, pad_grid, continues

_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NEW_ITEM = re.compile(r"^\s*([-*•]\s|#|\d{1,2}[.)]\s|[a-zA-Z][.)]\s|BAB\s)")
_CAPTION_START = re.compile(r"^\s*tabel\b\s*[:.]?\s*", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def _is_pipe_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2


def _cells(line: str, number: int, pipe: bool) -> list[Cell]:
    if pipe:
        parts = line.strip().strip("|").split("|")
    else:
        parts = line.rstrip("\r\n").split("\t")
    return [Cell(part.strip(), number) for part in parts]


class _Run:
    """A run of table lines, before it becomes a Table."""

    def __init__(self, pipe: bool):
        self.pipe = pipe
        self.rows: list[list[Cell]] = []
        self.head: int | None = None
        self.title: tuple[str, int] | None = None

    def add(self, line: str, number: int) -> None:
        if self.pipe and _PIPE_SEPARATOR.match(line.strip()):
            self.head = len(self.rows)
            return
        self.rows.append(_cells(line, number, self.pipe))

    def finish(self) -> "_Run":
        self.rows = pad_grid(self.rows)
        first = self.rows[0] if self.rows else []
        values = [c for c in first if c.text]
        # A lone text cell above the header is the table's title, not a row.
        if len(self.rows) > 2 and len(values) == 1 and values[0].figure is None:
            self.title = (values[0].text, values[0].line)
            self.rows = self.rows[1:]
            self.head = None if self.head is None else self.head - 1
        return self


def _caption(blocks: list[Block]) -> tuple[str, int | None]:
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


def read_text(text: str, source: str, markdown: bool = False) -> Document:
    lines = text.splitlines()
    blocks: list[Block] = []
    runs: list[tuple[_Run, list[Block]]] = []   # table runs with the blocks seen before them
    paragraph: list[tuple[int, str]] = []
    run: _Run | None = None
    since_run: list[str] = []  # lines between the last run and now (to spot page breaks)

    def flush_paragraph() -> None:
        if paragraph:
            raw = " ".join(t.strip() for _, t in paragraph)
            blocks.append(Paragraph(index=0, raw=raw, line=paragraph[0][0]))
            paragraph.clear()

    def flush_run() -> None:
        nonlocal run
        if run and run.rows:
            finished = run.finish()
            if finished.rows:
                blocks.append(_PendingTable(finished))
        run = None

    for number, line in enumerate(lines, start=1):
        pipe = markdown and _is_pipe_row(line)
        if "\t" in line or pipe:
            flush_paragraph()
            if run is None or run.pipe != pipe:
                flush_run()
                run = _Run(pipe)
            run.add(line, number)
            continue
        flush_run()
        if not line.strip():
            flush_paragraph()
            continue
        if paragraph and (not markdown or _NEW_ITEM.match(line)):
            flush_paragraph()
        paragraph.append((number, line))
    flush_paragraph()
    flush_run()
    return Document(source=source, blocks=_resolve_tables(blocks),
                    kind="markdown" if markdown else "text")


class _PendingTable:
    def __init__(self, run: _Run):
        self.run = run


def _only_page_furniture(blocks: list) -> bool:
    return all(isinstance(b, Paragraph) and _PAGE_NUMBER.match(b.raw) for b in blocks)


def _resolve_tables(blocks: list) -> list[Block]:
    """Join tables split by page breaks, give captions, number tables and paragraphs."""
    resolved: list = []
    between: list[Block] = []
    for block in blocks:
        if isinstance(block, _PendingTable):
            previous = _last_group(resolved)
            if previous is not None and _only_page_furniture(between) and \
                    continues(previous[0].rows, block.run.rows):
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
            caption, caption_line = _caption(out)
            if first.title:
                caption = f"{caption} {first.title[0]}".strip()
                caption_line = caption_line or first.title[1]
            grid = join_split_tables([run.rows for run in block])
            out.append(build_table(tables, grid, caption, caption_line, first.head))
        else:
            paragraphs += 1
            block.index = paragraphs
            out.append(block)
    return out
