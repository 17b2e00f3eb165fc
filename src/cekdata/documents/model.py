"""The document model every reader produces and every rule reads: paragraphs and tables
whose cells remember where they came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..findings import Location
from .numbers import Figure, fold, parse_figure


@dataclass
class Cell:
    raw: str
    line: int | None = None      # 1-based source line (text readers)
    page: int | None = None      # 1-based page (PDF)
    bbox: tuple[float, float, float, float] | None = None
    row: int | None = None       # 1-based row and column in the source table (DOCX, PDF)
    col: int | None = None
    # (offset in raw, source line) of each wrapped continuation appended to the cell
    continued: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)

    @cached_property
    def text(self) -> str:
        """Folded text: look-alike letters replaced, spaces collapsed."""
        return " ".join(fold(self.raw).split())

    @cached_property
    def figure(self) -> Figure | None:
        return parse_figure(self.raw)

    def line_of(self, quote: str) -> int | None:
        """The source line a quoted part of a wrapped cell stands on (its first word's)."""
        words = quote.split()
        at = self.raw.find(words[0]) if words else -1
        if at < 0:
            return self.line
        return max([(o, line) for o, line in self.continued if o <= at],
                   default=(0, self.line))[1]

    @property
    def is_blank(self) -> bool:
        """Empty, or only a dash: what tables print for nil."""
        return not self.text.strip("-–— ")

    def extend(self, more: "Cell") -> None:
        """Append a wrapped continuation of this cell."""
        if not more.raw.strip():
            return
        if self.line is None or not self.raw.strip():
            self.line = more.line
        elif more.line is not None:
            self.continued.append((len(self.raw.strip()) + 1, more.line))
        self.raw = f"{self.raw.strip()} {more.raw.strip()}".strip()
        self.__dict__.pop("text", None)
        self.__dict__.pop("figure", None)


@dataclass
class Row:
    cells: list[Cell]
    number: int = 0  # 1-based position among the table's rows, header rows included

    @property
    def line(self) -> int | None:
        return next((c.line for c in self.cells if c.line is not None), None)

    @property
    def page(self) -> int | None:
        return next((c.page for c in self.cells if c.page is not None), None)

    def text(self, col: int) -> str:
        return self.cells[col].text if col < len(self.cells) else ""

    def is_empty(self) -> bool:
        return not any(c.raw.strip() for c in self.cells)


@dataclass
class Table:
    index: int                      # 1-based position among the document's tables
    header_rows: list[Row]
    rows: list[Row]                 # data rows, wrapped continuations merged
    caption: str = ""
    caption_line: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r.cells) for r in self.header_rows + self.rows), default=0)

    @property
    def line(self) -> int | None:
        first = (self.header_rows or self.rows or [None])[0]
        return first.line if first else None

    @property
    def page(self) -> int | None:
        first = (self.header_rows or self.rows or [None])[0]
        return first.page if first else None

    @cached_property
    def columns(self) -> list[str]:
        """One label per column: the header rows read top to bottom."""
        labels = []
        for col in range(self.width):
            parts = [r.text(col) for r in self.header_rows if r.text(col)]
            labels.append(" ".join(parts))
        return labels

    @property
    def name(self) -> str:
        caption = self.caption[:70] + ("…" if len(self.caption) > 70 else "")
        return f"T{self.index}" + (f" {caption}" if caption else "")

    def caption_location(self) -> Location:
        return Location(line=self.caption_line, page=self.page, table=self.name, text=self.caption)


@dataclass
class Paragraph:
    index: int       # 1-based position among the document's paragraphs
    raw: str
    line: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    heading: bool = False   # styled as a heading by its author (DOCX)
    line_starts: tuple[int, ...] = ()   # source lines after the first, of a hard-wrapped paragraph

    @cached_property
    def text(self) -> str:
        return " ".join(fold(self.raw).split())

    def location(self, text: str | None = None) -> Location:
        """Where a finding about this paragraph (or one of its sentences) points: the source
        line the sentence starts on, when the paragraph was wrapped over several."""
        quote = self.text[:300] if text is None else text
        return Location(line=self._line_of(quote), page=self.page, paragraph=self.index,
                        text=quote, bbox=self.bbox)

    def _line_of(self, quote: str) -> int | None:
        if not self.line_starts or self.line is None:
            return self.line
        at = self.text.find(quote[:40])
        lines = [self.line, *self.line_starts]
        offsets = self._offsets()
        return next((line for line, offset in zip(reversed(lines), reversed(offsets))
                     if at >= offset), self.line)

    def _offsets(self) -> list[int]:
        """Where each source line starts in ``text`` (lines are joined by one space)."""
        pieces = [" ".join(fold(p).split()) for p in self.raw.split("\n")]
        offsets, at = [], 0
        for piece in pieces:
            offsets.append(at)
            at += len(piece) + 1
        return offsets


Block = Paragraph | Table


@dataclass
class Document:
    source: str
    blocks: list[Block]
    kind: str = "text"   # text | markdown | docx | pdf
    notes: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def position(self, block: Block) -> int:
        """Where a block stands among the blocks (by identity: two tables may read alike)."""
        return next(i for i, b in enumerate(self.blocks) if b is block)
