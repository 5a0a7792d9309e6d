"""Settings from `[tool.claimcheck]` in pyproject.toml or `.claimcheck.toml`, merged with flags.

Discovery walks up from a start directory (the checked file's directory, or the cwd). In each
directory `.claimcheck.toml` (top-level keys) wins over `pyproject.toml`; a pyproject.toml without
a `[tool.claimcheck]` table is skipped. The walk stops after the first directory containing `.git`
(the repository root: a config above the repository would be a surprise) or at the filesystem
root. Relative paths in a file are relative to its directory; without a file, to the cwd. Flags
given on the command line win over the file and over its per-path overrides.

Keys (all optional; docs/configuration.md has the details):

- `claims`, `sources` (paths, default `claims`, `sources`): the registry and the source articles.
- `cache_dir` (path, default `.claimcheck_cache`), `cache` (bool, default true).
- `fail_on` (`contradicted` | `unsourced` | `never`, default `contradicted`): which labels fail a
  run; `unsourced` fails on unsourced and on contradicted sentences.
- `match_threshold`, `possible_threshold` (numbers 0-100, default: the engine's); possible must
  not exceed match.
- `include`, `exclude` (arrays of globs, defaults `DEFAULT_INCLUDE`, `DEFAULT_EXCLUDE`): which
  files a directory expands to (see `claimcheck.globs`).
- `format` (`text` | `json` | `sarif` | `github` | `html`, default `text`).
- `jobs` (integer >= 0, default 0): worker processes; 0 means one per available core.
- `overrides` (array of tables `{ paths = [globs], fail_on, match_threshold,
  possible_threshold }`): settings for the files matching `paths` (relative to the config file);
  later overrides win.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from claimcheck.config_files import (
    Layer,
    discover,
    flag_name,
    read_config_file,
)
from claimcheck.errors import ConfigError
from claimcheck.globs import match_under
from claimcheck.models import Label

T = TypeVar("T")

FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github", "html")
DEFAULT_INCLUDE: tuple[str, ...] = ("**/*.md", "**/*.markdown", "**/*.txt", "**/*.html", "**/*.htm")
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", ".claimcheck_cache", "build", "dist",
)  # fmt: skip


class FailOn(StrEnum):
    """Which labels make `verify` fail."""

    CONTRADICTED = "contradicted"
    UNSOURCED = "unsourced"
    NEVER = "never"

    def fails(self, label: Label) -> bool:
        """Whether a sentence with `label` makes the run fail."""
        return label in _FAILING[self]


_FAILING: dict[FailOn, frozenset[Label]] = {
    FailOn.CONTRADICTED: frozenset({Label.CONTRADICTED}),
    FailOn.UNSOURCED: frozenset({Label.CONTRADICTED, Label.UNSOURCED}),
    FailOn.NEVER: frozenset(),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, resolved: paths are absolute and `jobs` is a number of processes."""

    claims: Path
    sources: Path
    cache_dir: Path
    cache: bool
    fail_on: FailOn
    match_threshold: float | None  # None: the engine's default
    possible_threshold: float | None
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    format: str
    jobs: int


@dataclass(frozen=True, slots=True)
class Override:
    """Settings for the files below `root` whose relative path matches one of `paths`."""

    paths: tuple[str, ...]
    root: Path
    origin: str
    fail_on: FailOn | None = None
    match_threshold: float | None = None
    possible_threshold: float | None = None

    def matches(self, path: Path) -> bool:
        resolved = path.resolve()
        if not resolved.is_relative_to(self.root):
            return False
        rel = resolved.relative_to(self.root).as_posix()
        return any(match_under(rel, pattern) for pattern in self.paths)

    def values(self) -> dict[str, object]:
        """The settings this override sets (keys it leaves alone are absent)."""
        keys = ("fail_on", "match_threshold", "possible_threshold")
        return {key: getattr(self, key) for key in keys if getattr(self, key) is not None}


@dataclass(frozen=True, slots=True)
class Config:
    """The settings in force, where each came from, and the per-path overrides."""

    settings: Settings
    origins: Mapping[str, str]
    path: Path | None
    overrides: tuple[Override, ...] = ()
    root: Path = field(default_factory=Path.cwd)  # the base of relative paths and globs
    from_flags: frozenset[str] = frozenset()  # keys given on the command line

    def for_path(self, path: Path) -> Settings:
        """The settings for one checked file: `settings` with its matching overrides applied in
        order (except for keys given on the command line)."""
        settings = self.settings
        for override in self.overrides:
            if override.matches(path):
                settings = _apply(settings, override, self.from_flags)
        problem = _threshold_problem(settings)
        if problem:
            raise ConfigError(f"overrides for {path}: {problem}")
        return settings


class _Invalid(Exception):
    """A value failed validation; the caller adds the file and key."""


_COMMAND_LINE = "command line"


