"""SARIF 2.1.0 for code-scanning dashboards: the rules, every finding with its locations and
fingerprint, waived findings as suppressed results, unreadable files as tool notifications."""
from __future__ import annotations

import json

from .. import __version__
from .catalogue import rule_catalogue

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _location(source: str, loc: dict) -> dict:
    physical: dict = {"artifactLocation": {"uri": source}}
    if loc.get("line"):
        physical["region"] = {"startLine": loc["line"], "snippet": {"text": loc.get("text") or ""}}
    location: dict = {"physicalLocation": physical}
    name = loc.get("table") or (f"paragraph {loc['paragraph']}" if loc.get("paragraph") else None)
    if name:
        location["logicalLocations"] = [{"name": name, "kind": "table" if loc.get("table") else "paragraph"}]
    extra = {k: loc[k] for k in ("page", "bbox", "row", "col", "column", "text") if loc.get(k) is not None}
    if extra:
        location["properties"] = extra
    return location


def _result(source: str, finding: dict, index: dict[str, int], reason: str | None = None) -> dict:
    result = {
        "ruleId": finding["rule"], "ruleIndex": index[finding["rule"]],
        "level": LEVELS[finding["severity"]], "message": {"text": finding["message"]},
        "locations": [_location(source, loc) for loc in finding["locations"]] or
                     [{"physicalLocation": {"artifactLocation": {"uri": source}}}],
        "partialFingerprints": {"cekdata/v1": finding["fingerprint"]},
        "properties": {k: finding[k] for k in ("category", "expected", "found", "difference", "key")},
    }
    if reason is not None:
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": reason}]
    return result


def render(results: list[dict], lang: str) -> str:
    rules = rule_catalogue(lang, [f for data in results if "error" not in data
                                  for f in (*data["findings"], *data.get("waived", []))])
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    out, notes = [], []
    for data in results:
        if "error" in data:
            notes.append({"level": "error", "message": {"text": data["error"]},
                          "locations": [{"physicalLocation": {"artifactLocation": {"uri": data["source"]}}}]})
            continue
        out += [_result(data["source"], f, index) for f in data["findings"]]
        out += [_result(data["source"], f, index, f["reason"]) for f in data.get("waived", [])]
    run = {"tool": {"driver": {"name": "cekdata", "version": __version__,
                               "informationUri": "https://pypi.org/project/cekdata/", "rules": rules}},
           "invocations": [{"executionSuccessful": not notes, "toolExecutionNotifications": notes}],
           "results": out}
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
