"""The evaluation set in evals/: it loads, it is big enough, and every reason kind has an example
(a sentence the engine labels correctly for that reason)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from claimcheck.evaluate import EvalReport, case_files, evaluate
from claimcheck.models import ReasonKind
from claimcheck.registry import Registry

REPO = Path(__file__).resolve().parents[2]


@cache
def report() -> EvalReport:
    registry = Registry.load(REPO / "claims", REPO / "sources")
    return evaluate(case_files([REPO / "evals"]), lambda: registry)


def test_the_set_is_large_and_covers_every_label() -> None:
    result = report()
    assert result.cases >= 10
    assert len(result.outcomes) >= 150
    assert all(score.support >= 20 for score in result.scores)


@pytest.mark.parametrize("kind", list(ReasonKind))
def test_every_reason_kind_has_an_example(kind: ReasonKind) -> None:
    examples = [
        o for o in report().outcomes if o.ok and any(r.kind is kind for r in o.result.reasons)
    ]
    assert examples, f"no correctly labelled sentence in evals/ shows the reason {kind.value!r}"


def test_the_example_expectations_cover_every_sentence_of_the_example() -> None:
    from claimcheck.segment import segment

    registry = Registry.load(REPO / "claims", REPO / "sources")
    example = evaluate([REPO / "examples" / "draft.expect.yaml"], lambda: registry)
    draft = (REPO / "examples" / "draft.md").read_text(encoding="utf-8")
    labelled = {o.result.sentence.start for o in example.outcomes}
    assert labelled == {s.start for s in segment(draft, "markdown")}
