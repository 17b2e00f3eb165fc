"""Reader for plain text and Markdown: tab-separated runs and pipe tables become tables,
everything else paragraphs; every cell and paragraph keeps its 1-based source line."""
from __future__ import annotations

import re

from .assemble import PendingTable, RawTable, assemble
from .model import Block, Cell, Document, Paragraph

_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NEW_ITEM = re.compile(r"^\s*([-*•]\s|#|\d{1,2}[.)]\s|[a-zA-Z][.)]\s|BAB\s)")


def _is_pipe_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2


def _cells(line: str, number: int, pipe: bool) -> list[Cell]:
    if pipe:
        parts = line.strip().strip("|").split("|")
    else:
        parts = line.rstrip("\r\n").split("\t")
    return [Cell(part.strip(), number) for part in parts]


class _Run(RawTable):
    """A run of table lines: tab-separated, or Markdown pipes."""

    def __init__(self, pipe: bool):
        super().__init__()
        self.pipe = pipe

    def add(self, line: str, number: int) -> None:
        if self.pipe and _PIPE_SEPARATOR.match(line.strip()):
            self.head = len(self.rows)
            return
        self.rows.append(_cells(line, number, self.pipe))


def read_text(text: str, source: str, markdown: bool = False) -> Document:
    lines = text.splitlines()
    blocks: list[Block] = []
    paragraph: list[tuple[int, str]] = []
    run: _Run | None = None

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
                blocks.append(PendingTable(finished))
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
    return Document(source=source, blocks=assemble(blocks),
                    kind="markdown" if markdown else "text")


