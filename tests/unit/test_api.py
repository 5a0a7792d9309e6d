from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck.match as match_module
from claimcheck import parallel
from claimcheck.api import verify_text
from claimcheck.match import MATCH_THRESHOLD, NEAR_CONFLICT_MARGIN
from claimcheck.models import Label
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


def test_a_near_claim_whose_number_the_sentence_changes_makes_it_contradicted() -> None:
    registry = Registry.load(ROOT / "claims", ROOT / "sources")
    changed = "China's conviction rate of 99.2 percent leaves almost no room for error."
    (near,) = registry.search(changed, 1)
    assert MATCH_THRESHOLD - NEAR_CONFLICT_MARGIN <= near.score < MATCH_THRESHOLD
    (result,) = verify_text(changed, registry, kind="text")
    assert result.label is Label.CONTRADICTED
    assert result.claim_id == near.claim_id == "dc-conviction-rate-99-92"
    assert [(r.draft, r.claim) for r in result.reasons] == [("99.2 percent", "99.92 percent")]
    # a near claim the sentence does not contradict leaves it unsourced, with the claim listed
    other = "China's conviction rate leaves almost no room for error."
    (result,) = verify_text(other, registry, kind="text")
    assert result.label is Label.UNSOURCED
    assert [c.claim_id for c in result.candidates] == ["dc-conviction-rate-99-92"]
