"""Tests for claimcheck.stand_ins: which changed facts still point at their claim."""

from __future__ import annotations

import pytest

from claimcheck.stand_ins import closeness, rounded, stand_in_weight, stand_in_weights


@pytest.mark.parametrize(
    ("term", "other", "kind", "expected"),
    [
        ("29", "39", "number", (0.8, 1.0)),
        ("3000", "2987", "number", (0.99, 1.0)),
        ("99", "99.92", "number", (0.99, 1.0)),
        ("3000", "230000", "number", (0.0, 0.0)),
        ("5", "54", "number", (0.0, 0.0)),
        ("0", "1", "number", (1.0, 1.0)),
        ("2012", "2013", "year", (1.0, 1.0)),
        ("1990", "2013", "year", (0.3, 0.4)),
        ("1890", "2013", "year", (0.0, 0.0)),
        ("ris", "fall", "slot0", (1.0, 1.0)),
    ],
)
def test_closeness(term: str, other: str, kind: str, expected: tuple[float, float]) -> None:
    low, high = expected
    assert low <= closeness(term, other, kind) <= high


def test_each_claim_term_stands_in_once_heaviest_first() -> None:
    weights = {"39": 4.0, "17": 2.0, "rate": 6.0}
    slots = [("39", "number"), ("17", "number")]  # heaviest first
    claim = frozenset({"rate", "29"})
    found = stand_in_weight(weights, slots, claim, [("29", "number")])
    assert found == pytest.approx(4.0 * closeness("39", "29", "number"))


def test_shared_terms_and_other_slots_are_no_stand_ins() -> None:
    weights = {"2013": 3.0, "29": 3.0}
    slots = [("2013", "year"), ("29", "number")]
    assert stand_in_weight(weights, slots, frozenset({"2013", "29"}), [("2013", "year")]) == 0.0
    assert stand_in_weight(weights, [("2013", "year")], frozenset({"30"}), [("30", "number")]) == 0


@pytest.mark.parametrize(
    ("term", "other", "expected"),
    [
        ("68000", "68179", True),  # "more than 68,000" for 68,179
        ("1500", "1495", True),
        ("12.4", "12.35", False),  # small figures agree by chance
        ("6.4", "6.38", False),
        ("220", "230", False),  # two significant digits each, and 4% apart
        ("68000", "70000", False),
        ("3000", "2987", True),
        ("41000", "45000", False),
        ("0", "0.1", False),
    ],
)
def test_rounded(term: str, other: str, expected: bool) -> None:
    assert rounded(term, other) is expected
    assert rounded(other, term) is expected


def test_a_rounded_figure_is_reported_apart_from_changed_ones() -> None:
    weights = {"68000": 4.0, "650": 3.0, "cas": 5.0}
    slots = [("68000", "number"), ("650", "number")]
    claim = frozenset({"cas", "68179", "2480"})
    found, rounded_part = stand_in_weights(
        weights, slots, claim, [("68179", "number"), ("2480", "number")]
    )
    assert rounded_part == pytest.approx(4.0 * closeness("68000", "68179", "number"))
    assert found == pytest.approx(rounded_part + 3.0 * closeness("650", "2480", "number"))
    assert stand_in_weight(weights, slots, claim, [("68179", "number")]) == pytest.approx(
        rounded_part
    )


def test_a_bounded_figure_counts_as_the_claims_own_met_or_not() -> None:
    weights = {"150": 4.0, "cas": 5.0}
    slots = [("150", "number")]
    claim = frozenset({"cas", "200"})
    near = 4.0 * closeness("150", "200", "number")
    for bound in ("above", "below"):  # "more than 150" and "fewer than 150" alike
        found, part = stand_in_weights(weights, slots, claim, [("200", "number")], {"150": bound})
        assert (found, part) == (pytest.approx(near), pytest.approx(near))
    found, part = stand_in_weights(weights, slots, claim, [("200", "number")], {})
    assert (found, part) == (pytest.approx(near), 0.0)
