"""Reviu checks on capaian (issue 12 §3–4).

IND011: an average capaian — a sentence ("rata-rata capaian seluruh indikator 98,75%"), an
average row SUM007 does not see, or a sasaran's average in its own column or summary table —
recomputed from the capaian figures it averages, plain or (when the report says so, or prints a
Bobot column) weighted.

IND012: progress to the Renstra end target — a column ("Tingkat Capaian thd Target 2026") or a
sentence ("kemajuan terhadap target akhir Renstra 93,47 persen") — recomputed as realisasi /
end target × 100 (mirrored for lower-is-better, as IND005), the end target from the same row or
from the Renstra table's last year, only when the indicator's identity is sure.
Vocabulary: data/capaian_review.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz

from ..data import load
from ..documents.intervals import overlap
from ..documents.model import Paragraph, Row, Table
from ..documents.numbers import Figure, format_like, parse_figure
from ..findings import Location
from ..recognise.averages import average_columns
from ..recognise.claims import sentences, words_to_number
from ..recognise.indicator_columns import header_rows, is_group_row
from ..recognise.indicator_rows import Entry, Slot
from ..recognise.indicator_values import parse_value
from ..recognise.indicators import IndicatorView
from ..recognise.view import is_average_row, matches_any, norm
from .context import Context
from .indicators import _lower_formula, _triples, expected_capaian, matrix
from .numbering import continued_tables
from .registry import Rule, check_kind


_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(%|persen\b)", re.IGNORECASE)


def vocabulary() -> dict:
    return load("capaian_review")


def _cell_location(table: Table, row: Row, col: int) -> Location:
    cell = row.cells[col] if col < len(row.cells) else None
    return Location(line=(cell.line if cell else None) or row.line,
                    page=(cell.page if cell else None) or row.page, table=table.name,
                    row=(cell.row if cell else None) or row.number,
                    column=table.columns[col] if col < len(table.columns) else f"#{col + 1}",
                    text=cell.raw if cell else "", bbox=cell.bbox if cell else None,
                    col=(cell.col if cell else None) or col + 1)


def _header(table: Table, col: int) -> str:
    return " ".join(r.text(col) for r in header_rows(table) if r.text(col))


# ---------------------------------------------------------------------------- capaian sets

@dataclass
class Member:
    """One indicator's capaian in a measurement table, with its weight when one is printed and
    the capaian its own target and realisasi give (IND005's), when they give one."""
    entry: Entry
    slot: Slot
    weight: Figure | None = None
    recomputed: tuple[Decimal, Decimal] | None = None

    @property
    def figure(self) -> Figure:
        return self.slot.value.figure


@dataclass
class Group:
    label: str
    number: int | None
    row: Row
    members: list[Member]


def _is_average_name(name: str) -> bool:
    return matches_any(name, vocabulary()["average"]["phrases"] + vocabulary()["average"]["column"]) \
        or norm(name) in ("rata-rata", "rata rata", "rerata", "jumlah", "total")


def _capaian_col(view: IndicatorView, year: int | None) -> int | None:
    """The measurement column of the year's capaian: not an average, not progress."""
    cols = [c for c in view.columns if c.measure == "capaian" and c.year in (None, year)
            and not matches_any(_header(view.table, c.col), vocabulary()["average"]["column"])
            and not _is_progress(view.table, c.col, year)]
    return cols[0].col if len(cols) == 1 else None


def _weight_col(view: IndicatorView) -> int | None:
    words = vocabulary()["average"]["weights"]
    found = [c for c in range(view.table.width) if matches_any(_header(view.table, c), words)]
    return found[0] if len(found) == 1 else None


def _recompute(entry: Entry, year: int | None, lower: bool, formula: str):
    slots = {}
    for (measure, y), slot in entry.slots.items():
        if measure in ("target", "realisasi") and y in (None, year):
            slots.setdefault(measure, []).append(slot)
    if any(len(slots.get(m, [])) != 1 for m in ("target", "realisasi")):
        return None
    target, real = slots["target"][0].value, slots["realisasi"][0].value
    if target.figure is None or real.figure is None:
        return None
    return expected_capaian(target, real, lower, formula)


def members(view: IndicatorView, year: int | None, model=None, formula: str = "mirror"
            ) -> tuple[list[Member], int] | None:
    """The capaian figures of a measurement table (and how many indicators have none), or None
    when the table has no single capaian column."""
    col = _capaian_col(view, year)
    if col is None:
        return None
    weight_col = _weight_col(view)
    out, missing = [], 0
    for entry in view.entries:
        if _is_average_name(entry.name):
            continue
        slot = next((s for s in entry.slots.values() if s.column.col == col), None)
        if slot is None or slot.value.figure is None:
            missing += 1
            continue
        weight = entry.row.cells[weight_col].figure \
            if weight_col is not None and weight_col < len(entry.row.cells) else None
        lower = model is not None and model.direction(entry.name) == "lower"
        out.append(Member(entry, slot, weight,
                          _recompute(entry, year, lower, formula) if model is not None else None))
    return out, missing


def _number(text: str) -> int | None:
    found = re.search(r"\b(?:sasaran|ss)(?:\s+strategis)?\s*(?:ke-?)?\s*(\d{1,2})\b", norm(text))
    return int(found.group(1)) if found else None


def groups(view: IndicatorView, year: int | None, model=None, formula: str = "mirror"
           ) -> list[Group]:
    """The sasaran groups of a measurement table, from its group rows or its sasaran column."""
    got = members(view, year, model, formula)
    if got is None:
        return []
    by_row = {id(m.entry.row): m for m in got[0]}
    name_col = view.roles.get("name", 0)
    sasaran_col = next((c for c in range(name_col) if "sasaran" in norm(_header(view.table, c))),
                       None)
    out: list[Group] = []
    for row in view.table.rows:
        label = ""
        if sasaran_col is not None and row.text(sasaran_col) and \
                (not out or norm(row.text(sasaran_col)) != norm(out[-1].label)):
            label = row.text(sasaran_col)
        elif is_group_row(row, name_col) and id(row) not in by_row:
            label = " ".join(dict.fromkeys(row.text(c) for c in range(len(row.cells)) if row.text(c)))
        if label:
            out.append(Group(label, _number(label), row, []))
        if id(row) in by_row and out:
            out[-1].members.append(by_row[id(row)])
    return [g for g in out if g.members]


# ---------------------------------------------------------------------------- the means

def _groups(context: Context, view: IndicatorView) -> list[Group]:
    key = ("capaian_review.groups", id(view))
    if key not in context.cache:
        context.cache[key] = groups(view, context.year, matrix(context), _lower_formula(context))
    return context.cache[key]


def _mean(items: list[Member], weighted: bool) -> tuple[Decimal, Decimal] | None:
    if not items:
        return None
    if not weighted:
        n = Decimal(len(items))
        return (sum((m.figure.low for m in items), Decimal(0)) / n,
                sum((m.figure.high for m in items), Decimal(0)) / n)
    if any(m.weight is None for m in items):
        return None
    total = sum((m.weight.value for m in items), Decimal(0))
    if total <= 0:
        return None
    return (sum((m.figure.low * m.weight.value for m in items), Decimal(0)) / total,
            sum((m.figure.high * m.weight.value for m in items), Decimal(0)) / total)


def _point(interval: tuple[Decimal, Decimal]) -> Decimal:
    return (interval[0] + interval[1]) / 2


@dataclass
class Verdict:
    held: bool
    expected: tuple[Decimal, Decimal] | None   # the mean the stated figure is held to
    which: str                                  # plain | weighted
    detail: str


def judge(stated: Figure, items: list[Member], weighted_said: bool) -> Verdict | None:
    """Plain mean by default, weighted when the report says so; when a Bobot column makes
    both plausible, the one the figure matches."""
    printed = (stated.low, stated.high)
    plain = _mean(items, False)
    weighted = _mean(items, True) if any(m.weight is not None for m in items) else None
    if weighted_said:
        if weighted is None:
            return None
        held = overlap(weighted, printed)
        return Verdict(held, weighted, "weighted", "weighted mean (tertimbang)")
    if overlap(plain, printed):
        both = weighted is not None and overlap(weighted, printed)
        return Verdict(True, plain, "plain", "plain mean" + (" (the weighted mean agrees too)"
                                                              if both else ""))
    if weighted is not None and overlap(weighted, printed):
        return Verdict(True, weighted, "weighted", "weighted mean by the Bobot column "
                                                   f"(the plain mean would be {_show(plain, stated)})")
    capped = _capped_verdict(items, printed)
    if capped is not None:
        return capped
    true = _true_mean(items, weighted is not None and not overlap(plain, printed) and False)
    if true is not None and overlap(true, printed):
        wrong = [m.entry.name[:40] for m in items if m.recomputed is not None
                 and not overlap(m.recomputed, (m.figure.low, m.figure.high))]
        return Verdict(True, true, "plain", "plain mean of the capaian recomputed from target and "
                                            "realisasi; the printed capaian of " + "; ".join(wrong)
                                            + " is IND005's finding")
    return Verdict(False, plain, "plain", "")


def _capped_verdict(items: list[Member], printed) -> Verdict | None:
    """The plain mean of the capaian capped at one of the usual caps, when that is what the
    stated figure matches (only caps some capaian exceed, so a cap never hides a plain error)."""
    for cap in (Decimal(str(c)) for c in vocabulary()["average"]["caps"]):
        if not any(m.figure.low > cap for m in items):
            continue
        n = Decimal(len(items))
        mean = (sum((min(m.figure.low, cap) for m in items), Decimal(0)) / n,
                sum((min(m.figure.high, cap) for m in items), Decimal(0)) / n)
        if overlap(mean, printed):
            return Verdict(True, mean, "plain", f"plain mean with each capaian capped at {cap}%")
    return None


def _true_mean(items: list[Member], weighted: bool):
    """The mean of the capaian each row's own target and realisasi give: a stated average that
    matches it is right, and a wrong capaian cell above it is IND005's finding, not this one's."""
    if not any(m.recomputed is not None and not overlap(m.recomputed, (m.figure.low, m.figure.high))
               for m in items):
        return None
    lows = [m.recomputed[0] if m.recomputed else m.figure.low for m in items]
    highs = [m.recomputed[1] if m.recomputed else m.figure.high for m in items]
    n = Decimal(len(items))
    return sum(lows, Decimal(0)) / n, sum(highs, Decimal(0)) / n


def _show(interval, like: Figure) -> str:
    return format_like(_point(interval), like)


_MEANS = {"plain": ("rata-rata biasa", "plain mean"),
          "weighted": ("rata-rata tertimbang", "weighted mean")}


def _average_finding(rule: Rule, stated: Figure, verdict: Verdict, items: list[Member],
                     view: IndicatorView, scope: tuple[str, str], where: Location, key: str):
    middle = _point(verdict.expected)
    values = ", ".join(m.figure.raw.strip() for m in items)
    locations = [where] + [view.slot_location(m.slot) for m in items]
    return rule.finding({"scope_id": scope[0], "scope_en": scope[1],
                         "mean_id": _MEANS[verdict.which][0], "mean_en": _MEANS[verdict.which][1],
                         "count": len(items), "values": values}, locations,
                        expected=format_like(middle, stated), found=stated.raw.strip(),
                        difference=format_like(stated.value - middle, stated), key=key)


# ---------------------------------------------------------------------------- sentences

@dataclass
class Stated:
    paragraph: Paragraph
    sentence: str
    figure: Figure
    weighted: bool
    span: str = ""          # the words between the phrase and its figure


def _stated_averages(context: Context) -> list[Stated]:
    vocab = vocabulary()["average"]
    phrases = sorted(vocab["phrases"], key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(p) for p in phrases))
    out = []
    for paragraph in context.document.paragraphs:
        for sentence in sentences(paragraph):
            low = sentence.lower()
            found = pattern.search(low)
            if not found:
                continue
            tail = sentence[found.end():found.end() + vocab["window"]]
            figure = _PERCENT.search(tail)
            if not figure or matches_any(tail[:figure.start()], vocab["breaks"]):
                continue
            parsed = parse_figure(figure.group(0))
            if parsed is None:
                continue
            out.append(Stated(paragraph, sentence, parsed, matches_any(sentence, vocab["weighted"]),
                              tail[:figure.start()]))
    return out


