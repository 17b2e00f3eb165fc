"""Command line: ``cekdata check``, ``cekdata extract`` and ``cekdata rules``.

Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 usage or an unreadable input (any
of several, unless --skip-unreadable); 3 internal failure. Errors are one line on stderr, never a traceback."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .api import active_rules
from .config import FAIL_ON, LANGUAGES, Options
from .documents.limits import Limits
from .documents.load import read_document
from .errors import CekdataError
from .findings import Severity
from .output import ensure_writable, files_read, write_atomic
from .reporters import BINARY, REPORTERS

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130      # 128 + SIGINT, as shells report Ctrl-C


def _fail(message: str, code: int) -> None:
    click.echo(f"cekdata: {message}", err=True)
    sys.exit(code)


PROGRESS_FROM_PAGES = 5   # a bar for shorter PDFs would only flicker


def _progress():
    """A page counter on stderr while a long PDF is read, only when a person is watching."""
    if not sys.stderr.isatty():
        return None

    def show(page: int, pages: int) -> None:
        if pages < PROGRESS_FROM_PAGES:
            return
        width = 30
        done = width * page // pages
        end = "\n" if page == pages else ""
        click.echo(f"\rcekdata: reading PDF [{'#' * done}{'.' * (width - done)}] {page}/{pages}",
                   err=True, nl=False)
        if end:
            click.echo("", err=True)
    return show


def limit_options(command):
    """--max-file-mb, --max-pages, --max-unzipped-mb: the safety caps, raised on purpose."""
    defaults = Limits()
    command = click.option("--max-unzipped-mb", type=int, default=defaults.max_unzipped_mb,
                           show_default=True, help="Largest unpacked size of a DOCX.")(command)
    command = click.option("--max-pages", type=int, default=defaults.max_pages, show_default=True,
                           help="Most pages read from a PDF.")(command)
    return click.option("--max-file-mb", type=int, default=defaults.max_file_mb, show_default=True,
                        help="Largest input file.")(command)


def _limits(max_file_mb: int, max_pages: int, max_unzipped_mb: int) -> Limits:
    return Limits(max_file_mb=max_file_mb, max_pages=max_pages, max_unzipped_mb=max_unzipped_mb)


class _Commands(click.Group):
    """Every command: Ctrl-C exits 130 with one line (click alone would say 1, the findings code)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cekdata")
def main() -> None:
    """Check a Laporan Kinerja (LKjIP / SAKIP) for internal inconsistencies."""


def _given(ctx: click.Context, names: list[str]) -> dict:
    """The options the user typed (a configuration file fills in the rest)."""
    from click.core import ParameterSource
    given = {}
    for name in names:
        if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE:
            value = ctx.params[name]
            given[name] = list(value) if isinstance(value, tuple) else value
    return given


def _severity_pairs(values: tuple[str, ...]) -> dict[str, str]:
    pairs = {}
    for value in values:
        code, _, level = value.partition("=")
        if not level:
            raise click.BadParameter(f"{value!r}: use CODE=error|warning|info", param_hint="--severity")
        pairs[code.strip()] = level.strip()
    return pairs


def _cli_settings(ctx: click.Context) -> dict:
    settings = _given(ctx, ["lang", "fail_on", "year", "ignore", "select", "tolerance", "exit_zero",
                            "max_file_mb", "max_pages", "max_unzipped_mb"])
    if "severity" in _given(ctx, ["severity"]):
        settings["severity"] = _severity_pairs(ctx.params["severity"])
    if ctx.params.get("baseline"):
        settings["baseline"] = str(ctx.params["baseline"])
    return settings


def _batch_exit(outcomes, skip_unreadable: bool) -> int:
    """3 if a bug hit a report; 2 if a report could not be read (unless --skip-unreadable and
    another was read); else 1 on findings at or above each report's --fail-on, else 0."""
    if any(o.internal for o in outcomes):
        return EXIT_INTERNAL
    read = [o for o in outcomes if o.data is not None]
    if not read:
        return EXIT_INPUT
    codes = [EXIT_INPUT] if len(read) < len(outcomes) and not skip_unreadable else []
    for outcome in read:
        options = outcome.options
        if options.exit_zero or options.fail_on == "never":
            codes.append(EXIT_OK)
        else:
            failing = outcome.worst() >= Severity(options.fail_on).rank
            codes.append(EXIT_FINDINGS if failing else EXIT_OK)
    return max(codes)


def _write(report, output: Path | None) -> None:
    if output is None:
        click.echo(report, nl=False)
    else:
        write_atomic(output, report)


def _prepare_output(fmt: str, output: Path | None, reads: list[Path]) -> None:
    """Refuse a missing --output for a binary format, or an unusable one, before any work."""
    if output is None and fmt in BINARY:
        _fail("this format is binary: give --output FILE", EXIT_INPUT)
    if output is not None:
        ensure_writable(output, reads)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
              help="Configuration file (default: cekdata.toml or [tool.cekdata] near the report).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--exit-zero", is_flag=True, help="Always exit 0 when reports were read (advisory runs).")
