"""What a check says: findings (with every location involved), passed checks, and
extraction notes. Frozen, so reporters can't change what rules said."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Location:
    line: int | None = None
    page: int | None = None
    table: str | None = None
    row: int | None = None
    column: str | None = None
    text: str = ""
    paragraph: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    col: int | None = None              # 1-based column number, beside the column's label

    def to_dict(self) -> dict[str, Any]:
        data = {"line": self.line, "page": self.page, "table": self.table, "row": self.row,
                "column": self.column, "text": self.text}
        if self.col is not None:
            data["col"] = self.col
        if self.paragraph is not None:
            data["paragraph"] = self.paragraph
        if self.bbox is not None:
            data["bbox"] = [round(v, 1) for v in self.bbox]
        return data

    def short(self) -> str:
        """``L1085`` or ``p.12`` or ``T3 r4``: what a reviewer types to jump there."""
        if self.line is not None:
            return f"L{self.line}"
        parts = []
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.table and self.row is not None:
            parts.append(f"{self.table.split()[0]} r{self.row}" + (f" c{self.col}" if self.col else ""))
        elif self.paragraph is not None:
            parts.append(f"¶{self.paragraph}")
        return " ".join(parts) or "?"

    def sort_key(self) -> tuple:
        return (self.line or 0, self.page or 0, self.paragraph or 0, self.row or 0)


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    messages: tuple[tuple[str, str], ...]   # (language, text)
    expected: str = ""
    found: str = ""
    difference: str = ""
    locations: tuple[Location, ...] = ()
    key: str = ""                           # semantic subject: budget code, column, region…
    fingerprint: str = ""                   # stable across edits: rule, table kind, key, figure

    def message(self, lang: str = "id") -> str:
        texts = dict(self.messages)
        return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        return {"rule": self.rule, "category": self.category, "severity": self.severity.value,
                "message": self.message(lang), "expected": self.expected, "found": self.found,
                "difference": self.difference, "key": self.key, "fingerprint": self.fingerprint,
                "locations": [loc.to_dict() for loc in self.locations]}

    def sort_key(self) -> tuple:
        first = self.locations[0].sort_key() if self.locations else ()
        return (first, self.rule, self.key)


@dataclass(frozen=True)
class Passed:
    """A check that ran and held, on ``checked`` rows or figures of one table or sentence."""

    rule: str
    table: str
    checked: int = 1
    locations: tuple[Location, ...] = ()
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "table": self.table, "checked": self.checked,
                "detail": self.detail, "locations": [loc.to_dict() for loc in self.locations]}


@dataclass(frozen=True)
class Note:
    """Something the tool could not read or check: coverage, not a discrepancy."""

    text: str
    location: Location = field(default_factory=Location)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "location": self.location.to_dict()}


@dataclass
class CheckResult:
    source: str
    year: int | None
    findings: list[Finding]
    passed: list[Passed]
    notes: list[Note]
    tables: int
    tables_recognised: list[tuple[str, str]]   # (table name, kind)
    tables_unrecognised: list[str]
    waived: list[tuple[Finding, str]] = field(default_factory=list)   # (finding, reason)
    baselined: int = 0                         # findings left out because the baseline has them
    stale_waivers: list[tuple[str, str]] = field(default_factory=list)  # (fingerprint, reason)
    config_file: str = ""
    indicators: dict | None = None             # the indicator matrix, when asked for (xlsx)
    coverage: list = field(default_factory=list)   # TableCoverage per table (cekdata.coverage)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def checks_passed(self) -> int:
        return sum(p.checked for p in self.passed)

    @property
    def checks_run(self) -> int:
        return self.checks_passed + len(self.findings)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        return {
            "source": self.source,
            "year": self.year,
            "summary": {"error": self.count(Severity.ERROR), "warning": self.count(Severity.WARNING),
                        "info": self.count(Severity.INFO), "checks_run": self.checks_run,
                        "checks_passed": self.checks_passed, "tables": self.tables,
                        "tables_recognised": len(self.tables_recognised),
                        "figures": sum(c.figures for c in self.coverage),
                        "figures_checked": sum(min(c.figures_checked, c.figures)
                                               for c in self.coverage)},
            "findings": [f.to_dict(lang) for f in self.findings],
            "waived": [{**f.to_dict(lang), "reason": reason} for f, reason in self.waived],
            "baselined": self.baselined,
            "stale_waivers": [{"fingerprint": fp, "reason": reason} for fp, reason in self.stale_waivers],
            "config": self.config_file or None,
            **({"indicators": self.indicators} if self.indicators is not None else {}),
            "passed": [p.to_dict() for p in self.passed],
            "coverage": {"recognised": [{"table": t, "kind": k} for t, k in self.tables_recognised],
                         "not_recognised": self.tables_unrecognised,
                         "tables": [c.to_dict() for c in self.coverage],
                         "notes": [n.to_dict() for n in self.notes]},
        }
