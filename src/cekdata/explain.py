"""``cekdata explain CODE``: what a rule checks, why it matters, and a failing and a passing
example, each run through cekdata so the output shows what the rule really says."""
from __future__ import annotations

import re
import textwrap

from functools import cache
from importlib import resources

import yaml

from .api import active_rules, check_document
from .config import Options
from .documents.text import read_text
from .errors import CekdataError
from .rules import Rule

HEADINGS = {"id": ("Memeriksa", "Mengapa penting", "Contoh yang gagal", "Contoh yang lolos",
                   "cekdata menyatakan", "tidak ada temuan"),
            "en": ("Checks", "Why it matters", "A failing example", "A passing example",
                   "cekdata says", "no finding")}


@cache
def examples() -> dict:
    """data/examples.yaml merged with every data/examples/*.yaml (one file per suite, so a
    suite's examples live beside nothing else's)."""
    folder = resources.files("cekdata.data")
    data = yaml.safe_load(folder.joinpath("examples.yaml").read_text(encoding="utf-8"))
    extra = folder.joinpath("examples")
    for entry in sorted((e for e in extra.iterdir() if e.name.endswith(".yaml")),
                        key=lambda e: e.name) if extra.is_dir() else ():
        more = yaml.safe_load(entry.read_text(encoding="utf-8")) or {}
        for key in ("templates", "defaults", "examples"):
            data.setdefault(key, {}).update(more.get(key) or {})
    return data


def example_text(code: str, which: str) -> str:
    """The example document for a rule, ``which`` = "fail" or "pass"."""
    data = examples()
    entry = data["examples"][code]
    values = {**data["defaults"][entry["template"]], **(entry["fail"] if which == "fail" else {})}
    return cells_as_tabs(data["templates"][entry["template"]].format(**values))


def cells_as_tabs(text: str) -> str:
    """Readable table notation to the text reader's: ' | ' between cells and a trailing ' |'
    (an empty last cell) become tabs."""
    return re.sub(r" \|$", "\t", text.replace(" | ", "\t"), flags=re.MULTILINE)


def run_example(code: str, which: str):
    document = read_text(example_text(code, which), source=f"{code}-{which}.txt")
    return check_document(document, Options(select=(code,)))


def _rule(code: str) -> Rule:
    rule = next((r for r in active_rules(Options()) if r.code == code), None)
    if rule is None:
        raise CekdataError(f"{code}: no such rule (cekdata rules lists them)")
    return rule


def _show(text: str) -> str:
    return textwrap.indent(text.replace("\t", " | ").rstrip(), "    ")


def explain(code: str, lang: str = "id") -> str:
    rule = _rule(code)
    entry = examples()["examples"].get(code)
    what, why, failing, passing, says, none = HEADINGS[lang]
    out = [f"{rule.code} {rule.name} ({rule.category}, {rule.severity.value}; {rule.source})", "",
           f"{what}:", textwrap.fill(rule.description.get(lang, ""), 88), ""]
    if entry is None:
        return "\n".join(out) + "\n"
    out += [f"{why}:", textwrap.fill(entry["why"][lang], 88), ""]
    for heading, which in ((failing, "fail"), (passing, "pass")):
        result = run_example(code, which)
        found = [f.message(lang) for f in result.findings if f.rule == code]
        out += [f"{heading}:", _show(example_text(code, which)), f"  {says}:"]
        out += [textwrap.fill(m, 88, initial_indent="  - ", subsequent_indent="    ") for m in found]
        out += [f"  - {none}"] if not found else []
        out.append("")
    return "\n".join(out)