def _count_stated(span: str) -> int | None:
    """How many indicators the average covers, when the words between the phrase and its
    figure say so: "keenam indikator", "13 indikator", "sepuluh indikator", "ketiga belas"."""
    text = norm(span)
    digits = re.search(r"\b(\d{1,3})\s+(?:\(\w+(?:\s\w+)?\)\s+)?indikator", text)
    if digits:
        return int(digits.group(1))
    spelled = re.search(r"\b([a-z]+(?:\s+[a-z]+)?)\s+indikator", text)
    if not spelled:
        return None
    words = spelled.group(1).split()
    for start in range(len(words)):
        phrase = " ".join(words[start:])
        if phrase.startswith("ke") and not phrase.startswith("kese"):
            phrase = phrase[2:]                      # keenam → enam, ketiga belas → tiga belas
        number = words_to_number(phrase)
        if number is not None and number > 1:
            return number
    return None


def _count_counted(sentence: str) -> int | None:
    """Every indicator, counted by the sentence's own tally ("5 dari 6 indikator", "10
    indikator tercapai dan 3 indikator belum tercapai")."""
    vocab = vocabulary()["average"]
    text = norm(sentence)
    for pattern in vocab["counted_whole"]:
        found = re.search(pattern, text)
        if found:
            return int(found.group("whole"))
    for pattern in vocab["counted_parts"]:
        found = re.search(pattern, text)
        if found:
            return int(found.group("a")) + int(found.group("b"))
    return None


