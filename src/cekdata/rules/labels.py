"""Labels against numbers: the status word of a measurement-table row (Tercapai, Belum
tercapai, Sangat Tinggi, Baik …) against the capaian printed on that row (LBL001), read on the
report's own scale when it prints one, else by the usual rule (capaian ≥ 100 ⇒ Tercapai, > 100 ⇒
Melampaui, < 100 ⇒ Belum/Tidak tercapai); and the printed scale itself: contiguous, and with a
band above 100 % (LBL002). Unsure means no finding and a coverage note. The words are in
``data/labels.yaml``."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..data import derived, load
from ..documents.model import Paragraph, Row, Table
from ..documents.numbers import Figure, fold, format_decimal, parse_figure
from ..findings import Location
from ..recognise.indicator_columns import indicator_column, value_columns
from ..recognise.indicators import IndicatorView
from ..recognise.matrix import direction
from .context import Context
from .indicators import _lower_formula, expected_capaian
from .numbering import continued_tables
from .registry import Rule, check_kind

HUNDRED = Decimal(100)
NEAR_BLOCKS = 3        # a scale table's subject may be named this many blocks above it


def vocabulary() -> dict:
    return load("labels")


def _norm(text: str) -> str:
    text = fold(text).lower().replace("*", " ")
    text = re.sub(r"[\s.,;:!]+$", "", text.strip())
    return " ".join(text.split())


@derived
def status_kinds() -> dict[str, str]:
    """Status word -> achieved | exceeded | missed."""
    return {word: kind for kind, words in vocabulary()["status"].items() for word in words}


@derived
def label_words() -> tuple[str, ...]:
    return tuple(sorted(set(status_kinds()) | set(vocabulary()["bands"]), key=len, reverse=True))


def label_of(text: str) -> str | None:
    """The label a cell holds, when its whole text is one ("Belum Tercapai", "Sangat Baik*")."""
    text = _norm(text)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text if text and text in _label_set() else None


@derived
def _label_set() -> frozenset[str]:
    return frozenset(label_words())


# ---------------------------------------------------------------- bands and scales

@dataclass(frozen=True)
class Band:
    label: str
    low: Decimal | None = None
    high: Decimal | None = None
    low_closed: bool = True
    high_closed: bool = True
    unit: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))   # printed unit of low, high
    text: str = ""

    def holds(self, figure: Figure) -> bool | None:
        """True if every value the printed figure stands for is in the band, False if none
        is, None if some are."""
        lo, hi = figure.low, figure.high
        below = self.low is not None and (hi < self.low or (hi == self.low and not self.low_closed))
        above = self.high is not None and (lo > self.high or (lo == self.high and not self.high_closed))
        if below or above:
            return False
        inside_low = self.low is None or lo > self.low or (lo == self.low and self.low_closed)
        inside_high = self.high is None or hi < self.high or (hi == self.high and self.high_closed)
        return True if inside_low and inside_high else None

    def show(self) -> str:
        if self.text:
            return self.text
        if self.low is None:
            return f"{'≤' if self.high_closed else '<'} {format_decimal(self.high)}"
        if self.high is None:
            return f"{'≥' if self.low_closed else '>'} {format_decimal(self.low)}"
        return f"{format_decimal(self.low)}–{format_decimal(self.high)}"


@dataclass
class Scale:
    bands: list[Band]
    location: Location
    position: int                 # block index, to find the scale nearest a table
    raw: str = ""
    ranges: list[Band] = field(default_factory=list)    # as printed, before rounding is applied

    @property
    def labels(self) -> set[str]:
        return {b.label for b in self.bands}

    def band(self, label: str) -> Band | None:
        return next((b for b in self.bands if b.label == label), None)

    def show(self) -> str:
        return "; ".join(f"{b.show()} {b.label.title()}" for b in self.ranges)


def _usual(kind: str) -> Band:
    spec = vocabulary()["usual"][kind]
    bound = next(k for k in spec if k != "shown")
    value = Decimal(str(spec[bound]))
    return {"at_least": Band(kind, low=value), "above": Band(kind, low=value, low_closed=False),
            "at_most": Band(kind, high=value), "below": Band(kind, high=value, high_closed=False)}[bound]


def _unit(number: str) -> Decimal:
    fraction = re.split(r"[.,]", number)[1] if re.search(r"[.,]", number) else ""
    return Decimal(1).scaleb(-len(fraction))


def _value(number: str) -> Decimal:
    return Decimal(number.replace(",", "."))


_NUM = r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)(?![\d])(?![.,]\d)\s*%?"


def _alternation(words: list[str]) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(rf"(?<!\w){escaped}(?!\w)" if word[:1].isalnum() else escaped)
    return "|".join(parts)


@derived
def _range_pattern() -> re.Pattern:
    b = vocabulary()["bounds"]
    lower, upper = _alternation(b["at_least"] + b["above"]), _alternation(b["at_most"] + b["below"])
    var = _alternation(b["variable"])
    chain_op = r"(<=|≤|=<|<)"
    return re.compile(
        rf"(?P<chain>{_NUM}\s*{chain_op}\s*(?:{var})\s*{chain_op}\s*{_NUM})"
        rf"|(?P<between>{_NUM}\s*(?:{_alternation(b['between'])})\s*{_NUM})"
        rf"|(?P<prefix>(?:(?:{var})\s*)?(?P<op>{lower}|{upper})\s*{_NUM})"
        rf"|(?P<suffix>{_NUM}\s*(?P<dir>{_alternation(b['upward'] + b['downward'])}))",
        re.IGNORECASE)


def _numbers(text: str) -> list[str]:
    return re.findall(_NUM, text)


def _band_from(match: re.Match, label: str) -> Band | None:
    b = vocabulary()["bounds"]
    text = " ".join(match.group(0).split())
    numbers = _numbers(match.group(0))
    if match.group("chain"):
        ops = re.findall(r"<=|≤|=<|<", match.group(0))
        (lo, hi), (op1, op2) = numbers, ops
        return Band(label, _value(lo), _value(hi), op1 != "<", op2 != "<", (_unit(lo), _unit(hi)), text)
    if match.group("between"):
        lo, hi = numbers
        if _value(lo) > _value(hi):
            return None
        return Band(label, _value(lo), _value(hi), True, True, (_unit(lo), _unit(hi)), text)
    number = numbers[-1]
    value, unit = _value(number), _unit(number)
    if match.group("prefix"):
        op = " ".join(match.group("op").lower().split())
        if op in b["at_least"]:
            return Band(label, low=value, unit=(unit, unit), text=text)
        if op in b["above"]:
            return Band(label, low=value, low_closed=False, unit=(unit, unit), text=text)
        if op in b["at_most"]:
            return Band(label, high=value, unit=(unit, unit), text=text)
        return Band(label, high=value, high_closed=False, unit=(unit, unit), text=text)
    direction_word = " ".join(match.group("dir").lower().split())
    if direction_word in b["upward"]:
        return Band(label, low=value, unit=(unit, unit), text=text)
    return Band(label, high=value, unit=(unit, unit), text=text)


@derived
def _label_pattern() -> re.Pattern:
    return re.compile(_alternation(label_words()), re.IGNORECASE)


def _tokens(text: str) -> list[tuple[int, int, str, object]]:
    """Ranges and labels in reading order: (start, end, "range"|"label", match|label)."""
    tokens = [(m.start(), m.end(), "range", m) for m in _range_pattern().finditer(text)]
    spans = [(s, e) for s, e, _, _ in tokens]
    for m in _label_pattern().finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            tokens.append((m.start(), m.end(), "label", " ".join(m.group(0).lower().split())))
    return sorted(tokens, key=lambda t: t[0])


def _pairs(tokens, first: str) -> tuple[list[tuple], int]:
    """Each ``first`` token with the next token of the other kind before the next ``first``."""
    pairs, gap = [], 0
    for i, token in enumerate(tokens):
        if token[2] != first:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is None or following[2] == first:
            continue
        gap += following[0] - token[1]
        pairs.append((token, following) if first == "label" else (following, token))
    return pairs, gap


def bands_in(text: str) -> list[Band]:
    """The (label, range) pairs a sentence or a row prints, in either order."""
    tokens = _tokens(" ".join(fold(text).split()))
    options = [p for p in (_pairs(tokens, "label"), _pairs(tokens, "range")) if p[0]]
    if not options:
        return []
    pairs = min(options, key=lambda p: (-len(p[0]), p[1]))[0]
    bands = [_band_from(r[3], l[3]) for l, r in pairs]
    return [b for b in bands if b is not None]


def _is_scale(bands: list[Band]) -> bool:
    labels = [b.label for b in bands]
    if len(set(labels)) != len(labels):
        return False
    return len(bands) >= 2 or (len(bands) == 1 and labels[0] in status_kinds())


def _mentions_subject(text: str) -> bool:
    text = _norm(text)
    return any(re.search(rf"(?<!\w){re.escape(w)}", text) for w in vocabulary()["scale_subjects"])


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def _rounded(bands: list[Band]) -> list[Band]:
    """Bands printed on whole numbers ("76–90", "≥ 91") cover what rounds into them: the one
    unit between neighbours is split at its middle."""
    ordered = sorted(bands, key=lambda b: (b.low is not None, b.low or 0))
    out = list(ordered)
    for i, (a, b) in enumerate(zip(ordered, ordered[1:])):
        if a.high is None or b.low is None or not (a.high_closed and b.low_closed):
            continue
        unit = max(a.unit[1], b.unit[0])
        if Decimal(0) < b.low - a.high <= unit:
            middle = (a.high + b.low) / 2
            out[i] = Band(a.label, out[i].low, middle, out[i].low_closed, False, a.unit, a.text)
            out[i + 1] = Band(b.label, middle, b.high, True, b.high_closed, b.unit, b.text)
    return out


def _scale(bands: list[Band], location: Location, position: int, raw: str) -> Scale:
    return Scale(_rounded(bands), location, position, raw, bands)


def _table_scale(context: Context, table: Table, at: int) -> Scale | None:
    bands = []
    for row in table.header_rows + table.rows:
        labels = [label_of(c.raw) for c in row.cells]
        label = next((l for l in labels if l), None)
        if label is None:
            continue
        for cell in row.cells:
            match = _range_pattern().fullmatch(" ".join(fold(cell.raw).split()))
            if match:
                band = _band_from(match, label)
                if band is not None:
                    bands.append(band)
                break
    if not _is_scale(bands) or len(bands) < 2:
        return None
    above = [b.text for b in context.document.blocks[max(0, at - NEAR_BLOCKS):at]
             if isinstance(b, Paragraph)]
    header = " ".join(table.columns)
    if not any(_mentions_subject(t) for t in [table.caption, header, *above]):
        return None
    first = table.rows[0] if table.rows else table.header_rows[0]
    location = Location(line=first.line, page=first.page, table=table.name, row=first.number,
                        text=table.caption or " | ".join(c.text for c in first.cells if c.text))
    return _scale(bands, location, at, table.caption)


def scales(context: Context) -> list[Scale]:
    """Every scale of capaian the report prints, in a sentence or a table."""
    cached = context.cache.get("label_scales")
    if cached is not None:
        return cached
    found: list[Scale] = []
    for at, block in enumerate(context.document.blocks):
        if isinstance(block, Table):
            scale = _table_scale(context, block, at)
            if scale is not None:
                found.append(scale)
            continue
        for sentence in _SENTENCE.split(block.text):
            if not _mentions_subject(sentence):
                continue
            bands = bands_in(sentence)
            if _is_scale(bands):
                found.append(_scale(bands, block.location(sentence[:300]), at, sentence))
    context.cache["label_scales"] = found
    return found


def scale_problems(scale: Scale) -> list[tuple[str, str, str]]:
    """(key, id, en) for each gap, overlap, or missing band above 100 % of a printed scale."""
    problems = []
    bands = sorted(scale.ranges, key=lambda b: (b.low is not None, b.low or 0))
    for a, b in zip(bands, bands[1:]):
        names = f"{a.label.title()} ({a.show()}) / {b.label.title()} ({b.show()})"
        if a.high is None or b.low is None:
            problems.append((f"overlap:{a.label}:{b.label}", f"rentang bertumpang tindih: {names}",
                             f"ranges overlap: {names}"))
            continue
        gap = b.low - a.high
        unit = max(a.unit[1], b.unit[0])
        if gap < 0 or (gap == 0 and a.high_closed and b.low_closed):
            problems.append((f"overlap:{a.label}:{b.label}", f"rentang bertumpang tindih: {names}",
                             f"ranges overlap: {names}"))
        elif gap > unit or (gap > 0 and not (a.high_closed and b.low_closed)):
            span = f"{format_decimal(a.high)}–{format_decimal(b.low)}"
            problems.append((f"gap:{a.label}:{b.label}",
                             f"tidak ada kategori untuk capaian antara {span}: {names}",
                             f"no category for capaian between {span}: {names}"))
    top = bands[-1] if bands else None
    if len(bands) >= 2 and top is not None and top.high is not None and top.high <= HUNDRED:
        problems.append(("top", f"tidak ada kategori untuk capaian di atas {format_decimal(top.high)}%",
                         f"no category for capaian above {format_decimal(top.high)}%"))
    return problems


# ---------------------------------------------------------------- measurement tables

@dataclass
class Labelled:
    view: IndicatorView
    row: Row
    label: str
    label_col: int
    capaian_col: int
    capaian: Figure | None
    position: int = 0             # the table's block index


def _capaian_column(view: IndicatorView, label_col: int, year: int | None) -> int | None:
    columns = [c for c in view.columns if c.measure == "capaian"]
    if len(columns) == 1:
        return columns[0].col
    this_year = [c for c in columns if c.year is not None and c.year == year]
    if len(this_year) == 1:
        return this_year[0].col
    left = [c.col for c in columns if c.col < label_col]
    return max(left) if left and all(c.year is None for c in columns) else None


def _label_column(view: IndicatorView) -> int | None:
    taken = {c.col for c in view.columns} | {view.roles.get("name")}
    for col in range(view.table.width):
        if col in taken:
            continue
        texts = [r.text(col) for r in view.table.rows if r.text(col)]
        labels = [t for t in texts if label_of(t)]
        if labels and len(labels) * 2 >= len(texts):
            return col
    return None


_FIGURE_AND_LABEL = re.compile(r"^(\S+)\s+(\D+)$")


def measurement_views(context: Context) -> list[IndicatorView]:
    """Indicator tables with a capaian column, and the headerless parts of one that the
    reader split off at a group row (they share its header)."""
    views = {id(v.table): v for v in context.views if isinstance(v, IndicatorView)}
    tables = {t.index: t for t in context.document.tables}
    for index, root in continued_tables(context.document).items():
        table = tables[index]
        if id(table) in views:
            continue
        base = views.get(id(root))
        if base is not None:
            roles, columns = base.roles, base.columns
        else:
            name_col = indicator_column(root)
            if name_col is None:
                continue
            roles, columns = {"name": name_col}, value_columns(root, name_col + 1, root.caption)
        views[id(table)] = IndicatorView(table, "indicators", dict(roles), list(table.rows),
                                         columns=list(columns), label=root.name)
    ordered = sorted(views.values(), key=lambda v: v.table.index)
    return [v for v in ordered if any(c.measure == "capaian" for c in v.columns)]


def labelled_rows(context: Context) -> list[Labelled]:
    """Rows of indicator tables that print both a capaian and a status word."""
    out = []
    for view in measurement_views(context):
        position = context.document.position(view.table)
        label_col = _label_column(view)
        if label_col is not None:
            capaian_col = _capaian_column(view, label_col, context.year)
            if capaian_col is None:
                context.note(f"{view.name.split()[0]}: status words beside several capaian "
                             "columns; labels not checked", view.location(view.table.rows[0]))
                continue
            for row in view.table.rows:
                label = label_of(row.text(label_col))
                if label is not None:
                    out.append(Labelled(view, row, label, label_col, capaian_col,
                                        view.cell(row, capaian_col).figure, position))
            continue
        # a converter that put the status word into the capaian cell: "98,21 Tercapai"
        for column in (c for c in view.columns if c.measure == "capaian"):
            for row in view.table.rows:
                match = _FIGURE_AND_LABEL.match(fold(view.cell(row, column.col).text))
                label = label_of(match.group(2)) if match else None
                if label is not None:
                    out.append(Labelled(view, row, label, column.col, column.col,
                                        parse_figure(match.group(1)), position))
    return out


def _nearest_scale(found: list[Scale], label: str, position: int) -> Scale | None:
    fitting = [s for s in found if label in s.labels]
    before = [s for s in fitting if s.position <= position]
    if before:
        return max(before, key=lambda s: s.position)
    return min(fitting, key=lambda s: s.position, default=None)


def _name(item: Labelled) -> str:
    col = item.view.roles.get("name", 0)
    text = " ".join(item.row.text(col).replace("*", " ").split())
    return re.sub(r"^\(?\d{1,3}[.)]\s+", "", text)


def _recomputed_agrees(item: Labelled, band: Band, formula: str) -> bool:
    """The label fits the capaian recomputed from the row's target and realisasi: the printed
    capaian is what is wrong (IND005 says so), not the label."""
    figures = {}
    for column in item.view.columns:
        if column.measure in ("target", "realisasi") and column.year in (None, _capaian_year(item)):
            figures.setdefault(column.measure, item.view.cell(item.row, column.col).figure)
    target, real = figures.get("target"), figures.get("realisasi")
    if target is None or real is None:
        return False
    lower = direction(_name(item)) == "lower"
    interval = expected_capaian(target, real, lower, formula, bounds=lambda f: (f.low, f.high))
    if interval is None:
        return False
    low, high = interval
    return band.holds(Figure((low + high) / 2, (high - low) / 2, "decimal", "")) is True


def _capaian_year(item: Labelled) -> int | None:
    return next((c.year for c in item.view.columns if c.col == item.capaian_col), None)


def _basis(item: Labelled, found: list[Scale]) -> tuple[Scale | None, Band | None]:
    scale = _nearest_scale(found, item.label, item.position)
    if scale is not None:
        return scale, scale.band(item.label)
    kind = status_kinds().get(item.label)
    return None, (_usual(kind) if kind else None)


def _expected(scale: Scale | None, item: Labelled) -> str:
    """The labels the capaian fits: on the report's scale; a status word the scale leaves
    out (a report that defines only "Tercapai") by the usual rule."""
    if scale is not None:
        fits = [b.label.title() for b in scale.bands if b.holds(item.capaian) is True]
        if fits or item.label not in status_kinds():
            return " / ".join(fits)
    usual = vocabulary()["usual"]
    return " / ".join(spec["shown"] for kind, spec in usual.items()
                      if _usual(kind).holds(item.capaian) is True)


@check_kind("status_label")
def status_label(rule: Rule, context: Context):
    """LBL001: a row's status word against its capaian."""
    found = scales(context)
    checked: dict[str, list[Location]] = {}
    unscaled: set[str] = set()
    formula = _lower_formula(context)
    for item in labelled_rows(context):
        view = item.view
        where = view.location(item.row, item.label_col)
        if item.capaian is None:
            context.note(f"{view.name.split()[0]}: \"{item.row.text(item.label_col)}\" has no "
                         "capaian figure; label not checked", where)
            continue
        scale, band = _basis(item, found)
        if band is None:
            if view.name not in unscaled:
                unscaled.add(view.name)
                context.note(f"{view.name.split()[0]}: category words (e.g. \"{item.label}\") "
                             "without a scale printed in the report; labels not checked", where)
            continue
        if band.holds(item.capaian) is not False:     # fits, within printed precision
            checked.setdefault(view.name, []).append(where)
            continue
        expected = _expected(scale, item)
        if scale is not None and not expected:
            context.note(f"{view.name.split()[0]}: capaian {item.capaian.raw} falls in no band of "
                         f"the report's scale; label \"{item.label}\" not checked", where)
            continue
        if _recomputed_agrees(item, band, formula):
            context.note(f"{view.name.split()[0]}: \"{item.label}\" fits the capaian recomputed from "
                         f"target and realisasi, not the printed {item.capaian.raw}; left to the "
                         "capaian check", where)
            continue
        locations = [where, view.location(item.row, item.capaian_col),
                     view.location(item.row, view.roles.get("name", 0))]
        if scale is not None:
            locations.append(scale.location)
        shown = item.row.text(item.label_col)
        if item.label_col == item.capaian_col:
            shown = item.label.title()
        yield rule.finding(
            {"indicator": _name(item), "table": view.name, "label": shown,
             "capaian": item.capaian.raw, "band": band.show(),
             "basis_id": "skala yang dicetak laporan" if scale else "aturan umum",
             "basis_en": "the scale the report prints" if scale else "the usual rule"},
            locations, expected=expected, found=shown,
            key=f"{_name(item)[:60]}|{item.label}")
    for name, locations in checked.items():
        yield rule.passed(name, len(locations), locations[:3], f"{len(locations)} status words")


@check_kind("label_scale")
def label_scale(rule: Rule, context: Context):
    """LBL002: a scale of capaian that a measurement table's labels are read on has a gap, an
    overlap, or no band above 100 %."""
    found = scales(context)
    used: list[Scale] = []
    for item in labelled_rows(context):
        scale = _nearest_scale(found, item.label, item.position)
        if scale is not None and all(scale is not s for s in used):
            used.append(scale)
    for scale in used:
        problems = scale_problems(scale)
        for key, problem_id, problem_en in problems:
            yield rule.finding({"scale": scale.show(), "problem_id": problem_id,
                                "problem_en": problem_en}, [scale.location],
                               expected="", found=scale.show(), key=key)
        if not problems and len(scale.bands) >= 2:
            yield rule.passed("scale", len(scale.bands), [scale.location], scale.show())
