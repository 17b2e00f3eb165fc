"""The rule engine: rules are loaded from data files; check kinds register themselves."""
from . import budget, gx_suites, indicators, prose, totals  # noqa: F401  (registers check kinds)
from .registry import CHECKS, Rule, load_rules

__all__ = ["CHECKS", "Rule", "load_rules"]
