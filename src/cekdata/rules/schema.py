"""What each check kind takes (parameters, with their types) and says (the placeholders its
findings fill), so that a suite with a typo is refused when it loads, naming the file, the rule
and the key, instead of failing at check time or printing a literal ``{placeholder}``."""
from __future__ import annotations

from string import Formatter
from typing import Any

from ..errors import ConfigError

SCHEMES = {"code_schemes": dict}
# kind -> (required parameters, optional parameters, placeholders its findings fill)
KINDS: dict[str, tuple[dict, dict, set]] = {
    "budget_hierarchy": ({"columns": list, **SCHEMES}, {}, {"code", "column", "children"}),
    "budget_code_parent": (SCHEMES, {}, {"code", "parent", "segment", "scheme"}),
    "budget_code_format": (SCHEMES, {}, {"code", "level", "scheme"}),
    "budget_level_count": (SCHEMES, {}, {"stated", "level", "count", "codes", "table"}),
    "schedule_order": ({}, {"slack_days": int}, {"stage", "span", "table", "other", "other_span"}),
    "schedule_span": ({}, {}, {"stage", "span"}),
    "decree_year": ({}, {}, {"number", "year", "date"}),
    "citation_identity": ({}, {}, {"citation", "year", "other_year", "first", "second",
                                   "detail_id", "detail_en"}),
    "impossible_date": ({}, {}, {"date", "month", "days"}),
    "date_after_signature": ({}, {}, {"date", "signed", "marker"}),
    "figure_year": ({}, {}, {"value", "years", "listing"}),
    "gx": ({"left": str, "right": str, "suite": dict}, {"blank_is_zero": bool},
           {"row", "column", "table"}),
    "indicator_agreement": ({"measure": str}, {"prefer": list, "tolerance": str},
                            {"indicator", "year", "measure", "sources"}),
    "indicator_coverage": ({"from": list, "to": list}, {}, {"indicator", "tables"}),
    "capaian_formula": ({}, {"lower_formula": str},
                        {"indicator", "table", "target", "realisasi", "direction_id", "direction_en"}),
    "capaian_qualitative": ({}, {}, {"indicator", "target", "realisasi", "capaian"}),
    "predikat_band": ({}, {}, {"value", "grade", "low", "high"}),
    "indicator_unit": ({}, {}, {"indicator", "value", "source"}),
    "indicator_shared_value": ({}, {}, {"names", "value", "table"}),
    "indicator_topic": ({}, {}, {"heading", "row", "table"}),
    "prose_count": ({}, {}, {"subject", "table", "stated"}),
    "prose_budget": ({}, {}, {"subject", "table", "stated"}),
    "prose_indicator_count": ({}, {}, {"stated", "table", "count", "noun"}),
    "spelled_number": ({}, {}, {"digits", "words"}),
    "prose_score": ({}, {}, {"noun", "stated", "table", "scores"}),
    "all_achieved": ({"tables": list}, {}, {"missed"}),
    "prose_table_total": ({}, {}, {"stated", "table", "column", "total"}),
    "prose_achieved_count": ({"tables": list}, {}, {"stated", "status_id", "status_en", "count",
                                                    "table", "listing"}),
    "prose_indicator_value": ({}, {}, {"indicator", "measure", "year", "stated", "values"}),
    "column_total": ({}, {}, {"column", "table", "rows"}),
    "row_relation": ({"kinds": list}, {}, {"table", "row", "column", "formula"}),
    "column_average": ({}, {}, {"column", "table", "rows"}),
    "note_count": ({}, {}, {"what", "table"}),
    "cell_equation": ({}, {}, {"equation", "table"}),
    "stale_year": ({}, {}, {"quote", "stated", "year"}),
    "self_comparison": ({}, {}, {"quote"}),
    "row_numbering": ({}, {}, {"table", "label", "previous", "kind_id", "kind_en"}),
    "caption_numbering": ({}, {}, {"table", "label", "previous", "kind_id", "kind_en"}),
    "status_label": ({}, {}, {"indicator", "table", "label", "capaian", "band", "basis_id",
                              "basis_en"}),
    "label_scale": ({}, {}, {"scale", "problem_id", "problem_en"}),
    "name_spelling": ({}, {}, {"role_found_id", "role_found_en", "role_expected_id",
                               "role_expected_en", "basis_id", "basis_en"}),
    "signatory": ({}, {}, {"part_found_id", "part_found_en", "part_expected_id", "part_expected_en"}),
    "report_structure": ({}, {}, {"part", "problem_id", "problem_en"}),
    "toc_titles": ({}, {}, {"entry", "problem_id", "problem_en"}),
    "toc_pages": ({}, {}, {"entry", "basis_id", "basis_en"}),
    "prose_extremum": ({}, {}, {"named", "word", "word_en", "table", "column", "detail_id",
                                "detail_en"}),
    "prose_trend": ({}, {}, {"word", "subject", "moved_id", "moved_en", "before", "after",
                             "before_when", "after_when"}),
    "average_capaian": ({}, {}, {"scope_id", "scope_en", "mean_id", "mean_en", "count", "values"}),
    "renstra_progress": ({}, {}, {"indicator", "table", "realisasi", "end_target", "end_year", "direction_id", "direction_en"}),
    "required_comparisons": ({}, {}, {"indicator", "missing_id", "missing_en", "present_id", "present_en", "elsewhere"}),
    "sibling_total": ({}, {}, {"measure", "part_id", "part_en", "table", "other", "scope_id", "scope_en", "when"}),
}
EVERY_FINDING = {"expected", "found", "difference"}
_TYPE_NAMES = {list: "a list", dict: "a mapping", str: "text", int: "a whole number",
               bool: "true or false"}


