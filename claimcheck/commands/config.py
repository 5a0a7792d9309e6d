"""`claimcheck config`: the effective configuration and where each value came from."""

from __future__ import annotations

from pathlib import Path

from claimcheck.commands.common import load_settings, write_output


def run_config(config_file: Path | None, path: Path | None) -> int:
    from claimcheck.config import describe

    start = None if path is None else (path if path.is_dir() else path.parent)
    config = load_settings({}, config_file, start)
    rows = describe(config)
    if path is not None and not path.is_dir():
        applied = config.for_path(path)
        rows = [(key, _value(getattr(applied, key, value)), origin) for key, value, origin in rows]
    width = max(len(key) for key, _, _ in rows)
    value_width = min(max(len(value) for _, value, _ in rows), 50)
    lines = [f"config file: {config.path or '(none found; defaults)'}"]
    lines += [f"{key:<{width}}  {value:<{value_width}}  # {origin}" for key, value, origin in rows]
    write_output("\n".join(lines) + "\n", None)
    return 0


def _value(value: object) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return str(value)
