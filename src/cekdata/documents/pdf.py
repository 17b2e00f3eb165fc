"""Reader for published reports (.pdf) with pdfplumber: ruled tables per page, tables printed
without rules (columns found from the white space their rows share, header rows kept apart by
the rule under them or by holding no figures), the text around them grouped into paragraphs,
running headers and footers (the agency's name, "Halaman 3") dropped, and tables that a page
break split joined again by the shared assembly. Every cell and paragraph keeps its page and
bounding box (x0, top, x1, bottom in points from the top left)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from statistics import median
from typing import Callable

from ..errors import InputError
from .assemble import PendingTable, RawTable, assemble
from .limits import Limits, check_pages, check_pdf_streams, check_size
from .model import Cell, Document, Paragraph
from .structure import is_column_numbering, is_group_label, split_header

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


# ---------------------------------------------------------------- tables printed without rules
# Distances are in font heights (the median height of a line's words), so they scale with the type.
CHUNK_GAP = 1.0   # white space wider than this between two words of a line may be a column gap
MIN_GUTTER = 0.5  # a gutter (white space shared by the table's rows) is at least this wide
TIGHT = 1.0       # a lone line (a wrapped cell, a group label) sits this close to the line above
LOOSE = 2.5       # rows of one table are never further apart than this
SAME_TYPE = 1.15  # a lone line set in type this much larger than the table's is running text
MIN_ROWS = 3      # lines that break into columns before they are read as a table (2 over a rule)
MAX_HEAD = 5      # lines above the rule under a table's header
_NOTE = re.compile(r"^\s*(sumber|catatan|keterangan|ket\.|source|notes?)\b[^:]{0,20}:", re.IGNORECASE)


def _split(words: list[dict], cut: Callable[[dict, dict], bool]) -> list[list[dict]]:
    pieces = [[words[0]]]
    for word in words[1:]:
        if cut(pieces[-1][-1], word):
            pieces.append([word])
        else:
            pieces[-1].append(word)
    return pieces


class _Line:
    """The words of one printed line, left to right, and the chunks its wide gaps make."""

    def __init__(self, words: list[dict]):
        self.words = words
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        self.x0, self.x1 = words[0]["x0"], max(w["x1"] for w in words)
        self.height = median(w["bottom"] - w["top"] for w in words)
        self.chunks = _split(words, lambda a, b: b["x0"] - a["x1"] > CHUNK_GAP * self.height)

    @property
    def columnar(self) -> bool:
        return len(self.chunks) >= 2

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def _word_lines(page, boxes: list) -> list[_Line]:
    words = [w for w in page.extract_words(keep_blank_chars=False) if not _inside(w, boxes)]
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [_Line(sorted(line, key=lambda w: w["x0"])) for line in lines]


def _runs(lines: list[_Line]) -> list[tuple[list[_Line], list[_Line]]]:
    """Stretches of lines that may be tables: lines that break into columns, with the lone
    lines close between them, and the lone lines close after the last (wrapped cells)."""
    runs, run, lone = [], [], []
    for line in lines:
        before = (lone or run)[-1] if run else None
        gap = line.top - before.bottom if before else 0.0
        height = max(line.height, before.height) if before else line.height
        if line.columnar:
            if run and gap <= LOOSE * height:
                run += lone + [line]
            else:
                if run:
                    runs.append((run, lone))
                run = [line]
            lone = []
        elif run and gap <= TIGHT * height:
            lone.append(line)
        else:
            if run:
                runs.append((run, lone))
            run, lone = [], []
    if run:
        runs.append((run, lone))
    return runs


def _gutters(lines: list[_Line]) -> list[tuple[float, float]]:
    """White space every line leaves at the same place, between the left and right edges of
    their words: where right-aligned figures and left-aligned text alike stop and start."""
    step = 0.25
    left, right = min(l.x0 for l in lines), max(l.x1 for l in lines)
    cover = [False] * (int((right - left) / step) + 2)
    for word in (w for line in lines for w in line.words):
        for i in range(int((word["x0"] - left) / step), int((word["x1"] - left) / step) + 1):
            cover[i] = True
    wide = MIN_GUTTER * median(l.height for l in lines)
    gutters, start = [], None
    for i, covered in enumerate(cover):
        if not covered and start is None:
            start = i
        elif covered and start is not None:
            if (i - start) * step >= wide:
                gutters.append((left + start * step, left + i * step))
            start = None
    return gutters


def _header_rule(run: list[_Line], rules: list[tuple[float, float, float]]) -> int | None:
    """How many lines sit above a rule drawn across the table under its first lines."""
    left, right = min(l.x0 for l in run), max(l.x1 for l in run)
    for i, (above, below) in enumerate(zip(run, run[1:MAX_HEAD + 1]), start=1):
        for x0, x1, y in rules:
            if above.bottom - 1 <= y <= below.top + 1 and \
                    min(x1, right) - max(x0, left) >= 0.5 * (right - left):
                return i
    return None


def _pieces(line: _Line, gutters: list[tuple[float, float]]) -> list[list[dict]]:
    """A line's words cut into cells: at wide gaps, and at narrower ones over a gutter."""
    def cut(a: dict, b: dict) -> bool:
        gap = b["x0"] - a["x1"]
        if gap > CHUNK_GAP * line.height:
            return True
        if gap < MIN_GUTTER * line.height:
            return False
        return any(a["x1"] <= (g0 + g1) / 2 <= b["x0"] or
                   min(g1, b["x0"]) - max(g0, a["x1"]) >= (g1 - g0) / 2 for g0, g1 in gutters)
    return _split(line.words, cut)


