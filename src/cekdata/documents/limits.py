"""Safety limits, checked before a parser sees the file: its size, a Word file's zip (a zip
bomb unpacks to gigabytes from kilobytes), a PDF's page count and compressed streams (a Flate
bomb does the same inside a PDF), the ruled grid on a PDF page. Each can be raised by a flag."""
from __future__ import annotations

import re
import zipfile
import zlib
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
    max_unzipped_mb: int = _cap(500, "Largest unpacked size of a DOCX, or of a PDF's compressed streams.")
    max_table_cells: int = _cap(200_000, "Most cells in one table (a big annex costs about 1 KB "
                                         "and 0.1 ms a cell to check).")
    max_grid_cells: int = _cap(10_000, "Most cells the rules on one PDF page enclose (finding "
                                       "tables slows faster than they grow).")
    max_xml_mb: int = _cap(64, "Largest unpacked XML of a DOCX (it is parsed whole, about ten "
                               "times its size in memory).")
    max_zip_entries: int = 10_000
    max_ratio: int = 200             # unpacked / packed over 1 MB: a bomb's signature


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
    xml = sum(e.file_size for e in entries if e.filename.endswith((".xml", ".rels")))
    if xml > limits.max_xml_mb * MB:
        raise InputError(f"{path}: its XML unpacks to {xml / MB:.0f} MB, over the "
                         f"{limits.max_xml_mb} MB limit (raise it with --max-xml-mb)")
    # Many small entries are a bomb too: the ratio is checked per entry and over them all.
    for name, unpacked, packed in [(e.filename, e.file_size, e.compress_size) for e in entries] + \
            [("its zip", total, sum(e.compress_size for e in entries))]:
        if unpacked > MB and unpacked > limits.max_ratio * max(packed, 1):
            raise InputError(f"{path}: {name} unpacks {unpacked // max(packed, 1)}"
                             f"× its packed size; refusing it (zip bomb?)")
    names = {e.filename for e in entries}
    if "word/document.xml" not in names:
        raise InputError(f"{path}: a zip without word/document.xml is not a Word document")


def check_table_cells(name: str, where: str, cells: int, limits: Limits) -> None:
    """Refuse a table past the cell cap before its reader builds the rest of it."""
    if cells > limits.max_table_cells:
        raise InputError(f"{name}: the table {where} has over {limits.max_table_cells} cells "
                         "(raise the limit with --max-table-cells)")


def check_pages(path: Path, pages: int, limits: Limits) -> None:
    if pages > limits.max_pages:
        raise InputError(f"{path}: {pages} pages is over the {limits.max_pages}-page limit "
                         "(raise it with --max-pages)")


_STREAM = re.compile(rb"(?<!end)stream\r?\n")
PIECE = 64 * 1024
CHUNK = MB      # unpacked a megabyte at a time, so a bomb is refused before it fills memory


def _unpacked_size(data: memoryview, start: int, room: int) -> tuple[int, int]:
    """Bytes the zlib stream at ``start`` unpacks to (counting stops just past ``room``), and
    where the packed stream ends. Data that is not zlib (a JPEG, plain text) counts nothing.
    The packed bytes go in a piece at a time, so no copy of the rest of the file is made."""
    inflate = zlib.decompressobj()
    total = 0
    for offset in range(start, len(data), PIECE):
        pending = data[offset:offset + PIECE]
        try:
            while pending and total <= room and not inflate.eof:
                total += len(inflate.decompress(pending, CHUNK))
                pending = inflate.unconsumed_tail
        except zlib.error:
            return total, offset
        if inflate.eof or total > room:
            return total, offset + len(data[offset:offset + PIECE]) - len(inflate.unused_data)
    return total, len(data)


def check_pdf_streams(path: Path, limits: Limits) -> None:
    """Refuse a PDF whose compressed streams unpack to more than --max-unzipped-mb: the PDF
    reader would otherwise unpack them all into memory (a 1 MB Flate bomb reaches gigabytes)."""
    data = memoryview(path.read_bytes())
    room = limits.max_unzipped_mb * MB
    total, position = 0, 0
    while (found := _STREAM.search(data, position)) is not None:
        size, end = _unpacked_size(data, found.end(), room - total)
        total += size
        if total > room:
            raise InputError(f"{path}: its compressed streams unpack to over {limits.max_unzipped_mb} MB "
                             "(raise the limit with --max-unzipped-mb)")
        position = max(end, found.end())
