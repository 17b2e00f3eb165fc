"""Many reports at once, as an evaluator reads them: folders searched for every supported
format, each report checked on its own (in worker processes with ``--jobs``, or on a dask
cluster with ``--executor dask``: see executors), and a file that cannot be read recorded in
the summary instead of stopping the others."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .api import check_document
from .config import Options, build_options
from .documents.guards import ensure_regular_file
from .documents.load import SUFFIXES, read_document
from .errors import CekdataError
from .executors import DEFAULT_TIMEOUT, Done, Job, run_dask, run_pool
from .findings import Severity


@dataclass
class Outcome:
    source: str
    data: dict | None = None        # CheckResult.to_dict(), when the report was read
    error: str = ""                 # one line, when it was not
    options: Options | None = None
    internal: bool = False          # a bug, not a bad input

    def to_dict(self) -> dict:
        return self.data if self.data is not None else {"source": self.source, "error": self.error}

    def worst(self) -> int:
        ranks = [Severity(f["severity"]).rank for f in (self.data or {}).get("findings", [])]
        return max(ranks, default=0)


def collect(paths: list[Path]) -> tuple[list[Path], bool]:
    """The files to check, and whether this is a batch (a folder or several paths)."""
    files: list[Path] = []
    batch = len(paths) > 1
    for path in paths:
        if path.is_dir():
            batch = True
            # anything but a folder: a FIFO or a symlink loop is listed as unreadable, not skipped
            files += sorted(p for p in path.rglob("*") if not p.is_dir() and _wanted(p))
        else:
            files.append(path)
    return files, batch


def _wanted(path: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts)
    return not hidden and path.suffix.lower() in SUFFIXES


def check_one(path: Path, config: Path | None, cli: dict[str, Any], progress=None,
              with_matrix: bool = False) -> Outcome:
    try:
        ensure_regular_file(path)       # before a configuration is looked for beside it
        options = replace(build_options(path, config, cli), with_matrix=with_matrix)
        document = read_document(path, options.limits, progress)
        result = check_document(document, options)
        return Outcome(str(path), result.to_dict(options.lang), options=options)
    except CekdataError as error:
        return Outcome(str(path), error=str(error))
    except Exception as error:  # a bug: keep the batch going, say which file and what
        return Outcome(str(path), error=f"internal error: {error.__class__.__name__}: {error}",
                       internal=True)


def check_many(files: list[Path], config: Path | None, cli: dict[str, Any], jobs: int = 1,
               progress=None, with_matrix: bool = False, executor: str = "local",
               scheduler: str | None = None, timeout: float = DEFAULT_TIMEOUT,
               done: Done | None = None) -> list[Outcome]:
    """Each file's outcome, in order: in this process for one file or ``--jobs 1``, else in
    worker processes or on dask, where a file slower than ``timeout`` seconds is unreadable."""
    job = Job(config, cli, with_matrix, timeout)
    if executor == "dask" and len(files) > 1:
        return run_dask(files, job, jobs, scheduler, done)
    if jobs > 1 and len(files) > 1:
        return run_pool(files, job, jobs, done)
    outcomes = []
    for path in files:
        outcomes.append(check_one(path, config, cli, progress, with_matrix))
        if done:
            done(outcomes[-1])
    return outcomes
