"""Plain-text report for the terminal: findings grouped by category, then what passed and
what could not be checked."""
from itertools import groupby

from tabulate import tabulate

from .labels import (LABELS, batch_headers, batch_rows, coverage_headers, coverage_rows,
                     skipped_lines, summary_line, where)


def _wrap(text: str, width: int = 70) -> str:
    import textwrap
    return "\n".join(textwrap.wrap(text, width)) or ""


def render_one(data: dict, lang: str) -> str:
    words = LABELS[lang]
    out = [f"cekdata: {data['source']}  ({words['year']}: {data['year'] or '?'})",
           summary_line(data, lang), ""]
    out.append(f"== {words['findings']} ==")
    if not data["findings"]:
        out.append(words["no_findings"])
    by_category = sorted(data["findings"], key=lambda f: f["category"])
    for category, group in groupby(by_category, key=lambda f: f["category"]):
        rows = [[f["rule"], f["severity"], where(f["locations"]), _wrap(f["message"], 60),
                 f["expected"], f["found"], f["difference"]] for f in group]
        out.append(f"-- {category} --")
        out.append(tabulate(rows, headers=[words["rule"], words["severity"], words["where"],
                                           words["message"], words["expected"], words["found"],
                                           words["difference"]], tablefmt="simple"))
        out.append("")
    if data.get("waived") or data.get("baselined"):
        out.append(f"== {words['waived']} ==")
        out += [f"- {f['rule']} {where(f['locations'])}: {f['message']} — {words['reason']}: {f['reason']}"
                for f in data.get("waived", [])]
        if data.get("baselined"):
            out.append(f"- {data['baselined']} {words['baselined']}")
        out.append("")
    out.append(f"== {words['passed']} ==")
    rows = [[p["rule"], p["table"][:50], p["checked"], _wrap(p["detail"], 60)] for p in data["passed"]]
    out.append(tabulate(rows, headers=[words["rule"], words["table"], words["checked"], words["detail"]],
                        tablefmt="simple") if rows else "-")
    out.append("")
    out.append(f"== {words['coverage']} ==")
    coverage = data["coverage"]
    out.append(tabulate(coverage_rows(coverage, lang), headers=coverage_headers(lang),
                        tablefmt="simple"))
    if coverage["not_recognised"]:
        out.append(f"{words['not_recognised']} ({len(coverage['not_recognised'])}): " +
                   "; ".join(t.split()[0] for t in coverage["not_recognised"]))
    skipped = skipped_lines(coverage)
    if skipped:
        out.append(f"{words['skipped']}:")
        out += [f"- {_wrap(line, 100)}" for line in skipped]
    for note in coverage["notes"]:
        mark = where([note["location"]])
        out.append(f"- {note['text']}" + (f" ({mark})" if mark else ""))
    return "\n".join(out).rstrip() + "\n"


def render(results: list[dict], lang: str) -> str:
    reports = [render_one(r, lang) for r in results if "error" not in r]
    if len(results) == 1 and reports:
        return reports[0]
    table = tabulate(batch_rows(results, lang), headers=batch_headers(lang), tablefmt="simple")
    return "\n".join(reports + [f"== {LABELS[lang]['batch']} ==", table]) + "\n"