def _column_of(x0: float, x1: float, bounds: list[float]) -> int:
    """The column a piece overlaps most (columns meet halfway across each gutter)."""
    edges = [float("-inf")] + bounds + [float("inf")]
    return max(range(len(edges) - 1), key=lambda i: min(x1, edges[i + 1]) - max(x0, edges[i]))


def _fits(line: _Line, bounds: list[float]) -> bool:
    """Does the line stay inside one column (a wrapped cell)?"""
    return _column_of(line.x0, line.x0, bounds) == _column_of(line.x1, line.x1, bounds)


class _UnruledTable(PendingTable):
    def __init__(self, run: RawTable, gutters: list[tuple[float, float]], head: int):
        super().__init__(run)
        self.gutters, self.head = gutters, head


def _unruled_tables(page, page_number: int, boxes: list) -> list[tuple[float, PendingTable, tuple]]:
    """Runs of lines that break into columns at white space shared by every row (gutters,
    found from the left and right edges of the words, so right-aligned figures stay in their
    column): tables printed without rules. Wrapped cells and group labels between the rows
    join the table; captions, notes and running text around it do not."""
    rules = [(e["x0"], e["x1"], e["top"]) for e in page.horizontal_edges if e["x1"] - e["x0"] > 20]
    found = []
    for run, after in _runs(_word_lines(page, boxes)):
        found += _read_run(run, after, rules, page_number)
    return found


def _read_run(run: list[_Line], after: list[_Line], rules: list, page_number: int) -> list:
    """The table a run of lines holds, if any (a run cut by a line that does not belong to
    it gives the tables above and below that line)."""
    if not run:
        return []
    type_size = median(l.height for l in run)
    while run and run[0].height > SAME_TYPE * type_size:       # running text set larger
        run = run[1:]
    while run and run[-1].height > SAME_TYPE * type_size:
        run, after = run[:-1], []
    columnar = [l for l in run if l.columnar]
    if len(columnar) < 2:
        return []
    ruled_head = _header_rule(run, rules)
    head = ruled_head if ruled_head is not None else \
        split_header([[Cell(" ".join(w["text"] for w in c)) for c in l.chunks] for l in run])
    body = [l for l in run[head:] if l.columnar]
    gutters = _gutters(body or columnar)
    labels = [l for l in run[:head] if not is_column_numbering([Cell(w["text"]) for w in l.words])]
    if labels:      # a column's own label never bridges a gutter: that white is inside a column
        gutters = [(g0, g1) for g0, g1 in gutters
                   if not any(w["x0"] < g0 and w["x1"] > g1 for w in labels[-1].words)]
    if not gutters:
        return []
    bounds = [(g0 + g1) / 2 for g0, g1 in gutters]
    left = min(l.x0 for l in body or columnar)
    for i, line in enumerate(run):
        if line.columnar:
            continue
        group_label = abs(line.x0 - left) <= MIN_GUTTER * line.height
        if line.height > SAME_TYPE * type_size or not (_fits(line, bounds) or group_label):
            return _read_run(run[:i], [], rules, page_number) + \
                _read_run(run[i + 1:], after, rules, page_number)
    for line in after:
        if line.height > SAME_TYPE * type_size or _NOTE.match(line.text) or not _fits(line, bounds):
            break
        run = run + [line]
    if len(columnar) < MIN_ROWS and not (ruled_head and len(columnar) > ruled_head):
        return []
    grid: list[list[Cell]] = []
    header_rows = 0
    for i, line in enumerate(run):
        row = _row(line, len(grid) + 1, gutters, bounds, page_number)
        if grid and not line.columnar and i != head and _wraps(grid[-1], row):
            for above, cell in zip(grid[-1], row):
                if cell.text:
                    above.extend(cell)
                    above.bbox = _round((min(above.bbox[0], cell.bbox[0]), above.bbox[1],
                                         max(above.bbox[2], cell.bbox[2]), cell.bbox[3]))
        else:
            grid.append(row)
        if i < head:
            header_rows = len(grid)
    head = header_rows if ruled_head is not None else split_header(grid)
    if _is_list(grid[head:]):
        return []
    _spread_header_labels(grid[:head], [min(l.x0 for l in run)] + bounds + [max(l.x1 for l in run)])
    words = [w for line in run for w in line.words]
    bbox = (min(w["x0"] for w in words), run[0].top, max(w["x1"] for w in words), run[-1].bottom)
    table = RawTable(grid, head=head if ruled_head is not None else None).finish()
    return [(run[0].top, _UnruledTable(table, gutters, head), bbox)]


