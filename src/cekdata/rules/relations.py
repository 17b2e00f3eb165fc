"""Row arithmetic read from the table itself (recognise/relations.py): where a column keeps a
sum, a difference or a percentage of other columns on every row but one, that row is wrong."""
from __future__ import annotations

from ..documents.numbers import format_like
from ..documents.structure import is_row_number
from ..findings import Location
from ..recognise.indicators import IndicatorView
from ..recognise.relations import Relation, infer
from .context import Context
from .registry import Rule, check_kind

_SYMBOLS = {"sum": " + ", "difference": " − ", "ratio": " / "}


def _already_checked(context: Context, relation: Relation, table) -> bool:
    """Another rule checks this row by row: L + P = L+P (SUM001), budget sisa and %
    (BUD001/BUD002), and indicator capaian, which is direction-aware (IND005)."""
    for view in (v for v in context.views if v.table is table):
        if isinstance(view, IndicatorView):   # direction-aware capaian is IND005's
            return relation.kind == "ratio" or relation.target in {c.col for c in view.columns}
        roles = view.roles
        if view.kind == "budget" and relation.target in {roles.get("sisa"), roles.get("percent")}:
            return True
        parts = {roles.get("male"), roles.get("female")}
        if relation.target == roles.get("whole") and set(relation.operands) == parts:
            return True
    return False


def _where(table, row, col: int) -> Location:
    cell = row.cells[col]
    return Location(line=cell.line or row.line, page=cell.page or row.page, table=table.name,
                    row=cell.row or row.number, column=table.columns[col] or f"#{col + 1}",
                    text=cell.raw, bbox=cell.bbox, col=cell.col or col + 1)


def _formula(table, relation: Relation) -> str:
    names = [table.columns[c] or f"#{c + 1}" for c in relation.operands]
    text = _SYMBOLS[relation.kind].join(names)
    return f"{text} × 100" if relation.kind == "ratio" else text


@check_kind("row_relation")
def row_relation(rule: Rule, context: Context):
    kinds = set(rule.params["kinds"])
    for table in context.document.tables:
        relations = [r for r in infer(table) if r.kind in kinds
                     and not _already_checked(context, r, table) and not _numbers_rows(table, r)]
        held = 0
        for relation in relations:
            for row in relation.rows:
                verdict = relation.holds(row)
                if verdict is None:
                    continue
                if verdict:
                    held += 1
                    continue
                yield _finding(rule, table, relation, row)
        if held:
            yield rule.passed(table.name, held, [],
                              "; ".join(f"{table.columns[r.target]} = {_formula(table, r)}"
                                        for r in relations))


def _numbers_rows(table, relation: Relation) -> bool:
    """A No column (1, 2, 3 … down the rows) is no operand."""
    def numbering(col: int) -> bool:
        values = [r.text(col).strip("().") for r in relation.rows if is_row_number(r.text(col))]
        return len(values) >= 2 and values == [str(i) for i in range(1, len(values) + 1)]
    return any(numbering(c) for c in relation.operands + (relation.target,))


def _finding(rule: Rule, table, relation: Relation, row):
    stated = row.cells[relation.target].figure
    low, high = relation.expected(row)
    middle = (low + high) / 2
    where = [_where(table, row, relation.target)] + [_where(table, row, c) for c in relation.operands]
    label = next((c.text for c in row.cells if c.text and c.figure is None), f"row {row.number}")
    return rule.finding({"table": table.name, "row": label, "column": table.columns[relation.target],
                         "formula": _formula(table, relation)}, where,
                        expected=format_like(middle, stated), found=stated.raw,
                        difference=format_like(stated.value - middle, stated),
                        key=f"{label}:{table.columns[relation.target]}")