def find_config_file(start: Path) -> Path | None:
    """The config file that applies to `start` (a directory or a file), or None."""
    found = discover(start)
    return None if found is None else found[0].file


def load_config(
    start: Path,
    flags: Mapping[str, object] | None = None,
    *,
    config_file: Path | None = None,
) -> Config:
    """Find and read the config file (or read `config_file`), validate it and merge `flags`.

    `flags` maps setting names to the values the user gave on the command line (None values are
    ignored); they win over the file and its overrides. Relative paths among them are relative to
    the cwd. Raises ConfigError for an unreadable or invalid file or flag value, naming the file
    (or flag) and the key.
    """
    found = (
        discover(start) if config_file is None else read_config_file(config_file.resolve(), True)
    )
    path = None if found is None else found[0].file
    root = Path.cwd() if path is None else path.parent
    defaults = Layer("default", root)
    layers: dict[str, tuple[object, Layer]] = {
        key: (default, defaults) for key, (_, default) in _KEYS.items()
    }
    file_layer, table = (defaults, {}) if found is None else found
    for key, raw in table.items():
        if key != "overrides":
            _check_known(key, file_layer, _KEYS)
            _convert(raw, file_layer, key, _KEYS[key][0])
            layers[key] = (raw, file_layer)
    flag_layer = Layer(_COMMAND_LINE, Path.cwd())
    given = {key: raw for key, raw in (flags or {}).items() if raw is not None}
    for key, raw in given.items():
        if key not in _KEYS:
            raise ValueError(f"unknown setting {key!r}")
        _convert(raw, flag_layer, key, _KEYS[key][0])
        layers[key] = (raw, flag_layer)
    settings = _settings(layers)
    problem = _threshold_problem(settings)
    if problem:
        flagged_match = layers["match_threshold"][1].origin == _COMMAND_LINE
        blamed = "match_threshold" if flagged_match else "possible_threshold"
        raise layers[blamed][1].error(blamed, problem)
    flagged = frozenset(given)
    overrides = _overrides(table.get("overrides", []), file_layer, settings, flagged)
    origins = {key: _origin_text(key, raw, layer) for key, (raw, layer) in layers.items()}
    return Config(settings, origins, path, overrides, root, flagged)


def describe(config: Config, path: Path | None = None) -> list[tuple[str, str, str]]:
    """(key, value as text, origin) rows for `claimcheck config`, overrides last. With `path`,
    the values are those for that file, and an override that set one is its origin."""
    settings = config.settings if path is None else config.for_path(path)
    origins = dict(config.origins)
    matching = [o for o in config.overrides if path is not None and o.matches(path)]
    for override in matching:
        origins.update((key, override.origin) for key in override.values())
    origins.update((key, config.origins[key]) for key in config.from_flags)
    rows = [
        (item.name, _text(getattr(settings, item.name)), origins[item.name])
        for item in dataclasses.fields(Settings)
    ]
    for index, override in enumerate(config.overrides, start=1):
        values = {"paths": override.paths, **override.values()}
        text = ", ".join(f"{key} = {_text(value)}" for key, value in values.items())
        rows.append((f"overrides[{index}]", text, override.origin))
    return rows


# -- validation --------------------------------------------------------------------------------


def _expected(what: str, value: object) -> _Invalid:
    return _Invalid(f"expected {what}, got {_text(value, quote=True)}")


def _to_path(value: object, base: Path) -> Path:
    if not isinstance(value, str | Path) or not str(value).strip():
        raise _expected("a path (a non-empty string)", value)
    return (base / Path(value).expanduser()).resolve()


def _to_bool(value: object, base: Path) -> bool:
    if not isinstance(value, bool):
        raise _expected("true or false", value)
    return value


def _to_fail_on(value: object, base: Path) -> FailOn:
    if not isinstance(value, str) or value not in FailOn.__members__.values():
        raise _expected(f"one of {', '.join(FailOn)}", value)
    return FailOn(value)


def _to_threshold(value: object, base: Path) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise _expected("a number from 0 to 100", value)
    if not 0 <= value <= 100:
        raise _expected("a number from 0 to 100", value)
    return float(value)


def _to_globs(value: object, base: Path) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise _expected("an array of glob strings", value)
    bad = [item for item in value if not isinstance(item, str) or not item]
    if bad:
        raise _Invalid(f"expected an array of glob strings, got {_text(bad[0], quote=True)} in it")
    return tuple(str(item) for item in value)


def _to_format(value: object, base: Path) -> str:
    if not isinstance(value, str) or value not in FORMATS:
        raise _expected(f"one of {', '.join(FORMATS)}", value)
    return value