def _placeholders(template: str) -> set[str]:
    """Field names in a ``str.format`` template (``{a.b}`` and ``{a[0]}`` count as ``a``)."""
    names = set()
    for _, field, _, _ in Formatter().parse(template):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return names


def _where(source: str, code: str) -> str:
    return f"{source}: rule {code}"


def check_messages(source: str, code: str, kind: str, messages: Any) -> None:
    if not isinstance(messages, dict) or not all(isinstance(t, str) for t in messages.values()):
        raise ConfigError(f"{_where(source, code)}: message must map languages to texts")
    fills = KINDS[kind][2] | EVERY_FINDING if kind in KINDS else None
    for lang, template in messages.items():
        try:
            names = _placeholders(template)
        except ValueError as error:
            raise ConfigError(f"{_where(source, code)}: message.{lang} is not a valid template "
                              f"({error})")
        unknown = sorted(n for n in names if fills is not None and n not in fills)
        if unknown:
            raise ConfigError(f"{_where(source, code)}: message.{lang} has unknown placeholder "
                              f"{{{unknown[0]}}} (check kind {kind} fills "
                              f"{', '.join(sorted(fills))})")


def _is(value: Any, kind_of: type) -> bool:
    return isinstance(value, kind_of) and not (kind_of is int and isinstance(value, bool))


def check_params(source: str, code: str, kind: str, own: Any, shared: dict) -> None:
    """``own``: the rule's ``params``; ``shared``: the suite's, which every rule receives."""
    if not isinstance(own, dict) or not isinstance(shared, dict):
        raise ConfigError(f"{_where(source, code)}: params and shared must be mappings")
    if kind not in KINDS:
        return                                  # an unknown kind is reported by the registry
    required, optional, _ = KINDS[kind]
    declared = {**required, **optional}
    for key in own:
        if key not in declared:
            raise ConfigError(f"{_where(source, code)}: unknown parameter '{key}' (check kind "
                              f"{kind} takes: {', '.join(sorted(declared)) or 'none'})")
    merged = {**shared, **own}
    for key, kind_of in declared.items():
        if key in required and key not in merged:
            raise ConfigError(f"{_where(source, code)}: parameter '{key}' is missing "
                              f"(check kind {kind} needs it)")
        if key in merged and not _is(merged[key], kind_of):
            raise ConfigError(f"{_where(source, code)}: parameter '{key}' must be "
                              f"{_TYPE_NAMES[kind_of]}, not {merged[key]!r}")
