"""Numbering: a No column (or numbers printed at the start of row names, "1." "2)") that
skips, repeats or goes back (NUM001), and table and figure numbers in captions that do the same
(NUM002). Group rows, total rows, continuation rows and sub-numbering (1.1, a, b) are no part of
a run; numbers may start again at 1 after a group row. A number that merged cells repeat on
each of their rows (a sasaran numbered once for its three indicators) is one number. The
vocabulary is in ``data/numbering.yaml``."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..data import derived, load
from ..documents.model import Paragraph, Row, Table
from ..documents.numbers import fold
from ..documents.structure import is_column_numbering
from ..findings import Location, Severity
from ..recognise.view import is_total_row, leaf
from .context import Context
from .registry import Rule, check_kind

_NUMBER = re.compile(r"^\(?(\d{1,3})\s*[.)]?\)?$")              # "3", "3.", "(3)", "3)"
_SUB = re.compile(r"^\(?\d{1,3}\s*[.)]\s*\d{1,3}\b|^\(?[a-z][.)]?\)?$")  # "1.1", "2.3.", "a", "b)"
_GROUP = re.compile(r"^\(?(?:[A-Z]|[IVX]{1,5})[.)]?\)?$")        # "A.", "II": a group of its own
_NAME_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]\s+(?=[^\d\s])")    # "2. Persentase …", "3) Indeks …"


def vocabulary() -> dict:
    return load("numbering")


def _words(kind: str) -> tuple[str, str]:
    """How the messages name a step that breaks a run, in Indonesian and English."""
    words = vocabulary()["steps"][kind]
    return words["id"], words["en"]


@dataclass
class Item:
    """One numbered row (or caption), or a break (a group row) when ``number`` is None."""
    number: int | None
    location: Location | None = None
    label: str = ""
    key: tuple = ()                 # for captions: the chapter the number is under


@dataclass
class Defect:
    item: Item
    previous: Item
    expected: str
    kind: str
    soft: bool = False              # unsure: a warning, never an error


def _sequence(items: list[Item]) -> list[tuple[Item, bool]]:
    """The numbered items, each with whether a group row stands right before it."""
    out, broke = [], False
    for item in items:
        if item.number is None:
            broke = True
            continue
        out.append((item, broke))
        broke = False
    return out


def _steps_ok(items: list[Item]) -> bool:
    """Enough numbered rows, most of them one more than the row before (or 1 after a group
    row): else the column holds counts or codes, not row numbers."""
    settings = vocabulary()
    sequence = _sequence(items)
    if len(sequence) < settings["min_rows"]:
        return False
    numbers = [item.number for item, _ in sequence]
    good = 0
    for i in range(1, len(sequence)):
        n, broke = numbers[i], sequence[i][1]
        # one more than the row before, 1 after a group row, or on line again after one
        # row out of line (1, 2, 3, 2, 5: the 5 is good)
        good += n == numbers[i - 1] + 1 or (broke and n == 1) or \
            (i >= 2 and n == numbers[i - 2] + 2)
    return good >= settings["min_share_of_steps"] * (len(sequence) - 1)


def _after_group(prev: Item, item: Item, broke: bool) -> bool:
    return broke


def walk(items: list[Item], restart_ok=_after_group) -> list[Defect]:
    """The defects of a numbering run. A row numbered alone out of line ("6, 8, 8, 9": the
    first 8 should be 7) is one defect at that row, not two; two rows swapped are one."""
    settings = vocabulary()
    sequence = _sequence(items)
    defects: list[Defect] = []
    prev: Item | None = None
    i = 0
    while i < len(sequence):
        item, broke = sequence[i]
        nxt = sequence[i + 1][0] if i + 1 < len(sequence) else None
        i += 1
        if prev is None:
            prev = item
            continue
        n, p = item.number, prev.number
        if n == p + 1 or (n == 1 and restart_ok(prev, item, broke)):
            prev = item
            continue
        kind = "repeat" if n == p else "back" if n < p else "skip"
        if nxt is not None and nxt.number == p + 2:          # this row alone is out of line
            defects.append(Defect(item, prev, str(p + 1), kind))
            prev = Item(p + 1, item.location, item.label, item.key)
            continue
        if nxt is not None and n == p + 2 and nxt.number == p + 1:   # two rows swapped
            defects.append(Defect(item, prev, str(p + 1), "order"))
            prev = item
            i += 1
            continue
        soft = (kind == "skip" and n - p - 1 > settings["max_error_gap"]) or n == 1
        defects.append(Defect(item, prev, str(p + 1), kind, soft))
        prev = item
    return defects


# ---------------------------------------------------------------- rows of a table

def _cell_number(text: str) -> int | None:
    match = _NUMBER.match(fold(text).strip())
    return int(match.group(1)) or None if match else None


def continued_tables(document) -> dict[int, Table]:
    """Headerless tables that go on with the table above them, split off where a group row
    ("Sasaran 2: …") stood alone on its line and was read as a caption: same width, only short
    paragraphs between. Table index -> the table whose header they share."""
    donors: dict[int, Table] = {}
    last, between = None, 0
    for block in document.blocks:
        if isinstance(block, Table):
            root = donors.get(last.index, last) if last is not None else None
            if root is not None and root.header_rows and not block.header_rows and \
                    block.width == last.width and between <= 2:
                donors[block.index] = root
            last, between = block, 0
        elif len(block.text) > 160:
            last = None
        else:
            between += 1
    return donors


def chains(document) -> list[list[Table]]:
    """Each table with the headerless tables that continue it."""
    donors = continued_tables(document)
    out: dict[int, list[Table]] = {}
    for table in document.tables:
        root = donors.get(table.index, table)
        out.setdefault(root.index, []).append(table)
    return list(out.values())


def _rows(chain: list[Table]) -> list[Row]:
    return [row for table in chain for row in table.rows]


def _number_column(chain: list[Table]) -> int | None:
    """A column headed "No", else a first column that numbers most rows."""
    root = chain[0]
    headers = set(vocabulary()["number_headers"])
    for col in range(min(2, root.width)):
        labels = {" ".join(row.text(col).lower().split()) for row in root.header_rows} | \
            {leaf(root, col)}
        if labels & headers:
            return col
    firsts = [row.text(0) for row in _rows(chain) if row.text(0)]
    numbered = [t for t in firsts if _cell_number(t) is not None]
    if len(numbered) >= vocabulary()["min_rows"] and len(numbered) * 4 >= len(firsts) * 3:
        return 0
    return None


def _name_column(chain: list[Table], skip: int | None) -> int | None:
    """The first column whose names open with their number ("1. Persentase …")."""
    rows = _rows(chain)
    for col in range(chain[0].width):
        if col == skip:
            continue
        texts = [row.text(col) for row in rows if row.text(col)]
        numbered = [t for t in texts if _NAME_NUMBER.match(t)]
        if len(numbered) >= vocabulary()["min_rows"] and len(numbered) * 2 >= len(texts):
            return col
    return None


def _row_location(table: Table, row: Row, col: int) -> Location:
    cell = row.cells[col] if col < len(row.cells) else None
    text = " | ".join(c.text for c in row.cells if c.text)
    return Location(line=(cell.line if cell else None) or row.line,
                    page=(cell.page if cell else None) or row.page, table=table.name,
                    row=(cell.row if cell else None) or row.number, column=table.columns[col] or None,
                    text=text, bbox=cell.bbox if cell else None, col=cell.col if cell else None)


def _label(row: Row, col: int, before: Row | None) -> str:
    """What names the row: its first text cell, passing over one the row above repeats (a
    merged sasaran cell) when another follows."""
    texts = [(i, c.text) for i, c in enumerate(row.cells)
             if i != col and c.text and c.figure is None]
    if not texts:
        return row.text(col)
    own = [t for i, t in texts if before is None or before.text(i) != t]
    label = (own or [texts[0][1]])[0]
    return _NAME_NUMBER.sub("", label) if _NAME_NUMBER.match(label) else label


def _items(chain: list[Table], col: int, in_name: bool) -> list[Item]:
    items: list[Item] = []
    before: Row | None = None
    for table in chain:
        if items:
            items.append(Item(None))               # the group row the tables were split at
        for row in table.rows:
            text = row.text(col)
            location = _row_location(table, row, col)
            if in_name:
                match = _NAME_NUMBER.match(text)
                number = int(match.group(1)) if match else None
            else:
                number = _cell_number(text)
            if number is not None:
                items.append(Item(number, location, _label(row, col, before)))
                before = row
                continue
            if row.is_empty() or is_column_numbering(row.cells):
                continue                            # "(1) (2) (3)" names the columns
            if text and (_SUB.match(text) and not in_name):
                continue                            # sub-numbering: no part of the run
            if is_total_row(row) or _is_break(row, col, in_name):
                items.append(Item(None, location))  # numbering may start again below
    return items


def _is_break(row: Row, col: int, in_name: bool) -> bool:
    """A group row ("A. Pemilu", "Sasaran Strategis 2", "II"): text only, no figures."""
    if not in_name and _GROUP.match(row.text(col)):
        return True
    values = [c for c in row.cells if c.text]
    return bool(values) and all(c.figure is None for c in values)


def _grouping_column(width: int, rows: list[Row], col: int) -> bool:
    """Numbers that a merged cell repeats: some text column is the same exactly when the
    number is (1, 1, 1, 2, 2 beside sasaran A, A, A, B, B)."""
    pairs = list(zip(rows, rows[1:]))
    if not any(_cell_number(a.text(col)) == _cell_number(b.text(col)) for a, b in pairs):
        return False
    for other in range(width):
        if other == col:
            continue
        if all(bool(a.text(other)) and
               (a.text(other) == b.text(other)) == (_cell_number(a.text(col)) == _cell_number(b.text(col)))
               for a, b in pairs):
            return True
    return False


def _collapse(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for item in items:
        if out and item.number is not None and out[-1].number == item.number:
            continue
        out.append(item)
    return out


def _runs_of_groups(numbers: list[int]) -> bool:
    """1, 1, 2, 2, 3: every number repeated in runs and the distinct numbers consecutive."""
    runs = [n for i, n in enumerate(numbers) if i == 0 or numbers[i - 1] != n]
    repeated = len(numbers) - len(runs)
    return repeated >= 2 and all(b - a == 1 for a, b in zip(runs, runs[1:]))


def chain_defects(chain: list[Table]) -> tuple[list[Defect], int, list[Item]]:
    """(defects, numbered rows read, the numbered items) of a table's numbering columns."""
    defects: list[Defect] = []
    checked = 0
    read: list[Item] = []
    number_col = _number_column(chain)
    for col, in_name in ((number_col, False), (_name_column(chain, number_col), True)):
        if col is None:
            continue
        items = _items(chain, col, in_name)
        numbers = [i.number for i in items if i.number is not None]
        if not in_name:
            rows = [r for r in _rows(chain) if _cell_number(r.text(col)) is not None]
            if _grouping_column(chain[0].width, rows, col) or _runs_of_groups(numbers):
                items = _collapse(items)
                numbers = [i.number for i in items if i.number is not None]
        if not _steps_ok(items):
            continue
        checked += len(numbers)
        read += [i for i in items if i.number is not None]
        defects += walk(items)
    return defects, checked, read


