"""Finding and reading claimcheck's config files.

`.claimcheck.toml` (top-level keys) or the `[tool.claimcheck]` table of `pyproject.toml`, found by
walking up from a start directory to the repository root. TOML errors become one-line
ConfigErrors with the file, line and column; `key_line` finds where a key is set, so a bad value
can be reported at its line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import ConfigError
from claimcheck.models import Location
from claimcheck.textio import read_text

CONFIG_NAME = ".claimcheck.toml"
PYPROJECT_NAME = "pyproject.toml"


@dataclass(frozen=True, slots=True)
class Layer:
    """Where values come from: the defaults, one config file or the command line."""

    origin: str
    base: Path  # relative paths are relative to this directory
    file: Path | None = None
    text: str = ""
    prefix: str = ""  # "[tool.claimcheck] " for pyproject.toml

    def error(self, key: str, message: str, table: int = 0) -> ConfigError:
        """A ConfigError for `key` (of the `table`-th override, if not 0) naming file and key."""
        name = f"overrides[{table}].{key}" if table else key
        if self.file is None:
            return ConfigError(f"{flag_name(key, None)}: {message}")
        line = key_line(self.text, key, table, pyproject=bool(self.prefix))
        return ConfigError(f"{self.prefix}{name}: {message}", Location(shown(self.file), line))


def discover(start: Path) -> tuple[Layer, dict[str, object]] | None:
    """The config file that applies to `start`, walking up to the repository root (the first
    directory with `.git`): its layer and its claimcheck table; None when there is none."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for directory in (here, *here.parents):
        for name in (CONFIG_NAME, PYPROJECT_NAME):
            if (directory / name).is_file() and (
                found := read_config_file(directory / name, False)
            ):
                return found
        if (directory / ".git").exists():
            return None
    return None


def read_config_file(path: Path, required: bool) -> tuple[Layer, dict[str, object]] | None:
    """The layer of config file `path` and its claimcheck table: the whole document, or the
    `[tool.claimcheck]` table of a pyproject.toml (None if it has none and is not `required`)."""
    text = read_text(Path(shown(path)), error=ConfigError)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, str(exc)) from None
    if path.name != PYPROJECT_NAME:
        return Layer(str(path), path.parent, path, text), document
    tool = document.get("tool")
    table = tool.get("claimcheck") if isinstance(tool, dict) else None
    if table is None and not required:
        return None
    if not isinstance(table, dict):
        problem = "no [tool.claimcheck] table" if table is None else "must be a table"
        raise ConfigError(f"[tool.claimcheck]: {problem}", Location(shown(path)))
    origin = f"{path} [tool.claimcheck]"
    return Layer(origin, path.parent, path, text, "[tool.claimcheck] "), table


def _toml_error(path: Path, message: str) -> ConfigError:
    found = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", message)
    if found is None:
        return ConfigError(f"invalid TOML: {message}", Location(shown(path)))
    text, line, column = found.groups()
    return ConfigError(f"invalid TOML: {text}", Location(shown(path), int(line), int(column)))


def key_line(text: str, key: str, table: int, *, pyproject: bool) -> int | None:
    """Best effort: the line where `key` is set in the claimcheck table, or in its `table`-th
    `[[overrides]]` table. None when not found (inline tables, dotted keys)."""
    lines = text.splitlines()
    tool = r"tool\s*\.\s*claimcheck"
    if table:
        name = rf"{tool}\s*\.\s*overrides" if pyproject else "overrides"
        header = re.compile(rf"\s*\[\[\s*{name}\s*\]\]")
    elif pyproject:
        header = re.compile(rf"\s*\[\s*{tool}\s*\]")
    else:
        header = None
    starts = [0] if header is None else [i + 1 for i, x in enumerate(lines) if header.match(x)]
    if len(starts) < max(table, 1):
        return None
    assignment = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number in range(starts[max(table, 1) - 1], len(lines)):
        if lines[number].lstrip().startswith("["):
            return None
        if assignment.match(lines[number]):
            return number + 1
    return None


def shown(path: Path) -> str:
    """A path as shown in messages: relative to the cwd when below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def flag_name(key: str, value: object) -> str:
    """The command-line flag that sets `key` (to `value`)."""
    if key == "cache" and value is False:
        return "--no-cache"
    return "--" + key.replace("_", "-")