def _to_jobs(value: object, base: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _expected("an integer >= 1, or 0 for one per core", value)
    if value == 0:
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        return len(cores) if cores else os.cpu_count() or 1
    return value


_Convert = Callable[[object, Path], object]
_KEYS: dict[str, tuple[_Convert, object]] = {  # key: (validate and resolve, default)
    "claims": (_to_path, "claims"),
    "sources": (_to_path, "sources"),
    "cache_dir": (_to_path, ".claimcheck_cache"),
    "cache": (_to_bool, True),
    "fail_on": (_to_fail_on, "contradicted"),
    "match_threshold": (_to_threshold, None),
    "possible_threshold": (_to_threshold, None),
    "include": (_to_globs, list(DEFAULT_INCLUDE)),
    "exclude": (_to_globs, list(DEFAULT_EXCLUDE)),
    "format": (_to_format, "text"),
    "jobs": (_to_jobs, 0),
}
_OVERRIDE_KEYS: dict[str, _Convert] = {
    "paths": _to_globs,
    "fail_on": _to_fail_on,
    "match_threshold": _to_threshold,
    "possible_threshold": _to_threshold,
}


def _convert(
    raw: object, layer: Layer, key: str, convert: Callable[[object, Path], T], table: int = 0
) -> T:
    try:
        return convert(raw, layer.base)
    except _Invalid as exc:
        raise layer.error(key, str(exc), table) from None


def _get(
    layers: Mapping[str, tuple[object, Layer]], key: str, convert: Callable[[object, Path], T]
) -> T:
    raw, layer = layers[key]
    return _convert(raw, layer, key, convert)


def _settings(layers: Mapping[str, tuple[object, Layer]]) -> Settings:
    return Settings(
        claims=_get(layers, "claims", _to_path),
        sources=_get(layers, "sources", _to_path),
        cache_dir=_get(layers, "cache_dir", _to_path),
        cache=_get(layers, "cache", _to_bool),
        fail_on=_get(layers, "fail_on", _to_fail_on),
        match_threshold=_get(layers, "match_threshold", _to_threshold),
        possible_threshold=_get(layers, "possible_threshold", _to_threshold),
        include=_get(layers, "include", _to_globs),
        exclude=_get(layers, "exclude", _to_globs),
        format=_get(layers, "format", _to_format),
        jobs=_get(layers, "jobs", _to_jobs),
    )


def _threshold_problem(settings: Settings) -> str | None:
    match, possible = settings.match_threshold, settings.possible_threshold
    if match is not None and possible is not None and possible > match:
        return f"possible_threshold ({possible:g}) must not exceed match_threshold ({match:g})"
    return None


def _check_known(key: str, layer: Layer, known: Mapping[str, object], table: int = 0) -> None:
    if key in known:
        return
    close = difflib.get_close_matches(key.replace("-", "_"), list(known), n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
    raise layer.error(key, f"unknown key; {hint}", table)


def _overrides(
    raw: object, layer: Layer, settings: Settings, flagged: frozenset[str]
) -> tuple[Override, ...]:
    """The validated `overrides` tables; each must keep possible_threshold <= match_threshold."""
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise layer.error("overrides", f"expected an array of tables, got {_text(raw, quote=True)}")
    found: list[Override] = []
    for index, item in enumerate(raw, start=1):
        for key in item:
            _check_known(key, layer, _OVERRIDE_KEYS, index)
        if "paths" not in item:
            raise layer.error("paths", "missing; an override needs paths = [globs]", index)

        def value(key: str, convert: Callable[[object, Path], T]) -> T | None:
            return _convert(item[key], layer, key, convert, index) if key in item else None  # noqa: B023

        override = Override(
            paths=_convert(item["paths"], layer, "paths", _to_globs, index),
            root=layer.base,
            origin=f"{layer.origin} overrides[{index}]",
            fail_on=value("fail_on", _to_fail_on),
            match_threshold=value("match_threshold", _to_threshold),
            possible_threshold=value("possible_threshold", _to_threshold),
        )
        problem = _threshold_problem(_apply(settings, override, flagged))
        if problem:
            raise layer.error("possible_threshold", problem, index)
        found.append(override)
    return tuple(found)


def _apply(settings: Settings, override: Override, locked: frozenset[str]) -> Settings:
    """`settings` with the values `override` sets, except the `locked` keys."""

    def pick(key: str, new: T | None, old: T) -> T:
        return old if new is None or key in locked else new

    return dataclasses.replace(
        settings,
        fail_on=pick("fail_on", override.fail_on, settings.fail_on),
        match_threshold=pick("match_threshold", override.match_threshold, settings.match_threshold),
        possible_threshold=pick(
            "possible_threshold", override.possible_threshold, settings.possible_threshold
        ),
    )


def _origin_text(key: str, raw: object, layer: Layer) -> str:
    if layer.origin == _COMMAND_LINE:
        return f"command line ({flag_name(key, raw)})"
    return layer.origin


def _text(value: object, *, quote: bool = False) -> str:
    """A value as TOML-like text for messages and `claimcheck config`."""
    if value is None:
        return "(engine default)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "an array" if quote else "[" + ", ".join(f'"{item}"' for item in value) + "]"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, str) and quote:
        return repr(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
