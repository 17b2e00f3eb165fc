"""Open a report file: refuse what cannot be read with one clear sentence, decode text,
and hand it to the reader for its format. The file is only ever read."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .guards import ensure_regular_file, ensure_report_text
from .limits import Limits, check_size
from .model import Document
from .text import read_text

TEXT_SUFFIXES = {".txt": False, ".text": False, ".md": True, ".markdown": True}
SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf")


# Byte-order marks, longest first: a UTF-32 LE mark begins with the UTF-16 LE one.
_MARKS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
          (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
          (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))


def decode(data: bytes, name: str) -> str:
    """UTF-8, UTF-16 or UTF-32 by their byte-order mark, else UTF-8, then cp1252."""
    for mark, codec, label in _MARKS:
        if data.startswith(mark):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {label} mark but is not valid {label}")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not a text report")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode the text (tried UTF-8, UTF-16/32 with BOM, cp1252)")


def read_document(path: str | Path, limits: Limits | None = None, progress=None) -> Document:
    """``progress(page, pages)`` is called while a PDF is read."""
    path = Path(path)
    limits = limits or Limits()
    name = str(path)
    ensure_regular_file(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unsupported file type {suffix or '(none)'}; "
                         "cekdata reads .docx, .pdf, .txt and .md")
    check_size(path, limits)
    if suffix == ".docx":
        from .docx import read_docx
        return read_docx(path, limits)
    if suffix == ".pdf":
        from .pdf import read_pdf
        return read_pdf(path, limits, progress)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror})")
    if not data.strip():
        raise InputError(f"{name}: is empty")
    text = decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: is empty")
    ensure_report_text(text, name)
    return read_text(text, source=name, markdown=TEXT_SUFFIXES[suffix], limits=limits)