def _measurement_views(context: Context) -> list[tuple[IndicatorView, list[Member], int]]:
    out = []
    model = matrix(context)
    for view in model.views:
        got = members(view, context.year, model, _lower_formula(context))
        if got and len(got[0]) >= 2:
            out.append((view, got[0], got[1]))
    return out


def _table_named(sentence: str, views) -> list:
    named = re.findall(r"\btabel\s+(\d+(?:\.\d+)*)", norm(sentence))
    if not named:
        return []
    return [v for v in views if re.search(rf"\btabel\s+{re.escape(named[0])}\b", norm(v[0].table.caption))]


def _above(context: Context, paragraph: Paragraph, views):
    """The measurement table right above the paragraph (no heading or other table between)."""
    position = context.document.position(paragraph)
    tables = {id(v[0].table): v for v in views}
    for block in reversed(context.document.blocks[:position]):
        if isinstance(block, Table):
            return tables.get(id(block))
        if block.heading:
            return None
    return None


def _sasaran_scope(sentence: str, views, context) -> tuple | None | str:
    """(view, group) when the sentence names one sasaran; "unsure" when it names one we cannot
    place; None when it names none."""
    text = norm(sentence)
    if not re.search(r"\bsasaran\b", text) or re.search(r"\b(seluruh|semua|setiap|tiap|masing-masing)\s+sasaran", text):
        return None
    number = _number(sentence)
    found = []
    for view, _, _ in views:
        for group in _groups(context, view):
            if number is not None and group.number == number:
                found.append((view, group))
            elif number is None and _names_group(text, group.label):
                found.append((view, group))
    return found[0] if len(found) == 1 else "unsure"


