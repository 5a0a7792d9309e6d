"""Lists in a sentence: their items and spans."""

from __future__ import annotations

import pytest

from claimcheck.enumerations import Enumeration, find_enumerations
from claimcheck.lexer import tokenize


def lists(text: str) -> list[list[list[str]]]:
    return [[sorted(item) for item in found.items] for found in find_enumerations(tokenize(text))]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("The fund pays nurses and teachers.", [[["nurs"], ["teacher"]]]),
        (
            "The panel has a judge, a lawyer, and a retired doctor.",
            [[["judg"], ["lawyer"], ["doctor", "retir"]]],
        ),
        (
            "It holds judges, clerks and court officers responsible.",
            [[["judg"], ["clerk"], ["court", "officer"]]],
        ),
        (
            "Its members, the mayor and the ministry signed it.",
            [[["member"], ["mayor"], ["ministry"]]],
        ),
        ("The price rose or fell.", [[["pric", "rise"], ["fall"]]]),
        ("He came and, later, left.", []),
        ("Smith and", []),
    ],
)
def test_find_enumerations(text: str, items: list[list[list[str]]]) -> None:
    assert lists(text) == items


def test_a_list_spans_its_first_article_to_its_last_item() -> None:
    tokens = tokenize("It named the mayor, a clerk and two judges yesterday.")
    (found,) = find_enumerations(tokens)
    assert " ".join(t.text for t in tokens[found.first : found.last + 1]) == (
        "the mayor , a clerk and two judges"
    )


def test_a_list_covers_another_whose_items_share_its_words() -> None:
    (longer,) = find_enumerations(tokenize("judges, prosecutors and police officers"))
    (shorter,) = find_enumerations(tokenize("officers and judges"))
    (other,) = find_enumerations(tokenize("nurses and judges"))
    assert longer.covers(shorter)
    assert not longer.covers(other)
    assert not shorter.covers(longer)
    assert isinstance(longer, Enumeration)
