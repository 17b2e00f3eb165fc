"""A rule's parameters and message placeholders are checked when the rules load (issue 13 §3):
a typo is refused with the file, the rule and the key, never exit 3 or a literal {placeholder}."""
import shutil

import pytest
from click.testing import CliRunner

from cekdata import cli
from cekdata.config import default_rules_root
from cekdata.errors import ConfigError
from cekdata.rules import CHECKS, load_rules
from cekdata.rules.schema import KINDS
from conftest import CORRECTED


def _rules(tmp_path, name: str, old: str, new: str):
    root = tmp_path / "rules"
    shutil.copytree(default_rules_root() / "checks", root / "checks")
    shutil.copytree(default_rules_root() / "expectations", root / "expectations")
    folder = root / ("expectations" if name.endswith(".json") else "checks")
    text = (folder / name).read_text(encoding="utf-8")
    assert old in text
    (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


CASES = [
    ("prose.yaml", "{slack_days: 90}", "{slak_days: 90}",
     "prose.yaml: rule DAT001: unknown parameter 'slak_days'"),
    ("prose.yaml", "{slack_days: 90}", "{slack_days: ninety}",
     "prose.yaml: rule DAT001: parameter 'slack_days' must be a whole number"),
    ("indicators.yaml", "{measure: target, ", "{", "indicators.yaml: rule IND001: parameter 'measure' is missing"),
    ("core.yaml", 'en: "The text states {stated}', 'en: "The text states {statd}',
     "core.yaml: rule PRO001: message.en has unknown placeholder {statd}"),
    ("core.yaml", 'en: "The text states {stated}', 'en: "The text states {stated',
     "core.yaml: rule PRO001: message.en is not a valid template"),
    ("budget_sisa.json", '"blank_is_zero"', '"blank_is_zeroo"',
     "budget_sisa.json: rule BUD001: unknown parameter 'blank_is_zeroo'"),
]


@pytest.mark.parametrize("name, old, new, message", CASES, ids=[
    "unknown-parameter", "wrong-type", "missing-parameter", "unknown-placeholder",
    "broken-template", "gx-unknown-parameter"])
def test_a_typo_in_a_rule_is_refused_when_the_rules_load(tmp_path, name, old, new, message):
    root = _rules(tmp_path, name, old, new)
    with pytest.raises(ConfigError) as error:
        load_rules(root / "checks", root / "expectations")
    assert str(error.value).startswith(message)


def test_the_cli_exits_2_naming_file_rule_and_key(tmp_path, monkeypatch):
    monkeypatch.setenv("CEKDATA_RULES", str(_rules(tmp_path, *CASES[0][:3])))
    result = CliRunner().invoke(cli.main, ["check", str(CORRECTED)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"cekdata: {CASES[0][3]} (check kind "
                                                  "schedule_order takes: slack_days)"]


def test_every_check_kind_declares_its_parameters_and_placeholders():
    assert set(CHECKS) <= set(KINDS)
