"""PRO008: a total stated in prose against the total row of the table that counts the same
thing — "sebanyak 876 pengawas ad hoc", "berjumlah 45.763 jiwa", "1.146 penerima layanan" —
and its breakdown by sex ("terdiri atas 22.938 laki-laki dan 22.825 perempuan") against the
table's L and P totals.

A count is compared only when it is bound: its noun names what a table near it counts (the
noun is in the header of the table's total column, or in its caption when the table has one
grand-total column), the table is one the sentence names ("Tabel 1.4"), or stands in its
section, and nothing narrows the count (a sub-count, a named row, another year, a status).
Anything else that states a total is listed as "stated, not checked" with the reason."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..documents.model import Paragraph, Table
from ..documents.numbers import Figure, format_like
from ..findings import Location
from ..recognise.columns import is_additive
from ..recognise.counted import CountClaim, extract_counts
from ..recognise.generic import numeric_columns
from ..recognise.indicators import is_heading
from ..recognise.view import TableView, leaf, norm, vocabulary
from .context import Context
from .prose import claim_location
from .registry import Rule, check_kind

NEAR_BLOCKS = 8          # a section's table further than this from the sentence is not its table
_NUMBERED_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-H]\.|[IVX]+\.?)\s+[A-Z][^.!?]{0,90}$")
_TOKENS = re.compile(r"[a-z0-9+]+(?:[/-][a-z0-9+]+)*")
_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ter", "ber", "peng", "pem", "pen", "pe")
_SUFFIXES = ("kan", "an", "i")


def _vocab() -> dict:
    return vocabulary("claims")["table_totals"]


def words_of(text: str) -> set[str]:
    """Words of a label, with the halves of "desa/kelurahan" as words of their own."""
    found = set()
    for token in _TOKENS.findall(norm(text)):
        found.add(token)
        found.update(re.split(r"[/-]", token))
    return {w for w in found if w}


def stem(word: str) -> str:
    """A rough Indonesian stem, enough to see that "menguji" and "diuji" are one verb."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


# --- which tables a sentence speaks of ----------------------------------------------------------

def is_section_heading(paragraph: Paragraph) -> bool:
    return is_heading(paragraph) or bool(_NUMBERED_HEADING.match(paragraph.text.strip()))


def caption_number(table: Table) -> str | None:
    found = re.match(r"^(?:tabel\s+)?(\d+(?:\.\d+)*)\b", norm(table.caption))
    return found.group(1) if found else None


def named_numbers(text: str) -> list[str]:
    """"Tabel 1.1 dan Tabel 1.2", "Tabel 3.9/3.10", "Tabel 1.1 dan 1.2" → the numbers."""
    numbers = []
    for found in re.finditer(r"\btabel\s+(\d+(?:\.\d+)*)((?:\s*(?:,|/|dan|&|serta)\s*(?:tabel\s+)?"
                             r"\d+\.\d+(?:\.\d+)*)*)", norm(text)):
        numbers.append(found.group(1))
        numbers += re.findall(r"\d+\.\d+(?:\.\d+)*", found.group(2))
    return numbers


def named_tables(context: Context, text: str) -> list[Table]:
    numbers = named_numbers(text)
    return [t for t in context.document.tables if caption_number(t) in numbers] if numbers else []


def section_tables(context: Context, paragraph: Paragraph, near: int = NEAR_BLOCKS) -> list[Table]:
    """Tables of the paragraph's section (between the headings around it), at most ``near``
    blocks away, nearest first."""
    blocks = context.document.blocks
    at = context.document.position(paragraph)
    found: list[tuple[int, Table]] = []
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(blocks) and abs(i - at) <= near:
            block = blocks[i]
            if isinstance(block, Paragraph) and is_section_heading(block):
                break
            if isinstance(block, Table):
                found.append((abs(i - at), block))
            i += step
    return [t for _, t in sorted(found, key=lambda pair: pair[0])]


def scope_tables(context: Context, anchor: Paragraph, sentence: str,
                 paragraph: Paragraph | None = None) -> tuple[list[Table], bool]:
    """(tables, named): the tables the sentence names, else those its paragraph names and the
    tables of its section (``anchor``: the paragraph's block among the document's)."""
    named = named_tables(context, sentence)
    if named:
        return named, True
    tables = named_tables(context, (paragraph or anchor).text)
    tables += [t for t in section_tables(context, anchor) if t not in tables]
    return tables, False


# --- what a table counts ------------------------------------------------------------------------

@dataclass
class Column:
    label: set[str]
    value: Decimal
    half: Decimal
    figure: Figure
    cells: list[Location]
    name: str
    total_labelled: bool = False
    parts: dict[str, tuple[Figure, Location]] = field(default_factory=dict)   # male / female