def _strip_label(label: str) -> str:
    return re.sub(r"^\s*(sasaran|ss)(\s+strategis)?\s*(ke-?)?\s*\d*\s*[:.)-]?\s*", "", norm(label))


def _names_group(text: str, label: str) -> bool:
    name = _strip_label(label)
    return len(name) >= 12 and fuzz.partial_ratio(name, text) >= vocabulary()["average"]["match"]


def _resolve_sentence(context: Context, stated: Stated, views):
    """(view, members, (scope_id, scope_en)) or a reason it is unsure."""
    vocab = vocabulary()["average"]
    sasaran = _sasaran_scope(stated.sentence, views, context)
    if sasaran == "unsure":
        return "the sasaran it averages is not one of the measurement table's groups"
    if sasaran is not None:
        view, group = sasaran
        return view, group.members, (f"sasaran \"{group.label[:60]}\"", f"sasaran \"{group.label[:60]}\"")
    named = _table_named(stated.sentence, views)
    above = _above(context, stated.paragraph, views)
    says_above = matches_any(stated.sentence, vocab["table_above"])
    says_all = matches_any(stated.sentence, vocab["all"])
    count = _count_stated(stated.span)
    if count is None and not named and not says_above:
        count = _count_counted(stated.sentence)
        says_all = says_all or count is not None
    if named:
        candidates = named
    elif says_above:
        candidates = [above] if above is not None else []
    elif says_all or count is not None:
        candidates = [above] if above is not None else views
    else:
        return "the sentence does not say what it averages"
    if count is not None:
        candidates = [c for c in candidates if len(c[1]) == count]
    if len(candidates) > 1:
        measured = [c for c in candidates if c[0].source in ("pengukuran", "capaian")]
        candidates = measured or candidates
    if len(candidates) > 1 and len({tuple(m.figure.value for m in c[1]) for c in candidates}) == 1:
        candidates = candidates[:1]                   # the same capaian printed twice
    if len({id(c[0]) for c in candidates}) != 1:
        return "no single measurement table holds the capaian it averages"
    view, items, missing = candidates[0]
    split = any(donor is view.table for donor in continued_tables(context.document).values())
    if (missing and count is None) or (split and count is None):
        return "the table's capaian column is incomplete or continues in another table"
    return view, items, (f"{view.table.name}", f"{view.table.name}")


# ---------------------------------------------------------------------------- IND011

def _sum007_covers(table: Table, row: Row, col: int) -> bool:
    return any(c.average is row and c.col == col for c in average_columns(table))


@check_kind("average_capaian")
def average_capaian(rule: Rule, context: Context):
    views = _measurement_views(context)
    for stated in _stated_averages(context):
        where = stated.paragraph.location(stated.sentence)
        resolved = _resolve_sentence(context, stated, views) if views else \
            "no measurement table with a capaian column"
        if isinstance(resolved, str):
            context.note(f"{rule.code}: stated, not checked: rata-rata capaian {stated.figure.raw} "
                         f"({resolved})", where)
            continue
        view, items, scope = resolved
        yield from _check(rule, context, stated.figure, items, stated.weighted, view, scope, where,
                          f"sentence:{stated.sentence[:60]}")
    for view, items, missing in views:
        yield from _average_rows(rule, context, view, items, missing)
        yield from _group_column(rule, context, view)
    yield from _summary_tables(rule, context, views)


def _check(rule, context, figure, items, weighted_said, view, scope, where, key):
    verdict = judge(figure, items, weighted_said)
    if verdict is None:
        context.note(f"{rule.code}: stated, not checked: weighted rata-rata capaian {figure.raw} "
                     f"without a Bobot column", where)
        return
    if verdict.held:
        yield rule.passed(scope[1], len(items), [where],
                          f"rata-rata capaian {figure.raw.strip()}: {verdict.detail} of {len(items)}")
        return
    yield _average_finding(rule, figure, verdict, items, view, scope, where, key)


def _average_rows(rule, context, view: IndicatorView, items: list[Member], missing: int):
    """A "Rata-rata capaian" row of the measurement table SUM007 does not check."""
    col = _capaian_col(view, context.year)
    table = view.table
    weighted_caption = matches_any(table.caption, vocabulary()["average"]["weighted"])
    for row in table.rows:
        label = " ".join(c.text for c in row.cells[:col] if c.text)
        if not (is_average_row(row) or matches_any(label, vocabulary()["average"]["phrases"])):
            continue
        figure = row.cells[col].figure if col < len(row.cells) else None
        if figure is None or _sum007_covers(table, row, col):
            continue
        where = _cell_location(table, row, col)
        scope_items = items
        group = _group_of_row(context, view, row, label)
        if group is not None:
            scope_items = group.members
        elif missing:
            context.note(f"{rule.code}: stated, not checked: {figure.raw} (some indicators have "
                         f"no capaian)", where)
            continue
        weighted = weighted_caption or matches_any(label, vocabulary()["average"]["weighted"])
        scope = (f"{table.name}", f"{table.name}") if group is None else \
            (f"sasaran \"{group.label[:60]}\"",) * 2
        yield from _check(rule, context, figure, scope_items, weighted, view, scope, where,
                          f"row:{table.name}:{row.number}")


