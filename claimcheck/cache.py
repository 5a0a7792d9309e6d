"""The on-disk registry cache: parsed claims, anchored quotes and the retrieval index.

The cache is one JSON file (nothing in it can execute when read), named by a hash of every claims
and source file's path and bytes plus claimcheck's version, so any change rebuilds it. It is written
to a temporary file and renamed into place, so concurrent builders never leave a torn file; a
corrupt or truncated file is rebuilt with a warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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

FORMAT = 1
log = logging.getLogger("claimcheck")


def load_cached(claims_dir: Path, sources_dir: Path, cache_dir: Path | None) -> Registry:
    """Load a registry, from the cache in `cache_dir` when it matches the files on disk.

    With `cache_dir` None the registry is loaded directly and nothing is written.
    """
    if cache_dir is None:
        with paused():
            return Registry.load(claims_dir, sources_dir)
    key = content_key(claims_dir, sources_dir)
    path = cache_dir / f"registry-{key[:24]}.json"
    if path.is_file():
        try:
            with paused():
                return from_data(json.loads(path.read_bytes()), key)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as exc:
            log.warning("cache file %s is unreadable (%s); rebuilding it", path, _short(exc))
    with paused():
        registry = Registry.load(claims_dir, sources_dir)
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
    digest = hashlib.sha256(f"claimcheck {__version__} cache {FORMAT}\0".encode())
    digest.update(f"{claims_dir.resolve()}\0{sources_dir.resolve()}\0".encode())
    for root, path in _registry_files(claims_dir, sources_dir):
        base = claims_dir if root == "claims" else sources_dir
        digest.update(f"{root}/{path.relative_to(base).as_posix()}\0".encode())
        data = path.read_bytes()
        digest.update(f"{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def write_cache(path: Path, data: dict[str, Any]) -> None:
    """Write atomically: a temporary file in the same directory, then a rename. Older cache
    files for other contents are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".registry-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in path.parent.glob("registry-*.json"):
        if old != path:
            old.unlink(missing_ok=True)


def to_data(registry: Registry, key: str) -> dict[str, Any]:
    """The registry as plain JSON data."""
    return {
        "format": FORMAT,
        "version": __version__,
        "key": key,
        "claims": [_claim(c) for c in registry.claims],
        "sources": [
            {"id": s.id, "text": s.text, "path": s.path, "meta": _meta(s.meta)}
            for s in registry.sources.values()
        ],
        "anchors": {
            cid: [a.status.value, a.start, a.end, a.score, a.current]
            for cid, a in registry.anchors.items()
        },
        "findings": [_finding(f) for f in registry.findings],
        "matcher": registry.matcher.state(),
    }


def from_data(data: dict[str, Any], key: str) -> Registry:
    """Rebuild a registry from `to_data`'s output; raises ValueError when it does not fit."""
    from claimcheck.match import Matcher

    if data.get("format") != FORMAT or data.get("version") != __version__ or data["key"] != key:
        raise ValueError("cache is from another version or other contents")
    claims = [_unclaim(c) for c in data["claims"]]
    sources = {
        s["id"]: Source(s["id"], s["text"], SourceMeta(**s["meta"]), s["path"])
        for s in data["sources"]
    }
    anchors = {
        cid: Anchor(AnchorStatus(a[0]), a[1], a[2], float(a[3]), a[4])
        for cid, a in data["anchors"].items()
    }
    findings = [_unfinding(f) for f in data["findings"]]
    matcher = Matcher.from_state(data["matcher"], claims)
    return Registry(claims, sources, anchors, findings, matcher=matcher)


def _location(loc: Location | None) -> list[Any] | None:
    return None if loc is None else [loc.path, loc.line, loc.column]


def _unlocation(data: list[Any] | None) -> Location | None:
    return None if data is None else Location(data[0], data[1], data[2])


def _claim(c: Claim) -> list[Any]:
    return [
        c.id, c.text, c.source, c.quote, c.verdict, c.start, c.end, c.prefix, c.suffix,
        list(c.tags), c.note, _location(c.origin),
    ]  # fmt: skip


def _unclaim(d: list[Any]) -> Claim:
    return Claim(
        d[0], d[1], d[2], d[3], bool(d[4]), d[5], d[6], d[7], d[8], tuple(d[9]), d[10],
        _unlocation(d[11]),
    )  # fmt: skip


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
