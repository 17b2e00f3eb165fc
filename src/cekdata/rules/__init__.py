"""The rule engine: rules are loaded from data files; check kinds register themselves."""
from . import budget, dates, figure_years, gx_suites, indicators, prose, statements, totals, years  # noqa: F401  (registers check kinds)
from . import labels, numbering  # noqa: F401  (registers check kinds)
from . import claim_achieved, claim_totals, claim_values  # noqa: F401  (registers check kinds)
from . import extremes, trends  # noqa: F401  (registers check kinds)
from . import averages, relations  # noqa: F401  (registers check kinds)
from . import siblings  # noqa: F401  (registers check kinds)
from . import comparisons  # noqa: F401  (registers check kinds)
from . import report_structure, toc  # noqa: F401  (registers check kinds)
from . import capaian_review  # noqa: F401  (registers check kinds)
from . import citations  # noqa: F401  (registers check kinds)
from . import names  # noqa: F401  (registers check kinds)
from .registry import CHECKS, Rule, load_rules

__all__ = ["CHECKS", "Rule", "load_rules"]
