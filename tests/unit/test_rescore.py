"""Tests for claimcheck.rescore: backing, coverage, stand-ins and open subjects."""

from __future__ import annotations

import pytest

from claimcheck.rescore import (
    MIN_EVIDENCE_TERMS,
    OPEN_NAME_WEIGHT,
    ROUNDED_CREDIT,
    SLOT_CREDIT,
    Query,
    Statement,
    backing,
    coverage,
    stand_in_credit,
)
from claimcheck.stand_ins import closeness
from claimcheck.tokens import slot

WEIGHTS = {"rate": 4.0, "deni": 5.0, "arrest": 5.0, "39": 3.0, "2018": 3.0, "zed": 6.0}


def weight(term: str) -> float:
    return WEIGHTS.get(term, 6.0)


def statement(text: str, open_subject: bool = False) -> Statement:
    return Statement.parse(text, lambda term: (weight(term), slot(term)), open_subject)


def test_query_weights_slots_and_floors() -> None:
    query = Query.parse(("deni", "rate", "39", "2018", "zed"), weight, 4.0, frozenset({"zed"}))
    assert query.own == pytest.approx(21.0)
    assert query.own_open == pytest.approx(21.0 - (1 - OPEN_NAME_WEIGHT) * 6.0)
    assert [t for t, _ in query.slots] == ["39", "2018"]
    assert query.rest == pytest.approx(15.0)
    short = Query.parse(("rate",), weight, 6.0)
    assert short.own == MIN_EVIDENCE_TERMS * 6.0


def test_a_stand_in_counts_in_proportion_to_its_context() -> None:
    query = Query.parse(("deni", "arrest", "rate", "39"), weight, 6.0)
    claim = statement("deni arrest rate 29")
    full = stand_in_credit(query, claim.terms, claim.slots, 14.0)
    assert full == pytest.approx(SLOT_CREDIT * 3.0 * closeness("39", "29", "number"))
    partial = statement("rate 29")
    assert 0 < stand_in_credit(query, partial.terms, partial.slots, 4.0) < full / 4
    no_slot = statement("deni arrest rate")
    assert stand_in_credit(query, no_slot.terms, no_slot.slots, 14.0) == 0.0


def test_a_rounded_figure_counts_as_shared_whatever_its_context() -> None:
    query = Query.parse(("deni", "arrest", "rate", "68000"), weight, 6.0)
    rounded = statement("zed 68179")  # none of the sentence's other terms
    changed = statement("zed 91000")
    credit = stand_in_credit(query, rounded.terms, rounded.slots, 0.0)
    assert credit == pytest.approx(ROUNDED_CREDIT * 6.0 * closeness("68000", "68179", "number"))
    assert stand_in_credit(query, changed.terms, changed.slots, 0.0) == 0.0


def test_backing_adds_stand_ins_and_discounts_unknown_names_for_open_claims() -> None:
    query = Query.parse(("deni", "arrest", "rate", "39", "zed"), weight, 6.0, frozenset({"zed"}))
    closed = [statement("deni arrest rate 29")]
    opened = [statement("deni arrest rate 29", open_subject=True)]
    plain = [statement("deni arrest rate")]
    assert backing(14.0, plain, query) == pytest.approx(14.0 / query.own)
    assert backing(14.0, closed, query) > backing(14.0, plain, query)
    assert backing(14.0, opened, query) == pytest.approx(
        backing(14.0, closed, query) * query.own / query.own_open
    )


def test_coverage_of_a_fully_stated_claim_and_its_floor() -> None:
    query = Query.parse(("deni", "arrest", "rate", "2018"), weight, 4.0)
    claim = statement("deni arrest rate 2018")
    assert coverage(claim, query, -1.0, stand_ins=True) == pytest.approx(1.0)
    assert coverage(claim, query, 1.0, stand_ins=True) == 0.0
    changed = Query.parse(("deni", "arrest", "rate", "2017"), weight, 4.0)
    with_credit = coverage(claim, changed, -1.0, stand_ins=True)
    without = coverage(claim, changed, -1.0, stand_ins=False)
    assert without < with_credit <= 1.0