@click.option("--lang", type=click.Choice(LANGUAGES), default="id", show_default=True)
@click.option("--year", type=int, help="Report year, overriding the one read from the text.")
@click.option("--select", multiple=True, help="Run only this rule code or category (repeatable).")
@click.option("--ignore", multiple=True, help="Rule code or category to skip (repeatable).")
@click.option("--severity", multiple=True, help="CODE=error|warning|info (repeatable).")
@click.option("--tolerance", type=float, help="Factor on printed precision (default 1).")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Report only findings not in this baseline (cekdata baseline write).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Reports checked in parallel.")
@click.option("--skip-unreadable", is_flag=True,
              help="An unreadable file among readable ones does not make the exit code 2.")
@limit_options
@click.pass_context
def check(ctx, paths, fmt, output, config, jobs, skip_unreadable, **_) -> None:
    """Check reports (.docx, .pdf, .txt, .md, or folders of them) and print a discrepancy report."""
    from .batch import check_many, collect

    try:
        settings = _cli_settings(ctx)
        files, batch = collect(list(paths))
        if not files:
            _fail(f"{', '.join(map(str, paths))}: no .docx, .pdf, .txt or .md files", EXIT_INPUT)
        _prepare_output(fmt, output, files_read(files, config, ctx.params.get("baseline")))
        outcomes = check_many(files, config, settings, jobs, None if batch else _progress(),
                              with_matrix=fmt == "xlsx")
        if not batch and outcomes[0].data is None:
            _fail(outcomes[0].error, EXIT_INTERNAL if outcomes[0].internal else EXIT_INPUT)
        lang = next((o.options.lang for o in outcomes if o.options), "id")
        _write(REPORTERS[fmt]([o.to_dict() for o in outcomes], lang), output)
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)
    except click.BadParameter:
        raise
    except Exception as error:  # a bug: say so in one line, keep the traceback out of CI logs
        _fail(f"internal error: {error.__class__.__name__}: {error}", EXIT_INTERNAL)
    sys.exit(_batch_exit(outcomes, skip_unreadable))


@main.group()
def baseline() -> None:
    """Record today's findings so that later runs report only new ones (--baseline FILE)."""


@baseline.command("write")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("cekdata-baseline.json"), show_default=True)
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path))
def baseline_write(paths, output, config) -> None:
    """Write the fingerprints of every current finding of PATHS to a baseline file."""
    import json

    from .batch import check_many, collect

    files, _ = collect(list(paths))
    try:
        ensure_writable(output, files_read(files, config, None))
        outcomes = check_many(files, config, {})
        failed = [o for o in outcomes if o.data is None]
        if failed:
            _fail(failed[0].error, EXIT_INPUT)
        entries = [{"fingerprint": f["fingerprint"], "rule": f["rule"], "key": f["key"],
                    "found": f["found"], "source": o.source, "message": f["message"]}
                   for o in outcomes for f in o.data["findings"]]
        write_atomic(output, json.dumps({"cekdata_baseline": 1, "findings": entries},
                                        ensure_ascii=False, indent=2) + "\n")
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)
    click.echo(f"cekdata: {len(entries)} findings written to {output}", err=True)


@main.command()
@click.argument("code")
@click.option("--lang", type=click.Choice(LANGUAGES), default="id", show_default=True)
def explain(code, lang) -> None:
    """What a rule checks, why it matters, and a failing and a passing example."""
    from .explain import explain as explain_rule

    try:
        click.echo(explain_rule(code.upper(), lang), nl=False)
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)


@main.command()
@click.option("--lang", type=click.Choice(LANGUAGES), default="id", show_default=True)
def rules(lang) -> None:
    """List the rules: code, category, severity, source file and what each checks."""
    from tabulate import tabulate

    try:
        loaded = active_rules(Options(lang=lang))
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)
    rows = [[r.code, r.category, r.severity.value, r.source, r.description.get(lang, "")]
            for r in loaded]
    click.echo(tabulate(rows, headers=["code", "category", "severity", "source", "description"],
                        maxcolwidths=[None, None, None, None, 70]))


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--what", type=click.Choice(["indicators", "comparisons"]), default="indicators",
              show_default=True,
              help="What to extract: the indicator matrix, or which comparisons Bab III gives "
                   "per PK indicator.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write it here.")
@click.option("--year", type=int, help="Report year, overriding the one read from the text.")
@limit_options
def extract(path, what, fmt, output, year, max_file_mb, max_pages, max_unzipped_mb) -> None:
    """Write what cekdata read from a report (the indicator matrix) as CSV or JSON."""
    from .recognise.report import Recognised
    from .reporters.matrix import WRITERS

    try:
        _prepare_output(fmt, output, [path])
        document = read_document(path, _limits(max_file_mb, max_pages, max_unzipped_mb),
                                 _progress())
        recognised = Recognised.of(document, year)
        if what == "comparisons":
            from .recognise.comparisons import build
            from .reporters.comparisons import WRITERS as COMPARISON_WRITERS
            _write(COMPARISON_WRITERS[fmt](build(document, recognised.matrix), document.source),
                   output)
        else:
            _write(WRITERS[fmt](recognised.matrix, document.source), output)
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)
    except Exception as error:
        _fail(f"internal error: {error.__class__.__name__}: {error}", EXIT_INTERNAL)
