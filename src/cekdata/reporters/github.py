"""GitHub Actions workflow commands: one annotation per finding on the file and line it is
about (page, table or paragraph in the title when there is no line)."""
from __future__ import annotations

from .labels import where

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: list[dict], lang: str) -> str:
    lines = []
    for data in results:
        if "error" in data:
            lines.append(f"::error file={_property(data['source'])},title=cekdata::{_data(data['error'])}")
            continue
        for finding in data["findings"]:
            first = finding["locations"][0] if finding["locations"] else {}
            props = [f"file={_property(data['source'])}"]
            if first.get("line"):
                props.append(f"line={first['line']}")
            title = f"{finding['rule']} {where(finding['locations'])}".strip()
            props.append(f"title={_property(title)}")
            lines.append(f"::{COMMANDS[finding['severity']]} {','.join(props)}::{_data(finding['message'])}")
    return "\n".join(lines) + ("\n" if lines else "")
