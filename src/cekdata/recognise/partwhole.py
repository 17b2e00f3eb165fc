"""Tables whose columns are parts of a whole (L / P / L+P): voter lists, information
requesters, and any other table that splits a count by sex."""
from __future__ import annotations

from ..documents.model import Table
from .columns import is_additive
from .generic import numeric_columns
from .view import TableView, find_column, leaf, matches_any, norm, split_rows, vocabulary


def _part_columns(table: Table) -> dict[str, int]:
    roles: dict[str, int] = {}
    for spec in vocabulary()["parts_whole"]:
        for role, words in spec["parts"].items():
            col = find_column(table, words, exact_leaf=True)
            if col is None:
                col = find_column(table, [w for w in words if len(w) > 2])
            if col is not None:
                roles[role] = col
        if len(roles) == len(spec["parts"]):
            after = max(roles.values())
            whole = next((c for c in range(after + 1, table.width)
                          if leaf(table, c) in spec["whole"]), None)
            if whole is not None:
                roles["whole"] = whole
            return roles
        roles.clear()
    return roles


def _kind(table: Table) -> str:
    words = vocabulary()
    context = norm(" ".join([table.caption, *table.columns]))
    if matches_any(context, words["voters"]["markers"]) or \
            find_column(table, words["voters"]["tps"]) is not None:
        return "voters"
    if matches_any(context, words["requesters"]["markers"]):
        return "requesters"
    return "part-whole"


def detect(table: Table) -> TableView | None:
    roles = _part_columns(table)
    if not roles:
        return None
    kind = _kind(table)
    words = vocabulary()["voters"]
    taken = set(roles.values())
    for role in ("tps", "note", "region"):
        col = find_column(table, words[role], exclude=taken)
        if col is not None:
            roles[role] = col
            taken.add(col)
    split = split_rows(table.rows)
    # other counts beside the parts (Panwaslu | PKD | PTPS before L | P | Jumlah) are summed too
    for col in numeric_columns(table, split.body):
        if col not in roles.values() and is_additive(table, col, split.body):
            roles[f"col{col + 1}"] = col
    return TableView(table, kind, roles, split.body, split.total, split.subtotals, split.skipped)
