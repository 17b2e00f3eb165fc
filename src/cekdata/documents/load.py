"""Open a report file: refuse what cannot be read with one clear sentence, decode text,
and hand it to the reader for its format. The file is only ever read."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from .limits import Limits, check_size
from .model import Document
from .text import read_text

TEXT_SUFFIXES = {".txt": False, ".text": False, ".md": True, ".markdown": True}
SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf")


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, then cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts with a UTF-16 mark but is not valid UTF-16")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not a text report")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode the text (tried UTF-8, UTF-16 with BOM, cp1252)")


def read_document(path: str | Path, limits: Limits | None = None, progress=None) -> Document:
    """``progress(page, pages)`` is called while a PDF is read."""
    path = Path(path)
    limits = limits or Limits()
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory; give the report file itself")
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
    return read_text(text, source=name, markdown=TEXT_SUFFIXES[suffix])