def _group_of_row(context, view, row: Row, label: str) -> Group | None:
    """An average row that closes a sasaran: it names the sasaran, or the table has several
    groups each closed by an average row."""
    all_groups = _groups(context, view)
    if len(all_groups) < 2:
        return None
    rows = view.table.rows
    at = next(i for i, r in enumerate(rows) if r is row)
    before = [g for g in all_groups if any(r is g.row for r in rows[:at])]
    if not before:
        return None
    last = before[-1]
    averages = [r for r in rows if is_average_row(r) or
                matches_any(" ".join(c.text for c in r.cells[:2]), vocabulary()["average"]["phrases"])]
    if matches_any(label, ["sasaran"]) or len(averages) == len(all_groups):
        return last
    return None


def _group_column(rule, context, view: IndicatorView):
    """A column of each sasaran's average capaian (merged over its rows, or on its first)."""
    words = vocabulary()["average"]["column"]
    cols = [c for c in range(view.table.width) if matches_any(_header(view.table, c), words)]
    if len(cols) != 1:
        return
    col = cols[0]
    weighted = matches_any(_header(view.table, col), vocabulary()["average"]["weighted"])
    for group in _groups(context, view):
        rows = [group.row] + [m.entry.row for m in group.members]
        figures = {}
        for row in rows:
            cell = row.cells[col] if col < len(row.cells) else None
            if cell is not None and cell.figure is not None:
                figures.setdefault(cell.figure.value, (row, cell.figure))
        if len(figures) != 1:
            continue
        row, figure = next(iter(figures.values()))
        where = _cell_location(view.table, row, col)
        scope = (f"sasaran \"{group.label[:60]}\"",) * 2
        yield from _check(rule, context, figure, group.members, weighted, view, scope, where,
                          f"column:{view.table.name}:{group.label[:40]}")


def _summary_tables(rule, context, views):
    """A table of sasaran with a "Rata-rata Capaian" column (the efficiency table), each row
    held to its sasaran's group in the measurement table."""
    if not views:
        return
    words = vocabulary()["average"]["column"]
    measured = {id(v[0].table) for v in views}
    all_groups = [(view, g) for view, _, _ in views for g in _groups(context, view)]
    if len(all_groups) < 2:
        return
    for table in context.document.tables:
        if id(table) in measured:
            continue
        cols = [c for c in range(table.width) if matches_any(table.columns[c], words)]
        if len(cols) != 1:
            continue
        col = cols[0]
        weighted = matches_any(f"{table.caption} {table.columns[col]}", vocabulary()["average"]["weighted"])
        for row in table.rows:
            figure = row.cells[col].figure if col < len(row.cells) else None
            label = " ".join(c.text for c in row.cells[:col] if c.text)
            if figure is None or not re.search(r"\bsasaran\b|[a-z]{4}", norm(label)):
                continue
            where = _cell_location(table, row, col)
            match = _match_group(label, all_groups)
            if match is None:
                context.note(f"{rule.code}: stated, not checked: {figure.raw} for \"{label[:60]}\" "
                             f"(not one sasaran of the measurement table)", where)
                continue
            view, group = match
            scope = (f"sasaran \"{group.label[:60]}\"",) * 2
            yield from _check(rule, context, figure, group.members, weighted, view, scope, where,
                              f"summary:{table.name}:{row.number}")


def _match_group(label: str, all_groups):
    """The measurement table's group a summary row names: by its words when both print
    them, else by its number when the groups are numbered."""
    number = _number(label)
    name = _strip_label(label)
    vocab = vocabulary()["average"]
    named = [(v, g) for v, g in all_groups if len(_strip_label(g.label)) >= 12]
    if len(name) >= 12 and len(named) == len(all_groups):
        scored = sorted(((fuzz.token_set_ratio(name, _strip_label(g.label)), v, g)
                         for v, g in all_groups), key=lambda x: -x[0])
        if scored[0][0] >= vocab["match"] and \
                (len(scored) == 1 or scored[0][0] - scored[1][0] >= vocab["margin"]):
            _, view, group = scored[0]
            return (view, group) if number is None or group.number in (None, number) else None
        return None
    if number is not None:
        found = [(v, g) for v, g in all_groups if g.number == number]
        if len(found) == 1 and _agrees(label, found[0][1].label):
            return found[0]
    return None


def _agrees(label: str, other: str) -> bool:
    """A numbered sasaran whose words, when both print them, are the same sasaran's."""
    a, b = _strip_label(label), _strip_label(other)
    if len(a) < 12 or len(b) < 12:
        return True
    return fuzz.partial_ratio(a, b) >= vocabulary()["average"]["match"]


# ---------------------------------------------------------------------------- IND012

