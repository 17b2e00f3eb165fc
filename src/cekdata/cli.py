"""Command line: ``cekdata check``, ``cekdata extract`` and ``cekdata rules``.

Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 usage or unreadable input;
3 internal failure. Errors are one line on stderr, never a traceback."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .api import active_rules, check_document
from .config import FAIL_ON, LANGUAGES, Options
from .documents.limits import Limits
from .documents.load import read_document
from .errors import CekdataError
from .findings import Severity
from .reporters import REPORTERS

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _fail(message: str, code: int) -> None:
    click.echo(f"cekdata: {message}", err=True)
    sys.exit(code)


def _exit_code(results, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    worst = max((r.worst().rank for r in results if r.worst()), default=0)
    return EXIT_FINDINGS if worst >= threshold else EXIT_OK


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cekdata")
def main() -> None:
    """Check a Laporan Kinerja (LKjIP / SAKIP) for internal inconsistencies."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--lang", type=click.Choice(LANGUAGES), default="id", show_default=True)
@click.option("--year", type=int, help="Report year, overriding the one read from the text.")
@click.option("--ignore", multiple=True, help="Rule code or category to skip (repeatable).")
@limit_options
def check(paths, fmt, output, fail_on, lang, year, ignore, max_file_mb, max_pages,
          max_unzipped_mb) -> None:
    """Check one or more reports (.docx, .pdf, .txt, .md) and print a discrepancy report."""
    limits = _limits(max_file_mb, max_pages, max_unzipped_mb)
    options = Options(lang=lang, fail_on=fail_on, year=year, ignore=tuple(ignore), limits=limits)
    try:
        documents = [read_document(p, limits, _progress()) for p in paths]
        results = [check_document(d, options) for d in documents]
        report = REPORTERS[fmt]([r.to_dict(lang) for r in results], lang)
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)
    except Exception as error:  # a bug: say so in one line, keep the traceback out of CI logs
        _fail(f"internal error: {error.__class__.__name__}: {error}", EXIT_INTERNAL)
    if output:
        if any(output.resolve() == Path(p).resolve() for p in paths):
            _fail(f"{output}: refusing to overwrite an input file", EXIT_INPUT)
        output.write_text(report, encoding="utf-8")
    else:
        click.echo(report, nl=False)
    sys.exit(_exit_code(results, fail_on))


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
@click.option("--what", type=click.Choice(["indicators"]), default="indicators", show_default=True,
              help="What to extract: the indicator matrix.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write it here.")
@click.option("--year", type=int, help="Report year, overriding the one read from the text.")
@limit_options
def extract(path, what, fmt, output, year, max_file_mb, max_pages, max_unzipped_mb) -> None:
    """Write what cekdata read from a report (the indicator matrix) as CSV or JSON."""
    from .recognise.matrix import build_for
    from .reporters.matrix import WRITERS

    try:
        document = read_document(path, _limits(max_file_mb, max_pages, max_unzipped_mb),
                                 _progress())
        text = WRITERS[fmt](build_for(document, year), document.source)
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)
    except Exception as error:
        _fail(f"internal error: {error.__class__.__name__}: {error}", EXIT_INTERNAL)
    if output:
        if output.resolve() == Path(path).resolve():
            _fail(f"{output}: refusing to overwrite an input file", EXIT_INPUT)
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
