"""Lists in a sentence: their items and spans."""

from __future__ import annotations

import pytest

from claimcheck.enumerations import Enumeration, find_enumerations, is_partial, partial_list
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


def test_a_name_is_one_item() -> None:
    text = "It was signed by the Ministry of Public Works, the Tax Office and the Bank of Spain."
    assert lists(text) == [[["ministry", "public", "work"], ["offic", "tax"], ["bank", "spain"]]]


def test_a_partial_list_follows_including() -> None:
    tokens = tokenize("Five firms, including the Bank of Spain and Acme, signed.")
    after = next(i for i, t in enumerate(tokens) if t.lower == "firms") + 1
    found = partial_list(tokens, after)
    assert found is not None
    assert [sorted(item) for item in found.items] == [["bank", "spain"], ["acme"]]
    assert partial_list(tokens, 0) is None
    (listed,) = find_enumerations(tokens)
    assert is_partial(tokens, listed)
    plain = tokenize("It fined the Bank of Spain and Acme.")
    (whole,) = find_enumerations(plain)
    assert not is_partial(plain, whole)


def test_a_list_names_another_whose_items_it_holds_whole() -> None:
    (longer,) = find_enumerations(tokenize("the Ministry of Trade, the Tax Office and the police"))
    (shorter,) = find_enumerations(tokenize("the Tax Office and the Ministry of Trade"))
    (loose,) = find_enumerations(tokenize("trade unions and the police"))
    assert longer.names(shorter)
    assert not longer.names(loose)
