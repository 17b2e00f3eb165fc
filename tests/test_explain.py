"""`cekdata explain`: every rule has a failing example that shows it and a passing one that
does not, run through cekdata (so the examples cannot rot)."""
import pytest
from click.testing import CliRunner

from cekdata import cli
from cekdata.api import active_rules
from cekdata.config import Options
from cekdata.explain import run_example

CODES = [r.code for r in active_rules(Options())]


@pytest.mark.parametrize("code", CODES)
def test_every_rule_has_examples_that_show_it(code):
    assert code in {f.rule for f in run_example(code, "fail").findings}
    assert code not in {f.rule for f in run_example(code, "pass").findings}


def test_explain_prints_what_why_and_both_examples():
    result = CliRunner().invoke(cli.main, ["explain", "bud003", "--lang", "en"])
    assert result.exit_code == 0
    text = result.stdout
    for part in ("BUD003", "Checks:", "Why it matters:", "A failing example:", "A passing example:",
                 "is not the sum of its children", "no finding"):
        assert part in text


def test_explain_unknown_code_exits_2():
    result = CliRunner().invoke(cli.main, ["explain", "XYZ999"])
    assert result.exit_code == 2 and "no such rule" in result.stderr
