"""Tests for claimcheck.tokens: text to content terms."""

from __future__ import annotations

import pytest

from claimcheck.tokens import is_number, stem, terms


def test_terms_drop_stopwords_punctuation_and_case() -> None:
    assert terms("The Mayor, of the CITY, was here!") == ("mayor", "citi")


def test_number_words_become_digits() -> None:
    assert terms("thirty-nine people") == ("39", "person")
    assert terms("three hundred forty-two") == ("342",)
    assert terms("one, two, three") == ("1", "2", "3")
    assert terms("a hundred") == ("100",)


def test_numbers_are_normalised() -> None:
    assert terms("30,000 scientists in 2019") == ("30000", "scient", "2019")
    assert terms("a 3.5% rise on the 1st") == ("3.5", stem("rise"), "1")


def test_urls_are_dropped_and_hashtags_split() -> None:
    text = "Look #FreeIran2020 https://t.co/abc pic.twitter.com/xyz www.example.com"
    assert terms(text) == ("look", stem("free"), "iran", "2020")


def test_dotted_acronyms_are_joined() -> None:
    assert terms("the U.K. economy") == ("uk", "economi")


def test_apostrophes_and_possessives() -> None:
    assert terms("Trump’s O'Reilly didn't") == ("trump", stem("oreilly"))


@pytest.mark.parametrize(
    "forms",
    [
        ("vaccination", "vaccinated", "vaccine", "vaccines"),
        ("run", "running", "runs"),
        ("delete", "deleted", "deleting"),
        ("elect", "elected", "election", "elections"),
        ("organize", "organized", "organization"),
        ("study", "studies", "studied"),
        ("die", "died", "dies", "dying"),
        ("child", "children"),
    ],
)
def test_stem_conflates_word_forms(forms: tuple[str, ...]) -> None:
    assert len({stem(word) for word in forms}) == 1


@pytest.mark.parametrize("word", ["virus", "crisis", "glass", "news", "need"])
def test_stem_keeps_words_that_only_look_inflected(word: str) -> None:
    assert stem(word) in (word, word.rstrip("s"))
    assert stem(word) == stem(word)


def test_is_number() -> None:
    assert is_number("2019")
    assert is_number("3.5")
    assert not is_number("mayor")
    assert not is_number("")
