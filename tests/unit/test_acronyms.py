"""Tests for claimcheck.acronyms: acronyms the registry spells out, expanded in sentences."""

from __future__ import annotations

from claimcheck.acronyms import acronyms, expand
from claimcheck.tokens import terms

CLAIMS = [
    "The National Transport Safety Board opened an inquiry in May.",
    "A report by the National Transport Safety Board blamed the pilots.",
    "The Ministry of Public Security issued new rules.",
    "The Ministry of Public Security denied the report.",
    "Acme Widget Corporation made a loss.",  # spelled out once: not read
    "Cheap Flights To Everywhere Now Available",  # a title: not read
]


def test_names_spelled_out_twice_give_acronyms() -> None:
    table = acronyms(CLAIMS)
    assert table["ntsb"] == terms("National Transport Safety Board")
    assert table["mps"] == terms("Ministry of Public Security")
    assert "awc" not in table
    assert "cfte" not in table
    assert "ften" not in table


def test_an_acronym_in_capitals_is_replaced_by_its_name() -> None:
    table = acronyms(CLAIMS)
    text = "The NTSB blamed the pilots."
    assert expand(text, terms(text), table) == terms(
        "The National Transport Safety Board blamed the pilots."
    )


def test_a_spelled_out_name_is_not_repeated() -> None:
    table = acronyms(CLAIMS)
    text = "The Ministry of Public Security (MPS) denied it."
    assert expand(text, terms(text), table) == terms("The Ministry of Public Security denied it.")


def test_words_and_known_terms_stay() -> None:
    table = {"mps": ("ministri", "publ", "secur"), "fake": ("fast", "ag")}
    text = "The mps word in lower case and FAKE news."
    assert expand(text, terms(text), table, known=set(terms("fake"))) == terms(text)
    assert expand("MPS", ("mps",), {}) == ("mps",)
