"""Rules are data: each one comes from a YAML suite in ``checks/`` or a Great Expectations
suite in ``expectations/``, and names the check kind (Python) that evaluates it."""
from __future__ import annotations

import json
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from ..data import SAFE_LOADER
from ..errors import ConfigError
from ..findings import Finding, Location, Passed, Severity
from .schema import check_messages, check_params

CATEGORIES = ("row-sum", "column-total", "budget-hierarchy", "budget-arithmetic", "budget-code",
              "narrative-vs-table", "cell-equation", "note-count", "indicator-target",
              "indicator-realisasi", "indicator-coverage", "capaian", "indicator-grade",
              "indicator-unit", "indicator-identity", "stale-year", "schedule", "date",
              "numbering", "label", "ratio", "column-average")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: Severity
    check: str                      # check kind: "gx" or a name in CHECKS
    messages: dict[str, str]        # language -> template with {placeholders}
    description: dict[str, str]
    applies_to: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def finding(self, values: dict[str, Any], locations: Iterable[Location], *, expected: Any = "",
                found: Any = "", difference: Any = "", key: str = "") -> Finding:
        fields = {"expected": expected, "found": found, "difference": difference, **values}
        messages = tuple((lang, _render(template, fields)) for lang, template in self.messages.items())
        return Finding(rule=self.code, category=self.category, severity=self.severity,
                       messages=messages, expected=str(expected), found=str(found),
                       difference=str(difference), locations=tuple(locations), key=key)

    def passed(self, table: str, checked: int, locations: Iterable[Location] = (), detail: str = ""
               ) -> Passed:
        locations = tuple(locations)
        return Passed(self.code, table, checked, locations, _placed(detail, locations))


def _placed(detail: str, locations: tuple[Location, ...]) -> str:
    """Prose checks open a detail with ``L{line}``; a DOCX or PDF paragraph has no line, so
    the first location's own short form (``¶12``, ``p.3``) replaces the "LNone" they print."""
    if detail.startswith("LNone") and locations:
        return locations[0].short() + detail[len("LNone"):]
    return detail


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(template: str, values: dict[str, Any]) -> str:
    return template.format_map(_Blank({k: v for k, v in values.items()}))


# Check kinds register themselves here: name -> function(rule, context) yielding Finding | Passed.
CHECKS: dict[str, Callable] = {}


def check_kind(name: str) -> Callable:
    def register(function: Callable) -> Callable:
        CHECKS[name] = function
        return function
    return register


def _rule_from(spec: dict, source: str, shared: dict) -> Rule:
    missing = [k for k in ("code", "category", "severity", "check", "message") if k not in spec]
    if missing:
        raise ConfigError(f"{source}: rule {spec.get('code', '?')} lacks {', '.join(missing)}")
    try:
        severity = Severity(spec["severity"])
    except ValueError:
        raise ConfigError(f"{source}: rule {spec['code']} has unknown severity {spec['severity']!r}")
    own = spec.get("params") or {}
    check_params(source, spec["code"], spec["check"], own, shared)
    check_messages(source, spec["code"], spec["check"], spec["message"])
    return Rule(code=spec["code"], name=spec.get("name", spec["code"]), category=spec["category"],
                severity=severity, check=spec["check"], messages=dict(spec["message"]),
                description=dict(spec.get("description", {})),
                applies_to=tuple(spec.get("applies_to", ())),
                params={**shared, **own}, source=source)


def load_yaml_suite(path: Path) -> list[Rule]:
    return list(_yaml_suite(path.name, path.read_text(encoding="utf-8")))


def load_gx_suite(path: Path) -> list[Rule]:
    return list(_gx_suite(path.name, path.read_text(encoding="utf-8")))


# Every check loads the rules again; parsing them is what costs, so a suite is parsed once per
# text (an edited file is parsed anew). Rules are frozen and no check changes their params.
@lru_cache(maxsize=256)
def _yaml_suite(name: str, text: str) -> tuple[Rule, ...]:
    try:
        data = yaml.load(text, Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as error:
        raise ConfigError(f"{name}: not valid YAML ({error.__class__.__name__})")
    specs = data.get("rules", []) if isinstance(data, dict) else None
    if not isinstance(specs, list) or not all(isinstance(spec, dict) for spec in specs):
        raise ConfigError(f"{name}: 'rules' must be a list of rules (mappings)")
    shared = data.get("shared") or {}
    return tuple(_rule_from(spec, name, shared) for spec in specs if spec.get("enabled", True))


@lru_cache(maxsize=256)
def _gx_suite(name: str, text: str) -> tuple[Rule, ...]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConfigError(f"{name}: not valid JSON ({error.msg})")
    meta = dict(data.get("meta", {}).get("cekdata", {}))
    if not meta or not meta.get("enabled", True):
        return ()
    meta.setdefault("check", "gx")
    meta.setdefault("params", {})["suite"] = data
    return (_rule_from(meta, name, {}),)


def load_rules(checks_dir: Path, expectations_dir: Path) -> list[Rule]:
    rules: list[Rule] = []
    for path in sorted(checks_dir.glob("*.y*ml")):
        rules.extend(load_yaml_suite(path))
    for path in sorted(expectations_dir.glob("*.json")):
        rules.extend(load_gx_suite(path))
    codes = [r.code for r in rules]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise ConfigError(f"rule codes defined twice: {', '.join(duplicates)}")
    unknown = [r for r in rules if r.check != "gx" and r.check not in CHECKS]
    if unknown:
        raise ConfigError(f"{unknown[0].source}: rule {unknown[0].code} names unknown check "
                          f"kind {unknown[0].check!r} (known: {', '.join(sorted(CHECKS))})")
    return sorted(rules, key=lambda r: r.code)
