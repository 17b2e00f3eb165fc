"""What is refused before a reader runs: a path that is not a regular file (a FIFO or a device
blocks or never ends; a symlink loop cannot be opened) and decoded text that is not a report
(random bytes, control characters, no letters at all)."""
from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from ..errors import InputError

CONTROL_SHARE = 0.02    # a real report has a stray form feed, not one control character in fifty
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")   # tab, newlines and form feed allowed
_LETTER = re.compile(r"[^\W\d_]")


def ensure_regular_file(path: Path) -> None:
    """Refuse a missing path, a folder, a symlink loop, a FIFO, socket or device."""
    name = str(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(f"{name}: is a symbolic link loop; give the report file itself")
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(f"{name}: no such file")
        raise InputError(f"{name}: cannot be read ({error.strerror})")
    if stat.S_ISDIR(mode):
        raise InputError(f"{name}: is a directory; give the report file itself")
    if not stat.S_ISREG(mode):
        raise InputError(f"{name}: is not a regular file (a pipe, socket or device); "
                         "give the report file itself")


def ensure_report_text(text: str, name: str) -> None:
    """Refuse decoded text that is mostly control characters or has no letters."""
    controls = len(text) - len(_CONTROLS.sub("", text))
    if controls > len(text) * CONTROL_SHARE:
        raise InputError(f"{name}: {controls} control characters in {len(text)}; "
                         "looks like binary data, not a text report")
    if not _LETTER.search(text):
        raise InputError(f"{name}: has no letters; not a text report")
