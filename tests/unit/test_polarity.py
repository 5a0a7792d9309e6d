"""Negation and its scope: which words a sentence negates, and which numbers, dates and names it
denies."""

from __future__ import annotations

import pytest

from claimcheck.lexer import tokenize
from claimcheck.polarity import denied, find_directions, frame_before, verb_group_start
from claimcheck.statement import analyse


def negated(text: str) -> list[tuple[str, bool]]:
    return [(p.stem, p.negated) for p in analyse(text).predicates if p.cued]


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("They backed the mayor rather than the council.", [("council", True)]),
        ("She resigned instead of appealing.", [("appeal", True)]),
        # "sanction" is of the "punish" synonym group: predicates are keyed by group
        ("It chose talks as opposed to sanctions.", [("punish", True)]),
        ("It went to the mayor, not to the council.", [("council", True)]),
        ("It acted without the minister's consent.", [("consent", True)]),
        ("It acted without their approval.", [("approval", True)]),
        ("It taxes firms rather than simply warning them.", []),
        (
            "The unit was not handling cases any more quickly.",
            [("handl", True), ("quickly", True)],
        ),
        ("The unit was not handling cases, and more quickly.", [("handl", True)]),
    ],
)
def test_negation_scope(text: str, stems: list[tuple[str, bool]]) -> None:
    assert negated(text) == stems


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("He served 14 years, not 15.", "15", True),
        ("He served 14 years, not 15.", "14", False),
        ("It was 2016 rather than 2017.", "2017", True),
        ("It came from the court, not the ministry.", "ministry", True),
        ("It came instead of the ministry.", "ministry", True),
        ("It came from the ministry.", "ministry", False),
        ("It opened in 2009, not in 2010.", "2010", True),
        ("It opened in 2009 rather than in 2010.", "2010", True),
        ("It sided with the Navy instead of the Army.", "army", True),
        ("It opened in 2009, and not only in 2010.", "2010", False),
        ("It did not open until 2010.", "2010", False),
        ("It opened in 2010.", "2010", False),
    ],
)
def test_denied(text: str, word: str, expected: bool) -> None:
    tokens = tokenize(text)
    index = next(i for i, t in enumerate(tokens) if t.lower == word)
    assert denied(tokens, index) is expected


def test_a_contrast_records_the_preposition_it_repeats() -> None:
    (predicate,) = analyse("It leans on parents rather than on the pupil.").predicates
    assert (predicate.stem, predicate.frame) == ("pupil", "on")
    tokens = tokenize("It leans on the pupil's parents and persuades the pupil.")
    assert frame_before(tokens, 5) == "on"
    assert frame_before(tokens, 9) == ""


def test_denied_numbers_dates_and_names_are_kept_apart() -> None:
    facts = analyse("The Ministry of Justice, not the Ministry of Finance, fined 14 firms, not 15.")
    assert [q.text for q in facts.quantities] == ["14"]
    assert [q.text for q in facts.denied_quantities] == ["15"]
    assert [e.text for e in facts.entities] == ["The Ministry of Justice"]
    dates = analyse("It took effect in 2016, not 2017.").dates
    assert [d.text for d in dates] == ["2016"]


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("The clerks would still be fined.", "fined", "would"),
        ("The clerks would not be fined.", "fined", "would"),
        ("He has not yet been charged.", "charged", "has"),
        ("He was wrongly charged.", "charged", "charged"),
        ("The fine he paid.", "paid", "paid"),
    ],
)
def test_a_verb_group_starts_at_its_first_auxiliary(text: str, word: str, start: str) -> None:
    tokens = tokenize(text)
    index = next(i for i, t in enumerate(tokens) if t.lower == word)
    assert tokens[verb_group_start(tokens, index)].lower == start


def test_a_predicate_is_placed_by_the_words_outside_its_verb_group() -> None:
    facts = analyse("Staff who had quit would not be paid.")
    (predicate,) = facts.predicates
    assert (predicate.stem, predicate.negated) == ("pay", True)
    assert facts.tokens[predicate.first].lower == "would"


def directions(text: str) -> list[str]:
    tokens = tokenize(text)
    positions = [i for i, t in enumerate(tokens) if t.lower in {"found", "acquitted", "guilty"}]
    return [
        " ".join(t.lower for t in tokens[d.index : d.last + 1])
        for d in find_directions(tokens, positions, frozenset())
    ]


def test_a_direction_may_be_a_phrase() -> None:
    assert directions("The driver was found guilty of theft.") == ["found guilty"]
    assert directions("The driver was acquitted of theft.") == ["acquitted"]
    assert directions("The driver was found not guilty of theft.") == ["found not guilty"]
    assert directions("The police found the car.") == []
