"""Run options, where they come from, and where the rule suites live.

Precedence, lowest first: built-in defaults; the configuration file (``--config FILE``, else the
first ``cekdata.toml`` or ``pyproject.toml`` with a ``[tool.cekdata]`` table found from the
report's folder upwards); then options given on the command line. Unknown keys are an error
that names the key."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .documents.limits import Limits
from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANGUAGES = ("id", "en")
FAIL_ON = ("error", "warning", "never")
SEVERITIES = ("error", "warning", "info")


def default_rules_root() -> Path:
    """The folder holding ``checks/`` and ``expectations/``: $CEKDATA_RULES, the source
    checkout this package runs from, or the copy bundled into a wheel."""
    configured = os.environ.get("CEKDATA_RULES")
    if configured:
        return Path(configured)
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "checks").is_dir():
        return checkout
    return Path(__file__).resolve().parent / "_rules"


@dataclass(frozen=True)
class Waiver:
    """An accepted discrepancy: the finding with this fingerprint is reported as waived."""
    fingerprint: str
    reason: str
    rule: str = ""


@dataclass(frozen=True)
class Options:
    lang: str = "id"
    fail_on: str = "error"
    year: int | None = None
    ignore: tuple[str, ...] = ()          # rule codes or categories to skip
    select: tuple[str, ...] = ()          # if given, only these codes or categories run
    severity: tuple[tuple[str, str], ...] = ()   # (code, severity) overrides
    tolerance: Decimal = Decimal(1)       # × the printed precision of every figure
    waivers: tuple[Waiver, ...] = ()
    baseline: frozenset[str] = frozenset()  # fingerprints already known: not reported
    exit_zero: bool = False
    rules_root: Path = field(default_factory=default_rules_root)
    limits: Limits = field(default_factory=Limits)
    config_file: str = ""                 # where the configuration came from, for the report
    with_matrix: bool = False             # add the indicator matrix to the result (xlsx)

    @property
    def checks_dir(self) -> Path:
        return self.rules_root / "checks"

    @property
    def expectations_dir(self) -> Path:
        return self.rules_root / "expectations"


# Keys a configuration file may hold, and how each becomes an option.
KEYS = {"lang", "fail_on", "year", "ignore", "select", "severity", "tolerance", "waiver",
        "baseline", "exit_zero", "max_file_mb", "max_pages", "max_unzipped_mb"}


def find_config(report: Path) -> Path | None:
    """``cekdata.toml`` or a ``pyproject.toml`` with ``[tool.cekdata]``, from the report's
    folder upwards."""
    folder = report.resolve().parent
    for directory in (folder, *folder.parents):
        candidate = directory / "cekdata.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and "cekdata" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read ({error})")
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})")


def read_config(path: Path) -> dict[str, Any]:
    """The cekdata settings of a file, validated; keys as in the file."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("cekdata", {})
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key '{key}' (known: {', '.join(sorted(KEYS))})")
    return data


def _choice(value: Any, allowed: tuple[str, ...], key: str, source: str) -> str:
    if value not in allowed:
        raise ConfigError(f"{source}: {key} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _codes(value: Any, key: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: {key} must be a list of rule codes or categories")
    return tuple(value)


def _waivers(value: Any, source: str) -> tuple[Waiver, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{source}: waiver must be an array of tables ([[waiver]])")
    waivers = []
    for entry in value:
        unknown = set(entry) - {"fingerprint", "reason", "rule"}
        if unknown:
            raise ConfigError(f"{source}: unknown key '{sorted(unknown)[0]}' in a [[waiver]]")
        if not entry.get("fingerprint") or not entry.get("reason"):
            raise ConfigError(f"{source}: every [[waiver]] needs a fingerprint and a reason")
        waivers.append(Waiver(entry["fingerprint"], entry["reason"], entry.get("rule", "")))
    return tuple(waivers)


def options_from(settings: dict[str, Any], source: str) -> dict[str, Any]:
    """Option keyword arguments from validated settings (file keys or CLI names)."""
    options: dict[str, Any] = {}
    limits: dict[str, int] = {}
    for key, value in settings.items():
        if key == "lang":
            options["lang"] = _choice(value, LANGUAGES, key, source)
        elif key == "fail_on":
            options["fail_on"] = _choice(value, FAIL_ON, key, source)
        elif key == "year":
            if not isinstance(value, int) or not 1900 < value < 2200:
                raise ConfigError(f"{source}: year must be a year like 2024, not {value!r}")
            options["year"] = value
        elif key in ("ignore", "select"):
            options[key] = _codes(value, key, source)
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: severity must be a table of CODE = \"error|warning|info\"")
            options["severity"] = tuple((code, _choice(level, SEVERITIES, f"severity.{code}", source))
                                        for code, level in value.items())
        elif key == "tolerance":
            options["tolerance"] = _tolerance(value, source)
        elif key == "waiver":
            options["waivers"] = _waivers(value, source)
        elif key == "baseline":
            options["baseline"] = read_baseline(Path(value), source)
        elif key == "exit_zero":
            options["exit_zero"] = bool(value)
        elif key in ("max_file_mb", "max_pages", "max_unzipped_mb"):
            limits[key] = int(value)
    if limits:
        options["limits"] = Limits(**{**_limit_defaults(), **limits})
    return options


def _limit_defaults() -> dict[str, int]:
    defaults = Limits()
    return {f.name: getattr(defaults, f.name) for f in fields(Limits)}


def _tolerance(value: Any, source: str) -> Decimal:
    try:
        factor = Decimal(str(value))
    except InvalidOperation:
        factor = Decimal(-1)
    if not factor.is_finite() or factor < 0 or factor > 100:     # NaN cannot even be compared
        raise ConfigError(f"{source}: tolerance is a factor on printed precision (e.g. 1 or 2), "
                          f"not {value!r}")
    return factor


def read_baseline(path: Path, source: str = "--baseline") -> frozenset[str]:
    import json
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(entry["fingerprint"] for entry in data["findings"])
    except OSError as error:
        raise ConfigError(f"{source}: baseline {path} cannot be read ({error.strerror})")
    except (ValueError, KeyError, TypeError):
        raise ConfigError(f"{source}: {path} is not a cekdata baseline (cekdata baseline write)")


def build_options(report: Path | None, config: Path | None, cli: dict[str, Any]) -> Options:
    """Defaults, then the configuration file, then the options given on the command line."""
    path = config or (find_config(report) if report is not None else None)
    settings: dict[str, Any] = {}
    if path is not None:
        settings = options_from(read_config(path), str(path))
        settings["config_file"] = str(path)
    settings.update(options_from(cli, "command line"))
    return Options(**settings)
