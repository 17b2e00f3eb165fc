from decimal import Decimal

import pytest

from cekdata.documents.numbers import fold, parse_figure


@pytest.mark.parametrize("raw, value, half, kind", [
    ("1,958,444", "1958444", "0", "count"),
    ("1.958.444", "1958444", "0", "count"),
    ("77,5%", "77.5", "0.05", "percent"),
    ("0.16%", "0.16", "0.005", "percent"),
    ("3 %", "3", "0.5", "percent"),
    ("89,25*", "89.25", "0.005", "decimal"),
    ("Rp. 215,464,527,000,-", "215464527000", "0", "money"),
    ("Rp 3.172.654.000", "3172654000", "0", "money"),
    ("Rp1,2 miliar", "1200000000", "50000000", "money"),
    ("99.61%", "99.61", "0.005", "percent"),
    ("72.32", "72.32", "0.005", "decimal"),
    ("2,000", "2000", "0", "count"),
    ("1.958.444,5", "1958444.5", "0.05", "decimal"),
])
def test_figures_keep_value_and_printed_precision(raw, value, half, kind):
    figure = parse_figure(raw)
    assert figure.value == Decimal(value)
    assert figure.half_unit == Decimal(half)
    assert figure.kind == kind


@pytest.mark.parametrize("raw", ["", "-", "  ", "BB", "WTP", "Belum dilakukan penilaian", "1 TPS Loksus"])
def test_non_figures_are_none(raw):
    assert parse_figure(raw) is None


def test_footnote_marker_is_kept_as_a_flag():
    assert parse_figure("89,25*").footnote and not parse_figure("89,25").footnote


def test_interval_test_uses_printed_precision():
    printed = parse_figure("99.61%")
    assert printed.overlaps(Decimal("99.6149"), Decimal("99.6149"))
    assert not printed.overlaps(Decimal("99.6151"), Decimal("99.62"))
    assert not parse_figure("1,958,444").overlaps(Decimal(1958445), Decimal(1958445))


def test_cyrillic_lookalikes_fold_to_latin():
    assert fold("В ВВ Р") == "B BB P"
    assert fold("Ѕаѕаrаn") == "Sasaran"
