"""cekdata: find internal inconsistencies in Indonesian government performance reports."""
import os

__version__ = "0.1.0"   # first: modules imported below read it
# Never send GX usage analytics, whatever the user's environment says (setdefault would not).
os.environ["GX_ANALYTICS_ENABLED"] = "false"

from .api import check, check_document  # noqa: E402
from .findings import CheckResult, Finding, Location, Severity  # noqa: E402

__all__ = ["check", "check_document", "CheckResult", "Finding", "Location", "Severity"]
