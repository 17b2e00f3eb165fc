"""Budget hierarchy checks: a parent equals the sum of its children at every level of the
code hierarchy (and the TOTAL row equals the sum of the top level); a child's code carries
its parent's code; codes follow the grammar of their scheme."""
from __future__ import annotations

from decimal import Decimal

from ..documents.numbers import format_decimal
from ..recognise.budget import BudgetNode, hierarchy
from ..recognise.view import TableView
from .context import Context
from .registry import Rule, check_kind


def _value(view: TableView, node: BudgetNode, role: str) -> Decimal | None:
    cell = view.cell(node.row, role)
    if cell.figure is not None:
        return cell.figure.value
    return Decimal(0) if cell.is_blank else None


def _nodes(rule: Rule, context: Context):
    """Each budget table's code hierarchy; four rules read it, so it is built once."""
    schemes = rule.params["code_schemes"]
    for view in context.views_for(rule.applies_to):
        key = (id(view), tuple(sorted(schemes)))
        if key not in context.budget_trees:
            context.budget_trees[key] = hierarchy(view, schemes)
        nodes, scheme = context.budget_trees[key]
        yield view, nodes, scheme


def _heading(view: TableView, node: BudgetNode, roles: list[str]) -> bool:
    """A coded row with no amounts at all ("5.01 Urusan …"): a heading, no sum."""
    return all(view.cell(node.row, r).is_blank for r in roles)


def _parts(view: TableView, node: BudgetNode, roles: list[str]) -> list[BudgetNode]:
    """A node's children, with headings replaced by their own children."""
    parts = []
    for child in node.children:
        parts += _parts(view, child, roles) if _heading(view, child, roles) else [child]
    return parts


@check_kind("budget_hierarchy")
def parent_sums(rule: Rule, context: Context):
    for view, nodes, _ in _nodes(rule, context):
        held: dict[str, int] = {}   # parent code -> columns that add up
        roles = [r for r in rule.params["columns"] if r in view.roles]
        for parent in (n for n in nodes if n.children and not _heading(view, n, roles)):
            for role in (r for r in rule.params["columns"] if r in view.roles):
                outcome = _compare(rule, view, parent, role)
                if outcome is True:
                    held[parent.code] = held.get(parent.code, 0) + 1
                elif outcome is not None:
                    yield outcome
        if held:
            yield rule.passed(view.name, sum(held.values()), [view.location(view.body[0])],
                              "parents: " + ", ".join(held))


def _compare(rule: Rule, view: TableView, parent: BudgetNode, role: str):
    children = _parts(view, parent, [r for r in ("pagu", "realisasi", "sisa") if r in view.roles])
    stated = _value(view, parent, role)
    parts = [_value(view, child, role) for child in children]
    if stated is None or None in parts:
        return None
    total = sum(parts, Decimal(0))
    if total == stated:
        return True
    names = ", ".join(c.code for c in children)
    locations = [view.location(parent.row, role)] + [view.location(c.row, role) for c in children]
    return rule.finding({"code": parent.code, "column": view.column_label(role), "children": names},
                        locations, expected=format_decimal(total), found=view.cell(parent.row, role).raw,
                        difference=format_decimal(stated - total), key=f"{parent.code}:{role}")


@check_kind("budget_code_parent")
def code_carries_parent(rule: Rule, context: Context):
    for view, nodes, scheme in _nodes(rule, context):
        checked = failed = 0
        for node in nodes:
            parent = node.parent
            if parent is None or parent.level == -1:
                continue
            shared = [g for g in node.groups if g in parent.groups]
            if not shared:
                continue
            checked += 1
            wrong = [g for g in shared if node.groups[g] != parent.groups[g]]
            if not wrong:
                continue
            failed += 1
            group = wrong[0]
            yield rule.finding(
                {"code": node.code, "parent": parent.code, "segment": group, "scheme": scheme},
                [view.location(node.row, "code"), view.location(parent.row, "code")],
                expected=parent.groups[group], found=node.groups[group], key=node.code)
        if checked > failed:
            yield rule.passed(view.name, checked - failed, [view.location(view.body[0], "code")],
                              f"{checked - failed} of {checked} codes carry their parent's code ({scheme})")


@check_kind("budget_code_format")
def code_format(rule: Rule, context: Context):
    for view, nodes, scheme in _nodes(rule, context):
        if scheme == "names":
            continue                       # no codes to check
        bad = [n for n in nodes if n.level != -1 and not n.strict]
        for node in bad:
            level = rule.params["code_schemes"][scheme][node.level]
            yield rule.finding({"code": node.code, "level": level.get("name", node.level),
                                "scheme": scheme}, [view.location(node.row, "code")],
                               expected=level.get("example", level.get("strict", "")),
                               found=node.code, key=node.code)
        good = len([n for n in nodes if n.level != -1]) - len(bad)
        if good:
            yield rule.passed(view.name, good, [view.location(view.body[0], "code")],
                              f"{good} codes well-formed ({scheme})")


def _speaks_of_budget(sentence: str) -> bool:
    """"Anggaran tersebut terdiri dari 2 Program": a count of budget lines, not of activities
    held ("133 kegiatan pencegahan")."""
    from ..recognise.view import matches_any, vocabulary
    return matches_any(sentence, vocabulary("claims")["frames"]["budget_context"])


@check_kind("budget_level_count")
def budget_level_count(rule: Rule, context: Context):
    """"terdiri dari 2 Program" against the programs in the budget table's code hierarchy."""
    from ..recognise.view import vocabulary
    from .prose import claim_location, not_checked, prose_claims

    subjects = vocabulary("claims")["subjects"]
    budget_views = list(_nodes(rule, context))
    if not budget_views:
        return
    view, nodes, scheme = max(budget_views, key=lambda item: len(item[1]))
    levels = [spec["name"] for spec in rule.params["code_schemes"][scheme]]
    for claim in (c for c in prose_claims(context) if c.kind == "count"):
        spec = subjects[claim.subject]
        if spec["table_kind"] != "budget" or spec["measure"] not in levels:
            continue
        if not _speaks_of_budget(claim.sentence):
            not_checked(context, rule, claim, f"{claim.figure.raw} {claim.noun}",
                        "the sentence does not speak of the budget")
            continue
        level = levels.index(spec["measure"])
        counted = [n for n in nodes if n.level == level]
        where = [claim_location(claim)] + [view.location(n.row, "code") for n in counted]
        stated = f"{claim.figure.raw} {claim.noun}"
        if counted and claim.figure.value == len(counted):
            yield rule.passed(view.name, 1, where[:3], f"L{claim.paragraph.line}: {stated}")
        elif counted:
            yield rule.finding({"stated": stated, "level": spec["measure"], "count": len(counted),
                                "codes": ", ".join(n.code for n in counted), "table": view.name},
                               where, expected=str(len(counted)), found=claim.figure.raw,
                               difference=str(claim.figure.value - len(counted)),
                               key=f"{spec['measure']}:{claim.figure.value}")