def _finding(rule: Rule, defect: Defect, where: str):
    kind_id, kind_en = _words(defect.kind)
    item, prev = defect.item, defect.previous
    finding = rule.finding(
        {"table": where, "label": item.label[:80], "previous": prev.number, "kind_id": kind_id,
         "kind_en": kind_en},
        [item.location, prev.location], expected=defect.expected, found=str(item.number),
        difference=str(item.number - int(defect.expected)),
        key=f"{where}|{item.label[:60]}|{defect.kind}")
    if defect.soft and finding.severity.rank > Severity.WARNING.rank:
        finding = replace(finding, severity=Severity.WARNING)
    return finding


@check_kind("row_numbering")
def row_numbering(rule: Rule, context: Context):
    """NUM001: a No column or numbered row names that skip, repeat or go back."""
    for chain in chains(context.document):
        defects, checked, read = chain_defects(chain)
        for defect in defects:
            yield _finding(rule, defect, defect.item.location.table or chain[0].name)
        if checked and not defects:
            yield rule.passed(chain[0].name, 1, [read[0].location, read[-1].location],
                              f"{checked} numbered rows")


# ---------------------------------------------------------------- captions

@derived
def _caption_pattern() -> re.Pattern:
    words = vocabulary()["caption_kinds"]
    alternatives = sorted((w for ws in words.values() for w in ws), key=len, reverse=True)
    kinds = "|".join(re.escape(w) for w in alternatives)
    return re.compile(rf"^[\s*_#>]*({kinds})\s+((?:\d{{1,2}}|[IVX]{{1,4}})(?:\s*[.\-]\s*\d{{1,3}})?)"
                      rf"(?=[\s:.]|$)\.?\s*:?\s*(\S*)", re.IGNORECASE)


