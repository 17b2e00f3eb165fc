"""The vocabularies cekdata reads reports by, as data (YAML beside this file)."""
from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

# libyaml's parser when the install has it (several times faster); the same safe subset.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> dict:
    text = resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=SAFE_LOADER)
