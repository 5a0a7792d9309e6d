"""The on-disk registry cache: parsed claims, anchored quotes and the retrieval index.

The cache is one JSON file (nothing in it can execute when read), named by a hash of every claims
and source file's path and bytes, claimcheck's version and a stamp of its own source files (the
lexicons shape the index), so any change rebuilds it. It is written to a temporary file and
renamed into place, so concurrent builders never leave a torn file; a corrupt or truncated file
is rebuilt with a warning.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, overload

from claimcheck import __version__
from claimcheck.collector import paused
from claimcheck.models import (
    Anchor,
    AnchorStatus,
    Claim,
    Finding,
    Location,
    Severity,
    Source,
    SourceMeta,
)
from claimcheck.registry import Registry
from claimcheck.registry_files import CLAIM_FILE_SUFFIXES, SOURCE_SUFFIXES, claim_files
from claimcheck.textio import write_atomic

FORMAT = 2
log = logging.getLogger("claimcheck")


def load_cached(claims_dir: Path, sources_dir: Path, cache_dir: Path | None) -> Registry:
    """Load a registry, from the cache in `cache_dir` when it matches the files on disk.

    With `cache_dir` None the registry is loaded directly and nothing is written.
    """
    if cache_dir is None:
        with paused():
            return Registry.load(claims_dir, sources_dir)
    key, stamp = _key_and_stamp(claims_dir, sources_dir, cache_dir)
    path = cache_dir / f"registry-{key[:24]}.json"
    if path.is_file():
        try:
            with paused():
                return from_data(_decode(path.read_bytes()), key)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as exc:
            log.warning("cache file %s is unreadable (%s); rebuilding it", path, _short(exc))
    with paused():
        registry = Registry.load(claims_dir, sources_dir)
    if _stamp(claims_dir, sources_dir)[0] != stamp:
        return registry  # a file changed while it was read: what was read may not match `key`
    try:
        write_cache(path, to_data(registry, key))
    except OSError as exc:
        log.warning("could not write the cache in %s (%s)", cache_dir, exc.strerror or exc)
    return registry


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 80 else text[:77] + "..."


def _registry_files(claims_dir: Path, sources_dir: Path) -> Iterator[tuple[str, Path]]:
    for path in claim_files(claims_dir):
        yield "claims", path
    if sources_dir.is_dir():
        for path in sorted(sources_dir.iterdir()):
            if path.suffix in (*SOURCE_SUFFIXES, *CLAIM_FILE_SUFFIXES) and path.is_file():
                yield "sources", path


def content_key(claims_dir: Path, sources_dir: Path) -> str:
    """A hash of claimcheck's version and every registry file's location and bytes."""
    digest = _digest(claims_dir, sources_dir)
    for name, path in _named_files(claims_dir, sources_dir):
        data = path.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def registry_key(claims_dir: Path, sources_dir: Path, cache_dir: Path) -> str:
    """`content_key`, without reading every file again when none has changed.

    Reading and hashing 100,000 claims' files takes a good part of a warm load, so the key is
    remembered under a stamp of the files' metadata (size, modification and change times, inode).
    Writing a file changes its change time, which no program can set back. A stamp is only
    remembered when every file is older than `SETTLED_SECONDS`: a file written in the same clock
    tick as it was hashed could keep its times.
    """
    return _key_and_stamp(claims_dir, sources_dir, cache_dir)[0]


def _key_and_stamp(claims_dir: Path, sources_dir: Path, cache_dir: Path) -> tuple[str, str]:
    stamp, newest = _stamp(claims_dir, sources_dir)
    remembered = cache_dir / f"key-{stamp[:24]}"
    try:
        key = remembered.read_text(encoding="ascii").strip()
        if len(key) == 64 and all(c in "0123456789abcdef" for c in key):
            return key, stamp
    except (OSError, UnicodeDecodeError):
        pass
    key = content_key(claims_dir, sources_dir)
    if time.time() - newest > SETTLED_SECONDS:
        with contextlib.suppress(OSError):  # if it cannot be written, it is computed again
            write_atomic(remembered, key + "\n")
            for old in cache_dir.glob("key-*"):  # stamps of files as they were before
                if old != remembered:
                    old.unlink(missing_ok=True)
    return key, stamp


SETTLED_SECONDS = 2.0
STALE_TEMP_SECONDS = 3600.0  # a temporary file this old is no write still in progress


def _stamp(claims_dir: Path, sources_dir: Path) -> tuple[str, float]:
    """A hash of every registry file's name and metadata, and the newest change time."""
    digest = _digest(claims_dir, sources_dir)
    newest = 0.0
    for name, path in _named_files(claims_dir, sources_dir):
        info = path.stat()
        digest.update(
            f"{name}\0{info.st_size} {info.st_mtime_ns} {info.st_ctime_ns} {info.st_ino}\0".encode()
        )
        newest = max(newest, info.st_mtime, info.st_ctime)
    return digest.hexdigest(), newest


