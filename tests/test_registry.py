import shutil

import pytest

from cekdata.config import Options, default_rules_root
from cekdata.errors import ConfigError
from cekdata.rules import load_rules
from conftest import SAMPLE, codes
from cekdata import check

ROOT = default_rules_root()


def test_every_rule_has_code_severity_and_both_languages():
    rules = load_rules(ROOT / "checks", ROOT / "expectations")
    assert len({r.code for r in rules}) == len(rules) >= 11
    for rule in rules:
        assert set(rule.messages) >= {"id", "en"}, rule.code
        assert set(rule.description) >= {"id", "en"}, rule.code


def _copy_rules(tmp_path):
    shutil.copytree(ROOT / "checks", tmp_path / "checks")
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    return tmp_path


def test_a_rule_is_disabled_in_its_yaml_without_python(tmp_path):
    root = _copy_rules(tmp_path)
    path = root / "checks" / "core.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  - code: PRO001\n", "  - code: PRO001\n    enabled: false\n"), encoding="utf-8")
    assert "PRO001" not in codes(check(SAMPLE, rules_root=root))
    assert "PRO001" in codes(check(SAMPLE))


def test_a_gx_suite_can_be_disabled_and_added(tmp_path):
    root = _copy_rules(tmp_path)
    suite = (root / "expectations" / "budget_sisa.json").read_text(encoding="utf-8")
    (root / "expectations" / "budget_sisa_copy.json").write_text(
        suite.replace('"BUD001"', '"BUD901"'), encoding="utf-8")
    rules = load_rules(root / "checks", root / "expectations")
    assert {"BUD001", "BUD901"} <= {r.code for r in rules}


def test_ignore_by_code_or_category():
    result = check(SAMPLE, ignore=("budget-hierarchy", "PRO001"))
    assert not {"BUD003", "PRO001"} & set(codes(result))


@pytest.mark.parametrize("text, message", [
    ("rules:\n  - code: X1\n    category: c\n    severity: fatal\n    check: column_total\n    message: {id: a, en: b}\n",
     "unknown severity"),
    ("rules:\n  - code: X1\n    category: c\n    severity: error\n    check: nothing\n    message: {id: a, en: b}\n",
     "unknown check kind"),
    ("rules:\n  - code: X1\n    severity: error\n", "lacks category"),
    ("rules: [\n", "not valid YAML"),
])
def test_malformed_suites_are_config_errors(tmp_path, text, message):
    root = _copy_rules(tmp_path)
    (root / "checks" / "zz.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_rules(root / "checks", root / "expectations")


def test_options_default_to_the_checkout_rules():
    assert (Options().checks_dir / "core.yaml").is_file()
