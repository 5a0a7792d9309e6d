"""The registry cache: fresh hits, rebuilds on change, atomic writes, corrupt files."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import claimcheck.cache as cache_module
from claimcheck.cache import content_key, from_data, load_cached, registry_key, to_data
from claimcheck.models import Anchor, AnchorStatus, Claim, Source
from claimcheck.packed import pack_ints, unpack_ints
from claimcheck.registry import Registry

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
    assert list(second.claims) == list(first.claims)
    assert dict(second.anchors) == dict(first.anchors)
    assert dict(second.sources) == dict(first.sources)
    text = "511 prosecutors were held accountable for wrongful convictions since 2018"
    assert second.search(text, 2) == first.search(text, 2)


def test_the_bundled_registry_survives_the_cache_whole(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    registry = Registry.load(root / "claims", root / "sources")
    key = "k" * 64
    loaded = from_data(json.loads(json.dumps(to_data(registry, key))), key)
    assert list(loaded.claims) == list(registry.claims)
    assert loaded.findings == registry.findings
    assert dict(loaded.sources) == dict(registry.sources)
    assert len(loaded.anchors) == len(registry.anchors)
    assert dict(loaded.anchors) == dict(registry.anchors)
    assert loaded.matcher.state() == registry.matcher.state()


def test_an_anchor_text_unlike_its_source_is_kept(tmp_path: Path) -> None:
    claim = Claim("c1", "Prices rose 5 percent.", "s", "prices rose 5 percent")
    source = Source("s", "In May prices rose 5 percent.")
    anchor = Anchor(AnchorStatus.DRIFT, 8, 29, 91.0, "a text kept as it was")
    registry = Registry([claim], {"s": source}, {"c1": anchor})
    loaded = from_data(json.loads(json.dumps(to_data(registry, "k"))), "k")
    assert loaded.anchors["c1"] == anchor


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


def test_a_changed_engine_rebuilds(
    make_registry: MakeRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a new synonym changes every claim's terms without a new version: the old index is stale
    claims, sources = make_registry({"c.yaml": CLAIMS})
    key = content_key(claims, sources)
    assert content_key(claims, sources) == key  # the same engine, the same key
    monkeypatch.setattr(cache_module, "engine_fingerprint", lambda: "another lexicon")
    assert content_key(claims, sources) != key


def test_the_source_stamp_changes_with_any_edited_module(tmp_path: Path) -> None:
    package = tmp_path / "package"
    (package / "lexicons").mkdir(parents=True)
    lexicon = package / "lexicons" / "synonyms.py"
    lexicon.write_text("GROUPS = ()\n", encoding="utf-8")
    (package / "tokens.py").write_text("", encoding="utf-8")
    first = cache_module.source_stamp(package)
    assert cache_module.source_stamp(package) == first
    before = lexicon.stat()
    os.utime(lexicon, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert cache_module.source_stamp(package) != first  # an edited lexicon is a new engine
    assert len(cache_module.engine_fingerprint()) == 64


def _set(*path: str | int, value: object) -> Callable[[dict[str, Any]], None]:
    def damage(data: dict[str, Any]) -> None:
        *parents, last = path
        target: Any = data
        for step in parents:
            target = target[step]
        target[last] = value

    return damage


DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {
    "short column": lambda d: d["claims"].update(text=d["claims"]["text"][:1]),
    "unknown anchor status": lambda d: d["anchors"].update(
        status=["no-such-status"] * len(d["anchors"]["status"])
    ),
    "tags not a list": _set("claims", "tags", 0, value=5),
    "origin file out of range": _set("claims", "origin", 0, value=[999, 1, 1]),
    "anchor text not text": _set("anchors", "current", value=["x"]),
    "score not a number": _set("anchors", "score", 0, value="x"),
    "start not a number": _set("anchors", "start", 0, value="x"),
    "verdict not a boolean": _set("claims", "verdict", 0, value="false"),
    "statement not a list": _set("matcher", "statements", 0, value="text"),
    "posting out of range": lambda d: d["matcher"]["index"].update(
        docs=pack_ints([10**6] * len(unpack_ints(d["matcher"]["index"]["docs"])))
    ),
}


@pytest.mark.parametrize("damage", ["truncate", "garbage", *DAMAGE])
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
        DAMAGE[damage](broken)
        path.write_text(json.dumps(broken), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="claimcheck"):
        registry = load_cached(claims, sources, cache)
    assert list(registry.claims) == list(expected.claims)
    assert dict(registry.anchors) == dict(expected.anchors)
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


def test_an_unchanged_registry_is_not_hashed_again(
    make_registry: MakeRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    monkeypatch.setattr(cache_module, "SETTLED_SECONDS", -1.0)  # every file counts as settled
    hashed: list[Path] = []
    real = cache_module.content_key

    def counting(claims_dir: Path, sources_dir: Path) -> str:
        hashed.append(claims_dir)
        return real(claims_dir, sources_dir)

    monkeypatch.setattr(cache_module, "content_key", counting)
    first = registry_key(claims, sources, cache)
    assert registry_key(claims, sources, cache) == first == real(claims, sources)
    assert len(hashed) == 1


def test_a_rewrite_that_keeps_size_and_mtime_still_rebuilds(
    make_registry: MakeRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    monkeypatch.setattr(cache_module, "SETTLED_SECONDS", -1.0)
    load_cached(claims, sources, cache)
    path = claims / "c.yaml"
    before = path.stat()
    path.write_text(CLAIMS.replace("claim: 511", "claim: 611"), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old mtime
    registry = load_cached(claims, sources, cache)
    assert "611" in registry.get("prosecutors-511").text


def test_a_file_written_just_now_is_hashed_every_time(
    make_registry: MakeRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    monkeypatch.setattr(cache_module, "SETTLED_SECONDS", 1e9)  # nothing counts as settled
    registry_key(claims, sources, cache)
    assert not list(cache.glob("key-*"))


def test_only_the_latest_stamp_is_remembered(
    make_registry: MakeRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    monkeypatch.setattr(cache_module, "SETTLED_SECONDS", -1.0)
    key = registry_key(claims, sources, cache)
    for step in range(3):  # touched, not changed: a new stamp, the same key
        os.utime(claims / "c.yaml", ns=(0, 10**18 + step))
        assert registry_key(claims, sources, cache) == key
    assert len(list(cache.glob("key-*"))) == 1


def test_a_registry_edited_while_it_loads_is_not_cached(
    make_registry: MakeRegistry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    real_load = Registry.load

    def load_then_edit(claims_dir: Path, sources_dir: Path) -> Registry:
        registry = real_load(claims_dir, sources_dir)
        (claims / "c.yaml").write_text(CLAIMS + "\n", encoding="utf-8")  # a save mid-load
        return registry

    monkeypatch.setattr(Registry, "load", staticmethod(load_then_edit))
    load_cached(claims, sources, cache)
    assert cache_files(cache) == []


def test_temporary_files_left_by_a_killed_writer_are_removed(
    make_registry: MakeRegistry, tmp_path: Path
) -> None:
    claims, sources = make_registry({"c.yaml": CLAIMS})
    cache = tmp_path / "cache"
    cache.mkdir()
    old, fresh = cache / ".registry-old.tmp", cache / ".registry-fresh.tmp"
    old.write_text("half a cache", encoding="utf-8")
    fresh.write_text("a write in progress", encoding="utf-8")
    os.utime(old, (0, 0))
    load_cached(claims, sources, cache)
    assert not old.exists()
    assert fresh.exists()
