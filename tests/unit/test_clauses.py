"""Clause-by-clause matching of a sentence that makes several claims."""

from __future__ import annotations

from claimcheck.clauses import clauses, with_clauses
from claimcheck.match import MATCH_THRESHOLD
from claimcheck.models import Candidate


def test_a_sentence_breaks_at_semicolons_colons_and_conjunctions_after_a_comma() -> None:
    text = (
        "Few legal systems convict as reliably as China's: its conviction rate stands at 99.92"
        " percent, and in 2015 roughly 1.2 million defendants were found guilty"
    )
    assert clauses(text) == (
        "Few legal systems convict as reliably as China's",
        "its conviction rate stands at 99.92 percent",
        "in 2015 roughly 1.2 million defendants were found guilty",
    )
    assert clauses("27 justice officers punished in 2016; a deputy police chief got 18 years") == (
        "27 justice officers punished in 2016",
        "a deputy police chief got 18 years",
    )


def test_short_pieces_lists_and_hyphens_do_not_make_clauses() -> None:
    assert clauses("Courts in Hebei, Henan and Hubei acquitted 12 people in 2015.") == ()
    assert clauses("The well-known 2-3 split was reported by state media in 2016.") == ()
    # one piece too short to state a claim leaves a single clause: no split
    assert clauses("Prosecutors punished 511 people in 2020, and more.") == ()


def test_a_confident_clause_match_is_a_match_of_the_sentence() -> None:
    sentence = "Its conviction rate stands at 99.92 percent, and in 2015 the courts acquitted 1,039"
    found = [Candidate("rate", 60.0)]
    by_clause = [
        ("its conviction rate stands at 99.92 percent", [Candidate("rate", 95.0)]),
        ("in 2015 the courts acquitted 1,039", [Candidate("acquittals", 50.0)]),
    ]
    merged = with_clauses(sentence, found, by_clause, k=5)
    assert merged == [Candidate("rate", 95.0), Candidate("acquittals", 50.0)]


def test_a_clause_alone_never_lifts_a_claim_to_a_match() -> None:
    sentence = "The court acquitted 12 people in 2015, and 40 cases were retried in Hebei province"
    found = [Candidate("retrials", 30.0)]
    # a short clause needs the stronger evidence a short sentence does
    by_clause = [("40 cases were retried", [Candidate("retrials", 80.0)])]
    (merged,) = with_clauses(sentence, found, by_clause, k=5)
    assert merged.claim_id == "retrials"
    assert 45.0 < merged.score < MATCH_THRESHOLD


def test_without_clauses_the_sentence_candidates_are_kept() -> None:
    found = [Candidate("a", 70.0), Candidate("b", 40.0)]
    assert with_clauses("A sentence.", found, [], k=5) == found
