"""Running text as a reviewer reads it, for the claim rules that read whole sentences
(extremes.py, trends.py): paragraphs that a hard line break cut in two (plain-text reports wrap
every line) joined again into passages; sentences that remember the paragraphs they came from;
the figures a sentence states; and the tables around a sentence in its section."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..documents.model import Paragraph, Table
from ..documents.numbers import Figure, is_year, parse_figure
from ..findings import Location
from ..recognise.indicators import is_heading
from ..recognise.view import TableView, norm
from .context import Context

NEAR_BLOCKS = 6          # a sentence describes a table at most this many blocks away
_ENDS = re.compile(r"[.!?:;]\s*$")
_STARTS_APART = re.compile(r"^(?:tabel|gambar|grafik|sumber|keterangan|catatan|bab\s|[-•*]\s|"
                           r"\d+[.)]\s|[a-z][.)]\s|[ivx]+\.\s)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\]])[.!?](?=\s+[A-Z(])")
_FIGURE = re.compile(r"(?<![\w.,])(?:rp\.?\s*)?\d(?:[\d.,]*\d)?(?:\s*%|\s+persen\b)?"
                     r"(?:\s*(?:ribu|juta|miliar|milyar|triliun)\b)?", re.IGNORECASE)
_SIDE = re.compile(r"^(?:sumber|keterangan|catatan|ket\.|\*)", re.IGNORECASE)


@dataclass
class Passage:
    paragraphs: list[Paragraph]
    text: str = ""
    offsets: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        parts, at = [], 0
        for paragraph in self.paragraphs:
            self.offsets.append(at)
            parts.append(paragraph.text)
            at += len(paragraph.text) + 1
        self.text = " ".join(parts)

    def paragraph_at(self, offset: int) -> Paragraph:
        index = max(i for i, start in enumerate(self.offsets) if start <= max(offset, 0))
        return self.paragraphs[index]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    figure: Figure

    @property
    def raw(self) -> str:
        return self.figure.raw


@dataclass(eq=False)
class Sentence:
    passage: Passage
    start: int
    end: int
    index: int                          # within its passage

    @property
    def text(self) -> str:
        return self.passage.text[self.start:self.end]

    def paragraphs(self) -> list[Paragraph]:
        first = self.passage.paragraph_at(self.start)
        last = self.passage.paragraph_at(self.end - 1)
        i, j = self.passage.paragraphs.index(first), self.passage.paragraphs.index(last)
        return self.passage.paragraphs[i:j + 1]

    @property
    def paragraph(self) -> Paragraph:
        return self.passage.paragraph_at(self.start)

    def location(self) -> Location:
        return self.paragraph.location(self.text[:300])

    def locations(self, *offsets: int) -> list[Location]:
        """The sentence, and each other source line holding one of ``offsets`` (relative to
        the sentence): a finding points at every line it quotes, also inside a paragraph that
        was wrapped over several lines."""
        found = [self.location()]
        seen = {(id(self.paragraph), found[0].line)}
        for offset in offsets:
            at = self.start + offset
            paragraph = self.passage.paragraph_at(at)
            local = at - self.passage.offsets[self.passage.paragraphs.index(paragraph)]
            place = paragraph.location(paragraph.text[local:local + 60])
            if (id(paragraph), place.line) not in seen:
                seen.add((id(paragraph), place.line))
                found.append(place)
        return found

    @cached_property
    def figures(self) -> list[Mention]:
        """Every figure the sentence states (years are context, not figures)."""
        return figures_in(self.text)


def figures_in(text: str) -> list[Mention]:
    found = []
    for match in _FIGURE.finditer(text):
        raw = match.group().strip()
        if is_year(raw):
            continue
        figure = parse_figure(re.sub(r"\s+persen$", "%", raw, flags=re.IGNORECASE))
        if figure is not None:
            found.append(Mention(match.start(), match.start() + len(raw), figure))
    return found


def _continues(before: Paragraph, after: Paragraph) -> bool:
    """A plain-text line that does not end a sentence goes on in the next line."""
    if _ENDS.search(before.text) or is_heading(before) or is_heading(after):
        return False
    return not _STARTS_APART.match(after.text) and not _STARTS_APART.match(before.text)


def passages(context: Context) -> list[Passage]:
    cached = context.cache.get("passages")
    if cached is not None:
        return cached
    joined: list[Passage] = []
    run: list[Paragraph] = []
    for block in context.document.blocks:
        if not isinstance(block, Paragraph):
            if run:
                joined.append(Passage(run))
            run = []
            continue
        if run and not (context.document.kind == "text" and _continues(run[-1], block)):
            joined.append(Passage(run))
            run = []
        run.append(block)
    if run:
        joined.append(Passage(run))
    context.cache["passages"] = joined
    return joined


def sentences(passage: Passage) -> list[Sentence]:
    found, start = [], 0
    text = passage.text
    for cut in _SENTENCE_END.finditer(text):
        found.append((start, cut.end()))
        start = cut.end()
    found.append((start, len(text)))
    result = []
    for a, b in found:
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            result.append(Sentence(passage, a, b, len(result)))
    return result


def all_sentences(context: Context) -> list[Sentence]:
    return [s for p in passages(context) for s in sentences(p)]


def position(context: Context, block) -> int:
    return context.document.position(block)


def _side_note(block) -> bool:
    """A caption, a source line or a note between a table and the text about it."""
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return bool(_SIDE.match(text)) or bool(re.match(r"^(?:tabel|gambar)\s*\d", text, re.I)) \
        or len(text) <= 4


@dataclass(frozen=True)
class Around:
    table: Table
    adjacent: bool          # only captions, sources and notes between it and the sentence
    named: bool             # the sentence names it ("Tabel 3.5")
    distance: int


def tables_around(context: Context, sentence: Sentence) -> list[Around]:
    """The table just before and the one just after the sentence's passage, within its section
    (no heading between), and any table the sentence names by number."""
    blocks = context.document.blocks
    first = position(context, sentence.passage.paragraphs[0])
    last = position(context, sentence.passage.paragraphs[-1])
    found: list[Around] = []
    for step, start in ((-1, first - 1), (1, last + 1)):
        adjacent, at = True, start
        while 0 <= at < len(blocks) and abs(at - start) < NEAR_BLOCKS:
            block = blocks[at]
            if isinstance(block, Table):
                found.append(Around(block, adjacent, False, abs(at - start) + 1))
                break
            if is_heading(block):
                break
            adjacent = adjacent and _side_note(block)
            at += step
    named = re.findall(r"\btabel\s+(\d+(?:\.\d+)*)", norm(sentence.text))
    for number in named:
        for table in context.document.tables:
            if re.match(rf"(?:tabel\s+)?{re.escape(number)}(?![\d.]\d)", norm(table.caption)):
                found = [a for a in found if a.table is not table]
                found.insert(0, Around(table, True, True, 0))
    return found


def cell_location(table: Table, row, col: int) -> Location:
    return TableView(table, "prose").location(row, col)


def not_checked_at(context: Context, rule, location: Location, what: str, reason: str) -> None:
    """Coverage: a claim the text states that no table figure can settle (as prose.not_checked,
    for a sentence rather than an extracted claim)."""
    context.note(f"{rule.code}: stated, not checked: {what} ({reason})", location)
