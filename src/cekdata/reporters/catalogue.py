"""The rules as reporters describe them (SARIF's rule list, the HTML legend)."""
from __future__ import annotations

from functools import lru_cache

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@lru_cache(maxsize=2)
def _catalogue(lang: str) -> tuple:
    from ..api import active_rules
    from ..config import Options
    return tuple(active_rules(Options(lang=lang)))


def rule_catalogue(lang: str) -> list[dict]:
    return [{"id": r.code, "name": r.name,
             "shortDescription": {"text": r.description.get("en", r.name)},
             "fullDescription": {"text": r.description.get(lang) or r.description.get("en", "")},
             "defaultConfiguration": {"level": LEVELS[r.severity.value]},
             "properties": {"category": r.category, "source": r.source}}
            for r in _catalogue(lang)]