def progress_columns(table: Table, year: int | None) -> list[int]:
    """The one column of progress to the end target ("Capaian thd Target 2026"), if the table
    has exactly one: IND012's, which IND005 could leave to it."""
    cols = [c for c in range(table.width) if _is_progress(table, c, year)]
    return cols if len(cols) == 1 else []


def _is_progress(table: Table, col: int, year: int | None) -> bool:
    vocab = vocabulary()["progress"]
    header = _header(table, col)
    if not matches_any(header, vocab["capaian_words"]) and "%" not in header:
        return False
    return _names_end(header, year)


def _names_end(header: str, year: int | None) -> bool:
    vocab = vocabulary()["progress"]
    if matches_any(header, vocab["end_words"]):
        return True
    years = [int(y) for y in re.findall(r"\b(20\d{2})\b", header)]
    return year is not None and bool(years) and max(years) > year and \
        matches_any(header, vocab["target_words"])


def _is_end_target(table: Table, col: int, year: int | None) -> bool:
    vocab = vocabulary()["progress"]
    header = _header(table, col)
    if _is_progress(table, col, year) or not matches_any(header, vocab["target_words"]):
        return False
    return _names_end(header, year)


def _end_col(table: Table, year: int | None, end_year: int | None = None) -> int | None:
    """The table's one end-target column: the one its header calls the end target ("Target
    Akhir Renstra"), else the latest year after the report's ("Target 2026" beside 2024, 2025)."""
    cols = [c for c in range(table.width) if _is_end_target(table, c, year)]
    if end_year is not None:
        cols = [c for c in cols if _end_year(_header(table, c)) in (None, end_year)]
    named = [c for c in cols if matches_any(_header(table, c), vocabulary()["progress"]["end_words"])]
    if named:
        return named[0] if len(named) == 1 else None
    years = {c: _end_year(_header(table, c)) for c in cols}
    latest = max((y for y in years.values() if y is not None), default=None)
    chosen = [c for c, y in years.items() if y == latest]
    return chosen[0] if len(chosen) == 1 else None


def _end_year(header: str) -> int | None:
    years = re.findall(r"\b(20\d{2})\b", header)
    return int(years[-1]) if years else None


def _realisasi(entry: Entry, year: int | None) -> Slot | None:
    slots = [s for (m, y), s in entry.slots.items() if m == "realisasi"]
    own = [s for s in slots if s.column.year == year and year is not None]
    if len(own) == 1:
        return own[0]
    bare = [s for s in slots if s.column.year is None]
    return bare[0] if len(slots) == 1 and bare else None


def _renstra_target(model, indicator, end_year: int | None):
    """The indicator's Renstra target for the end year (the last year of the Renstra period
    when the header names none), and its Value; None unless every Renstra table agrees."""
    values = [v for v in model.of(indicator, "target") if v.view.source == "renstra"
              and v.year is not None and v.value.figure is not None]
    if not values:
        return None
    year = end_year or max(v.year for v in values)
    chosen = [v for v in values if v.year == year]
    if not chosen or len({v.value.figure.value for v in chosen}) != 1:
        return None
    return chosen[0]


def _indicator_of(model, view, entry):
    return next((i for i in model.identity.indicators
                 if any(v is view and e is entry for v, e in i.members)), None)


@dataclass
class Progress:
    printed: Figure
    realisasi: object          # IndicatorValue
    end: object                # IndicatorValue
    end_year: int | None
    lower: bool
    locations: list[Location]
    indicator: str
    table: str
    key: str


def _judge_progress(rule: Rule, context: Context, progress: Progress, formula: str):
    interval = expected_capaian(progress.end, progress.realisasi, progress.lower, formula)
    if interval is None:
        return
    printed = progress.printed
    if overlap(interval, (printed.low, printed.high)):
        yield rule.passed(progress.table, 1, progress.locations,
                          f"{progress.indicator[:50]}: {printed.raw.strip()} = "
                          f"{progress.realisasi.show()} / {progress.end.show()}")
        return
    middle = expected_capaian(progress.end, progress.realisasi, progress.lower, formula,
                              bounds=lambda v: (v.figure.value, v.figure.value))[0]
    yield rule.finding(
        {"indicator": progress.indicator, "table": progress.table,
         "realisasi": progress.realisasi.show(), "end_target": progress.end.show(),
         "end_year": progress.end_year or "?",
         "direction_id": "makin rendah" if progress.lower else "makin tinggi",
         "direction_en": "lower" if progress.lower else "higher"},
        progress.locations, expected=format_like(middle, printed), found=printed.raw.strip(),
        difference=format_like(printed.value - middle, printed), key=progress.key)


