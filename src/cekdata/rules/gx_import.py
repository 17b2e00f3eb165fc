"""Importing Great Expectations, the largest cost of a cold check: once, quietly, offline, and
without the parts cekdata's row-wise suites never touch.

GX imports scipy.stats (for distribution expectations) and altair (for charts) at start-up;
together about a third of its import. They are loaded lazily instead: a module object now, its
code on first use, so a suite that needs them still gets them."""
from __future__ import annotations

import importlib.util
import os
import sys
import threading
from importlib.abc import MetaPathFinder

# Imported by GX at start-up, used only by expectations and renderers cekdata does not run.
DEFERRED = frozenset({"scipy.stats", "altair"})

_lock = threading.Lock()
_loaded: tuple | None = None


class _Deferred(MetaPathFinder):
    """Hands out a lazily executed module for the names in DEFERRED."""

    def find_spec(self, name, path, target=None):
        if name not in DEFERRED:
            return None
        sys.meta_path.remove(self)          # find the real spec without finding ourselves
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return None
        spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


def gx():
    """(great_expectations, one batch definition on a pandas data asset), made once per process;
    a second thread asking meanwhile waits for the first."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load()
        return _loaded


def _load():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import logging
    import warnings

    warnings.filterwarnings("ignore", module="great_expectations")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    finder = _Deferred()
    sys.meta_path.insert(0, finder)
    try:
        import great_expectations
    finally:
        sys.meta_path.remove(finder)
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = great_expectations.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    # One asset for every validation: adding one per table made GX re-serialise its config.
    asset = context.data_sources.add_pandas("cekdata").add_dataframe_asset("tables")
    return great_expectations, asset.add_batch_definition_whole_dataframe("whole")

