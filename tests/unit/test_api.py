from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck.match as match_module
from claimcheck import parallel
from claimcheck.api import verify_text
from claimcheck.registry import Registry

ROOT = Path(__file__).resolve().parents[2]


def test_labelling_in_workers_gives_the_serial_results(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = Registry.load(ROOT / "claims", ROOT / "sources")
    draft = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
    text = "\n\n".join([draft] * 3)
    serial = verify_text(text, registry)
    monkeypatch.setattr(match_module, "PARALLEL_MIN_TEXTS", 1)
    monkeypatch.setattr(match_module, "PARALLEL_MIN_DOCS", 1)
    monkeypatch.setattr(parallel, "MAX_WORKERS", 2)
    if match_module.workers_for(len(serial), len(registry)) < 2:
        pytest.skip("no forked workers on this machine")
    assert verify_text(text, registry) == serial