def _figure(view: TableView, col: int) -> Figure | None:
    figure = view.cell(view.total, col).figure
    return figure if figure is not None and figure.kind in ("count", "decimal") else None


def table_columns(view: TableView) -> list[Column]:
    """The figures a table's total row gives: one per additive column, the L / P / L+P group as
    one (its whole, or L + P when it prints none)."""
    if view.total is None:
        return []
    table, columns = view.table, []
    totals = set(_vocab()["total_labels"])
    group = [view.roles[r] for r in ("male", "female", "whole") if r in view.roles]
    adjacent = group == list(range(group[0], group[0] + len(group))) if group else False
    if not adjacent:
        group = []
    if adjacent and {"male", "female"} <= set(view.roles):
        male, female = (_figure(view, view.roles[r]) for r in ("male", "female"))
        whole = _figure(view, view.roles["whole"]) if "whole" in view.roles else None
        if male is not None and female is not None:
            label = set().union(*(words_of(table.columns[c]) for c in group))
            parts = {"male": (male, view.location(view.total, "male")),
                     "female": (female, view.location(view.total, "female"))}
            if whole is not None:
                columns.append(Column(label, whole.value, whole.half_unit, whole,
                                      [view.location(view.total, "whole")],
                                      view.column_label("whole"), True, parts))
            else:
                value = male.value + female.value
                columns.append(Column(label, value, male.half_unit + female.half_unit,
                                      Figure(value, Decimal(0), "count", str(value)),
                                      [parts["male"][1], parts["female"][1]], "L + P", True, parts))
    text_roles = {view.roles[r] for r in ("name", "region", "code", "note") if r in view.roles}
    for col in numeric_columns(table, view.body):
        if col in group or col in text_roles or not is_additive(table, col, view.body):
            continue
        figure = _figure(view, col)
        heads = [leaf(table, col)] + [norm(r.text(col)) for r in table.rows[:1]]
        if figure is None or any(_sex_of_word(h) for h in heads):
            continue                             # an L or P column of a split is a part
        label = table.columns[col]
        columns.append(Column(words_of(label), figure.value, figure.half_unit, figure,
                              [view.location(view.total, col)], view.column_label(col),
                              norm(label) in totals))
    return columns


def caption_words(table: Table) -> tuple[set[str], set[str]]:
    """(what the caption counts, what its rows are): "Pengawas Pemilu Ad Hoc per Kecamatan"."""
    caption = re.sub(r"^(?:tabel\s+)?\d+(?:\.\d+)*\.?\s*", "", norm(table.caption))
    dims = "|".join(map(re.escape, _vocab()["dimension_words"]))
    split = re.split(rf"\b(?:{dims})\b", caption, maxsplit=1)
    counted = words_of(split[0])
    return counted, (words_of(split[1]) if len(split) > 1 else set())


def _row_dimension(view: TableView) -> set[str]:
    """Words of the text columns' headers: what the rows are (Kecamatan, Jenis Layanan)."""
    numeric = set(numeric_columns(view.table, view.body))
    found = set()
    for col in range(view.table.width):
        if col not in numeric:
            found |= words_of(view.table.columns[col])
    return found - {"no", "jumlah", "total"}


def _rows_are_years(view: TableView) -> bool:
    labels = [norm(r.cells[0].text).replace(" ", "") if r.cells else "" for r in view.body]
    return sum(bool(re.fullmatch(r"(?:tahun|lhp|ta)?(?:19|20)\d{2}", label)) for label in labels) >= 2


def _grand_total(columns: list[Column]) -> Column | None:
    """The one column that is the whole of the table: the only one, or a total-labelled column
    equal to the sum of the others."""
    if len(columns) == 1:
        return columns[0]
    for column in columns:
        others = [c for c in columns if c is not column]
        if column.total_labelled and others and \
                abs(sum(c.value for c in others) - column.value) <= sum(c.half for c in columns):
            return column
    return None


@dataclass
class Binding:
    view: TableView
    column: Column | None = None
    reason: str = ""


def bind(view: TableView, claim: CountClaim, nouns: set[str]) -> Binding | None:
    """The column of ``view`` that counts the claim's noun; None when the table does not count
    it; a Binding with a reason when it does but cannot say which figure."""
    counted, dimension = caption_words(view.table)
    if nouns & (dimension | _row_dimension(view)):
        return None                              # "9 kecamatan" beside a table per kecamatan
    columns = table_columns(view)
    hits = [c for c in columns if nouns & c.label]
    if (hits or nouns & counted) and _rows_are_years(view):
        return Binding(view, reason=f"{view.name.split()[0]} adds up several years")
    if len(hits) > 1:
        clause = {stem(w) for w in claim.clause} - {stem(n) for n in nouns}
        scored = [(len(clause & {stem(w) for w in c.label - nouns}), c) for c in hits]
        best = max(s for s, _ in scored)
        hits = [c for s, c in scored if s == best]
        if len(hits) > 1:
            values = {c.value for c in hits}
            if len(values) > 1:
                return Binding(view, reason=f"{view.name.split()[0]} has several columns of "
                                            f"{claim.noun}: " + ", ".join(c.name for c in hits))
    if hits:
        return Binding(view, hits[0])
    if nouns & counted:
        column = _grand_total(columns)
        if column is None:
            return Binding(view, reason=f"{view.name.split()[0]} counts {claim.noun} in several "
                                        "columns and prints no grand total")
        return Binding(view, column)
    return None