def _kind_of(word: str) -> str:
    word = word.lower()
    return next(k for k, ws in vocabulary()["caption_kinds"].items() if word in ws)


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _split_number(text: str) -> tuple[int | None, int]:
    parts = re.split(r"\s*[.\-]\s*", text)
    major = int(parts[0]) if parts[0].isdigit() else _roman(parts[0])
    return (major, int(parts[1])) if len(parts) == 2 else (None, major)


def _is_caption(blocks: list, at: int, kind: str, after: str, text: str) -> bool:
    """A caption names its table or figure: a title follows the number, and a table caption
    stands right above its table (a subtitle line between at most). "Tabel 3.2 membandingkan
    …" and "… disajikan pada Tabel 3.7." refer to one."""
    settings = vocabulary()
    if len(text) > 200 or re.search(r"\.{4,}|…{2,}", text):
        return False                                   # a sentence, or a list-of-tables entry
    if any(w in text.lower() for w in settings["continued"]):
        return False
    title = after.strip("\"'*_:(")
    if title.lower().strip(",.") in settings["reference_words"] or \
            (not title and text.rstrip("*_ ").endswith(".")):
        return False                                   # "… disajikan pada Tabel 3.7."
    if kind != "tabel":
        return bool(title) and (title[:1].isupper() or title[:1].isdigit())
    following = blocks[at + 1:at + 3]
    if following and isinstance(following[0], Table):
        return True
    return len(following) == 2 and isinstance(following[1], Table) and \
        len(following[0].text) <= 160 and not _caption_pattern().match(fold(following[0].text))


