"""Budget realisation tables: code, name, pagu, realisasi, sisa, %."""
from __future__ import annotations

import re

from ..documents.model import Table
from .view import TableView, find_column, split_rows, vocabulary

_CODE_LIKE = re.compile(r"^[A-Z]{1,3}(\.\d{3,4})?$|^\d{4}(\.[A-Z]{3})?(\.\d{3})?$|^\d{1,2}(\.\d{1,4})+$|^\d{3}$|^\d{6}$")


def _code_column(table: Table) -> int | None:
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
    taken: set[int] = set()
    roles: dict[str, int] = {}
    for role in ("percent", "sisa", "realisasi", "pagu"):
        col = find_column(table, words[role], exclude=taken)
        if col is not None:
            roles[role] = col
            taken.add(col)
    code = _code_column(table)
    if "pagu" not in roles or "realisasi" not in roles or code is None:
        return None
    roles["code"] = code
    name = find_column(table, words["name"], exclude=taken | {code})
    roles["name"] = name if name is not None else code + 1
    split = split_rows(table.rows)
    return TableView(table, "budget", roles, split.body, split.total, split.subtotals, split.skipped)


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
    scheme_name = choose_scheme(codes, schemes)
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
