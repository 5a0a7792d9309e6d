"""Negation and its scope: which words a sentence negates, and which numbers, dates and names it
denies."""

from __future__ import annotations

import pytest

from claimcheck.lexer import tokenize
from claimcheck.polarity import denied, frame_before
from claimcheck.statement import analyse


def negated(text: str) -> list[tuple[str, bool]]:
    return [(p.stem, p.negated) for p in analyse(text).predicates if p.cued]


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("They backed the mayor rather than the council.", [("council", True)]),
        ("She resigned instead of appealing.", [("appeal", True)]),
        ("It chose talks as opposed to sanctions.", [("sanction", True)]),
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