@check_kind("renstra_progress")
def renstra_progress(rule: Rule, context: Context):
    model = matrix(context)
    formula = _lower_formula(context)
    year = context.year
    # cells IND005 already recomputes with the same target and realisasi (its capaian is the
    # last capaian column of a row): (capaian col, target col, realisasi col)
    covered = {(id(v), id(e)): (slots["capaian"].column.col, slots["target"].column.col,
                                slots["realisasi"].column.col)
               for _, v, e, slots in _triples(model)}
    for view in model.views:
        table = view.table
        cols = progress_columns(table, year)
        if not cols:
            continue
        col = cols[0]
        progress_year = _end_year(_header(table, col))
        end_col = _end_col(table, year, progress_year)
        end_cols = [end_col] if end_col is not None else []
        end_year = progress_year or (_end_year(_header(table, end_col)) if end_cols else None)
        for entry in view.entries:
            cell = entry.row.cells[col] if col < len(entry.row.cells) else None
            if cell is None or cell.figure is None or _is_average_name(entry.name):
                continue
            where = view.location(entry.row, col)
            real = _realisasi(entry, year)
            indicator = _indicator_of(model, view, entry)
            end, end_where = None, None
            if len(end_cols) == 1:
                end = parse_value(entry.row.cells[end_cols[0]].raw) \
                    if end_cols[0] < len(entry.row.cells) else None
                end_where = view.location(entry.row, end_cols[0])
            elif indicator is not None:
                value = _renstra_target(model, indicator, end_year)
                if value is not None:
                    end, end_where = value.value, value.location
            if real is None or end is None or indicator is None:
                context.note(f"{rule.code}: stated, not checked: {cell.figure.raw} for "
                             f"\"{entry.name[:50]}\" (no sure realisasi or end target)", where)
                continue
            if real.value.figure is None or end.figure is None:
                continue        # a grade or a range: no ratio
            if (id(view), id(entry)) in covered and covered[(id(view), id(entry))] == \
                    (col, end_cols[0] if end_cols else None, real.column.col):
                # IND005 already divides this cell's realisasi by the same end target
                yield rule.passed(table.name, 1, [where], f"{entry.name[:50]}: {cell.figure.raw} "
                                  "(recomputed by IND005 as its capaian; not reported twice)")
                continue
            progress = Progress(cell.figure, real.value, end, end_year,
                                model.direction(indicator.name) == "lower",
                                [where, view.slot_location(real), end_where], entry.name,
                                table.name, f"{indicator.name}|progress")
            yield from _judge_progress(rule, context, progress, formula)
    yield from _progress_sentences(rule, context, model, formula)


def _figures_in(text: str) -> set[Decimal]:
    found = (parse_figure(m.group(0)) for m in re.finditer(r"\d[\d.,]*\d|\d", text))
    return {f.value for f in found if f is not None}


def _clauses(sentence: str) -> list[str]:
    """A sentence cut at ", " and ";" (never inside "67,62")."""
    return [c.strip() for c in re.split(r",\s+|;\s*", sentence) if c.strip()]


def _end_anchor(clause: str, year: int | None) -> tuple[re.Match, int | None] | None:
    """"target akhir (Renstra) (tahun 2029)", or "target 2029" for a year after the report's."""
    vocab = vocabulary()["progress"]
    found = re.search(vocab["anchor"], clause, re.IGNORECASE)
    if found:
        return found, _end_year(clause[found.start():found.end() + 30])
    for later in re.finditer(r"\btarget\s+(?:tahun\s+)?(20\d{2})\b", clause, re.IGNORECASE):
        if year is not None and int(later.group(1)) > year:
            return later, int(later.group(1))
    return None


def _progress_sentences(rule, context, model, formula):
    """"… kemajuan 108,70% terhadap target akhir Renstra", "… telah mencapai 93,92% dari target
    2029", "terhadap target akhir Renstra (83,00%) baru mencapai 97,02%": one clause with the
    end target, a progress word and a percentage that is neither the realisasi nor the target."""
    vocab = vocabulary()["progress"]
    year = context.year
    for paragraph in context.document.paragraphs:
        for sentence in sentences(paragraph):
            clauses = _clauses(sentence)
            for at, clause in enumerate(clauses):
                anchored = _end_anchor(clause, year)
                if anchored is None:
                    continue
                if not _progress_figures(clause) and at + 1 < len(clauses) and \
                        _end_anchor(clauses[at + 1], year) is None:
                    # "Terhadap target akhir Renstra sebesar 2.150 sampel, progres … 110,40%"
                    clause = f"{clause}, {clauses[at + 1]}"
                if not matches_any(clause, vocab["progress_words"]):
                    continue
                candidates = _progress_figures(clause)
                if not candidates:
                    continue
                yield from _progress_clause(rule, context, model, formula, paragraph, sentence,
                                            clause, candidates, anchored[1])