_LIST_MARK = re.compile(r"^([-–•*▪●○]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])$")


def _is_list(rows: list[list[Cell]]) -> bool:
    """Items of a list (a marker, then its text hanging at an indent) are no table."""
    marks = [row[0].text for row in rows if row[0].text]
    return bool(rows) and len(rows[0]) == 2 and bool(marks) and all(_LIST_MARK.match(m) for m in marks) and \
        not any(row[1].figure is not None for row in rows)


def _row(line: _Line, r: int, gutters: list, bounds: list[float], page_number: int) -> list[Cell]:
    cells: list[list[dict]] = [[] for _ in range(len(bounds) + 1)]
    for piece in _pieces(line, gutters):
        cells[_column_of(piece[0]["x0"], max(w["x1"] for w in piece), bounds)] += piece
    row = []
    for c, words in enumerate(cells, start=1):
        if not words:
            row.append(Cell("", page=page_number, row=r, col=c))
            continue
        box = (words[0]["x0"], min(w["top"] for w in words), max(w["x1"] for w in words),
               max(w["bottom"] for w in words))
        row.append(Cell(" ".join(w["text"] for w in words), page=page_number, bbox=_round(box),
                        row=r, col=c))
    return row


def _wraps(above: list[Cell], row: list[Cell]) -> bool:
    """Is a lone line the wrapped end of the text in the cell above it ("Belum" over
    "dilakukan penilaian"), not a row of its own?"""
    cells = [c for c in row if c.text]
    if len(cells) != 1:
        return False
    cell = cells[0]
    over = above[cell.col - 1]
    return bool(over.text) and over.figure is None and cell.figure is None and \
        not is_group_label(cell.text)


def _spread_header_labels(header: list[list[Cell]], edges: list[float]) -> None:
    """A header label centred over the sub-headers of several columns (Realisasi over 2021 |
    2022 | 2023) labels each of them, as a merged header cell does in the other readers."""
    def centre(first: int, last: int) -> float:
        return (edges[first] + edges[last + 1]) / 2

    for upper, lower in zip(header, header[1:]):
        if is_column_numbering(lower):
            continue
        free = [not upper[c].text and bool(lower[c].text) for c in range(len(upper))]
        for a, cell in enumerate(upper):
            if not cell.text or not cell.bbox or not lower[a].text:
                continue
            first = last = a
            while first > 0 and free[first - 1]:
                first -= 1
            while last < len(upper) - 1 and free[last + 1]:
                last += 1
            label = (cell.bbox[0] + cell.bbox[2]) / 2
            spans = [(f, l) for f in range(first, a + 1) for l in range(a, last + 1)]
            f, l = min(spans, key=lambda s: (abs(centre(*s) - label), s[1] - s[0]))
            for c in range(f, l + 1):
                if c != a:
                    upper[c] = Cell(cell.raw, page=cell.page, bbox=cell.bbox, row=cell.row, col=c + 1)
                    free[c] = False


def _columns(table: PendingTable) -> list[float]:
    """The left edges of the table's columns (merged cells leave gaps in single rows)."""
    edges = sorted({round(c.bbox[0]) for row in table.run.rows for c in row if c.bbox})
    return [x for i, x in enumerate(edges) if i == 0 or x - edges[i - 1] > 2]


