"""The vocabularies cekdata reads reports by, as data (YAML beside this file), optionally
extended by an agency's own folder of same-named YAML files (``vocabulary`` in cekdata.toml).

The extension in effect is a context variable set around a check (like the tolerance), so
everything cached from a vocabulary is cached per extension: ``load`` and ``derived``."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator

import yaml

from ..errors import ConfigError

# libyaml's parser when the install has it (several times faster); the same safe subset.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
EXTENSION: ContextVar[str] = ContextVar("vocabulary_extension", default="")


@cache
def _builtin(name: str) -> dict:
    text = resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=SAFE_LOADER)


def load(name: str) -> dict:
    """The vocabulary ``name``, extended by the folder in effect."""
    return _extended(name, EXTENSION.get())


@cache
def _extended(name: str, folder: str) -> dict:
    if not folder:
        return _builtin(name)
    path = Path(folder) / f"{name}.yaml"
    if not path.is_file():
        return _builtin(name)
    return _merge(_builtin(name), _read(path), str(path), "")


def derived(function: Callable) -> Callable:
    """``functools.cache`` for what is built from a vocabulary (patterns, word sets): cached
    per extension folder, so a check with another folder never sees stale words."""
    @cache
    def cached(folder: str, *args: Any) -> Any:
        return function(*args)

    @wraps(function)
    def wrapper(*args: Any) -> Any:
        return cached(EXTENSION.get(), *args)
    wrapper.cache_clear = cached.cache_clear      # type: ignore[attr-defined]
    return wrapper


@contextmanager
def extended_by(folder: str) -> Iterator[None]:
    """Use the vocabulary folder (``""`` for the built-in words only) within the block."""
    token = EXTENSION.set(folder)
    try:
        yield
    finally:
        EXTENSION.reset(token)


def check_folder(folder: Path, source: str) -> str:
    """Refuse a vocabulary folder that is missing, holds a file no built-in vocabulary has,
    or a key or shape the built-in one lacks; the folder, resolved, for the options."""
    if not folder.is_dir():
        raise ConfigError(f"{source}: vocabulary folder {folder} does not exist")
    known = {entry.name for entry in resources.files(__name__).iterdir()
             if entry.name.endswith(".yaml")}
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".yaml", ".yml"):
            continue
        if path.name not in known:
            raise ConfigError(f"{path}: no built-in vocabulary has this name "
                              f"(known: {', '.join(sorted(known))})")
        _merge(_builtin(path.stem), _read(path), str(path), "")
    return str(folder.resolve())


def _read(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot be read as YAML ({error})".splitlines()[0])
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a mapping of vocabulary keys")
    return data


def _merge(base: Any, extra: Any, path: str, key: str) -> Any:
    """Lists are appended to, mappings merged key by key, a number or word replaced; the top
    level's keys must be the built-in ones (a misspelt key would silently do nothing)."""
    if isinstance(base, dict):
        if not isinstance(extra, dict):
            raise ConfigError(f"{path}: {key or 'the file'} must be a mapping, as built in")
        merged = dict(base)
        for name, value in extra.items():
            where = f"{key}.{name}" if key else str(name)
            if name not in base:
                if not key:
                    raise ConfigError(f"{path}: unknown key '{name}' (known: "
                                      f"{', '.join(sorted(map(str, base)))})")
                merged[name] = value
                continue
            merged[name] = _merge(base[name], value, path, where)
        return merged
    if isinstance(base, list):
        if not isinstance(extra, list):
            raise ConfigError(f"{path}: {key} must be a list, as built in")
        return base + [item for item in extra if item not in base]
    if isinstance(extra, (dict, list)):
        raise ConfigError(f"{path}: {key} must be a single value, as built in")
    return extra
