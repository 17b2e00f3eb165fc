"""Reader for published reports (.pdf) with pdfplumber: ruled tables per page, the text around
them grouped into paragraphs, running headers and footers (the agency's name, "Halaman 3")
dropped, and tables that a page break split joined again by the shared assembly. Every cell and
paragraph keeps its page and bounding box (x0, top, x1, bottom in points from the top left)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from statistics import median
from typing import Callable

from ..errors import InputError
from .assemble import PendingTable, RawTable, assemble
from .limits import Limits, check_pages, check_size
from .model import Cell, Document, Paragraph

Progress = Callable[[int, int], None]
MARGIN = 0.09          # top and bottom bands of a page where running headers and footers sit
_FURNITURE = re.compile(r"^\s*(halaman|hal\.?|page)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*(dari\s+\d+)?\s*$",
                        re.IGNORECASE)


def _open(path: Path):
    import pdfplumber
    try:
        pdf = pdfplumber.open(str(path))
        pdf.pages                                   # parses the page tree: fails here if locked
    except Exception as error:
        if "password" in f"{error!r} {error.__class__.__name__}".lower():
            raise InputError(f"{path}: the PDF is encrypted and needs a password; "
                             "give cekdata an unlocked copy")
        raise InputError(f"{path}: not a readable PDF ({error.__class__.__name__})")
    return pdf


def _inside(obj: dict, boxes: list) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _in_margin(line: dict, height: float) -> bool:
    return line["top"] < height * MARGIN or line["bottom"] > height * (1 - MARGIN)


def _running_lines(pages_lines: list[tuple[float, list[dict]]]) -> set[str]:
    """Shapes of lines that repeat in the page margins of at least half the pages."""
    seen = Counter()
    for height, lines in pages_lines:
        seen.update({_shape(l["text"]) for l in lines if _in_margin(l, height)})
    enough = max(2, len(pages_lines) // 2)
    return {shape for shape, count in seen.items() if count >= enough}


def _paragraphs(lines: list[dict], page_number: int) -> list[tuple[float, Paragraph]]:
    """Lines grouped into paragraphs: a gap wider than half a line starts a new one."""
    if not lines:
        return []
    height = median(l["bottom"] - l["top"] for l in lines)
    groups: list[list[dict]] = [[lines[0]]]
    for line in lines[1:]:
        if line["top"] - groups[-1][-1]["bottom"] > height * 0.5:
            groups.append([line])
        else:
            groups[-1].append(line)
    found = []
    for group in groups:
        box = (min(l["x0"] for l in group), group[0]["top"], max(l["x1"] for l in group),
               group[-1]["bottom"])
        text = " ".join(l["text"].strip() for l in group)
        found.append((box[1], Paragraph(index=0, raw=text, page=page_number, bbox=_round(box))))
    return found


def _round(box) -> tuple[float, float, float, float]:
    return tuple(round(v, 1) for v in box)


def _tables(page, page_number: int) -> list[tuple[float, PendingTable, tuple]]:
    found = []
    for table in page.find_tables():
        texts = table.extract()
        grid = []
        for r, (row, cells) in enumerate(zip(table.rows, texts), start=1):
            grid.append([Cell(" ".join((text or "").split()), page=page_number,
                              bbox=_round(box) if box else None, row=r, col=c)
                         for c, (box, text) in enumerate(zip(row.cells, cells), start=1)])
        if grid:
            found.append((table.bbox[1], PendingTable(RawTable(grid).finish()), table.bbox))
    return found


GAP = 12.0        # points of white space between words that separate two unruled columns
MIN_ROWS = 3      # lines in a row with column gaps before they are read as a table


def _chunks(words: list[dict]) -> list[list[dict]]:
    """A line's words split where the white space is wide enough to be a column gap."""
    chunks = [[words[0]]]
    for word in words[1:]:
        if word["x0"] - chunks[-1][-1]["x1"] > GAP:
            chunks.append([word])
        else:
            chunks[-1].append(word)
    return chunks


def _word_lines(page, boxes: list) -> list[list[dict]]:
    words = [w for w in page.extract_words(keep_blank_chars=False) if not _inside(w, boxes)]
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _unruled_tables(page, page_number: int, boxes: list) -> list[tuple[float, PendingTable, tuple]]:
    """Runs of at least three lines that each break into two or more columns at wide gaps,
    aligned on shared column edges: tables printed without rules."""
    found, run = [], []
    for line in _word_lines(page, boxes) + [[]]:
        if line and len(_chunks(line)) >= 2:
            run.append(_chunks(line))
            continue
        if len(run) >= MIN_ROWS:
            found.append(_grid_from_chunks(run, page_number))
        run = []
    return [table for table in found if table is not None]