# --- what narrows a count -----------------------------------------------------------------------

def _named_row(view: TableView, claim: CountClaim, column: Column) -> str | None:
    """A body row named in the clause ("penduduk Desa Air Putih"): the figure is that row's."""
    clause = " " + " ".join(claim.clause) + " "
    known = column.label | caption_words(view.table)[0] | set(claim.nouns)
    for row in view.body:
        label = norm(" ".join(c.text for c in row.cells[:3] if c.text and c.figure is None))
        label = re.sub(r"^[\d.)(a-z]{1,3}[.)]\s+", "", label)
        content = [w for w in _TOKENS.findall(label) if w not in known]
        if content and f" {' '.join(_TOKENS.findall(label))} " in clause:
            return label
        if len(content) == 1 and len(content[0]) > 3 and f" {content[0]} " in clause and \
                len(_TOKENS.findall(label)) == 1:
            return label
    return None


_VERBAL = re.compile(r"^(?:meng|meny|mem|men|me|di|ber|ter)[a-z]{3,}$")


def _known(view: TableView, column: Column) -> set[str]:
    """The words a table uses for what it counts: its caption's and the column's."""
    words = column.label | caption_words(view.table)[0]
    return words | {stem(w) for w in words}


def title_words(context: Context) -> set[str]:
    """Words of the title page (the agency's own name: "pegawai BPS Kabupaten X" is all of
    its staff): the short lines that open the document, up to its first sentence or heading."""
    words: set[str] = set()
    for paragraph in context.document.paragraphs[:8]:
        text = paragraph.text.strip()
        if len(text) > 120 or text.endswith((".", ":")) or \
                (words and is_section_heading(paragraph) and not text.isupper()):
            break
        words |= words_of(text)
    return {w for w in words if not re.fullmatch(r"[\d.,]+", w)}


def narrowed(context: Context, claim: CountClaim, binding: Binding) -> str | None:
    """Why the claim is not the whole the bound column gives, or None."""
    view, column = binding.view, binding.column
    vocab = _vocab()
    if claim.frame.part or claim.repeated or claim.part_word:
        return "a part of a count stated with it"
    if claim.relative:
        return "narrowed by the words before it (yang …, terdiri atas …)"
    known = _known(view, column) | title_words(context)
    neutral = set(vocab["neutral_modifiers"])
    extra = [w for w in claim.modifiers if w not in neutral and w not in known and stem(w) not in known
             and not _sex_of_word(w)]
    if extra:
        return "qualified: " + " ".join(extra)
    if claim.verb and _VERBAL.match(claim.verb) and claim.verb not in vocab["neutral_verbs"] \
            and stem(claim.verb) not in known:
        return f"qualified by the verb '{claim.verb}'"
    if claim.frame.measure and claim.frame.measure not in known:
        return f"a {claim.frame.measure}, not a count"
    measures = vocabulary("claims")["indicator_values"]["measures"]
    for measure in ("target", "capaian"):
        if any(w in claim.clause for w in measures[measure]) and measure not in known:
            return f"a {measure}, not a count"
    for qualifier in claim.frame.qualifiers:
        kind, word = qualifier.split(":", 1)
        if kind in ("named", "sex"):
            continue
        if kind == "year":
            if word not in norm(view.table.caption + " " + column.name):
                return f"another year ({word})"
            continue
        if not set(word.split()) <= known:
            return "qualified: " + qualifier
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", norm(view.table.caption)))
    stated = set(re.findall(r"\b(?:19|20)\d{2}\b", norm(claim.sentence[:claim.start])))
    if len(years) == 1 and stated and not stated & years:
        return f"the table is of {next(iter(years))}"
    row = _named_row(view, claim, column)
    if row is not None:
        return f"names the row '{row}'"
    return None


def _sex_of_word(word: str) -> bool:
    words = [w for sex in vocabulary("claims")["frames"]["sex"].values() for w in sex] + ["l", "p", "pr"]
    return word in words


# --- the check ----------------------------------------------------------------------------------

