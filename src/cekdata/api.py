"""The pipeline in one call: read → recognise → check → result (what reporters print)."""
from __future__ import annotations

from pathlib import Path

from .config import Options
from .documents.load import read_document
from .documents.model import Document
from .findings import CheckResult, Finding, Note, Passed
from .recognise import recognise
from .recognise.year import report_year
from .rules import CHECKS, Rule, load_rules
from .rules.context import Context


def active_rules(options: Options) -> list[Rule]:
    rules = load_rules(options.checks_dir, options.expectations_dir)
    return [r for r in rules if r.code not in options.ignore and r.category not in options.ignore]


def check_document(document: Document, options: Options | None = None) -> CheckResult:
    options = options or Options()
    views = recognise(document)
    year, evidence = report_year(document)
    context = Context(document, views, options.year or year)
    findings: list[Finding] = []
    passed: list[Passed] = []
    for rule in active_rules(options):
        for outcome in CHECKS[rule.check](rule, context):
            (findings if isinstance(outcome, Finding) else passed).append(outcome)
    recognised = {id(v.table) for v in views}
    notes = list(context.notes) + [Note(n) for n in document.notes]
    notes += [Note(f"{spot.table.split()[0]} row {spot.row} {spot.column}: {spot.text!r} is not a "
                   "figure; left out of the checks", spot) for view in views for spot in view.unparsed()]
    if options.year is None and year is not None:
        notes.append(Note(f"report year {year} (from the text)", evidence[0]))
    return CheckResult(
        source=document.source, year=context.year,
        findings=sorted(findings, key=Finding.sort_key),
        passed=sorted(passed, key=lambda p: (p.rule, p.table)),
        notes=notes, tables=len(document.tables),
        tables_recognised=[(v.name, v.kind) for v in views],
        tables_unrecognised=[t.name for t in document.tables if id(t) not in recognised])


def check(path: str | Path, **options) -> CheckResult:
    """Check one report file; keyword options are those of :class:`cekdata.config.Options`."""
    settings = Options(**options)
    return check_document(read_document(path, settings.limits), settings)
