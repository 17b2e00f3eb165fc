"""One self-contained HTML file (no scripts, fonts or images from elsewhere): the summary, the
findings by category with an excerpt of every place involved and the conflicting figures
marked, what was waived, the checks that passed and the coverage. Readable on a phone."""
from __future__ import annotations

import html
import re
from itertools import groupby

from .. import __version__
from .labels import (LABELS, batch_headers, batch_rows, coverage_headers, coverage_rows,
                     skipped_lines, summary_line, where)

CSS = """
:root{--ink:#1d2430;--muted:#5b6472;--line:#d8dde5;--error:#b42318;--warning:#b54708;--info:#175cd3;--ok:#067647}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f7f9}
header,main,footer{max-width:1100px;margin:0 auto;padding:12px 16px}
header h1{font-size:1.35rem;margin:.2em 0}.source{color:var(--muted);overflow-wrap:anywhere}
.badges{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}.badge{padding:4px 10px;border-radius:999px;background:#fff;border:1px solid var(--line)}
.badge.error{color:var(--error);border-color:var(--error)}.badge.warning{color:var(--warning);border-color:var(--warning)}.badge.ok{color:var(--ok);border-color:var(--ok)}
h2{font-size:1.15rem;margin:1.4em 0 .5em}details{background:#fff;border:1px solid var(--line);border-radius:8px;margin:10px 0}
summary{cursor:pointer;padding:10px 14px;font-weight:600}.finding{border-top:1px solid var(--line);padding:10px 14px}
.finding h3{font-size:1rem;margin:0 0 6px;font-weight:500}.finding.error h3 code{background:var(--error)}.finding.warning h3 code{background:var(--warning)}.finding.info h3 code{background:var(--info)}
.finding h3 code{color:#fff;border-radius:4px;padding:1px 6px;margin-right:6px;font-size:.85em}
.values{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0}.values div{min-width:0}.values span{color:var(--muted);font-size:.85em;display:block}
.sources{margin:6px 0 0;padding-left:20px}.sources li{margin:4px 0}.where{font-family:ui-monospace,monospace;font-size:.85em;color:var(--muted)}
blockquote{margin:2px 0 0;padding:4px 8px;border-left:3px solid var(--line);background:#fafbfc;overflow-wrap:anywhere}
mark{background:#fde68a;padding:0 2px;border-radius:2px}.fp{color:var(--muted);font-size:.75em;font-family:ui-monospace,monospace}
.scroll{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:8px}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top;font-size:.9em}th{background:#f0f2f5}
.notes li{color:var(--muted)}footer{color:var(--muted);font-size:.85em}
@media (max-width:600px){body{font-size:14px}.values{flex-direction:column}th,td{padding:5px 6px}}
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _marked(text: str, figures: list[str]) -> str:
    """Escape ``text`` and mark the figures that conflict in it."""
    escaped = _e(text)
    wanted = sorted({_e(f) for f in figures if f and len(f) >= 1 and f not in ("-", "%")}, key=len, reverse=True)
    if not wanted:
        return escaped
    pattern = re.compile(r"(?<![\w.,])(" + "|".join(re.escape(w) for w in wanted) + r")(?![\w])")
    return pattern.sub(r"<mark>\1</mark>", escaped)


def _figures(finding: dict) -> list[str]:
    parts = [finding["found"], finding["expected"]]
    parts += [p.strip() for value in (finding["found"], finding["expected"]) for p in value.split(",")
              if re.search(r"\d", p) and len(value.split(",")) > 1 and "(" not in value]
    return [p.split(" (")[0] for p in parts]


def _place(loc: dict) -> str:
    bits = [where([loc])]
    if loc.get("table"):
        bits.append(loc["table"].split()[0] + (f" r{loc['row']}" if loc.get("row") else ""))
    if loc.get("column"):
        bits.append(loc["column"])
    return " · ".join(b for b in dict.fromkeys(bits) if b)


def _finding(finding: dict, words: dict) -> str:
    figures = _figures(finding)
    sources = "".join(
        f"<li><span class=where>{_e(_place(loc))}</span>"
        f"<blockquote>{_marked(loc.get('text') or '', figures)}</blockquote></li>"
        for loc in finding["locations"])
    values = "".join(f"<div><span>{words[k]}</span>{_marked(finding[k], figures) if k != 'difference' else _e(finding[k])}</div>"
                     for k in ("expected", "found", "difference") if finding[k])
    reason = f"<p><b>{words['reason']}:</b> {_e(finding['reason'])}</p>" if finding.get("reason") else ""
    return (f"<article class='finding {finding['severity']}' id='f-{_e(finding['fingerprint'])}'>"
            f"<h3><code>{_e(finding['rule'])}</code>{_e(finding['message'])}</h3>"
            f"<div class=values>{values}</div>{reason}"
            f"<p class=where>{words['excerpt']}</p><ol class=sources>{sources}</ol>"
            f"<p class=fp>{_e(finding['fingerprint'])}</p></article>")


def _table(headers: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<div class=scroll><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


def _document(data: dict, lang: str) -> str:
    words, s = LABELS[lang], data["summary"]
    out = [f"<section class=document><h2 class=source>{_e(data['source'])}</h2>",
           f"<p class=source>{words['year']}: {_e(data['year'] or '?')} — {_e(summary_line(data, lang))}</p>",
           "<div class=badges>",
           f"<span class='badge error'>{s['error']} {words['errors']}</span>",
           f"<span class='badge warning'>{s['warning']} {words['warnings']}</span>",
           f"<span class='badge ok'>{s['checks_passed']}/{s['checks_run']} {words['checks']} OK</span></div>",
           f"<h2 id=findings>{words['findings']} ({len(data['findings'])})</h2>"]
    if not data["findings"]:
        out.append(f"<p>{words['no_findings']}</p>")
    ordered = sorted(data["findings"], key=lambda f: f["category"])
    for category, group in groupby(ordered, key=lambda f: f["category"]):
        group = list(group)
        out.append(f"<details open><summary>{_e(category)} ({len(group)})</summary>")
        out += [_finding(f, words) for f in group]
        out.append("</details>")
    if data.get("waived"):
        out.append(f"<h2>{words['waived']}</h2><details><summary>{len(data['waived'])}</summary>")
        out += [_finding(f, words) for f in data["waived"]]
        out.append("</details>")
    out.append(f"<h2 id=passed>{words['passed']}</h2>")
    out.append(_table([words["rule"], words["table"], words["checked"], words["detail"]],
                      [[p["rule"], p["table"], p["checked"], p["detail"]] for p in data["passed"]]))
    coverage = data["coverage"]
    out.append(f"<h2 id=coverage>{words['coverage']}</h2>")
    out.append(_table(coverage_headers(lang), coverage_rows(coverage, lang)))
    skipped = skipped_lines(coverage)
    if skipped:
        out.append(f"<details><summary>{words['skipped']} ({len(skipped)})</summary><ul>" +
                   "".join(f"<li>{_e(line)}</li>" for line in skipped) + "</ul></details>")
    if coverage["not_recognised"]:
        out.append(f"<p>{words['not_recognised']}: {_e('; '.join(t.split()[0] for t in coverage['not_recognised']))}</p>")
    out.append("<ul class=notes>" + "".join(
        f"<li>{_e(n['text'])} <span class=where>{_e(where([n['location']]))}</span></li>"
        for n in coverage["notes"]) + "</ul></section>")
    return "\n".join(out)


def render(results: list[dict], lang: str) -> str:
    words = LABELS[lang]
    title = results[0]["source"] if len(results) == 1 else f"{len(results)} {words['document'].lower()}"
    body = []
    if len(results) > 1 or "error" in results[0]:
        body += [f"<h2>{words['batch']}</h2>", _table(batch_headers(lang), batch_rows(results, lang))]
    body += [_document(r, lang) for r in results if "error" not in r]
    return (f"<!doctype html>\n<html lang='{lang}'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>cekdata — {_e(title)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>{words['report']}</h1></header>"
            f"<main>{''.join(body)}</main><footer>cekdata {__version__}</footer></body></html>\n")
