"""Interval arithmetic over printed figures, and a tiny formula language for rule files
(``pagu - realisasi``, ``realisasi / pagu * 100``): + - * / on role names and numbers."""
from __future__ import annotations

import ast
from decimal import Decimal
from typing import Callable, Mapping

Interval = tuple[Decimal, Decimal]


def add(a: Interval, b: Interval) -> Interval:
    return a[0] + b[0], a[1] + b[1]


def sub(a: Interval, b: Interval) -> Interval:
    return a[0] - b[1], a[1] - b[0]


def mul(a: Interval, b: Interval) -> Interval:
    products = [x * y for x in a for y in b]
    return min(products), max(products)


def div(a: Interval, b: Interval) -> Interval | None:
    if b[0] <= 0 <= b[1]:
        return None   # dividing by something that may be zero says nothing
    quotients = [x / y for x in a for y in b]
    return min(quotients), max(quotients)


_OPS: dict[type, Callable] = {ast.Add: add, ast.Sub: sub, ast.Mult: mul, ast.Div: div}


def compile_formula(text: str) -> Callable[[Mapping[str, Interval]], Interval | None]:
    """Compile ``text`` once; the result maps role intervals to the formula's interval."""
    tree = ast.parse(text, mode="eval").body

    def evaluate(node: ast.AST, values: Mapping[str, Interval]) -> Interval | None:
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            left, right = evaluate(node.left, values), evaluate(node.right, values)
            if left is None or right is None:
                return None
            return _OPS[type(node.op)](left, right)
        if isinstance(node, ast.Name):
            return values.get(node.id)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            number = Decimal(str(node.value))
            return number, number
        raise ValueError(f"unsupported formula element in {text!r}")

    def run(values: Mapping[str, Interval]) -> Interval | None:
        return evaluate(tree, values)

    run.roles = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})  # type: ignore[attr-defined]
    return run


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
