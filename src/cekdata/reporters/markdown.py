"""Markdown report, for pull-request comments and wikis."""
from tabulate import tabulate

from .labels import (LABELS, batch_headers, batch_rows, coverage_headers, coverage_rows,
                     skipped_lines, summary_line, where)


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _waived(data: dict, words: dict) -> list[str]:
    """Waived findings stay visible (as in text and HTML); baselined ones are counted."""
    if not data.get("waived") and not data.get("baselined"):
        return []
    out = ["", f"## {words['waived']}", ""]
    rows = [[f["rule"], where(f["locations"]), _cell(f["message"]), _cell(f["reason"]),
             f["fingerprint"]] for f in data.get("waived", [])]
    if rows:
        out += [tabulate(rows, headers=[words["rule"], words["where"], words["message"],
                                        words["reason"], "fingerprint"], tablefmt="github")]
    if data.get("baselined"):
        out += [""] * bool(rows) + [f"- {data['baselined']} {words['baselined']}"]
    return out


def render_one(data: dict, lang: str) -> str:
    words = LABELS[lang]
    out = [f"# cekdata: `{data['source']}`", "", f"**{words['year']}:** {data['year'] or '?'}  ",
           f"**{words['summary']}:** {summary_line(data, lang)}", "", f"## {words['findings']}", ""]
    if data["findings"]:
        rows = [[f["rule"], f["category"], f["severity"], where(f["locations"]), _cell(f["message"]),
                 f["expected"], f["found"], f["difference"]] for f in data["findings"]]
        out.append(tabulate(rows, headers=[words["rule"], "category", words["severity"], words["where"],
                                           words["message"], words["expected"], words["found"],
                                           words["difference"]], tablefmt="github"))
    else:
        out.append(words["no_findings"])
    out += _waived(data, words)
    out += ["", f"## {words['passed']}", ""]
    rows = [[p["rule"], _cell(p["table"]), p["checked"], _cell(p["detail"])] for p in data["passed"]]
    out.append(tabulate(rows, headers=[words["rule"], words["table"], words["checked"], words["detail"]],
                        tablefmt="github") if rows else "-")
    out += ["", f"## {words['coverage']}", ""]
    coverage = data["coverage"]
    rows = [[_cell(str(c)) for c in row] for row in coverage_rows(coverage, lang)]
    out.append(tabulate(rows, headers=coverage_headers(lang), tablefmt="github") if rows else "-")
    out.append("")
    out += [f"- {words['skipped']}: {_cell(line)}" for line in skipped_lines(coverage)]
    if coverage["not_recognised"]:
        out.append(f"- {words['not_recognised']}: " + ", ".join(t.split()[0] for t in coverage["not_recognised"]))
    out += [f"- {words['notes']}: {_cell(n['text'])} {where([n['location']])}".rstrip()
            for n in coverage["notes"]]
    return "\n".join(out) + "\n"


def render(results: list[dict], lang: str) -> str:
    reports = [render_one(r, lang) for r in results if "error" not in r]
    if len(results) == 1 and reports:
        return reports[0]
    rows = [[_cell(c) for c in row] for row in batch_rows(results, lang)]
    table = tabulate(rows, headers=batch_headers(lang), tablefmt="github")
    return "\n".join([f"# {LABELS[lang]['batch']}", "", table, ""] + reports)
