"""Run options, and where the rule suites live."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .documents.limits import Limits

LANGUAGES = ("id", "en")
FAIL_ON = ("error", "warning", "never")


def default_rules_root() -> Path:
    """The folder holding ``checks/`` and ``expectations/``: $CEKDATA_RULES, the source
    checkout this package runs from, or the copy bundled into a wheel."""
    configured = os.environ.get("CEKDATA_RULES")
    if configured:
        return Path(configured)
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "checks").is_dir():
        return checkout
    return Path(__file__).resolve().parent / "_rules"


@dataclass(frozen=True)
class Options:
    lang: str = "id"
    fail_on: str = "error"
    year: int | None = None
    ignore: tuple[str, ...] = ()          # rule codes or categories to skip
    rules_root: Path = field(default_factory=default_rules_root)
    limits: Limits = field(default_factory=Limits)

    @property
    def checks_dir(self) -> Path:
        return self.rules_root / "checks"

    @property
    def expectations_dir(self) -> Path:
        return self.rules_root / "expectations"
