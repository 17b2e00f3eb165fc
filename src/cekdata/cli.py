"""Command line: ``cekdata check``, ``cekdata extract`` and ``cekdata rules``.

Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 usage or an unreadable input (any
of several, unless --skip-unreadable); 3 internal failure. Errors are one line on stderr, never a traceback."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .api import active_rules
from .config import SPECS, Options, Spec, options_from
from .documents.limits import Limits
from .documents.load import read_document
from .errors import CekdataError
from .executors import DEFAULT_TIMEOUT
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
    if not _show_progress():
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


def _show_progress() -> bool:
    """Progress goes to stderr only when a person is watching it."""
    return sys.stderr.isatty()


@contextmanager
def _batch_progress(files: list[Path]):
    """For a batch on a terminal, a bar with the last finished file and the time left;
    yields what the batch calls per finished file (None: no bar)."""
    if not files or not _show_progress():
        yield None
        return
    with click.progressbar(length=len(files), label="cekdata", file=sys.stderr, show_pos=True,
                           show_eta=True, item_show_func=lambda name: name) as bar:
        yield lambda outcome: bar.update(1, Path(outcome.source).name)


def _click_kwargs(spec: Spec) -> dict:
    """How click offers a setting, from its one declaration in config (or documents.limits)."""
    cli = spec.cli
    kwargs: dict = {"help": spec.help}
    if "choices" in cli:
        kwargs.update(type=click.Choice(cli["choices"]), default=spec.default, show_default=True)
    elif cli.get("is_flag"):
        kwargs["is_flag"] = True
    elif cli.get("multiple"):
        kwargs["multiple"] = True
    elif cli.get("type") == "path":
        kwargs["type"] = click.Path(dir_okay=False, path_type=Path)
    elif spec.in_limits:
        kwargs.update(type=cli["type"], default=spec.default, show_default=True)
    else:
        kwargs["type"] = cli["type"]
    return kwargs


def setting_options(*keys: str):
    """Click options for these settings (all that the command line may give when none are named)."""
    chosen = [SPECS[k] for k in keys] if keys else [s for s in SPECS.values() if s.flag]

    def decorate(command):
        for spec in reversed(chosen):
            flag = "--" + spec.key.replace("_", "-")
            command = click.option(flag, spec.key, **_click_kwargs(spec))(command)
        return command
    return decorate


LIMIT_KEYS = tuple(k for k, s in SPECS.items() if s.in_limits)


def _limits(ctx: click.Context) -> Limits:
    """The safety caps of a command that reads without a configuration file (extract)."""
    return Limits(**options_from(_given(ctx, list(LIMIT_KEYS)), "command line").get("limits", {}))


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


def _cli_settings(ctx: click.Context) -> dict:
    """The settings typed on the command line, keyed as in a configuration file."""
    return _given(ctx, [k for k, spec in SPECS.items() if spec.flag])


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
@setting_options()
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Reports checked in parallel.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where a batch runs: worker processes here, or dask.distributed "
                   '(pip install "cekdata[dask]"; a LocalCluster of --jobs workers by default).')
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="With --executor dask: an existing cluster's scheduler instead of a LocalCluster.")
@click.option("--timeout-per-file", "timeout", type=click.FloatRange(min=0, min_open=True),
              default=DEFAULT_TIMEOUT, show_default=True,
              help="With --jobs 2+ or --executor dask: seconds after which a report is given up "
                   "as unreadable (the others go on).")
@click.option("--skip-unreadable", is_flag=True,
              help="An unreadable file among readable ones does not make the exit code 2.")
@click.pass_context
def check(ctx, paths, fmt, output, config, jobs, executor, scheduler, timeout, skip_unreadable,
          **_) -> None:
    """Check reports (.docx, .pdf, .txt, .md, or folders of them) and print a discrepancy report."""
    from .batch import check_many, collect

    try:
        if scheduler and executor != "dask":
            _fail("--scheduler needs --executor dask", EXIT_INPUT)
        settings = _cli_settings(ctx)
        files, batch = collect(list(paths))
        if not files:
            _fail(f"{', '.join(map(str, paths))}: no .docx, .pdf, .txt or .md files", EXIT_INPUT)
        _prepare_output(fmt, output, files_read(files, config, ctx.params.get("baseline")))
        with _batch_progress(files if batch else []) as done:
            outcomes = check_many(files, config, settings, jobs, None if batch else _progress(),
                                  with_matrix=fmt == "xlsx", executor=executor,
                                  scheduler=scheduler, timeout=timeout, done=done)
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
@setting_options("lang")
def explain(code, lang) -> None:
    """What a rule checks, why it matters, and a failing and a passing example."""
    from .explain import explain as explain_rule

    try:
        click.echo(explain_rule(code.upper(), lang), nl=False)
    except CekdataError as error:
        _fail(str(error), EXIT_INPUT)


@main.command()
@setting_options("lang")
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
@setting_options("year", *LIMIT_KEYS)
@click.pass_context
def extract(ctx, path, what, fmt, output, year, **_) -> None:
    """Write what cekdata read from a report (the indicator matrix) as CSV or JSON."""
    from .recognise.report import Recognised
    from .reporters.matrix import WRITERS

    try:
        _prepare_output(fmt, output, [path])
        document = read_document(path, _limits(ctx),
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