def _candidate_views(context: Context, tables: list[Table]) -> list[TableView]:
    kinds = ("part-whole", "voters", "requesters", "totals")
    order = {id(t): i for i, t in enumerate(tables)}
    views = [v for v in context.views if v.kind in kinds and v.total is not None
             and id(v.table) in order]
    return sorted(views, key=lambda v: order[id(v.table)])


def _compare(rule: Rule, claim: CountClaim, figure: Figure, value: Decimal, half: Decimal,
             cells: list[Location], table: str, column: str, what: str):
    location = claim_location(claim)
    stated = claim.stated
    if figure.overlaps(value - half, value + half):
        return rule.passed(table, 1, [location, *cells], f"L{location.line} {what}: {stated}")
    return rule.finding({"stated": stated, "table": table, "column": column,
                         "total": format_like(value, figure)},
                        [location, *cells], expected=format_like(value, figure), found=figure.raw,
                        difference=format_like(figure.value - value, figure),
                        key=f"total:{claim.noun}:{figure.value}")


def _not_checked(context: Context, rule: Rule, claim: CountClaim, reason: str) -> None:
    context.note(f"{rule.code}: stated, not checked: {claim.stated} ({reason})",
                 claim_location(claim))


def _sex_in_phrase(claim: CountClaim) -> str | None:
    sexes = vocabulary("claims")["frames"]["sex"]
    for word in claim.phrase[1:]:
        for sex, words in sexes.items():
            if word in words:
                return sex
    return None


@check_kind("prose_table_total")
def prose_table_total(rule: Rule, context: Context):
    others = set(_vocab()["left_to_other_rules"])
    for counts in extract_counts(context.document, context.year):
        bound: dict[int, Column | None] = {}
        for index, claim in enumerate(counts):
            if claim.sex is not None:
                yield from _breakdown(rule, context, counts, index, bound)
                continue
            if claim.noun in others:
                continue
            tables, named = scope_tables(context, claim.anchor, claim.sentence, claim.paragraph)
            views = _candidate_views(context, tables)
            bindings = [b for b in (bind(v, claim, set(claim.nouns)) for v in views) if b]
            if not bindings:
                if claim.cue:
                    _not_checked(context, rule, claim, f"no table near it counts '{claim.noun}'")
                continue
            usable = [b for b in bindings if b.column is not None]
            if not usable:
                _not_checked(context, rule, claim, bindings[0].reason)
                continue
            reasons = [narrowed(context, claim, b) for b in usable]
            if all(reasons):
                _not_checked(context, rule, claim, reasons[0])
                continue
            usable = [b for b, r in zip(usable, reasons) if r is None]
            sex = _sex_in_phrase(claim)
            if sex is not None:
                usable = [b for b in usable if sex in b.column.parts]
                if not usable:
                    _not_checked(context, rule, claim, f"no {sex} total in the table")
                    continue
            outcome = _judge(rule, context, claim, usable, sex)
            if outcome is not None:
                bound[index] = usable[0].column if len(usable) == 1 else None
                yield outcome


def _judge(rule: Rule, context: Context, claim: CountClaim, usable: list[Binding], sex: str | None):
    def figure_of(b: Binding):
        if sex is None:
            return b.column.value, b.column.half, b.column.cells
        part, location = b.column.parts[sex]
        return part.value, part.half_unit, [location]
    for b in usable:
        value, half, cells = figure_of(b)
        if claim.figure.overlaps(value - half, value + half):
            return _compare(rule, claim, claim.figure, value, half, cells, b.view.name,
                            b.column.name, claim.noun)
    values = {figure_of(b)[0] for b in usable}
    if len(values) > 1:
        _not_checked(context, rule, claim, "the tables near it give different totals: " +
                     ", ".join(f"{b.view.name.split()[0]} {figure_of(b)[0]}" for b in usable))
        return None
    b = usable[0]
    value, half, cells = figure_of(b)
    cells = [c for other in usable for c in figure_of(other)[2]]
    return _compare(rule, claim, claim.figure, value, half, cells,
                    ", ".join(dict.fromkeys(o.view.name for o in usable)), b.column.name, claim.noun)


def _breakdown(rule: Rule, context: Context, counts: list[CountClaim], index: int,
               bound: dict[int, Column | None]):
    """"… terdiri atas 22.938 laki-laki dan 22.825 perempuan": each part against the L or P
    total of the column its total was held against."""
    claim = counts[index]
    column = bound.get(claim.whole) if claim.whole is not None else None
    if column is None:
        return
    if claim.sex not in column.parts:
        _not_checked(context, rule, claim, f"the table gives no {claim.sex} total")
        return
    part, location = column.parts[claim.sex]
    whole = counts[claim.whole]
    outcome = _compare(rule, claim, claim.figure, part.value, part.half_unit, [location],
                       location.table or "", location.column or claim.sex, f"{whole.noun} {claim.sex}")
    yield outcome