def _same_columns(last: PendingTable, first: PendingTable) -> bool:
    if isinstance(last, _UnruledTable) or isinstance(first, _UnruledTable):
        return isinstance(last, _UnruledTable) and isinstance(first, _UnruledTable) and \
            first.head == 0 and _same_gutters(last, first)
    a, b = _columns(last), _columns(first)
    return bool(a) and len(a) == len(b) and all(abs(x - y) < 2 for x, y in zip(a, b))


def _same_gutters(last: _UnruledTable, first: _UnruledTable) -> bool:
    """Do two unruled tables share their gutters? A column left empty on one page (a sparse
    Keterangan) drops a gutter there: the part with fewer columns is then read again on the
    columns of the other, so the rows of both line up."""
    fewer, more = sorted((last, first), key=lambda t: len(t.gutters))
    if len(more.gutters) - len(fewer.gutters) > 1:
        return False
    i = 0
    for g0, g1 in fewer.gutters:
        while i < len(more.gutters) and not min(g1, more.gutters[i][1]) > max(g0, more.gutters[i][0]):
            i += 1
        if i == len(more.gutters):
            return False
        i += 1
    if len(fewer.gutters) < len(more.gutters):
        _recolumn(fewer, more.gutters)
    return True


def _recolumn(table: _UnruledTable, gutters: list[tuple[float, float]]) -> None:
    """Put every cell of the table in the column of ``gutters`` it stands in."""
    bounds = [(g0 + g1) / 2 for g0, g1 in gutters]
    rows = []
    for row in table.run.rows:
        cells = [Cell("", page=row[0].page, row=row[0].row, col=c) for c in range(1, len(bounds) + 2)]
        placed = set()
        for cell in row:
            if cell.text and cell.bbox and (cell.raw, cell.bbox) not in placed:
                placed.add((cell.raw, cell.bbox))   # a spread header label goes back to one column
                c = _column_of(cell.bbox[0], cell.bbox[2], bounds)
                if cells[c].text:
                    cells[c].extend(cell)
                else:
                    cells[c] = Cell(cell.raw, page=cell.page, bbox=cell.bbox, row=cell.row, col=c + 1)
        rows.append(cells)
    table.run.rows, table.gutters = rows, gutters


def _mark_continued(pages: list[list[tuple[float, object]]]) -> None:
    """A table that opens a page with the same column edges as the table that closed the page
    before is the rest of that table, header repeated or not."""
    for before, after in zip(pages, pages[1:]):
        if not before or not after:
            continue
        last, first = before[-1][1], after[0][1]
        if isinstance(last, PendingTable) and isinstance(first, PendingTable) and \
                _same_columns(last, first):
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


def _grid_cells(page) -> int:
    """About how many cells the page's rules enclose: rows of horizontal rules times columns
    of vertical ones (a table drawn cell by cell repeats each rule, so positions are counted)."""
    rows = {round(edge["top"]) for edge in page.horizontal_edges}
    columns = {round(edge["x0"]) for edge in page.vertical_edges}
    return len(rows) * len(columns)


def _read_page(page, number: int, limits: Limits, path: Path) -> tuple[float, list[dict], list]:
    """One page's tables and the text lines outside them. The ruled-table finder runs only on a
    page that draws lines or boxes: without them it finds nothing, at the cost of a full pass.
    Its time grows faster than the cells of a grid, so a grid past the cap is refused."""
    tables = []
    if page.edges:
        cells = _grid_cells(page)
        if cells > limits.max_grid_cells:
            raise InputError(f"{path}: page {number} rules a grid of about {cells} cells, over the "
                             f"{limits.max_grid_cells}-cell limit (raise it with --max-grid-cells)")
        tables = _tables(page, number)
    tables += _unruled_tables(page, number, [box for _, _, box in tables])
    boxes = [box for _, _, box in tables]
    # Lines without their characters: every page's characters kept would grow memory per page.
    lines = [l for l in page.extract_text_lines(return_chars=False) if not _inside(l, boxes)]
    return page.height, lines, tables


def read_pdf(path: Path, limits: Limits, progress: Progress | None = None) -> Document:
    check_size(path, limits)
    check_pdf_streams(path, limits)
    pdf = _open(path)
    with pdf:
        pages = pdf.pages
        check_pages(path, len(pages), limits)
        per_page, has_text = [], False
        for number, page in enumerate(pages, start=1):
            has_text = has_text or bool(page.chars)
            per_page.append(_read_page(page, number, limits, path))
            page.close()            # drop the page's parsed objects: memory stays flat per page
            if progress:
                progress(number, len(pages))
    if not has_text:
        raise InputError(f"{path}: the PDF has no text layer (a scanned document?); "
                         "run OCR on it first")
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
