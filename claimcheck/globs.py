"""Glob matching on forward-slash relative paths, and expanding command-line paths into files.

`globmatch` matches a whole path against one pattern:

- `*` matches any run of characters within one path segment (never `/`);
- `?` matches one character other than `/`;
- `[abc]`, `[a-z]` and `[!abc]` match one character of (or not of) a set;
- `**` as a whole segment matches zero or more segments: `**/*.md` matches `a.md` and `x/y/a.md`,
  `drafts/**` matches everything below `drafts`, `a/**/b` matches `a/b` and `a/x/y/b`.

Matching is case-sensitive, and `*` matches names starting with a dot. The configuration uses two
gitignore-like wrappers: `match_file` (for `include`) and `match_under` (for `exclude` and for the
`paths` of overrides). In both, a pattern without a `/` matches a name at any depth; a pattern with
a `/` is anchored at the root (a leading `/` or `./` is allowed and means the same).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.models import Location


def globmatch(path: str, pattern: str) -> bool:
    """Whether the whole of `path` (relative, `/`-separated) matches `pattern`."""
    return _compile(pattern).fullmatch(path) is not None


def match_file(path: str, pattern: str) -> bool:
    """Whether a file's relative path matches: the whole path if the pattern has a `/`, else any
    one of its segments (so `*.md` matches `a/b/c.md`)."""
    anchored, core = _split(pattern)
    if not anchored:
        return any(globmatch(part, core) for part in path.split("/"))
    return globmatch(path, core)


def match_under(path: str, pattern: str, *, skip: int = 0) -> bool:
    """Whether `path` or one of its parent directories matches (so `build` and `drafts/old`
    exclude everything below them). The first `skip` segments are exempt: they belong to a
    directory the user named explicitly."""
    anchored, core = _split(pattern)
    parts = path.split("/")
    if not anchored:
        return any(globmatch(part, core) for part in parts[skip:])
    return any(globmatch("/".join(parts[:end]), core) for end in range(skip + 1, len(parts) + 1))


def iter_files(
    paths: Sequence[Path], include: Sequence[str], exclude: Sequence[str], root: Path
) -> list[Path]:
    """Expand files and directories into the list of files to check.

    A file named in `paths` is always kept, even if `include` or `exclude` would drop it. A
    directory is walked recursively: a file is kept when its path relative to `root` (or to the
    directory itself, if it lies outside `root`) matches an `include` pattern and neither it nor a
    directory between it and the named directory matches an `exclude` pattern. Symlinked
    directories are never entered; a symlinked file is kept only when it points to a file inside
    the walked directory that is not kept under its own name. A directory's files are sorted
    segment by segment; a file named twice is kept once, at its first position. Returned paths
    keep the form they were given in (relative stays relative). Raises InputError for a path that
    does not exist.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        if given.is_dir():
            candidates = _walk(given, tuple(include), tuple(exclude), root)
        elif given.exists():
            candidates = [given]
        else:
            raise InputError("no such file or directory", Location(str(given)))
        for path in candidates:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _walk(top: Path, include: tuple[str, ...], exclude: tuple[str, ...], root: Path) -> list[Path]:
    """The included files below directory `top`, sorted by their path segments."""
    real_top = top.resolve()
    real_root = root.resolve()
    prefix = real_top.relative_to(real_root).parts if real_top.is_relative_to(real_root) else ()
    skip = len(prefix)
    kept: list[Path] = []
    links: list[Path] = []  # symlinked files, kept unless their target is kept too
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        here = Path(dirpath)
        parts = prefix + here.relative_to(top).parts
        dirnames[:] = sorted(
            name
            for name in dirnames
            if not (here / name).is_symlink()
            and not _excluded("/".join((*parts, name)), exclude, skip)
        )
        for name in sorted(filenames):
            rel = "/".join((*parts, name))
            path = here / name
            if _excluded(rel, exclude, skip) or not any(match_file(rel, p) for p in include):
                continue
            if not path.is_symlink():
                kept.append(path)
            elif _inside(path, real_top):
                links.append(path)
    real = {path.resolve() for path in kept}
    kept += [link for link in links if link.resolve() not in real]
    return sorted(kept, key=lambda path: path.parts)


def _excluded(rel: str, exclude: tuple[str, ...], skip: int) -> bool:
    return any(match_under(rel, pattern, skip=skip) for pattern in exclude)


def _inside(link: Path, real_top: Path) -> bool:
    """Whether a symlinked file resolves to an existing file inside `real_top`."""
    target = link.resolve()
    return target.is_file() and target.is_relative_to(real_top)


def _split(pattern: str) -> tuple[bool, str]:
    """(anchored, pattern without a leading `./` or `/` and without a trailing `/`)."""
    core = pattern.rstrip("/")
    anchored = "/" in core
    while core.startswith(("./", "/")):
        core = core.removeprefix(".").removeprefix("/")
    return anchored, core


@lru_cache(maxsize=1024)
def _compile(pattern: str) -> re.Pattern[str]:
    segments = pattern.split("/")
    regex: list[str] = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == "**":
            regex.append(".*" if last else "(?:[^/]+/)*")
        else:
            regex.append(_translate_segment(segment) + ("" if last else "/"))
    return re.compile("".join(regex), re.DOTALL)


def _translate_segment(segment: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(segment):
        char = segment[index]
        index += 1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and (end := _class_end(segment, index)) != -1:
            body = segment[index:end]
            negate = body.startswith("!")
            body = re.sub(r"([\\^\[\]])", r"\\\1", body[1:] if negate else body)
            out.append(f"[^/{body}]" if negate else f"[{body}]")
            index = end + 1
        else:
            out.append(re.escape(char))
    return "".join(out)


def _class_end(segment: str, start: int) -> int:
    """The index of the `]` closing a class opened just before `start`, or -1 (then `[` is a
    literal). A `]` right after `[` or `[!` belongs to the set."""
    index = start + 1 if segment[start : start + 1] == "!" else start
    if segment[index : index + 1] == "]":
        index += 1
    return segment.find("]", index)
