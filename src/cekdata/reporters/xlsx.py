"""One Excel workbook for evaluators: a summary sheet (one row per document), a findings sheet
with every field, and the indicator matrix when the reports have one."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime

from .labels import LABELS, batch_headers, batch_rows, where

FIXED = datetime(2000, 1, 1)     # the workbook's created and modified date, and its entries'
FINDING_FIELDS = ["rule", "category", "severity", "message", "expected", "found", "difference",
                  "key", "fingerprint"]


def _sheet(workbook, title: str, headers: list[str], rows: list[list]):
    sheet = workbook.create_sheet(title)
    sheet.append(headers)
    for row in rows:
        sheet.append(["" if v is None else v for v in row])
    sheet.freeze_panes = "A2"
    return sheet


def _findings(results: list[dict]) -> list[list]:
    rows = []
    for data in results:
        for status, items in (("reported", data.get("findings", [])), ("waived", data.get("waived", []))):
            for f in items:
                rows.append([data["source"], status] + [f[k] for k in FINDING_FIELDS] +
                            [where(f["locations"]), " | ".join(l.get("text") or "" for l in f["locations"]),
                             f.get("reason", "")])
    return rows


def _indicators(results: list[dict]) -> list[list]:
    rows = []
    for data in results:
        for indicator in (data.get("indicators") or {}).get("indicators", []):
            for value in indicator["values"]:
                rows.append([data["source"], indicator["id"], indicator["name"], indicator["direction"],
                             value["source"], value["measure"], value["year"], value["value"],
                             where([value["location"]])])
    return rows


def render(results: list[dict], lang: str) -> bytes:
    from openpyxl import Workbook

    words = LABELS[lang]
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.created = FIXED
    _sheet(workbook, words["batch"][:31], batch_headers(lang), batch_rows(results, lang))
    _sheet(workbook, words["findings"][:31],
           ["document", "status"] + FINDING_FIELDS + ["where", "excerpts", "reason"], _findings(results))
    indicator_rows = _indicators(results)
    if indicator_rows:
        _sheet(workbook, "Indikator" if lang == "id" else "Indicators",
               ["document", "id", "indicator", "direction", "source", "measure", "year", "value", "where"],
               indicator_rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _reproducible(buffer.getvalue(), workbook)


def _reproducible(data: bytes, workbook) -> bytes:
    """The same bytes for the same report: openpyxl stamps the save time into
    docProps/core.xml and every zip entry, so both are rewritten with a fixed date."""
    from openpyxl.xml.functions import tostring

    workbook.properties.modified = FIXED
    core = tostring(workbook.properties.to_tree())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            body = core if entry.filename == "docProps/core.xml" else source.read(entry)
            target.writestr(zipfile.ZipInfo(entry.filename, FIXED.timetuple()[:6]), body,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
