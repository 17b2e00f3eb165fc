"""Where a report is written. The target is checked before the check runs: its folder exists
and takes files, and it is none of the files the run reads (compared by device and inode, so a
hard link or a symlink to an input counts). It is written to a temporary file beside it and
renamed into place, so a failed write leaves the old file whole."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterable

from .errors import OutputError


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def ensure_writable(output: Path, reads: Iterable[Path]) -> None:
    """Refuse before any work: a missing or unwritable folder, or a file the run reads."""
    target = _identity(output)
    for path in reads:
        if target is not None and _identity(path) == target:
            raise OutputError(f"{output}: refusing to overwrite {path}, which this run reads")
    folder = Path(os.path.realpath(output)).parent
    if not folder.is_dir():
        raise OutputError(f"{output}: folder {folder} does not exist")
    try:
        probe, name = tempfile.mkstemp(dir=folder, prefix=".cekdata-", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{output}: cannot write in {folder} ({error.strerror})")
    os.close(probe)
    os.unlink(name)


def _mode(target: Path) -> int:
    with contextlib.suppress(OSError):
        return os.stat(target).st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(output: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``output`` through a renamed temporary file."""
    target = Path(os.path.realpath(output))      # a symlinked output keeps its link
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{output}: cannot write in {target.parent} ({error.strerror})")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.chmod(name, _mode(target))
        os.replace(name, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise OutputError(f"{output}: cannot be written ({error.strerror})")


def files_read(inputs: Iterable[Path], config: Path | None, baseline: Path | None) -> list[Path]:
    """Every file a check run reads: the reports, the configuration each one finds (or the
    one given), and the baseline."""
    from .config import find_config
    from .errors import CekdataError

    reads = [*inputs, *(p for p in (config, baseline) if p is not None)]
    if config is None:
        for report in inputs:
            with contextlib.suppress(CekdataError, OSError, RuntimeError):
                found = find_config(report)
                if found is not None:
                    reads.append(found)
    return reads
