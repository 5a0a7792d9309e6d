"""Measurements that need a fresh interpreter, run by `benchmarks/perf.py`; prints one JSON line.

    perf_child.py cold-load CLAIMS SOURCES [DRAFT]   Registry.load (+ verify_text of DRAFT)
    perf_child.py warm-load CLAIMS SOURCES CACHE     load_cached from a warm cache
    perf_child.py yaml-parse CLAIMS                  baseline: yaml.load (CSafeLoader) of each file
    perf_child.py json-parse CACHE                   baseline: json.loads of the cache file, no GC
    perf_child.py imports                            baseline: peak memory of the imports alone

Times are in seconds; `rss_mb` is this process's peak resident memory (VmHWM on Linux, else
getrusage max RSS) and `children_rss_mb` the largest of its worker processes' (getrusage).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _peak_rss_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM belongs to the address space made at
    exec; getrusage's max RSS can instead carry over the size of the process that forked this
    one (here: perf.py, which may hold a 100k registry itself)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _rss() -> dict[str, float]:
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_mb": _peak_rss_mb(), "children_rss_mb": children}


def _timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def cold_load(claims: str, sources: str, draft: str | None = None) -> dict[str, Any]:
    from claimcheck.api import verify_text
    from claimcheck.registry import Registry

    load, registry = _timed(lambda: Registry.load(claims, sources))
    out: dict[str, Any] = {"load_s": load, "claims": len(registry)}
    if draft is not None:
        text = Path(draft).read_text(encoding="utf-8")
        verify, results = _timed(lambda: verify_text(text, registry, kind="text"))
        out |= {"verify_s": verify, "sentences": len(results)}
    return out | _rss()


def warm_load(claims: str, sources: str, cache: str) -> dict[str, Any]:
    import claimcheck.index
    import claimcheck.match  # noqa: F401  (imported by the CLI before loading too)
    from claimcheck.cache import load_cached

    load, registry = _timed(lambda: load_cached(Path(claims), Path(sources), Path(cache)))
    return {"load_s": load, "claims": len(registry)} | _rss()


def yaml_parse(claims: str) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = sorted(Path(claims).rglob("*.yaml"))

    def parse() -> int:
        return sum(
            len(yaml.load(p.read_text(encoding="utf-8"), Loader=loader)["claims"]) for p in files
        )

    seconds, count = _timed(parse)
    return {"load_s": seconds, "claims": count} | _rss()


def json_parse(cache: str) -> dict[str, Any]:
    """The floor of the obvious cache reader: reading the cache file and parsing it with the
    standard library's json, with the collector paused (claimcheck parses it with msgspec)."""
    import gc

    path = next(Path(cache).glob("registry-*.json"))
    gc.disable()
    seconds, data = _timed(lambda: json.loads(path.read_bytes()))
    gc.enable()
    return {"load_s": seconds, "claims": len(data["claims"]["id"]), "mb": path.stat().st_size / 1e6}


def imports() -> dict[str, Any]:
    import numpy  # noqa: F401
    import rapidfuzz  # noqa: F401
    import yaml  # noqa: F401

    import claimcheck.api
    import claimcheck.cache
    import claimcheck.match  # noqa: F401

    return _rss()


TASKS: dict[str, Callable[..., dict[str, Any]]] = {
    "cold-load": cold_load,
    "warm-load": warm_load,
    "yaml-parse": yaml_parse,
    "json-parse": json_parse,
    "imports": imports,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in TASKS:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(TASKS[argv[0]](*argv[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