def caption_items(context: Context) -> dict[tuple, list[Item]]:
    """Caption numbers by (kind, chapter-numbered or not), in reading order."""
    pattern = _caption_pattern()
    blocks = context.document.blocks
    sequences: dict[tuple, list[Item]] = {}
    for at, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            continue
        match = pattern.match(fold(block.text))
        if not match:
            continue
        kind = _kind_of(match.group(1))
        if not _is_caption(blocks, at, kind, match.group(3), block.text):
            continue
        major, minor = _split_number(match.group(2))
        label = f"{match.group(1).capitalize()} {match.group(2)}"
        sequences.setdefault((kind, major is not None), []).append(
            Item(minor, block.location(block.text[:200]), label, (major,)))
    return sequences


def caption_defects(items: list[Item]) -> list[Defect]:
    """Within a chapter the numbers run 1, 2, 3; a new chapter starts again at 1 (a chapter
    without tables or figures is skipped, not missing). A list of tables, or an appendix,
    that starts the numbering again opens a run of its own."""
    defects: list[Defect] = []
    runs: list[list[Item]] = [[]]
    first = items[0].key + (items[0].number,) if items else None
    for item in items:
        if len(runs[-1]) >= 2 and item.key + (item.number,) == first:
            runs.append([])
        runs[-1].append(item)
    for run in runs:
        chapters: list[list[Item]] = []
        for item in run:
            if chapters and chapters[-1][0].key == item.key:
                chapters[-1].append(item)
            else:
                chapters.append([item])
        for i, chapter in enumerate(chapters):
            head = chapter[0]
            if i and head.key[0] is not None and chapters[i - 1][0].key[0] is not None \
                    and head.key[0] < chapters[i - 1][0].key[0]:
                defects.append(Defect(head, chapters[i - 1][-1], "", "back"))
            if head.key[0] is not None and head.number != 1 and i:
                defects.append(Defect(head, chapters[i - 1][-1], f"{head.key[0]}.1", "skip"))
            for defect in walk(chapter, restart_ok=lambda prev, item, broke: False):
                defects.append(replace(defect, expected=_shown(defect.item, defect.expected)))
    return defects


def _shown(item: Item, number: str) -> str:
    return f"{item.key[0]}.{number}" if item.key and item.key[0] is not None else number


@check_kind("caption_numbering")
def caption_numbering(rule: Rule, context: Context):
    """NUM002: "Tabel 3.1, 3.2, 3.2" — caption numbers that skip, repeat or go back."""
    for (kind, _), items in caption_items(context).items():
        defects = caption_defects(items)
        for defect in defects:
            item, prev = defect.item, defect.previous
            kind_id, kind_en = _words(defect.kind)
            yield rule.finding({"label": item.label, "previous": prev.label, "kind_id": kind_id,
                                "kind_en": kind_en, "table": kind},
                               [item.location, prev.location], expected=defect.expected or "",
                               found=item.label, key=f"{kind}|{item.label}|{defect.kind}")
        if len(items) >= 2 and not defects:
            yield rule.passed(f"{kind} captions", 1, [items[0].location, items[-1].location],
                              f"{items[0].label} … {items[-1].label}")
