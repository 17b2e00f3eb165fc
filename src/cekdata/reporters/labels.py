"""Words the human-readable reports print, in Indonesian and English."""

LABELS = {
    "id": {"findings": "Temuan", "passed": "Pemeriksaan yang lolos", "coverage": "Cakupan",
           "summary": "Ringkasan", "rule": "Aturan", "severity": "Tingkat", "where": "Lokasi",
           "message": "Pesan", "expected": "Seharusnya", "found": "Tertulis", "difference": "Selisih",
           "table": "Tabel", "checked": "Diperiksa", "detail": "Rincian", "kind": "Jenis",
           "not_recognised": "Tabel yang tidak dikenali", "notes": "Catatan ekstraksi",
           "no_findings": "Tidak ada temuan.", "year": "Tahun laporan", "recognised": "Tabel dikenali",
           "checks": "pemeriksaan", "errors": "galat", "warnings": "peringatan", "infos": "info"},
    "en": {"findings": "Findings", "passed": "Checks that passed", "coverage": "Coverage",
           "summary": "Summary", "rule": "Rule", "severity": "Severity", "where": "Where",
           "message": "Message", "expected": "Expected", "found": "Found", "difference": "Difference",
           "table": "Table", "checked": "Checked", "detail": "Detail", "kind": "Kind",
           "not_recognised": "Tables not recognised", "notes": "Extraction notes",
           "no_findings": "No findings.", "year": "Report year", "recognised": "Tables recognised",
           "checks": "checks", "errors": "errors", "warnings": "warnings", "infos": "info"},
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
            f"{words['recognised']}: {s['tables_recognised']}/{s['tables']}")
