"""Score cekdata on the development corpus (fixtures/corpus/): per report, the tables it
recognised, the recall of the planted discrepancies (each found at its place), the errors it
raised outside the truth file, and the errors on the consistent twin (must be 0).

    python bench/corpus_scores.py              # the scores table (Markdown)
    python bench/corpus_scores.py --details    # plus every miss and every false alarm
    python bench/corpus_scores.py --json out.json
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"

# A truth family is found by a finding of one of these categories.
FAMILIES = {
    "column-total": {"column-total", "budget-hierarchy", "note-count"},
    "budget-hierarchy": {"budget-hierarchy", "column-total"},
    "row-sum": {"row-sum", "cell-equation"},
    "budget-arithmetic": {"budget-arithmetic", "ratio", "row-sum"},
    "capaian": {"capaian", "indicator-grade"},
    "indicator-target": {"indicator-target"},
    "indicator-realisasi": {"indicator-realisasi"},
    "narrative-vs-table": {"narrative-vs-table"},
    # issue 12's reviu checks
    "capaian-average": {"capaian"},
    "citation": {"citation", "date"},
}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", str(text))


def _fold(text: str) -> str:
    return " ".join(str(text).lower().split())


def _at_place(finding: dict, item: dict) -> bool:
    """Does one of the finding's locations stand where the planted figure is?"""
    lines = set(item.get("lines") or [])
    figure = _digits(item.get("figure", ""))
    anchor = _fold(item.get("anchor", ""))
    for loc in finding["locations"]:
        if loc.get("line") is not None and loc["line"] in lines:
            return True
        if loc.get("line") is not None and loc.get("paragraph") is not None:
            # a sentence points at the line it starts on; it may run on over the next lines
            span = range(loc["line"], loc["line"] + 1 + len(loc.get("text", "")) // 60)
            if lines & set(span):
                return True
        if lines:
            continue                        # text formats: the line decides
        if item.get("page") and loc.get("page") not in (None, item["page"]):
            continue
        text = _fold(loc.get("text", ""))
        if anchor and (anchor in text or (len(text) >= 12 and text in anchor)):
            return True
        if figure and (figure in _digits(loc.get("text", "")) or figure == _digits(finding["found"])):
            return True
    return False


def _at_knock_on(finding: dict, item: dict) -> bool:
    """The same planted change seen at another cell (``also`` in the truth file)."""
    for extra in item.get("also") or []:
        if _at_place(finding, {**item, "lines": [], "figure": extra, "anchor": extra}):
            return True
    return False


def _hits(finding: dict, item: dict) -> bool:
    allowed = FAMILIES.get(item["family"], {item["family"]})
    return finding["category"] in allowed and _at_place(finding, item)


def _check(path: Path) -> dict:
    from cekdata.api import check
    try:
        return check(path).to_dict("en")
    except Exception as error:          # a crash scores as nothing found, and is shown
        print(f"CRASH {path.name}: {type(error).__name__}: {error}", file=sys.stderr)
        return {"findings": [], "summary": {"tables": 0, "tables_recognised": 0}}


def score(truth_path: Path) -> dict:
    truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
    planted = _check(CORPUS / truth["report"])
    consistent = _check(CORPUS / truth["consistent"])
    items = truth.get("items") or []
    errors = [f for f in planted["findings"] if f["severity"] == "error"]
    found = [i for i in items if any(_hits(f, i) for f in planted["findings"])]
    # A finding at a planted place is not stray even in another family: one planted cell
    # breaks every relation it is in (a row's L+P and its column's total).
    stray = [f for f in errors if not any(_at_place(f, i) or _at_knock_on(f, i) for i in items)]
    clean_errors = [f for f in consistent["findings"] if f["severity"] == "error"]
    with_figures = truth.get("tables_with_figures") or 0
    recognised = consistent["summary"]["tables_recognised"]
    return {
        "report": truth["report"].split(".")[0], "format": truth.get("format", ""),
        "tables": consistent["summary"]["tables"], "with_figures": with_figures,
        "recognised": recognised, "items": len(items), "found": len(found),
        "stray_errors": len(stray), "consistent_errors": len(clean_errors),
        "missed": [i for i in items if i not in found],
        "stray": stray, "clean_errors": clean_errors,
    }


def _row(s: dict) -> str:
    recall = f"{s['found']}/{s['items']}" + (f" ({100 * s['found'] / s['items']:.0f}%)" if s["items"] else "")
    return (f"| {s['report']} | {s['format']} | {min(s['recognised'], s['with_figures'])}/{s['with_figures']} "
            f"| {recall} | {s['stray_errors']} | {s['consistent_errors']} |")


def _details(s: dict) -> list[str]:
    out = [f"\n## {s['report']}"]
    for item in s["missed"]:
        out.append(f"- MISSED {item['id']} [{item['family']}] {item.get('lines') or item.get('page') or ''}"
                   f" {item.get('what', '')}")
    for f in s["stray"]:
        out.append(f"- STRAY {f['rule']} {[l.get('line') or l.get('page') for l in f['locations']]} {f['message']}")
    for f in s["clean_errors"]:
        out.append(f"- CONSISTENT {f['rule']} {[l.get('line') or l.get('page') for l in f['locations']]}"
                   f" {f['message']}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("names", nargs="*", help="only these reports (name prefixes)")
    args = parser.parse_args(argv)
    truths = sorted(CORPUS.glob("*.truth.yaml"))
    if args.names:
        truths = [t for t in truths if any(t.name.startswith(n) for n in args.names)]
    scores = [score(t) for t in truths]
    print("| report | format | tables recognised | recall | stray errors (planted) | errors (consistent) |")
    print("|---|---|---|---|---|---|")
    for s in scores:
        print(_row(s))
    items, found = sum(s["items"] for s in scores), sum(s["found"] for s in scores)
    figs = sum(s["with_figures"] for s in scores)
    rec = sum(min(s["recognised"], s["with_figures"]) for s in scores)
    print(f"| **all** | | {rec}/{figs} | {found}/{items} ({100 * found / max(items, 1):.0f}%) "
          f"| {sum(s['stray_errors'] for s in scores)} | {sum(s['consistent_errors'] for s in scores)} |")
    if args.details:
        for s in scores:
            print("\n".join(_details(s)))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=1, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
