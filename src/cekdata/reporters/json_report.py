"""JSON: one object per report (a list for several); stable order, no timestamps."""
import json


def render(results: list[dict], lang: str) -> str:
    payload = results[0] if len(results) == 1 else results
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
