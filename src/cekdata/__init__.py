"""cekdata: find internal inconsistencies in Indonesian government performance reports."""
__version__ = "0.1.0"   # first: modules imported below read it

from .api import check, check_document  # noqa: E402
from .findings import CheckResult, Finding, Location, Severity  # noqa: E402

__all__ = ["check", "check_document", "CheckResult", "Finding", "Location", "Severity"]
