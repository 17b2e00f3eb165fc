"""Words the human-readable reports print, in Indonesian and English."""

LABELS = {
    "id": {"findings": "Temuan", "passed": "Pemeriksaan yang lolos", "coverage": "Cakupan",
           "summary": "Ringkasan", "rule": "Aturan", "severity": "Tingkat", "where": "Lokasi",
           "message": "Pesan", "expected": "Seharusnya", "found": "Tertulis", "difference": "Selisih",
           "table": "Tabel", "checked": "Diperiksa", "detail": "Rincian", "kind": "Jenis",
           "not_recognised": "Tabel yang tidak dikenali", "notes": "Catatan ekstraksi",
           "no_findings": "Tidak ada temuan.", "year": "Tahun laporan", "recognised": "Tabel dikenali",
           "checks": "pemeriksaan", "errors": "galat", "warnings": "peringatan", "infos": "info",
           "waived": "Temuan yang diterima (waiver)", "reason": "Alasan", "baselined": "sudah ada di baseline",
           "stale": "Waiver yang tidak lagi cocok", "batch": "Ringkasan dokumen", "document": "Dokumen",
           "status": "Status", "unreadable": "tidak terbaca", "ok": "terbaca", "category": "Kategori",
           "report": "Laporan pemeriksaan cekdata", "excerpt": "Kutipan sumber",
           "rows_checked": "Baris diperiksa", "figures_checked": "Angka diperiksa",
           "skipped": "Dilewati", "figures": "angka diperiksa"},
    "en": {"findings": "Findings", "passed": "Checks that passed", "coverage": "Coverage",
           "summary": "Summary", "rule": "Rule", "severity": "Severity", "where": "Where",
           "message": "Message", "expected": "Expected", "found": "Found", "difference": "Difference",
           "table": "Table", "checked": "Checked", "detail": "Detail", "kind": "Kind",
           "not_recognised": "Tables not recognised", "notes": "Extraction notes",
           "no_findings": "No findings.", "year": "Report year", "recognised": "Tables recognised",
           "checks": "checks", "errors": "errors", "warnings": "warnings", "infos": "info",
           "waived": "Accepted findings (waived)", "reason": "Reason", "baselined": "already in the baseline",
           "stale": "Waivers that no longer match", "batch": "Documents", "document": "Document",
           "status": "Status", "unreadable": "unreadable", "ok": "read", "category": "Category",
           "report": "cekdata check report", "excerpt": "Source excerpt",
           "rows_checked": "Rows checked", "figures_checked": "Figures checked",
           "skipped": "Left out", "figures": "figures checked"},
}


def where(locations: list[dict]) -> str:
    """``L1085, L1086`` — compact, jumpable locations."""
    marks = []
    for loc in locations:
        if loc.get("line") is not None:
            mark = f"L{loc['line']}"
        elif loc.get("page") is not None:
            mark = f"p.{loc['page']}"
        elif loc.get("table") and loc.get("row") is not None:
            mark = f"{loc['table'].split()[0]} r{loc['row']}" + (f" {loc['column']}" if loc.get("column") else "")
        elif loc.get("paragraph") is not None:
            mark = f"¶{loc['paragraph']}"
        else:
            continue
        if mark not in marks:
            marks.append(mark)
    return ", ".join(marks)


def summary_line(data: dict, lang: str) -> str:
    s, words = data["summary"], LABELS[lang]
    return (f"{s['error']} {words['errors']}, {s['warning']} {words['warnings']}, "
            f"{s['info']} {words['infos']}; {s['checks_passed']}/{s['checks_run']} {words['checks']} OK; "
            f"{words['recognised']}: {s['tables_recognised']}/{s['tables']}" +
            (f"; {s['figures_checked']}/{s['figures']} {words['figures']}" if s.get("figures") else ""))


def batch_rows(results: list[dict], lang: str) -> list[list]:
    """One row per document: document, year, errors, warnings, coverage, status."""
    words = LABELS[lang]
    rows = []
    for data in results:
        if "error" in data:
            rows.append([data["source"], "", "", "", "", f"{words['unreadable']}: {data['error']}"])
            continue
        s = data["summary"]
        rows.append([data["source"], data["year"] or "?", s["error"], s["warning"],
                     f"{s['tables_recognised']}/{s['tables']}", words["ok"]])
    return rows


def batch_headers(lang: str) -> list[str]:
    words = LABELS[lang]
    return [words["document"], words["year"], words["errors"], words["warnings"],
            words["recognised"], words["status"]]


def coverage_rows(coverage: dict, lang: str) -> list[list]:
    """One row per table: name, kind, rows checked / rows, figures checked / figures."""
    return [[t["table"][:60], t["kind"] or "-", f"{t['rows_checked']}/{t['rows']}",
             f"{min(t['figures_checked'], t['figures'])}/{t['figures']}"]
            for t in coverage.get("tables", [])]


def coverage_headers(lang: str) -> list[str]:
    words = LABELS[lang]
    return [words["table"], words["kind"], words["rows_checked"], words["figures_checked"]]


def skipped_lines(coverage: dict) -> list[str]:
    """Per table, the rows and cells left out and why, compactly: ``T3: L12 average row; …``."""
    lines = []
    for t in coverage.get("tables", []):
        if t["skipped"]:
            parts = [f"{where([s['location']]) or '?'} {s['reason']}" for s in t["skipped"]]
            lines.append(f"{t['table'].split()[0]}: " + "; ".join(parts))
    return lines
