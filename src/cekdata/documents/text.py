"""Reader for plain text and Markdown: tab-separated runs and pipe tables become tables,
everything else paragraphs; every cell and paragraph keeps its 1-based source line."""
from __future__ import annotations

import re

from .assemble import PendingTable, RawTable, assemble
from .limits import Limits, check_table_cells
from .model import Block, Cell, Document, Paragraph
from .structure import is_group_label

_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NEW_ITEM = re.compile(r"^\s*([-*•]\s|#|\d{1,2}[.)]\s|[a-zA-Z][.)]\s|BAB\s)")


_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def unemphasise(text: str) -> str:
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)


def _pipes(line: str) -> int:
    return line.replace("\\|", "").count("|")


def pipe_rows(lines: list[str]) -> list[bool]:
    """Which lines are Markdown table rows: ``| a | b |``, or, as people paste them, ``a | b``
    without outer pipes when a separator or a neighbour with as many pipes confirms it."""
    counts = [_pipes(line) for line in lines]
    rows = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|") and counts[i] >= 2:
            rows.append(True)
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        rows.append(counts[i] >= 1 and any(
            counts[j] == counts[i] or _PIPE_SEPARATOR.match(lines[j].strip()) for j in neighbours))
    return rows


def _cells(line: str, number: int, outer: bool | None) -> list[Cell]:
    if outer is None:
        parts = line.rstrip("\r\n").split("\t")
    else:
        text = line.strip()
        if outer:
            text = text[1:] if text.startswith("|") else text
            text = text[:-1] if text.endswith("|") else text
        parts = text.replace("\\|", "\x00").split("|")
        parts = [p.replace("\x00", "|") for p in parts]
    if outer is not None:                  # Markdown emphasis is no part of the text
        parts = [unemphasise(part) for part in parts]
    return [Cell(part.strip(), number) for part in parts]


class _Run(RawTable):
    """A run of table lines: tab-separated, or Markdown pipes (with or without outer pipes)."""

    def __init__(self, pipe: bool):
        super().__init__()
        self.pipe = pipe
        self.wrapped = not pipe        # a Markdown row is one line: it never wraps
        self.outer: bool | None = None
        self.cells = 0
        self.first_line: int | None = None

    def add(self, line: str, number: int) -> None:
        self.first_line = self.first_line or number
        if self.pipe and _PIPE_SEPARATOR.match(line.strip()):
            self.head = len(self.rows)
            return
        if self.pipe and self.outer is None:
            self.outer = line.strip().startswith("|")
        self.rows.append(_cells(line, number, self.outer if self.pipe else None))
        self.cells += len(self.rows[-1])


def _wraps(previous: str, line: str) -> bool:
    """A hard-wrapped sentence: the line before ends mid-sentence and this one goes on in
    lower case ("… dengan realisasi" / "sebesar Rp …")."""
    ending, start = previous.rstrip(), line.lstrip()
    return bool(ending) and ending[-1] not in ".:;!?" and (start[:1].islower() or start[:1].isdigit()
                                                            or start.startswith("Rp"))


def _group_row_inside(run: "_Run | None", line: str, following: list[str]) -> bool:
    """"Sasaran 1: …" alone on its line between two rows of a tab table: a group row the
    converter printed without tabs, not the end of the table."""
    if run is None or run.pipe or not is_group_label(line.strip()):
        return False
    for nxt in following:               # "Tujuan 1: …" then "Sasaran 1: …" then the rows
        if "\t" in nxt:
            return True
        if not is_group_label(nxt.strip()):
            return False
    return False


def read_text(text: str, source: str, markdown: bool = False, limits: Limits | None = None) -> Document:
    limits = limits or Limits()
    lines = text.splitlines()
    blocks: list[Block] = []
    paragraph: list[tuple[int, str]] = []
    run: _Run | None = None

    def flush_paragraph() -> None:
        if paragraph:
            heading = markdown and paragraph[0][1].lstrip().startswith("#")
            texts = [t.strip() for _, t in paragraph]
            if markdown:                   # "## 2.1 Judul", "**Tabel 3.1 …**": the words only
                texts = [unemphasise(t.lstrip("#").strip()) for t in texts]
            starts = tuple(n for n, _ in paragraph[1:])
            blocks.append(Paragraph(index=0, raw="\n".join(texts), line=paragraph[0][0],
                                    heading=heading, line_starts=starts))
            paragraph.clear()

    def flush_run() -> None:
        nonlocal run
        if run and run.rows:
            finished = run.finish()
            if finished.rows:
                blocks.append(PendingTable(finished))
        run = None

    piped = pipe_rows(lines) if markdown else [False] * len(lines)
    for number, line in enumerate(lines, start=1):
        pipe = piped[number - 1]
        if "\t" in line or pipe or _group_row_inside(run, line, lines[number:number + 4]):
            flush_paragraph()
            if run is None or run.pipe != pipe:
                flush_run()
                run = _Run(pipe)
            run.add(line, number)
            check_table_cells(source, f"from line {run.first_line}", run.cells, limits)
            continue
        flush_run()
        if not line.strip():
            flush_paragraph()
            continue
        if paragraph and (_NEW_ITEM.match(line) or not (markdown or _wraps(paragraph[-1][1], line))):
            flush_paragraph()
        paragraph.append((number, line))
        if markdown and line.lstrip().startswith("#"):
            flush_paragraph()                  # a heading is a paragraph of its own
    flush_paragraph()
    flush_run()
    return Document(source=source, blocks=assemble(blocks),
                    kind="markdown" if markdown else "text")


