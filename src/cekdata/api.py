"""The pipeline in one call: read → recognise → check → result (what reporters print)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .config import Options
from .errors import ConfigError
from .coverage import table_coverage
from .data import extended_by
from .documents.load import read_document
from .documents.numbers import TOLERANCE
from .documents.model import Document
from .findings import CheckResult, Finding, Note, Passed, Severity
from .fingerprints import with_fingerprints
from .recognise.report import Recognised
from .rules import CHECKS, Rule, load_rules
from .rules.context import Context


def active_rules(options: Options) -> list[Rule]:
    """The rules to run: selected, not ignored, with configured severities."""
    rules = load_rules(options.checks_dir, options.expectations_dir)
    _known(rules, [*options.select, *options.ignore, *(code for code, _ in options.severity)])
    chosen = [r for r in rules if r.code not in options.ignore and r.category not in options.ignore
              and (not options.select or r.code in options.select or r.category in options.select)]
    levels = dict(options.severity)
    return [replace(r, severity=Severity(levels[r.code])) if r.code in levels else r for r in chosen]


def _known(rules: list[Rule], named: list[str]) -> None:
    """Refuse a rule code or category no rule has (``--select NOPE999`` would check nothing
    and pass), naming the nearest real one."""
    import difflib

    names = {r.code for r in rules} | {r.category for r in rules}
    for name in named:
        if name not in names:
            near = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.0)
            hint = f"; did you mean {near[0]}?" if near else "; `cekdata rules` lists them"
            raise ConfigError(f"{name}: no rule has this code or category{hint}")


def _apply_waivers(findings: list[Finding], options: Options):
    """(reported, waived with reasons, number in the baseline, stale waivers)."""
    reasons = {w.fingerprint: w.reason for w in options.waivers}
    reported, waived, baselined = [], [], 0
    for finding in findings:
        if finding.fingerprint in reasons:
            waived.append((finding, reasons[finding.fingerprint]))
        elif finding.fingerprint in options.baseline:
            baselined += 1
        else:
            reported.append(finding)
    used = {f.fingerprint for f, _ in waived}
    stale = [(w.fingerprint, w.reason) for w in options.waivers if w.fingerprint not in used]
    return reported, waived, baselined, stale


def check_document(document: Document, options: Options | None = None) -> CheckResult:
    options = options or Options()
    token = TOLERANCE.set(options.tolerance)
    try:
        with extended_by(options.vocabulary):
            return _check(document, options)
    finally:
        TOLERANCE.reset(token)


def _check(document: Document, options: Options) -> CheckResult:
    recognised = Recognised.of(document, options.year)
    views, year, evidence = recognised.views, recognised.year_from_text, recognised.year_evidence
    context = Context(recognised)
    findings: list[Finding] = []
    passed: list[Passed] = []
    for rule in active_rules(options):
        for outcome in CHECKS[rule.check](rule, context):
            (findings if isinstance(outcome, Finding) else passed).append(outcome)
    notes = list(context.notes) + [Note(n) for n in document.notes]
    notes += [Note(f"{spot.table.split()[0]} row {spot.row} {spot.column}: {spot.text!r} is not a "
                   "figure; left out of the checks", spot) for view in views for spot in view.unparsed()]
    if options.year is None and year is not None:
        notes.append(Note(f"report year {year} (from the text)", evidence[0]))
    kinds = {v.name: (getattr(v, "source", "") or v.kind) for v in views}
    findings = with_fingerprints(sorted(findings, key=Finding.sort_key), kinds)
    findings, waived, baselined, stale = _apply_waivers(findings, options)
    notes += [Note(f"waiver {fp} matches no finding any more; remove it ({reason})")
              for fp, reason in stale]
    matrix = None
    if options.with_matrix:
        from .reporters.matrix import to_dict
        matrix = to_dict(recognised.matrix, document.source)
    coverage = table_coverage(document.tables, views, findings + [f for f, _ in waived], passed)
    covered = {c.table for c in coverage if c.recognised}
    return CheckResult(
        source=document.source, year=context.year, waived=waived, baselined=baselined,
        coverage=coverage,
        indicators=matrix,
        stale_waivers=stale, config_file=options.config_file,
        findings=findings,
        passed=sorted(passed, key=lambda p: (p.rule, p.table)),
        notes=notes, tables=len(document.tables),
        tables_recognised=[(c.table, c.kind) for c in coverage if c.recognised],
        tables_unrecognised=[t.name for t in document.tables if t.name not in covered])


def check(path: str | Path, **options) -> CheckResult:
    """Check one report file; keyword options are those of :class:`cekdata.config.Options`."""
    settings = Options(**options)
    return check_document(read_document(path, settings.limits), settings)
