"""Fingerprints that survive edits: a waiver or a baseline entry keeps matching its finding
when lines move, and stops matching when the figure it accepted changes. Built from the rule,
the kind of table it is about, its semantic key (budget code, indicator, region, phrase) and the
figure found; the n-th finding with the same parts gets n in its fingerprint."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

from .findings import Finding


def table_kind(finding: Finding, kinds: dict[str, str]) -> str:
    for location in finding.locations:
        if location.table in kinds:
            return kinds[location.table]
    return "prose"


def fingerprint(parts: tuple[str, ...]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def with_fingerprints(findings: list[Finding], kinds: dict[str, str]) -> list[Finding]:
    """``findings`` in document order, each with its fingerprint."""
    seen: Counter[tuple[str, ...]] = Counter()
    stamped = []
    for finding in findings:
        parts = (finding.rule, table_kind(finding, kinds), finding.key or finding.expected,
                 finding.found)
        seen[parts] += 1
        stamped.append(replace(finding, fingerprint=fingerprint((*parts, str(seen[parts])))))
    return stamped
