"""cekdata: find internal inconsistencies in Indonesian government performance reports."""
from .api import check, check_document
from .findings import CheckResult, Finding, Location, Severity

__version__ = "0.1.0"
__all__ = ["check", "check_document", "CheckResult", "Finding", "Location", "Severity"]
