"""SUM008 sibling-total: the same total given in two tables with different values — staff by
golongan, by education and by sex; the DPT of one table and another of the same list; the pagu of
the per-program table and of the per-jenis-belanja table. Two totals are siblings only when their
captions name the same measure, scope, stage, scale and date and nothing the vocabulary cannot
explain; the L, P and L+P columns (or pagu and realisasi) are compared one by one. Where the
subjects differ only by words cekdata cannot read, or where the difference is exactly what some
employment-status rows of one table add up to (all staff vs PNS only), there is no finding but a
note. The vocabulary is ``data/siblings.yaml``."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import combinations

from ..documents.numbers import format_decimal
from ..findings import Severity
from ..recognise.siblings import Total, status_rows, totals
from ..recognise.view import split_rows
from .context import Context
from .registry import Rule, check_kind


PARTS = {"all": ("seluruhnya", "all"), "male": ("laki-laki", "male"), "female": ("perempuan", "female"),
         "pagu": ("pagu", "pagu"), "realisasi": ("realisasi", "realisasi")}


def _agree(a: Total, b: Total) -> bool:
    return a.figure.low <= b.figure.high and b.figure.low <= a.figure.high


def _adds_up(total: Total) -> bool | None:
    """Whether the total cell is the sum of its table's body rows in that column (None: unknown)."""
    split = split_rows(total.table.rows)
    if split.total is not total.row or not split.body:
        return None
    low = high = Decimal(0)
    for row in split.body:
        cell = row.cells[total.col] if total.col < len(row.cells) else None
        if cell is None or cell.is_blank:
            continue
        if cell.figure is None:
            return None
        low, high = low + cell.figure.low, high + cell.figure.high
    return low <= total.figure.high and total.figure.low <= high


def _explained(a: Total, b: Total) -> bool:
    """The difference is exactly some employment-status rows of the table with more people: the
    two tables count different staff (all vs PNS), not the same staff twice."""
    if a.measure != "pegawai":
        return False
    bigger = a if a.figure.value > b.figure.value else b
    gap = abs(a.figure.value - b.figure.value)
    values = []
    for row in status_rows(bigger.table):
        cell = row.cells[bigger.col] if bigger.col < len(row.cells) else None
        if cell is not None and cell.figure is not None:
            values.append(cell.figure.value)
    for size in range(1, min(len(values), 6) + 1):
        if any(sum(pick) == gap for pick in combinations(values, size)):
            return True
    return False


def _scope_words(total: Total) -> tuple[str, str]:
    scope = ", ".join(sorted(total.scope))
    return (f" ({scope})", f" ({scope})") if scope else ("", "")


def _groups(found: list[Total], year: int | None) -> dict[tuple, list[Total]]:
    groups: dict[tuple, list[Total]] = {}
    for total in found:
        key = (total.measure, total.part, total.scope, total.stage, total.scale,
               total.year or year, total.residue)
        groups.setdefault(key, []).append(total)
    out = {}
    for key, members in groups.items():
        tables = [m.table.index for m in members]
        members = [m for m in members if tables.count(m.table.index) == 1]
        if len({m.table.index for m in members}) >= 2:
            out[key] = members
    return out


def _clusters(members: list[Total]) -> list[list[Total]]:
    clusters: list[list[Total]] = []
    for total in members:
        home = next((c for c in clusters if all(_agree(total, m) for m in c)), None)
        if home is None:
            clusters.append([total])
        else:
            home.append(total)
    return clusters


def _reference(clusters: list[list[Total]]) -> list[Total]:
    """The value most tables give; between two, the one whose table adds up to it; else the
    first printed."""
    most = max(len(c) for c in clusters)
    best = [c for c in clusters if len(c) == most]
    if len(best) > 1:
        sound = [c for c in best if all(_adds_up(m) for m in c)]
        if len(sound) == 1:
            return sound[0]
    return min(best, key=lambda c: min(m.table.index for m in c))


@check_kind("sibling_total")
def sibling_total(rule: Rule, context: Context):
    found, unread = totals(context.document, context.views, context.year)
    measured = {t.measure for t in found}
    for candidate in unread:
        if candidate.measure not in measured:      # no sibling to compare it with anyway
            continue
        context.note(f"{rule.code}: not checked: {candidate.table.name.split()[0]} names "
                     f"{candidate.measure} but {candidate.reason}",
                     candidate.table.caption_location())
    groups = _groups(found, context.year)
    for key, members in groups.items():
        months = {m.month for m in members if m.month}
        if len(months) > 1:
            context.note(f"{rule.code}: not checked: {', '.join(m.label for m in members)} give "
                         f"{key[0]} at different dates ({', '.join(sorted(months))})")
            continue
        clusters = _clusters(members)
        reference = _reference(clusters)
        anchor = reference[0]
        if len(reference) >= 2:
            yield rule.passed(" = ".join(m.label for m in reference), len(reference),
                              [m.location for m in reference],
                              f"{anchor.measure} ({PARTS[anchor.part][1]}): "
                              f"{anchor.figure.raw} in {', '.join(m.label for m in reference)}")
        for cluster in clusters:
            if cluster is reference:
                continue
            for total in cluster:
                yield from _finding(rule, context, total, anchor)
    yield from _uncertain(rule, context, found, groups)


def _finding(rule: Rule, context: Context, total: Total, anchor: Total):
    if _explained(total, anchor):
        context.note(f"{rule.code}: not checked: {total.label} and {anchor.label} give "
                     f"{total.measure} {total.figure.raw} and {anchor.figure.raw}; the difference "
                     "is what the employment-status rows of one of them add up to, so they count "
                     "different staff", total.location)
        return
    unsure = ((total.year is None) != (anchor.year is None)
              or (total.month is None) != (anchor.month is None))
    part_id, part_en = PARTS[total.part]
    scope_id, scope_en = _scope_words(total)
    when = str(total.year or anchor.year or context.year or "")
    finding = rule.finding(
        {"measure": total.measure, "part_id": part_id, "part_en": part_en,
         "table": total.table.name, "other": anchor.table.name, "scope_id": scope_id,
         "scope_en": scope_en, "when": when},
        [total.location, anchor.location],
        expected=anchor.figure.raw, found=total.figure.raw,
        difference=format_decimal(total.figure.value - anchor.figure.value),
        key=f"{total.measure}/{total.part}/{'+'.join(sorted(total.scope))}/T{total.table.index}")
    if unsure:
        finding = replace(finding, severity=Severity.WARNING)
    yield finding


def _uncertain(rule: Rule, context: Context, found: list[Total], groups: dict):
    """Totals of the same measure, part, scope, stage and year whose subjects differ only by
    words the vocabulary does not know: no finding when they disagree, a note."""
    grouped = {id(m) for members in groups.values() for m in members}
    seen = set()
    for a, b in combinations(found, 2):
        if a.table is b.table or (id(a) in grouped and id(b) in grouped and a.residue == b.residue):
            continue
        if (a.measure, a.part, a.scope, a.stage, a.scale, a.year or context.year) != \
                (b.measure, b.part, b.scope, b.stage, b.scale, b.year or context.year):
            continue
        if a.residue == b.residue or _agree(a, b):
            continue
        pair = (a.table.index, b.table.index, a.measure)
        if pair in seen:
            continue
        seen.add(pair)
        context.note(f"{rule.code}: not checked: {a.label} \"{a.subject}\" and {b.label} "
                     f"\"{b.subject}\" both total {a.measure} ({a.figure.raw} vs {b.figure.raw}), "
                     "but their captions may not name the same subject", a.location)
    return
    yield