def _grid_from_chunks(run: list[list[list[dict]]], page_number: int):
    edges: list[float] = []
    for chunk in (c for line in run for c in line):
        if not any(abs(chunk[0]["x0"] - e) < GAP for e in edges):
            edges.append(chunk[0]["x0"])
    edges.sort()
    if len(edges) < 2:
        return None
    grid = []
    for r, line in enumerate(run, start=1):
        row = [Cell("", page=page_number, row=r, col=c + 1) for c in range(len(edges))]
        for chunk in line:
            col = min(range(len(edges)), key=lambda i: abs(edges[i] - chunk[0]["x0"]))
            box = (chunk[0]["x0"], min(w["top"] for w in chunk), chunk[-1]["x1"],
                   max(w["bottom"] for w in chunk))
            row[col] = Cell(" ".join(w["text"] for w in chunk), page=page_number, bbox=_round(box),
                            row=r, col=col + 1)
        grid.append(row)
    top = min(w["top"] for w in run[0][0])
    bbox = (edges[0], top, max(c[-1]["x1"] for line in run for c in line),
            max(w["bottom"] for c in run[-1] for w in c))
    return top, PendingTable(RawTable(grid).finish()), bbox


def _columns(table: PendingTable) -> list[float]:
    """The left edges of the table's columns (merged cells leave gaps in single rows)."""
    edges = sorted({round(c.bbox[0]) for row in table.run.rows for c in row if c.bbox})
    return [x for i, x in enumerate(edges) if i == 0 or x - edges[i - 1] > 2]


def _mark_continued(pages: list[list[tuple[float, object]]]) -> None:
    """A table that opens a page with the same column edges as the table that closed the page
    before is the rest of that table, header repeated or not."""
    for before, after in zip(pages, pages[1:]):
        if not before or not after:
            continue
        last, first = before[-1][1], after[0][1]
        if isinstance(last, PendingTable) and isinstance(first, PendingTable):
            a, b = _columns(last), _columns(first)
            if a and len(a) == len(b) and all(abs(x - y) < 2 for x, y in zip(a, b)):
                first.run.continued = True


_NEW_BLOCK = re.compile(r"^\s*([-•*]|\d{1,2}[.)]|[a-zA-Z][.)]\s|BAB\b|[A-Z\s]{6,}$)")


def _cut_mid_sentence(text: str) -> bool:
    """Running text (not a heading) that stops without closing its sentence."""
    text = text.rstrip()
    return len(text) > 80 and not text.endswith((".", ":", ";", "!", "?", ")"))


def _join_broken_paragraphs(pages: list[list[tuple[float, object]]]) -> None:
    """A paragraph that a page break cut mid-sentence goes on at the top of the next page."""
    for before, after in zip(pages, pages[1:]):
        if not before or not after:
            continue
        last, first = before[-1][1], after[0][1]
        if isinstance(last, Paragraph) and isinstance(first, Paragraph) and \
                _cut_mid_sentence(last.raw) and not _NEW_BLOCK.match(first.raw):
            last.raw = f"{last.raw} {first.raw}"
            last.__dict__.pop("text", None)
            after.pop(0)


def read_pdf(path: Path, limits: Limits, progress: Progress | None = None) -> Document:
    check_size(path, limits)
    pdf = _open(path)
    with pdf:
        pages = pdf.pages
        check_pages(path, len(pages), limits)
        if not any(page.chars for page in pages):
            raise InputError(f"{path}: the PDF has no text layer (a scanned document?); "
                             "run OCR on it first")
        per_page = []
        for number, page in enumerate(pages, start=1):
            tables = _tables(page, number)
            tables += _unruled_tables(page, number, [box for _, _, box in tables])
            boxes = [box for _, _, box in tables]
            lines = [l for l in page.extract_text_lines() if not _inside(l, boxes)]
            per_page.append((page.height, lines, tables))
            if progress:
                progress(number, len(pages))
    running = _running_lines([(h, lines) for h, lines, _ in per_page])
    pages_items = []
    for number, (height, lines, tables) in enumerate(per_page, start=1):
        body = [l for l in lines if not (_in_margin(l, height) and
                                         (_shape(l["text"]) in running or _FURNITURE.match(l["text"])))]
        items = _paragraphs(body, number) + [(top, table) for top, table, _ in tables]
        pages_items.append(sorted(items, key=lambda pair: pair[0]))
    _mark_continued(pages_items)
    _join_broken_paragraphs(pages_items)
    blocks = [item for items in pages_items for _, item in items]
    return Document(source=str(path), blocks=assemble(blocks), kind="pdf")
