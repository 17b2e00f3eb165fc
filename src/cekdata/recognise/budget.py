"""Budget realisation tables: code, name, pagu, realisasi, sisa, %."""
from __future__ import annotations

import re

from ..documents.model import Table
from .view import TableView, find_column, matches_any, split_rows, vocabulary

_CODE_LIKE = re.compile(r"^[A-Z]{1,3}(\.\d{3,4})?$|^\d{4}(\.[A-Z]{3})?(\.\d{3})?$|^\d{1,2}(\.\d{1,4})+$|^\d{3}$|^\d{6}$")


def code_column(table: Table) -> int | None:
    words = vocabulary()["budget"]["code"]
    col = find_column(table, words)
    if col is not None:
        return col
    for col in range(min(2, table.width)):
        texts = [r.text(col) for r in table.rows if r.text(col)]
        if texts and sum(bool(_CODE_LIKE.match(t)) for t in texts) * 2 > len(texts):
            return col
    return None


def detect(table: Table) -> TableView | None:
    words = vocabulary()["budget"]
    taken = {c for c in range(table.width) if matches_any(table.columns[c], words["not_budget"])}
    roles: dict[str, int] = {}
    income = matches_any(f"{table.caption} {' '.join(table.columns)}", words["income"])
    for role in ("percent_preferred", "percent", "sisa", "realisasi", "pagu"):
        name = "percent" if role.startswith("percent") else role
        wanted = words[role] + (words["income_pagu"] if income and role == "pagu" else [])
        col = None if name in roles else find_column(table, wanted, exclude=taken)
        if col is not None:
            roles[name] = col
            taken.add(col)
    code = code_column(table)
    if "pagu" not in roles or "realisasi" not in roles:
        return None
    if code is None:                 # program / kegiatan named only: the name is the key
        name = find_column(table, words["name"], exclude=taken)
        name = name if name is not None else _first_text_column(table, taken)
        if name is None or not _money(table, roles["pagu"]):
            return None
        roles.update(code=name, name=name)
    else:
        roles["code"] = code
        name = find_column(table, words["name"], exclude=taken | {code})
        roles["name"] = name if name is not None else code + 1
    split = split_rows(table.rows)
    return TableView(table, "budget", roles, split.body, split.total, split.subtotals, split.skipped)


def _first_text_column(table: Table, taken: set[int]) -> int | None:
    return next((c for c in range(table.width) if c not in taken and
                 sum(r.cells[c].figure is None and bool(r.text(c)) for r in table.rows) * 2
                 > len(table.rows)), None)


def _money(table: Table, col: int) -> bool:
    """Budget amounts: most of the column's figures are large or printed as money."""
    figures = [r.cells[col].figure for r in table.rows if r.cells[col].figure is not None]
    return bool(figures) and sum(f.kind == "money" or abs(f.value) >= 1_000_000 for f in figures) * 2 > len(figures)


class BudgetNode:
    """One budget row placed in the code hierarchy."""

    def __init__(self, row, code: str, level: int | None, groups: dict[str, str], strict: bool):
        self.row, self.code, self.level, self.groups, self.strict = row, code, level, groups, strict
        self.parent: "BudgetNode | None" = None
        self.children: list["BudgetNode"] = []


def _match(code: str, scheme: list[dict]) -> tuple[int | None, dict[str, str], bool]:
    for level, spec in enumerate(scheme):
        found = re.match(spec["pattern"], code)
        if found:
            strict = bool(re.match(spec.get("strict", spec["pattern"]), code))
            return level, found.groupdict(), strict
    return None, {}, False


def choose_scheme(codes: list[str], schemes: dict[str, list[dict]]) -> str:
    """The code grammar (DIPA, Permendagri 90, …) that reads most of the table's codes."""
    def score(name: str) -> int:
        return sum(_match(code, schemes[name])[0] is not None for code in codes)
    return max(sorted(schemes), key=score)


def hierarchy(view: TableView, schemes: dict[str, list[dict]]) -> tuple[list[BudgetNode], str]:
    """Place every body row under the nearest row above it with a higher level; rows the
    scheme cannot place are left out. The TOTAL row (if any) parents the top level."""
    codes = [view.cell(r, "code").text for r in view.body]
    named = view.roles["code"] == view.roles["name"] and "names" in schemes
    scheme_name = "names" if named else choose_scheme(codes, {k: v for k, v in schemes.items()
                                                                 if k != "names"})
    scheme = schemes[scheme_name]
    nodes, stack = [], []
    for row, code in zip(view.body, codes):
        level, groups, strict = _match(code, scheme)
        if level is None:
            continue
        node = BudgetNode(row, code, level, groups, strict)
        while stack and stack[-1].level >= level:
            stack.pop()
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        stack.append(node)
        nodes.append(node)
    if view.total is not None:
        total = BudgetNode(view.total, "TOTAL", -1, {}, True)
        total.children = [n for n in nodes if n.parent is None]
        for child in total.children:
            child.parent = total
        nodes.insert(0, total)
    return nodes, scheme_name
