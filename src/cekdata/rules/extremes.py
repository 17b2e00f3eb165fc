"""Extremum claims (issue 11): a sentence that names a row of the table it describes as the
highest or lowest ("Kecamatan dengan TPS terbanyak adalah X", "nilai terendah pada unsur Y
(83,96)") is held against that table's body rows; a figure it quotes beside the name must be that
row's own.

The table is the one just before or after the sentence in its section, or one it names ("Tabel
3.5"). The row is a row name of that table found in the sentence (rapidfuzz for small spelling
differences), the one nearest the extremum word within its clause. The column is the one holding
the quoted figure, else the one whose header the sentence's words name, else the table's single
additive or total column (only for a table right beside the sentence); anything else is listed
as "stated, not checked". Qualified extremes ("terbesar di antara output teknis", "terbesar
kedua") are not checked either. Vocabulary: ``extremes`` in data/claims.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz

from ..data import load
from ..documents.model import Row, Table
from ..documents.numbers import format_like
from ..recognise.columns import column_type, is_additive
from ..recognise.generic import numeric_columns
from ..recognise.view import norm, split_rows, phrase_spans as _find
from .context import Context
from .passages import (Around, Mention, Sentence, all_sentences, cell_location, not_checked_at,
                       tables_around)
from .registry import Rule, check_kind

_ENUMERATOR = re.compile(r"^(?:[A-Za-z]{0,3}\d+(?:\.\d+)*[.)]?|[a-zA-Z][.)]|[ivxIVX]+[.)])\s+")
_WORD = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")
_SCOPE = re.compile(r"\b(?:pada|dalam|di|untuk|dari)\s+((?:[\w/-]+\s+){1,2})(?:ini|tersebut)\b")


def _vocab() -> dict:
    return load("claims")["extremes"]


def _words(text: str) -> list[str]:
    return _WORD.findall(norm(text))


# --- the claims a sentence makes -------------------------------------------------------------

@dataclass
class Extreme:
    word: str
    sense: str            # max | min
    start: int
    end: int
    clause: tuple[int, int]
    qualifier: str = ""


def _is_bound(text: str, end: int, gap: int) -> bool:
    """"paling sedikit 30%", "paling banyak 3 (tiga) kali": a number right after is a bound."""
    after = text[end:end + 40].split()
    return any(re.match(r"^\(?\d", w) for w in after[:gap])


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = sorted({s for b in _vocab()["barriers"] for s, _ in _find(text, b)} |
                  {m.start() for m in re.finditer(r";", text)})
    bounds = [0, *cuts, len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def extremes_in(text: str) -> list[Extreme]:
    vocab = _vocab()
    spans = []
    for sense in ("max", "min"):
        for word in vocab[sense]:
            spans += [(s, e, word, sense) for s, e in _find(text, word)]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    found, taken = [], -1
    clauses = _clauses(text)
    for start, end, word, sense in spans:
        bound = word.startswith("paling") and _is_bound(text, end, vocab["bound_gap_words"])
        if start < taken or bound:
            continue
        taken = end
        clause = next(c for c in clauses if c[0] <= start < c[1])
        found.append(Extreme(word, sense, start, end, clause, _qualifier(text, start, end, clause)))
    return found


def _qualifier(text: str, start: int, end: int, clause: tuple[int, int]) -> str:
    """A qualifier in the clause ("di antara output …", "setelah X", "pada program ini"), or an
    ordinal right beside the word ("terbesar kedua", "kedua terbesar")."""
    vocab = _vocab()
    whole = norm(text[clause[0]:clause[1]])
    found = next((q for q in vocab["qualifiers"] if _find(whole, q)), "")
    if found:
        return found
    near = " ".join(norm(text[max(clause[0], start - 30):start]).split()[-2:] +
                    norm(text[end:min(clause[1], end + 30)]).split()[:2])
    found = next((q for q in vocab["ordinals"] if _find(near, q)), "")
    if found:
        return found
    for scope in _SCOPE.finditer(whole):
        if not set(scope.group(1).split()) & set(vocab["scope_exempt"]):
            return scope.group()
    return ""


# --- rows named in a sentence ----------------------------------------------------------------

@dataclass
class Named:
    row: Row
    start: int
    end: int
    score: float


def _label_cells(table: Table, row: Row, first_figure: int) -> list[str]:
    return [c.text for c in row.cells[:first_figure] if c.text and c.figure is None]


def aliases(texts: list[str]) -> set[str]:
    """The ways prose names a row: its name cells, without a leading number ("U7.", "1."),
    without or only its bracketed short name ("(Curanmor)"), without a leading kind word
    ("Kecamatan", "Poli")."""
    prefixes = _vocab()["name_prefixes"]
    found: set[str] = set()
    for text in texts:
        base = _ENUMERATOR.sub("", text.strip()).strip(" .:-")
        forms = {base}
        inner = re.findall(r"\(([^()]{2,40})\)", base)
        outer = re.sub(r"\s*\([^()]*\)\s*", " ", base).strip()
        forms |= {outer, *inner}
        for form in list(forms):
            words = form.split()
            if len(words) >= 2 and words[0].lower() in prefixes:
                forms.add(" ".join(words[1:]))
        found |= {norm(f) for f in forms
                  if len(f.strip()) >= 3 and not re.fullmatch(r"[\d\W]+", f)}
    return found


def mentions(text: str, rows: list[tuple[Row, set[str]]]) -> list[Named]:
    """Rows named in ``text``: whole-word matches, or a close spelling (≥ 90) for names of two
    words or more; where two names overlap the longer wins ("Obat Tradisional" over "Obat")."""
    low = norm(text)
    found: list[Named] = []
    for row, names in rows:
        for name in names:
            hits = [(s, e, 100.0) for s, e in _find(low, name)]
            if not hits and len(name.split()) >= 2 and len(name) >= 8:
                aligned = fuzz.partial_ratio_alignment(name, low, score_cutoff=90)
                if aligned is not None:
                    s, e = _widen(low, aligned.dest_start, aligned.dest_end)
                    if fuzz.ratio(name, low[s:e]) >= 90:
                        hits = [(s, e, aligned.score)]
            found += [Named(row, s, e, score) for s, e, score in hits]
    found.sort(key=lambda n: (-(n.end - n.start), -n.score))
    kept: list[Named] = []
    for named in found:
        if all(named.end <= k.start or named.start >= k.end for k in kept):
            kept.append(named)
    return sorted(kept, key=lambda n: n.start)


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


# --- the table a claim speaks of ---------------------------------------------------------------

@dataclass
class Shape:
    """A table read for extremum claims: its body rows, name cells and figure columns."""
    table: Table
    around: Around
    body: list[Row]
    columns: list[int]
    names: list[tuple[Row, set[str]]]
    code_col: int | None


def shape(around: Around) -> Shape | None:
    table = around.table
    split = split_rows(table.rows)
    body = [r for r in split.body if any(c.figure for c in r.cells)]
    if len(body) < 2:
        return None
    columns = [c for c in numeric_columns(table, body) if column_type(table, c, body) != "year"]
    if not columns:
        return None
    first = min(columns)
    code = _code_column(body, first)
    names = [(r, aliases(_label_cells(table, r, first))) for r in body]
    return Shape(table, around, body, columns, [(r, n) for r, n in names if n], code)


def _level_word(shape: Shape, row: Row) -> str:
    """"Program …", "Kegiatan …", "Sub Kegiatan …": the level a row of a budget table without
    codes names itself by ("" for a row that names none)."""
    label = norm(" ".join(_label_cells(shape.table, row, min(shape.columns))))
    label = _ENUMERATOR.sub("", label)
    return next((w for w in _vocab()["levels"] if label.startswith(w + " ")), "")


_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)+$")


def _code_column(body: list[Row], first: int) -> int | None:
    """A name column that holds budget codes (WA.3170, 1.01.02.2.01) on most rows."""
    for col in range(first):
        texts = [r.text(col) for r in body if r.text(col)]
        if texts and sum(bool(_CODE.match(t)) for t in texts) * 2 > len(texts):
            return col
    return None


def peers(shape: Shape, row: Row) -> list[Row]:
    """Rows on the named row's level: with a code column, rows whose codes have as many parts
    (outputs with outputs, not with their kegiatan); in a table whose rows open with a level
    word (Program, Kegiatan), rows that open with the same one; else every body row."""
    if shape.code_col is not None and row.text(shape.code_col):
        depth = len(row.text(shape.code_col).split("."))
        return [r for r in shape.body if r.text(shape.code_col)
                and len(r.text(shape.code_col).split(".")) == depth]
    levels = {id(r): _level_word(shape, r) for r in shape.body}
    if any(levels.values()):
        return [r for r in shape.body if levels[id(r)] == levels[id(row)]]
    return shape.body


def _value(row: Row, col: int):
    return row.cells[col].figure if col < len(row.cells) else None


def _header_words(shape: Shape, col: int) -> set[str]:
    """A column's own words: its header less the words every figure column shares (a merged
    "Kunjungan" over L | P | Jumlah)."""
    common = set.intersection(*(set(_words(shape.table.columns[c])) for c in shape.columns))
    stop = set(_vocab()["stopwords"])
    return {w for w in _words(shape.table.columns[col]) if w not in common and w not in stop
            and len(w) >= 2 and not w.isdigit()}


def _matches(word: str, words: set[str]) -> bool:
    """The same word, or one of five letters or more that the other begins."""
    return word in words or any(len(word) >= 5 and len(w) >= 5
                                and (w.startswith(word) or word.startswith(w)) for w in words)


SHARE = "%share"          # stands in a clause's words when it speaks of a share


def header_score(shape: Shape, col: int, clause_words: set[str], head: str = "") -> int:
    """How many of the column's own words the clause names; the head of the clause's measure
    phrase ("Persentase usulan terakomodir") counts twice."""
    own = _header_words(shape, col)
    matched = sum(_matches(w, clause_words) for w in own)
    if not matched:
        return 0
    # the head counts twice; a header with words the clause does not name ranks lower; a
    # percentage column only when the clause speaks of a share ("Realisasi terbesar" is an
    # amount, "persentase realisasi terendah" a percentage)
    score = 10 * (matched + (bool(head) and _matches(head, own))) - (len(own) - matched)
    if column_type(shape.table, col, shape.body) == "percent":
        score += 5 if SHARE in clause_words else -8
    return score


# --- the check ----------------------------------------------------------------------------------

@dataclass
class Reading:
    shape: Shape
    named: Named
    col: int
    evidence: str                       # figure | other-figure | header | single | borrowed
    quoted: Mention | None = None
    narrowed: str = ""                  # a word before the name that sets some rows apart
    score: int = 0                      # how many words of the column's header the clause names


def _clause_words(text: str, named: list[Named], quoted: list[Mention]) -> set[str]:
    keep = list(text.lower())
    for span in [*((n.start, n.end) for n in named), *((m.start, m.end) for m in quoted)]:
        keep[span[0]:span[1]] = " " * (span[1] - span[0])
    stop = set(_vocab()["stopwords"])
    return {w for w in _words("".join(keep)) if w not in stop}


def _same_values(shape: Shape, cols: list[int]) -> bool:
    values = [[(_value(r, c).value if _value(r, c) else None) for r in shape.body] for c in cols]
    return all(v == values[0] for v in values)


def _best(shape: Shape, cols: list[int], words: set[str], head: str) -> int | None:
    """The column among ``cols`` whose header the sentence names most; a tie only when the
    tied columns hold the same figures."""
    if not cols:
        return None
    scores = {c: header_score(shape, c, words, head) for c in cols}
    top = max(scores.values())
    tied = [c for c in cols if scores[c] == top]
    return tied[0] if len(tied) == 1 or _same_values(shape, tied) else None


def _quoted(sentence: Sentence, clause: tuple[int, int], named: list[Named], at: Named
            ) -> list[Mention]:
    """Figures of the clause that stand beside the named row: nearer to its name than to any
    other row name ("tertinggi X (97,46%) dan terendah Y (78,02%)": 78,02 is Y's), nearest
    first."""
    def gap(m: Mention, n: Named) -> int:
        return m.start - n.end if m.start >= n.end else n.start - m.end + 20
    inside = [m for m in sentence.figures if clause[0] <= m.start < clause[1]
              and all(m.end <= n.start or m.start >= n.end for n in named)]
    mine = [m for m in inside
            if all(gap(m, at) <= gap(m, n) for n in named if n.row is not at.row)]
    return sorted(mine, key=lambda m: gap(m, at))


def _gap(named: Named, extreme: Extreme) -> tuple[int, bool]:
    """How far a row name stands from an extremum word (after it wins a tie)."""
    return (min(abs(named.start - extreme.end), abs(extreme.start - named.end)),
            named.start < extreme.start)


def read_claim(shape: Shape, sentence: Sentence, extreme: Extreme, others: list[Extreme] = ()
               ) -> Reading | None:
    """The row and column of ``shape`` the claim names, or None when it names none. A row
    name belongs to the extremum word nearest it ("Pemohon terbanyak berasal dari X …, sejalan
    dengan penduduknya yang paling besar": X is the terbanyak one)."""
    text = sentence.text
    a, b = extreme.clause
    clause = text[a:b]
    named = [Named(n.row, n.start + a, n.end + a, n.score) for n in mentions(clause, shape.names)]
    rivals = [e for e in others if e.clause == extreme.clause and e is not extreme]
    # a row name inside an extremum phrase is no candidate
    named = [n for n in named
             if all(n.end <= e.start or n.start >= e.end for e in [extreme, *rivals])]
    mine = [n for n in named if all(_gap(n, extreme) <= _gap(n, e) for e in rivals)]
    if not mine:
        return None
    at = min(mine, key=lambda n: _gap(n, extreme))
    spoken = norm(text[at.start:at.end])
    same = sum(spoken in names for _, names in shape.names)
    if same == 0:                                       # a close spelling: who else is as close
        same = sum(any(fuzz.ratio(spoken, name) >= at.score for name in names)
                   for _, names in shape.names)
    if same > 1:
        return Reading(shape, at, -1, "duplicate")      # the name is on several rows
    quoted = _quoted(sentence, extreme.clause, named, at)[:2]
    narrowed = _narrowing(shape, sentence, at, extreme)
    words = _clause_words(clause, [Named(n.row, n.start - a, n.end - a, 0) for n in named],
                          [Mention(m.start - a, m.end - a, m.figure) for m in quoted])
    if _share(words) or any(m.figure.kind == "percent" for m in quoted):
        words.add(SHARE)
    skip = set(_vocab()["stopwords"]) | set(_vocab()["barriers"])
    head = next((w for w in _words(text[a:extreme.start]) if w not in skip), "")
    rows = peers(shape, at.row)

    def reading(col: int, evidence: str, mention: Mention | None) -> Reading:
        found = Reading(shape, at, col, evidence, mention, narrowed)
        found.score = header_score(shape, col, words, head) if col >= 0 else 0
        return found

    for mention in quoted:
        # a percentage is looked for in percentage columns only ("9,00%" is no "9,0 km")
        columns = [c for c in shape.columns if mention.figure.kind != "percent"
                   or column_type(shape.table, c, shape.body) == "percent"]
        own = [c for c in columns if _holds(at.row, c, mention)]
        col = _best(shape, own, words, head)
        if col is not None:
            return reading(col, "figure", mention)
        other = [c for c in columns if any(_holds(r, c, mention) for r in rows if r is not at.row)]
        col = _best(shape, other, words, head)
        if col is not None:
            return reading(col, "other-figure", mention)
    first = quoted[0] if quoted else None
    col = _best(shape, shape.columns, words, head)
    if col is not None and header_score(shape, col, words, head) > 0:
        return reading(col, "header", first)
    if shape.around.adjacent or shape.around.named:
        additive = [c for c in shape.columns if is_additive(shape.table, c, shape.body)]
        totals = [c for c in shape.columns if _total_header(shape, c)]
        for pick in (additive, totals):
            if len(pick) == 1:
                return reading(pick[0], "single", first)
    return reading(-1, "ambiguous", first)


def _holds(row: Row, col: int, mention: Mention) -> bool:
    value = _value(row, col)
    return value is not None and mention.figure.overlaps(value.low, value.high)


def _total_header(shape: Shape, col: int) -> bool:
    """A column of each row's whole: "Jumlah", "Total", "L+P"."""
    return any(norm(shape.table.columns[col]).endswith(w) for w in _vocab()["total_columns"])


def _narrowing(shape: Shape, sentence: Sentence, at: Named, extreme: Extreme) -> str:
    """"Jabatan fungsional Pengawas Benih merupakan kelompok terbesar": a word just before the
    name that other rows of the table carry ("Fungsional lainnya") says the claim is about a
    part of the rows only."""
    vocab = _vocab()
    lead = _words(sentence.text[max(extreme.clause[0], at.start - 40):at.start])[-3:]
    skip = set(vocab["stopwords"]) | set(vocab["name_prefixes"]) | set(vocab["levels"]) | \
        {w for phrase in vocab["max"] + vocab["min"] for w in phrase.split()}
    own = set(_words(" ".join(_label_cells(shape.table, at.row, min(shape.columns)))))
    others = set()
    for row in peers(shape, at.row):
        if row is not at.row:
            others |= set(_words(" ".join(_label_cells(shape.table, row, min(shape.columns)))))
    return next((w for w in lead if len(w) >= 4 and w not in skip | own and w in others), "")


def _share(words: set[str]) -> bool:
    return any(w in words for w in _vocab()["share_heads"])


def _label(shape: Shape, row: Row) -> str:
    """A row's name as a reader knows it: its longest name cell, without a leading number."""
    texts = _label_cells(shape.table, row, min(shape.columns))
    return _ENUMERATOR.sub("", max(texts, key=len)).strip() if texts else f"row {row.number}"


@check_kind("prose_extremum")
def prose_extremum(rule: Rule, context: Context):
    for sentence in all_sentences(context):
        found = extremes_in(sentence.text)
        if not found:
            continue
        shapes = [s for s in (shape(a) for a in tables_around(context, sentence)) if s is not None]
        readings: list[tuple[Extreme, Reading | None]] = []
        for extreme in found:
            if extreme.qualifier:
                if _any_row(shapes, sentence, extreme):
                    not_checked_at(context, rule, sentence.location(), f"'{extreme.word}'",
                                   f"a qualified extreme ('{extreme.qualifier}')")
                continue
            options = [r for r in (read_claim(s, sentence, extreme, found) for s in shapes)
                       if r is not None]
            readings.append((extreme, _choose(options)))
        for extreme, reading in readings:
            if reading is None:
                continue
            if reading.evidence == "ambiguous":
                # "tertinggi di X, sedangkan terendah di Y (34,62%)": one measure for both
                sibling = next((r for e, r in readings if r is not None and r is not reading
                                and r.shape is reading.shape and e.sense != extreme.sense
                                and r.evidence in ("figure", "other-figure", "header")), None)
                if sibling is not None:
                    reading.col, reading.evidence = sibling.col, "borrowed"
            yield from _judge(rule, context, sentence, extreme, reading)


def _any_row(shapes: list[Shape], sentence: Sentence, extreme: Extreme) -> bool:
    clause = sentence.text[extreme.clause[0]:extreme.clause[1]]
    return any(mentions(clause, s.names) for s in shapes)


_RANK = {"figure": 0, "other-figure": 1, "header": 2, "single": 3, "ambiguous": 4, "duplicate": 5}


def _choose(options: list[Reading]) -> Reading | None:
    """Of the tables around the sentence, the one the claim fits best: the quoted figure's
    own table first, then a named or nearer one."""
    if not options:
        return None
    options.sort(key=lambda r: (_RANK[r.evidence], -r.score, not r.shape.around.named,
                                r.shape.around.distance))
    return options[0]


@dataclass(frozen=True)
class Value:
    """A row's figure in the claim's column, or its share of the row's total ("proporsi jalan
    rusak berat" over a km column and a Jumlah column)."""
    value: Decimal
    low: Decimal
    high: Decimal
    shown: str
    cells: tuple[int, ...]


def _values(shape: Shape, rows: list[Row], col: int, total: int | None) -> dict[int, Value]:
    values = {}
    for row in rows:
        part = _value(row, col)
        if part is None:
            continue
        if total is None:
            values[id(row)] = Value(part.value, part.low, part.high, part.raw, (col,))
            continue
        whole = _value(row, total)
        if whole is None or whole.value <= 0:
            continue
        share = part.value / whole.value * 100
        shown = f"{share:.2f}%".replace(".", ",")
        values[id(row)] = Value(share, share, share, shown, (col, total))
    return values


def _parents(rows: list[Row], values: dict[int, Value]) -> set[int]:
    """Rows whose figure is the sum of two or more rows right below them: a parent printed
    without a code or a level word, no peer of its parts."""
    found = set()
    for i, row in enumerate(rows):
        own = values[id(row)]
        low = high = Decimal(0)
        for j in range(i + 1, len(rows)):
            part = values[id(rows[j])]
            low, high = low + part.low, high + part.high
            if j >= i + 2 and low <= own.high and own.low <= high and own.value > 0:
                found.add(id(row))
                break
            if low > own.high and own.value >= 0:
                break
    return found


def _total_column(shape: Shape, col: int) -> int | None:
    """The one column that holds each row's whole (Jumlah, Total)."""
    totals = [c for c in shape.columns if c != col and _total_header(shape, c)]
    return totals[0] if len(totals) == 1 else None


def _unchecked(shape: Shape, reading: Reading, words: set[str]) -> str:
    """Why the claim cannot be held against the table ("" when it can)."""
    if reading.narrowed:
        return f"about some rows only ('{reading.narrowed}')"
    if reading.evidence == "duplicate":
        return f"{shape.table.name} has several rows of that name"
    if reading.col < 0:
        return f"which column of {shape.table.name} is meant is ambiguous"
    if _wants_total(shape, reading, words) and _total_column(shape, reading.col) is None:
        return f"a share, and {_column(shape, reading.col)} holds amounts"
    return ""


def _wants_total(shape: Shape, reading: Reading, words: set[str]) -> bool:
    """A share claimed over a column of amounts: computed from the row's total."""
    kind = column_type(shape.table, reading.col, shape.body)
    return _share(words) and kind not in ("percent", "index", "average") \
        and reading.evidence != "figure"


def _judge(rule: Rule, context: Context, sentence: Sentence, extreme: Extreme, reading: Reading):
    shape, at = reading.shape, reading.named.row
    named = _label(shape, at)
    words = set(_words(sentence.text[extreme.clause[0]:extreme.clause[1]]))
    why = _unchecked(shape, reading, words)
    if why:
        not_checked_at(context, rule, sentence.location(), f"'{named}' {extreme.word}", why)
        return
    col = reading.col
    total = _total_column(shape, col) if _wants_total(shape, reading, words) else None
    values = _values(shape, peers(shape, at), col, total)
    own = values.get(id(at))
    if own is None:
        not_checked_at(context, rule, sentence.location(), f"'{named}' {extreme.word}",
                       f"the row has no figure in {_column(shape, col)}")
        return
    rows = [r for r in peers(shape, at) if id(r) in values]
    if total is None and is_additive(shape.table, col, shape.body):
        parents = _parents(rows, values)       # "Belanja Operasi" over its own parts
        rows = [r for r in rows if (id(r) in parents) == (id(at) in parents)]
    if len(rows) < 2:
        return
    pick = max if extreme.sense == "max" else min
    best = pick(values[id(r)].value for r in rows)
    tops = [r for r in rows if values[id(r)].value == best]
    holds = at in tops or any(own.low <= values[id(r)].high and values[id(r)].low <= own.high
                              for r in tops)
    owner = _owner(reading, rows, values, total is not None)
    locations = [*sentence.locations(reading.named.start, extreme.start),
                 *(cell_location(shape.table, at, c) for c in own.cells)]
    if holds and owner is None:
        yield rule.passed(shape.table.name, 1, locations,
                          f"L{sentence.paragraph.line}: {named} {extreme.word} ({own.shown})")
        return
    top = tops[0]
    others = [r for r in tops[:3] if r is not at]
    if owner is not None and owner not in tops:
        others.append(owner)
    for row in others:
        locations += [cell_location(shape.table, row, c) for c in values[id(row)].cells]
    sense_en = {"max": "highest", "min": "lowest"}[extreme.sense]
    detail_id, detail_en = _details(shape, reading, extreme, sense_en, own, holds, owner,
                                    (_label(shape, top), values[id(top)].shown))
    column = _column(shape, col) + (f" / {_column(shape, total)}" if total is not None else "")
    printed = _value(top, col) if total is None else None
    yield rule.finding({"named": named, "word": extreme.word, "word_en": sense_en,
                        "table": shape.table.name, "column": column,
                        "detail_id": detail_id, "detail_en": detail_en},
                       locations,
                       expected=named if holds else _label(shape, top),
                       found=f"{named} ({reading.quoted.raw})" if holds else named,
                       difference="" if holds else format_like(values[id(top)].value - own.value,
                                                               printed),
                       key=f"{extreme.sense}:{norm(named)}")


def _details(shape: Shape, reading: Reading, extreme: Extreme, sense_en: str, own: Value,
             holds: bool, owner: Row | None, top: tuple[str, str]) -> tuple[str, str]:
    """What is wrong, in Indonesian and English: the quoted figure is another row's, the named
    row is not the extreme, or both."""
    named = _label(shape, reading.named.row)
    if owner is None:
        return (f"{named} = {own.shown}, sedangkan yang {extreme.word} adalah {top[0]} ({top[1]})",
                f"{named} has {own.shown}, while the {sense_en} is {top[0]} ({top[1]})")
    quoted, other = reading.quoted.raw, _label(shape, owner)
    detail_id = f"angka {quoted} yang dikutip adalah milik {other}; {named} = {own.shown}"
    detail_en = f"the quoted {quoted} belongs to {other}; {named} has {own.shown}"
    if not holds:
        detail_id += f", dan yang {extreme.word} adalah {top[0]} ({top[1]})"
        detail_en += f", and the {sense_en} is {top[0]} ({top[1]})"
    return detail_id, detail_en


def _owner(reading: Reading, rows: list[Row], values: dict[int, Value], derived: bool
           ) -> Row | None:
    """The one other row whose figure the sentence quotes beside the name."""
    quoted = reading.quoted
    if quoted is None or (reading.evidence != "other-figure" and not derived):
        return None
    def fits(value: Value) -> bool:
        return quoted.figure.overlaps(value.low, value.high)
    if fits(values[id(reading.named.row)]):
        return None
    owners = [r for r in rows if r is not reading.named.row and fits(values[id(r)])]
    return owners[0] if len(owners) == 1 else None


def _column(shape: Shape, col: int) -> str:
    return shape.table.columns[col] or f"#{col + 1}"
