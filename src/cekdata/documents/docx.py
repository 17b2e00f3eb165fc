"""Reader for Word drafts (.docx) with python-docx: paragraphs and tables in body order, headings
kept as section markers, merged cells expanded (a vertically merged sasaran cell applies to each
of its rows; a header label spanning several columns labels each), nested tables read as tables
of their own. Every cell keeps its table row and column, every paragraph its number."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .assemble import PendingTable, RawTable, assemble
from .limits import Limits, check_table_cells, check_zip
from .model import Cell, Document, Paragraph

_HEADING_STYLES = ("heading", "judul", "title")
MAX_SPAN = 1000     # columns one cell may span; Word itself stops at 63


class _Malformed(ValueError):
    """A table attribute no word processor writes; the reader names the file."""


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn
    return qn(tag)


def _lines_of(element) -> list[str]:
    """The visible paragraphs of a paragraph or cell, nested tables left out."""
    parts = []
    for paragraph in element.iter(_qn("w:p")):
        if _inside_nested_table(paragraph, element):
            continue
        parts.append("".join(t.text or "" for t in paragraph.iter(_qn("w:t"))))
    return [p.strip() for p in parts if p.strip()]


def _text_of(element) -> str:
    return " ".join(_lines_of(element))


def _stacked(row: list[Cell], lines: list[list[str]]) -> list[list[Cell]]:
    """One Word row whose cells list several indicators as paragraphs, one per line, with the
    same number of lines in each listing cell and figures among them: one row per line."""
    counts = {len(cell_lines) for cell_lines in lines if len(cell_lines) > 1}
    if len(counts) != 1 or sum(len(cell_lines) > 1 for cell_lines in lines) < 2:
        return [row]
    n = counts.pop()
    if not any(Cell(line).figure for cell_lines in lines if len(cell_lines) == n for line in cell_lines):
        return [row]
    return [[Cell(cell_lines[i] if len(cell_lines) == n else cell.raw, row=cell.row, col=cell.col)
             for cell, cell_lines in zip(row, lines)] for i in range(n)]


def _inside_nested_table(node, top) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag == _qn("w:tbl"):
            return True
        parent = parent.getparent()
    return False


def _is_heading(paragraph) -> bool:
    style = paragraph.find(f"{_qn('w:pPr')}/{_qn('w:pStyle')}")
    value = (style.get(_qn("w:val")) or "").lower() if style is not None else ""
    return value.startswith(_HEADING_STYLES)


def _is_header_row(tr, index: int) -> bool:
    marker = tr.find(f"{_qn('w:trPr')}/{_qn('w:tblHeader')}")
    return index == 0 or marker is not None


def _grid(tbl, nested: list, cap: "_Cap") -> list[list[Cell]]:
    """Rows of cells on the table's column grid, merges expanded."""
    rows: list[list[Cell]] = []
    cells = 0
    width = len(tbl.findall(f"{_qn('w:tblGrid')}/{_qn('w:gridCol')}"))
    for r, tr in enumerate(tbl.findall(_qn("w:tr")), start=1):
        row: list[Cell] = []
        lines: list[list[str]] = []
        header = _is_header_row(tr, r - 1)
        for tc in tr.findall(_qn("w:tc")):
            nested += [t for t in tc.iter(_qn("w:tbl")) if t is not tbl and
                       not _inside_nested_table(t, tc)]
            col = len(row)
            span = _grid_span(tc, r, max(width - col, 1) if width else MAX_SPAN)
            cell_lines = _lines_of(tc)
            text = " ".join(cell_lines)
            if _vmerge(tc) == "continue" and len(rows) and col < len(rows[-1]):
                text = rows[-1][col].raw                 # the merged cell's text, on this row too
                cell_lines = [text]
            row.append(Cell(text, row=r, col=col + 1))
            lines.append(cell_lines)
            for extra in range(1, span):
                row.append(Cell(text if header else "", row=r, col=col + 1 + extra))
                lines.append([])
            cap.check(f"{cap.tables + 1} (at its row {r})", cells + len(row))
        rows += [row] if header else _stacked(row, lines)
        cells += len(row)
    cap.tables += 1
    return rows


def _grid_span(tc, row: int, room: int) -> int:
    """The columns a cell spans, at most the grid columns left in its row."""
    span = tc.find(f"{_qn('w:tcPr')}/{_qn('w:gridSpan')}")
    if span is None:
        return 1
    value = span.get(_qn("w:val"))
    try:
        number = int(value or "")
    except ValueError:
        raise _Malformed(f"table row {row}: w:gridSpan {value!r} is not a number")
    if number > MAX_SPAN:
        raise _Malformed(f"table row {row}: w:gridSpan {number} is over {MAX_SPAN} columns")
    return max(1, min(number, room))


def _vmerge(tc) -> str | None:
    merge = tc.find(f"{_qn('w:tcPr')}/{_qn('w:vMerge')}")
    if merge is None:
        return None
    return merge.get(_qn("w:val")) or "continue"


class _Cap:
    """The table-size cap, checked while a table's spans are expanded: a few kilobytes of
    w:gridSpan can otherwise expand to millions of cells."""

    def __init__(self, name: str, limits: Limits):
        self.name, self.limits, self.tables = name, limits, 0

    def check(self, where: str, cells: int) -> None:
        check_table_cells(self.name, where, cells, self.limits)


def _table_blocks(tbl, cap: _Cap, nested_in_cell: bool = False) -> list[PendingTable]:
    nested: list = []
    grid = _grid(tbl, nested, cap)
    run = RawTable(grid)
    run.nested = nested_in_cell
    blocks = [PendingTable(run.finish())] if grid else []
    for inner in nested:
        blocks += _table_blocks(inner, cap, nested_in_cell=True)
    return blocks


def _body_blocks(word, cap: _Cap) -> list:
    blocks: list = []
    for child in word.element.body.iterchildren():
        if child.tag == _qn("w:p"):
            text = _text_of(child)
            if text:
                blocks.append(Paragraph(index=0, raw=text, heading=_is_heading(child)))
        elif child.tag == _qn("w:tbl"):
            blocks += _table_blocks(child, cap)
    return blocks


def read_docx(path: Path, limits: Limits) -> Document:
    check_zip(path, limits)
    try:
        import docx
        word = docx.Document(str(path))
    except Exception as error:   # python-docx raises several kinds for a broken package
        raise InputError(f"{path}: not a readable Word document ({error.__class__.__name__})")
    try:
        blocks = _body_blocks(word, _Cap(str(path), limits))
    except _Malformed as error:
        raise InputError(f"{path}: not a readable Word document ({error})")
    document = Document(source=str(path), blocks=assemble(blocks), kind="docx")
    if not document.blocks:
        raise InputError(f"{path}: the Word document has no text")
    return document
