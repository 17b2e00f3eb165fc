"""Every setting is declared once (a field of Options or Limits with its help and parser); the
configuration keys, the command line options and their validation all come from it."""
from dataclasses import fields

import pytest
from click.testing import CliRunner

from cekdata import cli
from cekdata.config import KEYS, SPECS, Options, build_options
from cekdata.documents.limits import Limits
from cekdata.errors import ConfigError


def _declared() -> set[str]:
    names = set()
    for owner in (Options, Limits):
        for item in fields(owner):
            if "help" in item.metadata:
                names.add(item.metadata.get("key") or item.name)
    return names


def test_configuration_keys_are_the_declared_settings():
    assert KEYS == _declared()
    assert {"lang", "fail_on", "waiver", "max_pages"} <= KEYS


def test_every_command_line_setting_is_an_option_of_check():
    help_text = CliRunner().invoke(cli.main, ["check", "--help"]).output
    for spec in SPECS.values():
        flag = "--" + spec.key.replace("_", "-")
        assert (flag in help_text) == spec.flag, flag


def test_a_cap_from_the_file_survives_another_cap_on_the_command_line(tmp_path):
    config = tmp_path / "cekdata.toml"
    config.write_text("max_pages = 5\nfail_on = \"warning\"\n", encoding="utf-8")
    options = build_options(None, config, {"max_file_mb": 300})
    assert (options.limits.max_pages, options.limits.max_file_mb) == (5, 300)
    assert options.fail_on == "warning"


@pytest.mark.parametrize("key, value, words", [
    ("max_pages", 0, "above 0"), ("max_pages", "ten", "above 0"), ("exit_zero", "yes", "true or false"),
    ("severity", ["BUD001"], "CODE=error"), ("lang", "fr", "one of id, en")])
def test_a_bad_value_names_the_key_and_where_it_came_from(key, value, words):
    with pytest.raises(ConfigError) as error:
        build_options(None, None, {key: value})
    assert str(error.value).startswith(f"command line: {key}") and words in str(error.value)


def test_a_bad_severity_pair_on_the_command_line_exits_2(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("BAB I\nPendahuluan 2024\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["check", str(report), "--severity", "BUD001"])
    assert result.exit_code == 2 and "CODE=error|warning|info" in result.output
