"""Safety limits, checked before a parser sees the file: its size, a Word file's zip (a zip
bomb unpacks to gigabytes from kilobytes), a PDF's page count. Each can be raised by a flag."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

MB = 1024 * 1024


def _cap(default: int, help: str):
    """A cap the configuration file and the command line can raise (config.Spec reads this)."""
    return field(default=default, metadata={"help": help, "cli": {"type": int}})


@dataclass(frozen=True)
class Limits:
    max_file_mb: int = _cap(200, "Largest input file.")
    max_pages: int = _cap(2000, "Most pages read from a PDF.")
    max_unzipped_mb: int = _cap(500, "Largest unpacked size of a DOCX.")
    max_zip_entries: int = 10_000
    max_ratio: int = 200             # unpacked / packed for one entry over 1 MB: a bomb's signature


def check_size(path: Path, limits: Limits) -> None:
    size = path.stat().st_size
    if size > limits.max_file_mb * MB:
        raise InputError(f"{path}: {size / MB:.0f} MB is over the {limits.max_file_mb} MB limit "
                         "(raise it with --max-file-mb)")


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse a corrupt or unreasonable zip before unpacking anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(f"{path}: not a valid Word file (corrupt zip: {error})")
    if len(entries) > limits.max_zip_entries:
        raise InputError(f"{path}: {len(entries)} entries in the Word file's zip is over the "
                         f"limit of {limits.max_zip_entries}; refusing it (zip bomb?)")
    total = sum(e.file_size for e in entries)
    if total > limits.max_unzipped_mb * MB:
        raise InputError(f"{path}: unpacks to {total / MB:.0f} MB, over the "
                         f"{limits.max_unzipped_mb} MB limit (raise it with --max-unzipped-mb)")
    for entry in entries:
        if entry.file_size > MB and entry.file_size > limits.max_ratio * max(entry.compress_size, 1):
            raise InputError(f"{path}: {entry.filename} unpacks {entry.file_size // max(entry.compress_size, 1)}"
                             f"× its packed size; refusing it (zip bomb?)")
    names = {e.filename for e in entries}
    if "word/document.xml" not in names:
        raise InputError(f"{path}: a zip without word/document.xml is not a Word document")


def check_pages(path: Path, pages: int, limits: Limits) -> None:
    if pages > limits.max_pages:
        raise InputError(f"{path}: {pages} pages is over the {limits.max_pages}-page limit "
                         "(raise it with --max-pages)")