def _digest(claims_dir: Path, sources_dir: Path) -> hashlib._Hash:
    digest = hashlib.sha256(f"claimcheck {__version__} cache {FORMAT}\0".encode())
    digest.update(f"{engine_fingerprint()}\0".encode())
    digest.update(f"{claims_dir.resolve()}\0{sources_dir.resolve()}\0".encode())
    return digest


@functools.cache
def engine_fingerprint() -> str:
    """A stamp of claimcheck's own source files: the index depends on the tokenizer and its
    lexicons, which change during development (and in an editable install) without a new
    version."""
    return source_stamp(Path(__file__).parent)


def source_stamp(package: Path) -> str:
    """A hash of the names, sizes and modification times of a package's Python files (reading
    the metadata, not the bytes, keeps this off the start-up time)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        info = path.stat()
        name = path.relative_to(package).as_posix()
        digest.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _named_files(claims_dir: Path, sources_dir: Path) -> Iterator[tuple[str, Path]]:
    for root, path in _registry_files(claims_dir, sources_dir):
        base = claims_dir if root == "claims" else sources_dir
        yield f"{root}/{path.relative_to(base).as_posix()}", path


def _decode(data: bytes) -> Any:
    """The cache file's data, its every value checked against `claimcheck.cache_schema`;
    ValueError for anything else."""
    import msgspec

    from claimcheck.cache_schema import CacheData

    return msgspec.json.decode(data, type=CacheData)  # its errors are ValueErrors


def _encode(data: Any) -> bytes:
    import msgspec

    return msgspec.json.encode(data)


def write_cache(path: Path, data: dict[str, Any]) -> None:
    """Write atomically: a temporary file in the same directory, then a rename. A cache
    directory serves one registry: files for other contents (older states of it) are removed,
    and so are temporary files that a killed writer left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".registry-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_encode(data))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in path.parent.glob("registry-*.json"):
        if old != path:
            old.unlink(missing_ok=True)
    for old in path.parent.glob(".registry-*.tmp"):  # left by a writer that was killed
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > STALE_TEMP_SECONDS:
                old.unlink()
    current = path.stem.removeprefix("registry-")
    for old in path.parent.glob("key-*"):
        with contextlib.suppress(OSError):
            if not old.read_text(encoding="ascii", errors="replace").startswith(current):
                old.unlink(missing_ok=True)


def to_data(registry: Registry, key: str) -> dict[str, Any]:
    """The registry as plain JSON data. Claims and anchors are stored by column (one list per
    field), which parses far faster than one small object per claim."""
    claims = registry.claims
    files = list(dict.fromkeys(c.origin.path for c in claims if c.origin is not None))
    file_index = {path: i for i, path in enumerate(files)}
    columns: dict[str, Any] = {name: [getattr(c, name) for c in claims] for name in CLAIM_FIELDS}
    columns["tags"] = [list(tags) for tags in columns["tags"]]
    columns["origin"] = [
        None if c.origin is None else [file_index[c.origin.path], c.origin.line, c.origin.column]
        for c in claims
    ]
    return {
        "format": FORMAT,
        "version": __version__,
        "key": key,
        "files": files,
        "claims": columns,
        "sources": [
            {"id": s.id, "text": s.text, "path": s.path, "meta": _meta(s.meta)}
            for s in registry.sources.values()
        ],
        "anchors": _anchor_columns(registry),
        "findings": [_finding(f) for f in registry.findings],
        "matcher": registry.matcher.state(),
    }


def _anchor_columns(registry: Registry) -> dict[str, Any]:
    """The anchors by column. An anchor's `current` text is left out when it is the source's own
    text at [start, end), which is nearly always: the reader takes it from the source."""
    ids = list(registry.anchors)
    anchors = [registry.anchors[cid] for cid in ids]
    return {
        "id": ids,
        "status": [a.status.value for a in anchors],
        "start": [a.start for a in anchors],
        "end": [a.end for a in anchors],
        "score": [a.score for a in anchors],
        "current": {
            cid: a.current
            for cid, a in zip(ids, anchors, strict=True)
            if a.current is not None and _source_slice(registry, cid, a) != a.current
        },
    }


def _source_slice(registry: Registry, claim_id: str, anchor: Anchor) -> str | None:
    claim = registry.get(claim_id) if claim_id in registry else None
    source = registry.sources.get(claim.source) if claim is not None else None
    if source is None or anchor.start is None or anchor.end is None:
        return None
    return source.text[anchor.start : anchor.end]


