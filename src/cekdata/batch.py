"""Many reports at once, as an evaluator reads them: folders searched for every supported
format, each report checked on its own (in a process pool with ``--jobs``), and a file that
cannot be read recorded in the summary instead of stopping the others."""
from __future__ import annotations

import signal
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .api import check_document
from .config import Options, build_options
from .documents.guards import ensure_regular_file
from .documents.load import SUFFIXES, read_document
from .errors import CekdataError
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


def _check_job(job: tuple) -> Outcome:
    path, config, cli, with_matrix = job
    return check_one(path, config, cli, None, with_matrix)


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the parent, which stops them (no traceback from each)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def check_many(files: list[Path], config: Path | None, cli: dict[str, Any], jobs: int = 1,
               progress=None, with_matrix: bool = False) -> list[Outcome]:
    if jobs <= 1 or len(files) <= 1:
        return [check_one(path, config, cli, progress, with_matrix) for path in files]
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupt)
    try:
        return list(pool.map(_check_job, [(p, config, cli, with_matrix) for p in files]))
    except KeyboardInterrupt:
        for process in list(pool._processes.values()):   # no public handle on the workers
            process.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
