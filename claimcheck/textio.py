"""Reading user files safely and writing them atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.models import Location

MAX_FILE_BYTES = 10 * 1024 * 1024  # a draft, source or claims file larger than this is refused


def read_text(
    path: Path,
    *,
    error: type[ClaimcheckError] = InputError,
    max_bytes: int = MAX_FILE_BYTES,
    allow_empty: bool = True,
) -> str:
    """Read a UTF-8 text file, raising `error` with a one-line message for anything else.

    Refuses files over `max_bytes`, binary files (NUL bytes), invalid UTF-8 (naming the line and
    column of the first bad byte) and, unless `allow_empty`, empty files. A UTF-8 BOM is dropped.
    """
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error(
                f"file is too large ({size / 1_048_576:.1f} MB; the limit is "
                f"{max_bytes / 1_048_576:.0f} MB)",
                Location(shown),
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise error("no such file", Location(shown)) from None
    except IsADirectoryError:
        raise error("is a directory, not a file", Location(shown)) from None
    except OSError as exc:
        raise error(f"cannot read file: {exc.strerror or exc}", Location(shown)) from None
    return decode_text(data, shown, error=error, allow_empty=allow_empty)


def decode_text(
    data: bytes,
    shown: str,
    *,
    error: type[ClaimcheckError] = InputError,
    allow_empty: bool = True,
) -> str:
    """Decode bytes read from `shown` as UTF-8 text, with the same refusals as `read_text`."""
    if not allow_empty and not data.strip():
        raise error("file is empty", Location(shown))
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise error("binary file (contains NUL bytes), expected UTF-8 text", Location(shown, line))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        raise error(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", Location(shown, line, column)
        ) from None
    return text.removeprefix("\ufeff")


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same directory and a rename, so a
    reader never sees a half-written file and an interrupted write loses nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