def _progress_clause(rule, context, model, formula, paragraph, sentence, clause, candidates,
                     end_year):
    year = context.year
    where = paragraph.location(sentence)
    named = _named_indicators(model, clause) or _named_indicators(model, sentence)
    if len(named) != 1:
        if not named:
            named = _named_indicators(model, paragraph.text)
        if len(named) != 1:
            context.note(f"{rule.code}: stated, not checked: {candidates[0].raw} (the sentence "
                         f"names {'no' if not named else 'more than one'} indicator of the tables)",
                         where)
            return
    indicator = named[0]
    reals = [v for v in model.of(indicator, "realisasi") if v.year == year
             and v.value.figure is not None]
    if len({v.value.figure.value for v in reals}) > 1:
        # the tables disagree (IND002's finding): the one the sentence itself restates
        said = _figures_in(sentence)
        reals = [v for v in reals if v.value.figure.value in said]
    end = _end_from_tables(model, indicator, year, end_year)
    if not reals or len({v.value.figure.value for v in reals}) != 1 or end is None:
        context.note(f"{rule.code}: stated, not checked: {candidates[0].raw} for "
                     f"\"{indicator.name[:50]}\" (no sure realisasi or end target)", where)
        return
    end_value, end_location, end_year = end
    # the realisasi and the end target restated in the clause are not the progress
    others = [f for f in candidates
              if f.value not in (end_value.figure.value, reals[0].value.figure.value)]
    if len(others) != 1:
        if len(others) > 1:
            context.note(f"{rule.code}: stated, not checked: {others[0].raw} for "
                         f"\"{indicator.name[:50]}\" (several percentages in one clause)", where)
        return
    progress = Progress(others[0], reals[0].value, end_value, end_year,
                        model.direction(indicator.name) == "lower",
                        [where, reals[0].location, end_location], indicator.name,
                        f"¶{paragraph.index}", f"{indicator.name}|progress-sentence|{others[0].raw}")
    yield from _judge_progress(rule, context, progress, formula)


def _progress_figures(tail: str) -> list[Figure]:
    """The percentages after the phrase that are neither in brackets ("(72,00%)", the end
    target restated) nor right after a realisasi or target word."""
    skip = vocabulary()["progress"]["not_progress"]
    out = []
    for found in _PERCENT.finditer(tail):
        before = tail[:found.start()]
        if before.count("(") > before.count(")"):
            continue
        if matches_any(" ".join(before.split()[-1:]), skip):
            continue
        figure = parse_figure(found.group(0))
        if figure is not None:
            out.append(figure)
    return out


def _end_from_tables(model, indicator, year, end_year):
    """The end target: an end-target column on the indicator's row, else the Renstra's."""
    found = []
    for view, entry in indicator.members:
        col = _end_col(view.table, year, end_year)
        if col is None or col >= len(entry.row.cells):
            continue
        value = parse_value(entry.row.cells[col].raw)
        if value is not None and value.figure is not None:
            found.append((value, view.location(entry.row, col),
                          _end_year(_header(view.table, col)) or end_year))
    if found:
        if len({v.figure.value for v, _, _ in found}) != 1 or len({y for _, _, y in found}) != 1:
            return None
        return found[0]
    value = _renstra_target(model, indicator, end_year)
    if value is None:
        return None
    return value.value, value.location, value.year


def _forms(name: str) -> tuple[str, str, str]:
    """"Angka Partisipasi Kasar (APK) PAUD" → its name without brackets, its short form
    ("apk paud") and the bracketed words alone ("apk"); "Jumlah crime total" → "crime total"
    as its short form (the name without the word every indicator may start with)."""
    folded = norm(name)
    plain = " ".join(re.sub(r"\([^)]*\)", " ", folded).split())
    inner = re.search(r"\(([^)]+)\)", folded)
    if not inner:
        words = plain.split()
        if len(words) >= 3 and words[0] in load("indicators")["indicator_starts"]:
            return plain, " ".join(words[1:]), ""
        return plain, "", ""
    short = " ".join(re.sub(r"\([^)]*\)", " ", f"{inner.group(1)} {folded[inner.end():]}").split())
    return plain, short, inner.group(1).strip()


def _named_indicators(model, text: str) -> list:
    """Indicators a sentence names: the full name (without bracketed parts) at a close fuzzy
    match, its short form ("APK PAUD") as words, or its bracketed words alone ("IKM",
    "crime clearance") when no other indicator has them."""
    vocab = vocabulary()["progress"]
    folded = norm(text)
    forms = {id(i): _forms(i.name) for i in model.identity.indicators}
    inners = [f[2] for f in forms.values() if f[2]]
    shorts = [f[1] for f in forms.values() if f[1]]
    out = []
    for indicator in model.identity.indicators:
        plain, short, inner = forms[id(indicator)]
        if len(plain) >= vocab["min_name"] and fuzz.partial_ratio(plain, folded) >= vocab["name_match"]:
            out.append(indicator)
        elif len(short.split()) >= 2 and shorts.count(short) == 1 and _has_words(short, folded):
            out.append(indicator)
        elif inner and inners.count(inner) == 1 and len(inner) >= 3 and _has_words(inner, folded) \
                and inner not in vocab["not_names"]:
            out.append(indicator)
        elif _has_prefix(plain, [f[0] for f in forms.values() if f[0] != plain], folded):
            out.append(indicator)
    return out


def _has_prefix(plain: str, others: list[str], text: str) -> bool:
    """The name's first words ("nilai evaluasi sakip" of "Nilai evaluasi SAKIP Pemerintah
    Kabupaten"), at least three and as few as no other indicator's name starts with."""
    words = plain.split()
    for n in range(3, len(words)):
        prefix = " ".join(words[:n])
        if any(o == prefix or o.startswith(prefix + " ") for o in others):
            continue
        return len(prefix) >= 15 and _has_words(prefix, text)
    return False


def _has_words(words: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text))
