"""What several commands share: configuration, the registry, and writing output."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.textio import write_atomic

if TYPE_CHECKING:
    from claimcheck.config import Config, Settings
    from claimcheck.registry import Registry


def load_settings(
    flags: Mapping[str, object], config_file: Path | None, start: Path | None = None
) -> Config:
    """The effective configuration: the config file found from `start` (or the cwd), then flags."""
    from claimcheck.config import load_config

    given = {key: value for key, value in flags.items() if value is not None}
    return load_config(start or Path.cwd(), given, config_file=config_file)


def open_registry(settings: Settings, *, use_cache: bool | None = None) -> Registry:
    """Load the registry the settings name, through the on-disk cache unless it is disabled."""
    from claimcheck.cache import load_cached

    cache = settings.cache if use_cache is None else use_cache
    return load_cached(settings.claims, settings.sources, settings.cache_dir if cache else None)


def write_output(text: str, output: Path | None) -> None:
    """Write to a file atomically, or to stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


def use_color(no_color: bool) -> bool:
    """Colour unless --no-color or the NO_COLOR convention (any non-empty value) says otherwise."""
    return not no_color and not os.environ.get("NO_COLOR")
