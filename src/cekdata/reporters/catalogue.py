"""The rules as reporters describe them (SARIF's rule list, the HTML legend)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@lru_cache(maxsize=4)
def _catalogue(lang: str, root: Path) -> tuple:
    from ..api import active_rules
    from ..config import Options
    return tuple(active_rules(Options(lang=lang, rules_root=root)))


def _described(rule, lang: str) -> dict:
    return {"id": rule.code, "name": rule.name,
            "shortDescription": {"text": rule.description.get("en", rule.name)},
            "fullDescription": {"text": rule.description.get(lang) or rule.description.get("en", "")},
            "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
            "properties": {"category": rule.category, "source": rule.source}}


def _from_finding(finding: dict) -> dict:
    """A rule the built-in catalogue lacks (from another rules folder): what its finding says."""
    return {"id": finding["rule"], "name": finding["rule"],
            "shortDescription": {"text": finding["rule"]},
            "defaultConfiguration": {"level": LEVELS[finding["severity"]]},
            "properties": {"category": finding["category"]}}


def rule_catalogue(lang: str, findings=()) -> list[dict]:
    """The rules of the configured rules folder, plus any rule ``findings`` name that it lacks."""
    from ..config import default_rules_root
    rules = [_described(r, lang) for r in _catalogue(lang, default_rules_root())]
    known = {rule["id"] for rule in rules}
    for finding in findings:
        if finding["rule"] not in known:
            known.add(finding["rule"])
            rules.append(_from_finding(finding))
    return rules
