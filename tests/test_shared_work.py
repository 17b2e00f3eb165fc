"""Work done once and shared (one GX run for many tables, rules parsed once, one pattern per
word list, names normalised once) must give the same answers as doing it each time."""
import json
from decimal import Decimal

import pandas as pd

from cekdata.config import default_rules_root
from cekdata.recognise.view import matches_any
from cekdata.rules import load_rules
from cekdata.rules.gx_suites import _row_wise, validate, validate_all

ROOT = default_rules_root()
ROW_SUM = json.loads((ROOT / "expectations" / "row_sum.json").read_text(encoding="utf-8"))


def _frame(rows: dict[int, tuple[int, int]]) -> pd.DataFrame:
    """Rows numbered as in their table, each ``left`` and ``right`` as exact intervals."""
    records = [{"row": n, "left_lo": Decimal(a), "left_hi": Decimal(a), "right_lo": Decimal(b),
                "right_hi": Decimal(b)} for n, (a, b) in rows.items()]
    return pd.DataFrame.from_records(records).set_index("row", drop=False)


def test_stacked_tables_are_flagged_at_their_own_rows():
    first = _frame({1: (5, 5), 2: (7, 8), 3: (1, 1)})
    second = _frame({1: (9, 2), 2: (4, 4), 7: (3, 6)})
    assert validate_all(ROW_SUM, [first, second]) == [{2}, {1, 7}]
    assert validate_all(ROW_SUM, [first, second]) == [validate(ROW_SUM, first),
                                                      validate(ROW_SUM, second)]


def test_only_row_wise_suites_are_stacked():
    assert _row_wise(ROW_SUM)
    table_wide = {"name": "mean", "expectations": [
        {"type": "expect_column_mean_to_be_between", "kwargs": {"column": "left_lo"}}]}
    assert not _row_wise(table_wide)


def test_an_edited_rule_file_is_read_again(tmp_path):
    import shutil

    shutil.copytree(ROOT / "checks", tmp_path / "checks")
    shutil.copytree(ROOT / "expectations", tmp_path / "expectations")
    before = {r.code for r in load_rules(tmp_path / "checks", tmp_path / "expectations")}
    path = tmp_path / "checks" / "core.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  - code: PRO001\n" in text
    path.write_text(text.replace("  - code: PRO001\n", "  - code: PRO001\n    enabled: false\n"),
                    encoding="utf-8")
    after = {r.code for r in load_rules(tmp_path / "checks", tmp_path / "expectations")}
    assert "PRO001" in before and "PRO001" not in after


def test_a_word_list_matches_where_any_one_word_would():
    # "kin" fails its word boundary inside "kinerja"; the next word of the list still matches
    assert matches_any("Capaian Kinerja", ["kin", "kinerja"])
    assert not matches_any("Capaian Kinerja", ["kin", "erja"])
    assert not matches_any("Capaian Kinerja", [])
    assert matches_any("target (%)", ["(%)"])