def from_data(data: dict[str, Any], key: str) -> Registry:
    """Rebuild a registry from `to_data`'s output; raises ValueError when it does not fit.

    Claims and anchors are built when first looked up: verify looks up only the claims it
    matched, so a warm load does not build 100,000 records of each."""
    from claimcheck.match import Matcher

    if data.get("format") != FORMAT or data.get("version") != __version__ or data["key"] != key:
        raise ValueError("cache is from another version or other contents")
    claims = CachedClaims(data["claims"], data["files"])
    sources = {
        s["id"]: Source(s["id"], s["text"], SourceMeta(**s["meta"]), s["path"])
        for s in data["sources"]
    }
    anchors = CachedAnchors(data["anchors"], claims, sources)
    findings = [_unfinding(f) for f in data["findings"]]
    matcher = Matcher.from_state(data["matcher"], claims.ids)
    return Registry(claims, sources, anchors, findings, matcher=matcher)


CLAIM_FIELDS = (
    "id", "text", "source", "quote", "verdict", "start", "end", "prefix", "suffix", "tags", "note",
)  # fmt: skip
_STATUSES = {status.value: status for status in AnchorStatus}
_ANCHOR_COLUMNS = ("id", "status", "start", "end", "score")


class CachedClaims(Sequence[Claim]):
    """The cached claims in registry order, each `Claim` built when first read."""

    def __init__(self, columns: Mapping[str, Any], files: Sequence[str]) -> None:
        if len({len(columns[name]) for name in (*CLAIM_FIELDS, "origin")}) != 1:
            raise ValueError("claim columns differ in length")
        if not all(isinstance(i, str) for i in columns["id"]):
            raise ValueError("claim ids are not all text")
        if not all(o is None or 0 <= o[0] < len(files) for o in columns["origin"]):
            raise ValueError("a claim's origin names no cached file")
        self._columns = columns
        self._files = files
        self.ids: Sequence[str] = columns["id"]
        self.sources: Sequence[str] = columns["source"]
        self._built: list[Claim | None] = [None] * len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Claim]: ...
    def __getitem__(self, index: int | slice) -> Claim | Sequence[Claim]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        found = self._built[index]
        if found is None:
            found = self._built[index] = self._build(index)
        return found

    def _build(self, row: int) -> Claim:
        c = self._columns
        origin = c["origin"][row]
        return Claim(
            c["id"][row], c["text"][row], c["source"][row], c["quote"][row],
            bool(c["verdict"][row]), c["start"][row], c["end"][row], c["prefix"][row],
            c["suffix"][row], tuple(c["tags"][row]), c["note"][row],
            None if origin is None else Location(self._files[origin[0]], origin[1], origin[2]),
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self.ids)


class CachedAnchors(Mapping[str, Anchor]):
    """The cached anchors by claim id, each `Anchor` built when first looked up."""

    def __init__(
        self, columns: Mapping[str, Any], claims: CachedClaims, sources: Mapping[str, Source]
    ) -> None:
        if len({len(columns[name]) for name in _ANCHOR_COLUMNS}) != 1:
            raise ValueError("anchor columns differ in length")
        if not all(status in _STATUSES for status in columns["status"]):
            raise ValueError("unknown anchor status")
        self._columns = columns
        self._current: Mapping[str, str] = columns["current"]
        self._row = {cid: row for row, cid in enumerate(columns["id"])}
        self._source_of = dict(zip(claims.ids, claims.sources, strict=True))
        self._sources = sources
        self._built: dict[str, Anchor] = {}

    def __getitem__(self, claim_id: str) -> Anchor:
        found = self._built.get(claim_id)
        if found is None:
            found = self._built[claim_id] = self._build(claim_id, self._row[claim_id])
        return found

    def _build(self, claim_id: str, row: int) -> Anchor:
        columns = self._columns
        start, end = columns["start"][row], columns["end"][row]
        current = self._current.get(claim_id)
        source = self._sources.get(self._source_of.get(claim_id, ""))
        if current is None and start is not None and source is not None:
            current = source.text[start:end]
        status = _STATUSES[columns["status"][row]]
        return Anchor(status, start, end, float(columns["score"][row]), current)

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


def _location(loc: Location | None) -> list[Any] | None:
    return None if loc is None else [loc.path, loc.line, loc.column]


def _unlocation(data: list[Any] | None) -> Location | None:
    return None if data is None else Location(data[0], data[1], data[2])


def _meta(meta: SourceMeta) -> dict[str, str | None]:
    return {
        "title": meta.title,
        "publisher": meta.publisher,
        "author": meta.author,
        "date": meta.date,
        "language": meta.language,
        "url": meta.url,
    }


def _finding(f: Finding) -> list[Any]:
    return [f.severity.value, f.code, f.message, _location(f.location), f.claim_id, f.fix]


def _unfinding(d: list[Any]) -> Finding:
    return Finding(Severity(d[0]), d[1], d[2], _unlocation(d[3]), d[4], d[5])
