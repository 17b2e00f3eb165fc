"""Sibling totals: the total rows of tables that count or spend the same thing. A caption is read
as "<subject> menurut/per <breakdown>"; its subject names the measure (pegawai, pemilih, anggaran),
the scope (PNS, ASN, one bidang, a fund source), the stage (pagu awal vs revisi, DPS vs DPT) and
the date. Each figure column of a total row then says which figure of that measure it holds: the
whole or one sex of a count, the pagu or the realisasi of money. Words the vocabulary does not
know are kept as a residue: a residue makes two subjects uncertain siblings, never equal ones.
The vocabulary is ``data/siblings.yaml``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..data import derived, load
from ..documents.model import Document, Row, Table
from ..documents.numbers import Figure
from .columns import is_additive
from .view import TableView, is_total_row, load as _load, norm, row_label, split_rows, vocabulary

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_WORD = re.compile(r"[a-z][a-z0-9]*")
_CONNECTORS = {"dan", "di", "serta", "dari", "pada", "untuk", "atas"}


@derived
def words() -> dict:
    return load("siblings")


@derived
def _phrases() -> list[tuple[str, str, str]]:
    """(phrase, type, value), the longest first: measure nouns, scopes, stages, scales, filler."""
    data = words()
    out: list[tuple[str, str, str]] = []
    for name, spec in data["measures"].items():
        out += [(n, "measure", name) for n in spec["nouns"]]
    for kind in ("scopes", "stages", "scales"):
        for name, phrases in data[kind].items():
            out += [(p, kind[:-1], name) for p in phrases]
    out += [(m, "month", m) for m in data["months"]]
    out += [(f, "filler", f) for f in data["filler"]]
    return sorted(out, key=lambda p: (-len(p[0]), p[0]))


def _pattern(phrase: str) -> re.Pattern:
    return _compiled(phrase)


@cache
def _compiled(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<![\w+]){re.escape(phrase)}(?![\w+])")


@dataclass
class Reading:
    """What a piece of text (a caption's subject, a header, a total label) says."""
    measures: set[str] = field(default_factory=set)
    scopes: set[str] = field(default_factory=set)
    stages: set[str] = field(default_factory=set)
    scales: set[str] = field(default_factory=set)
    months: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    residue: list[str] = field(default_factory=list)
    matched: dict[str, list[str]] = field(default_factory=dict)   # type -> phrases found


def read(text: str, extra: dict[str, list[str]] | None = None, title: "Title | None" = None
         ) -> Reading:
    """Match the vocabulary in ``text`` (longest phrase first, each span once); ``extra`` adds
    phrases of other types (a header's parts and wholes)."""
    text = norm(text).replace("‐", "-")
    reading = Reading(years={int(y) for y in _YEAR.findall(text)})
    text = _YEAR.sub(" ", text)
    phrases = [(p, kind, p) for kind, items in (extra or {}).items() for p in items]
    phrases += [p for p in _phrases() if p[1] != "filler"]
    phrases.sort(key=lambda p: -len(p[0]))          # stable: a header's own words win ties
    phrases += [p for p in _phrases() if p[1] == "filler"]
    meanings: dict[str, list[tuple[str, str]]] = {}
    for phrase, kind, value in phrases:             # "ASN" is a measure and a scope at once
        meanings.setdefault(phrase, []).append((kind, value))
    for phrase, entries in meanings.items():
        pattern = _pattern(phrase)
        if not pattern.search(text):
            continue
        text = pattern.sub(" ", text)
        if title is not None and title.names(phrase) and \
                all(kind in ("scope", "filler") for kind, _ in entries):
            continue                                # the agency's own name: no narrower scope
        if entries[0][0] in ("male", "female", "whole", "pagu", "realisasi", "target"):
            entries = entries[:1]                   # a header's own word means that only
        for kind, value in entries:
            reading.matched.setdefault(kind, []).append(phrase)
            if kind == "measure":
                reading.measures.add(value)
            elif kind == "scope":
                reading.scopes.add(value)
            elif kind == "stage":
                reading.stages.add(value)
            elif kind == "scale":
                reading.scales.add(value)
            elif kind == "month":
                reading.months.add(value)
    residue = [w for w in _WORD.findall(text) if not w.isdigit()]
    if title is not None:
        residue = [w for w in residue if not title.names(w)]
    # "a", "b" (group letters), roman numerals and single letters say nothing
    reading.residue = [w for w in residue if len(w) > 1 and not re.fullmatch(r"[ivxlc]+", w)]
    return reading


class Title:
    """The agency's name as the title page prints it: words a caption may repeat ("Pegawai BPS
    Kabupaten Batu Ranggi") without narrowing what it counts."""

    def __init__(self, document: Document, first: int = 10):
        self.words: set[str] = set()
        self.acronyms: set[str] = set()
        ends = tuple(words()["title_ends"])
        for block in document.blocks[:first]:
            if isinstance(block, Table):
                break
            text = norm(block.text)
            if text.startswith(ends):
                break
            if len(text) > 100 or text.startswith(("jalan", "jl")):
                continue
            tokens = _WORD.findall(_YEAR.sub(" ", text))
            self.words.update(tokens)
            for words_ in (tokens, [t for t in tokens if t not in _CONNECTORS]):
                for i in range(len(words_)):
                    for j in range(i + 2, min(len(words_), i + 7) + 1):
                        self.acronyms.add("".join(t[0] for t in words_[i:j]))

    def names(self, phrase: str) -> bool:
        tokens = _WORD.findall(phrase)
        return bool(tokens) and all(t in self.words or t in self.acronyms for t in tokens)


def subject(caption: str) -> tuple[str, str]:
    """The caption from its last number marker on, split into subject and the rest."""
    text = norm(caption)
    data = words()
    start = 0
    for marker in data["caption_starts"]:
        for found in re.finditer(marker, text):
            start = max(start, found.end())
    text = text[start:].strip(" .:-")
    cut = len(text)
    for marker in data["breakdown_markers"]:
        for found in re.finditer(rf"(?<![\w]){re.escape(marker)}(?![\w])(?!\s*\d)", text):
            cut = min(cut, found.start())
    return text[:cut], text[cut:]


def narrowing(rest: str) -> str:
    """What the breakdown part of a caption adds to its subject: a clause from "yang", "pada",
    "di", "kecuali", "tidak termasuk" … on ("menurut golongan yang mengikuti diklat")."""
    starts = [found.start() for word in words()["narrowing_words"]
              for found in re.finditer(rf"(?<![\w]){re.escape(word)}(?![\w])", rest)]
    return rest[min(starts):] if starts else ""


@dataclass
class Total:
    """One figure of a total (or scoped subtotal) row, with what it measures."""
    table: Table
    view: TableView
    row: Row
    col: int
    measure: str
    kind: str                      # count | money
    part: str                      # all | male | female | pagu | realisasi
    scope: frozenset[str]
    stage: frozenset[str]
    scale: frozenset[str]
    year: int | None               # stated year, None when unstated
    month: str | None
    figure: Figure
    residue: tuple[str, ...]       # words of the subject no vocabulary explains
    subject: str                   # the caption's subject, for messages

    @property
    def location(self):
        return self.view.location(self.row, self.col)

    @property
    def label(self) -> str:
        return self.table.name.split()[0]


@dataclass
class Candidate:
    """A table whose caption names a measure but whose totals could not be read."""
    table: Table
    measure: str
    reason: str


def _column_extra() -> dict[str, list[str]]:
    spec = vocabulary()["parts_whole"][0]
    data = words()
    return {"male": spec["parts"]["male"], "female": spec["parts"]["female"],
            "whole": data["count_whole"], "pagu": data["money_columns"]["pagu"],
            "realisasi": data["money_columns"]["realisasi"],
            "target": data["money_columns"]["target"]}


def _part(header: Reading, kind: str, measure: str) -> str | None:
    found = set(header.matched) & {"male", "female", "whole", "pagu", "realisasi", "target"}
    if kind == "money":
        if "target" in found:                   # an income target is its pagu; a spending one is not
            found = (found - {"target"}) | ({"pagu"} if measure == "pendapatan" else {"target"})
        roles = found & {"pagu", "realisasi", "target"}
        role = roles.pop() if len(roles) == 1 else None
        return role if role in ("pagu", "realisasi") else None
    if found & {"pagu", "realisasi", "target"}:
        return None
    sexes = found & {"male", "female"}
    if len(sexes) == 1:
        return "male" if "male" in sexes else "female"
    if sexes:
        return None
    if "whole" in found or header.measures:
        return "all"
    return None


def totals(document: Document, views: list[TableView], year: int | None
           ) -> tuple[list[Total], list[Candidate]]:
    title = Title(document)
    by_table = {v.table.index: v for v in views}
    out: list[Total] = []
    unread: list[Candidate] = []
    for table in document.tables:
        view = by_table.get(table.index) or TableView(table, "totals")
        found, reason, measure = _table_totals(table, view, title)
        out += found
        if not found and measure and reason:
            unread.append(Candidate(table, measure, reason))
    return out, unread


def _table_totals(table: Table, view: TableView, title: Title
                  ) -> tuple[list[Total], str, str | None]:
    if not table.caption:
        return [], "", None
    head, rest = subject(table.caption)
    caption = read(head, title=title)
    narrow = read(narrowing(rest), title=title)
    caption.scopes |= narrow.scopes
    caption.stages |= narrow.stages
    caption.residue += narrow.residue
    whole_caption = read(table.caption, title=title)
    if len(caption.measures) != 1:
        return [], "", None
    measure = next(iter(caption.measures))
    kind = words()["measures"][measure]["kind"]
    split = split_rows(table.rows)
    rows: list[tuple[Row, Reading]] = []
    if split.total is not None:
        rows.append((split.total, read(_row_text(split.total), title=title)))
    for sub, _members in split.subtotals:
        label = read(_row_text(sub), title=title)
        if label.scopes and not label.residue:        # "Sub Jumlah ASN": a scoped total
            rows.append((sub, label))
    if not rows:
        return [], "", measure
    if len(whole_caption.years) > 1 and len(caption.years) != 1:
        caption_year = None
        years_unclear = True
    else:
        years = caption.years or whole_caption.years
        caption_year = next(iter(years)) if len(years) == 1 else None
        years_unclear = len(years) > 1
    months = caption.months or whole_caption.months
    out: list[Total] = []
    extra = _column_extra()
    body = split.body
    picked: dict[tuple, list[Total]] = {}
    below = _sub_header(table, body, extra)
    if below is not None:
        body = body[1:]
    for col in range(1, table.width):
        label = table.columns[col] + (f" {below.text(col)}" if below is not None else "")
        header = read(label, extra=extra, title=title)
        if header.residue or (header.measures and header.measures != {measure}):
            continue
        part = _part(header, kind, measure)
        if part is None:
            continue
        if not is_additive(table, col, body):
            continue
        col_year = next(iter(header.years)) if len(header.years) == 1 else None
        if len(header.years) > 1 or (col_year is None and years_unclear):
            continue
        for row, label in rows:
            if col >= len(row.cells) or row.cells[col].figure is None:
                continue
            if (label.measures and label.measures != {measure}) or label.residue:
                continue
            total = Total(
                table, view, row, col, measure, kind, part,
                frozenset((header.scopes or caption.scopes) | label.scopes),
                frozenset(caption.stages | whole_caption.stages | header.stages),
                frozenset(caption.scales | whole_caption.scales | header.scales),
                col_year or caption_year, next(iter(months)) if len(months) == 1 else None,
                row.cells[col].figure, tuple(sorted(set(caption.residue))), head.strip())
            picked.setdefault((id(row), part, total.scope, total.stage, total.year), []).append(total)
    for same in picked.values():
        if len(same) == 1:            # two columns claim the same figure: neither is sure
            out.extend(same)
    reason = "" if out else "no total column says which figure it holds"
    return out, reason, measure


def _sub_header(table: Table, body: list[Row], extra: dict) -> Row | None:
    """A first body row without figures whose cells are all L / P / Jumlah: the lowest header
    row, which a Markdown table cannot mark as one."""
    if not body or any(c.figure is not None for c in body[0].cells):
        return None
    texts = [c.text for c in body[0].cells if c.text]
    known = {w for kind in ("male", "female", "whole") for w in extra[kind]}
    if texts and all(norm(t) in known for t in texts):
        return body[0]
    return None


def _row_text(row: Row) -> str:
    texts = [c.text for c in row.cells[:2] if c.text and c.figure is None]
    text = norm(" ".join(texts))
    for word in sorted(_load("columns")["subtotal_labels"] + vocabulary()["total_labels"],
                       key=len, reverse=True):
        text = re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", " ", text)
    return text


def status_rows(table: Table) -> list[Row]:
    """Body rows of a staff table that name an employment status (PPPK, PPNPN, honorer)."""
    statuses = words()["status_rows"]
    out = []
    for row in split_rows(table.rows).body:
        label = norm(" ".join(c.text for c in row.cells[:2] if c.text and c.figure is None))
        if any(_pattern(s).search(label) for s in statuses):
            out.append(row)
    return out


__all__ = ["Total", "Candidate", "totals", "status_rows", "read", "subject", "Title",
           "is_total_row", "row_label"]
