"""The registry cache: fresh hits, rebuilds on change, atomic writes, corrupt files."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.cache import content_key, load_cached

MakeRegistry = Callable[..., tuple[Path, Path]]

CLAIMS = """\
source: court
claims:
  - id: zhang-released
    claim: Zhang Yuhuan was released from prison in 2020 after 27 years.
    quote: "In 2020, 53-year-old Zhang Yuhuan was released from prison after he was wrongfully jailed for 27 years for murder."
  - id: prosecutors-511
    claim: 511 prosecutors have been held accountable for wrongful convictions since 2018.
    quote: "A total of 511 prosecutors have been held accountable for wrongful convictions since 2018"
"""


def cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("registry-*.json"))


def test_cache_round_trip_gives_the_same_registry(
    make_registry: MakeRegistry, tmp_path: Path
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    first = load_cached(claims, sources, cache)
    assert len(cache_files(cache)) == 1
    second = load_cached(claims, sources, cache)
    assert second.claims == first.claims
    assert dict(second.anchors) == dict(first.anchors)
    assert dict(second.sources) == dict(first.sources)
    text = "511 prosecutors were held accountable for wrongful convictions since 2018"
    assert second.search(text, 2) == first.search(text, 2)


def test_any_change_rebuilds(make_registry: MakeRegistry, tmp_path: Path) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    key = content_key(claims, sources)
    load_cached(claims, sources, cache)
    (claims / "c.yaml").write_text(CLAIMS.replace("27 years.", "27 years in prison."), "utf-8")
    assert content_key(claims, sources) != key
    assert "27 years in prison." in load_cached(claims, sources, cache).get("zhang-released").text
    source = sources / "court.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    assert content_key(claims, sources) != key
    assert len(cache_files(cache)) == 1  # the stale file was replaced


@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong-shape"])
def test_corrupt_cache_is_rebuilt_with_a_warning(
    make_registry: MakeRegistry,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    damage: str,
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    expected = load_cached(claims, sources, cache)
    [path] = cache_files(cache)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00\xff not json")
    else:
        broken = json.loads(data)
        broken["claims"] = [["only-an-id"]]
        path.write_text(json.dumps(broken), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="claimcheck"):
        registry = load_cached(claims, sources, cache)
    assert registry.claims == expected.claims
    assert any("rebuilding" in r.getMessage() for r in caplog.records)
    json.loads(cache_files(cache)[0].read_bytes())  # rewritten whole


def test_no_cache_writes_nothing(make_registry: MakeRegistry, tmp_path: Path) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    load_cached(claims, sources, None)
    assert not (tmp_path / "cache").exists()


def test_cache_holds_no_executable_format(make_registry: MakeRegistry, tmp_path: Path) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    load_cached(claims, sources, tmp_path / "cache")
    [path] = cache_files(tmp_path / "cache")
    assert isinstance(json.loads(path.read_bytes()), dict)  # plain JSON: nothing runs on load


BUILDER = """
import sys
from pathlib import Path
from claimcheck.cache import load_cached
registry = load_cached(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
print(len(registry.claims))
"""


def test_concurrent_builders_never_corrupt_the_cache(
    make_registry: MakeRegistry, tmp_path: Path
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    for _ in range(3):
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", BUILDER, str(claims), str(sources), str(cache)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            assert out.strip() == "2"
            assert "warning" not in err
        files = cache_files(cache)
        assert len(files) == 1
        json.loads(files[0].read_bytes())
        assert not list(cache.glob(".registry-*.tmp"))
        for path in files:
            path.unlink()
