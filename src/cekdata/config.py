"""Run options, where they come from, and where the rule suites live.

Precedence, lowest first: built-in defaults; the configuration file (``--config FILE``, else the
first ``cekdata.toml`` or ``pyproject.toml`` with a ``[tool.cekdata]`` table found from the
report's folder upwards); then options given on the command line. Unknown keys are an error
that names the key."""
from __future__ import annotations

import os
import sys
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable

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


def setting(default: Any = None, *, parse: Callable[[Any, str, str], Any], help: str,
            key: str | None = None, flag: bool = True, factory: Callable[[], Any] | None = None,
            **cli: Any) -> Any:
    """An option declared once: its default, how a value from the configuration file or the
    command line is validated (``parse(value, key, source)``), its help, and how click offers it
    (``cli``: choices, multiple, is_flag, type). The file's keys, the click options and the
    validation are all derived from these declarations."""
    metadata = {"parse": parse, "help": help, "key": key, "flag": flag, "cli": cli}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


def _choice(allowed: tuple[str, ...]) -> Callable[[Any, str, str], str]:
    def parse(value: Any, key: str, source: str) -> str:
        if value not in allowed:
            raise ConfigError(f"{source}: {key} must be one of {', '.join(allowed)}, not {value!r}")
        return value
    return parse


def _year(value: Any, key: str, source: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1900 < value < 2200:
        raise ConfigError(f"{source}: {key} must be a year like 2024, not {value!r}")
    return value


def _codes(value: Any, key: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: {key} must be a list of rule codes or categories")
    return tuple(value)


def _severity(value: Any, key: str, source: str) -> tuple[tuple[str, str], ...]:
    """A table ``CODE = "warning"`` in a file; ``CODE=warning`` pairs on the command line."""
    if isinstance(value, (list, tuple)):
        pairs = {}
        for item in value:
            code, _, level = str(item).partition("=")
            if not level:
                raise ConfigError(f"{source}: {key} {item!r}: use CODE=error|warning|info")
            pairs[code.strip()] = level.strip()
        value = pairs
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: {key} must be a table of CODE = \"error|warning|info\"")
    level_of = _choice(SEVERITIES)
    return tuple((code, level_of(level, f"{key}.{code}", source)) for code, level in value.items())


def _tolerance(value: Any, key: str, source: str) -> Decimal:
    try:
        factor = Decimal(str(value))
    except InvalidOperation:
        factor = Decimal(-1)
    if not factor.is_finite() or factor < 0 or factor > 100:     # NaN cannot even be compared
        raise ConfigError(f"{source}: {key} is a factor on printed precision (e.g. 1 or 2), "
                          f"not {value!r}")
    return factor


def _flag(value: Any, key: str, source: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{source}: {key} must be true or false, not {value!r}")
    return value


def _positive(value: Any, key: str, source: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{source}: {key} must be a whole number above 0, not {value!r}")
    return value


def _baseline(value: Any, key: str, source: str) -> frozenset[str]:
    return read_baseline(Path(value), source)


def _vocabulary(value: Any, key: str, source: str) -> str:
    """A folder of YAML files named like the built-in vocabularies that extend them; relative
    to the configuration file, or to the working folder on the command line."""
    from .data import check_folder
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{source}: {key} must be a folder name, not {value!r}")
    folder = Path(value).expanduser()
    if not folder.is_absolute() and source != "command line":
        folder = Path(source).parent / folder
    return check_folder(folder, source)


@dataclass(frozen=True)
class Options:
    lang: str = setting("id", parse=_choice(LANGUAGES), choices=LANGUAGES,
                        help="Language of the report.")
    fail_on: str = setting("error", parse=_choice(FAIL_ON), choices=FAIL_ON,
                           help="Lowest severity that makes the exit code 1.")
    year: int | None = setting(None, parse=_year, type=int,
                               help="Report year, overriding the one read from the text.")
    ignore: tuple[str, ...] = setting((), parse=_codes, multiple=True,
                                      help="Rule code or category to skip (repeatable).")
    select: tuple[str, ...] = setting((), parse=_codes, multiple=True,
                                      help="Run only this rule code or category (repeatable).")
    severity: tuple[tuple[str, str], ...] = setting((), parse=_severity, multiple=True,
                                                    help="CODE=error|warning|info (repeatable).")
    tolerance: Decimal = setting(Decimal(1), parse=_tolerance, type=float,
                                 help="Factor on printed precision (default 1).")
    waivers: tuple[Waiver, ...] = setting((), parse=lambda v, k, s: _waivers(v, s), key="waiver",
                                          flag=False, help="Accepted findings ([[waiver]]).")
    baseline: frozenset[str] = setting(frozenset(), parse=_baseline, type="path",
                                       help="Report only findings not in this baseline "
                                            "(cekdata baseline write).")
    vocabulary: str = setting("", parse=_vocabulary, type=str,
                              help="Folder of YAML files extending the built-in vocabularies "
                                   "(same file names; lists appended, mappings merged).")
    exit_zero: bool = setting(False, parse=_flag, is_flag=True,
                              help="Always exit 0 when reports were read (advisory runs).")
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


@dataclass(frozen=True)
class Spec:
    """One settable option, as derived from its declaration."""
    key: str            # the configuration key, and the command line option's name
    target: str         # the field it sets: of Options, or of Limits when in_limits
    parse: Callable[[Any, str, str], Any]
    help: str
    flag: bool
    cli: dict
    default: Any
    in_limits: bool = False


def _specs() -> dict[str, Spec]:
    specs = {}
    for owner, in_limits in ((Options, False), (Limits, True)):
        for item in fields(owner):
            meta = item.metadata
            if "help" not in meta:
                continue
            key = meta.get("key") or item.name
            parse = meta.get("parse") or _positive     # a safety cap is a positive whole number
            default = item.default if item.default is not MISSING else None
            specs[key] = Spec(key, item.name, parse, meta["help"], meta.get("flag", True),
                              dict(meta.get("cli", {})), default, in_limits)
    return specs


SPECS = _specs()
KEYS = set(SPECS)        # keys a configuration file may hold


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


def read_baseline(path: Path, source: str = "--baseline") -> frozenset[str]:
    import json
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(entry["fingerprint"] for entry in data["findings"])
    except OSError as error:
        raise ConfigError(f"{source}: baseline {path} cannot be read ({error.strerror})")
    except (ValueError, KeyError, TypeError):
        raise ConfigError(f"{source}: {path} is not a cekdata baseline (cekdata baseline write)")


def options_from(settings: dict[str, Any], source: str) -> dict[str, Any]:
    """Validated field values from settings keyed by configuration key; a safety cap goes
    into ``limits`` as a dict of its own, merged over the defaults by build_options."""
    options: dict[str, Any] = {}
    for key, value in settings.items():
        spec = SPECS[key]
        parsed = spec.parse(value, key, source)
        if spec.in_limits:
            options.setdefault("limits", {})[spec.target] = parsed
        else:
            options[spec.target] = parsed
    return options


def build_options(report: Path | None, config: Path | None, cli: dict[str, Any]) -> Options:
    """Defaults, then the configuration file, then the options given on the command line."""
    path = config or (find_config(report) if report is not None else None)
    settings: dict[str, Any] = {}
    limits: dict[str, int] = {}
    if path is not None:
        settings = options_from(read_config(path), str(path))
        limits.update(settings.pop("limits", {}))
        settings["config_file"] = str(path)
    given = options_from(cli, "command line")
    limits.update(given.pop("limits", {}))
    settings.update(given)
    return Options(**settings, limits=Limits(**limits))
