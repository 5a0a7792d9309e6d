"""Tokens with offsets, the stemmer, and contexts."""

from __future__ import annotations

from claimcheck.lexer import Kind, context, overlap, singular, stem, tokenize


def lowers(text: str) -> list[str]:
    return [t.lower for t in tokenize(text)]


def test_tokens_keep_offsets_into_the_text() -> None:
    text = "China’s top court didn't report 230,000 cases."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_tokens() -> None:
    assert lowers("China’s top court didn't report 230,000 cases.") == [
        "china's", "top", "court", "did", "n't", "report", "230000", "cases", ".",
    ]  # fmt: skip
    assert lowers("1 232 and 1,232.5 and 99.92%") == ["1232", "and", "1232.5", "and", "99.92", "%"]
    assert lowers("U.S. twenty-two COVID-19 10–13") == [
        "u.s.", "twenty-two", "covid", "-", "19", "10", "-", "13",
    ]  # fmt: skip


def test_kinds_and_capitals() -> None:
    tokens = tokenize("In 2013, $5 rose")
    assert [t.kind for t in tokens] == [
        Kind.WORD, Kind.NUMBER, Kind.PUNCT, Kind.SYMBOL, Kind.NUMBER, Kind.WORD,
    ]  # fmt: skip
    assert [t.capitalised for t in tokens] == [True, False, False, False, False, False]


def test_stems_unite_the_forms_of_a_word() -> None:
    assert {stem(w) for w in ("report", "reports", "reported", "reporting")} == {"report"}
    assert stem("committed") == stem("commit")
    assert stem("released") == stem("release")
    assert stem("was") == stem("is") == "be"
    assert stem("china's") == "china"


def test_singular() -> None:
    assert [singular(w) for w in ("agencies", "cases", "bodies", "people", "boxes", "series")] == [
        "agency", "case", "body", "person", "box", "series",
    ]  # fmt: skip


def test_context_weights_fall_with_distance_and_at_clause_ends() -> None:
    tokens = tokenize("Zhang was released in 2020 ; prison officials said")
    keys: list[str | None] = [None] * len(tokens)
    weights = context(tokens, keys, 4, 4)
    assert weights["releas"] == 0.5
    assert weights["prison"] == 0.25  # one step away, beyond ";"
    assert "was" not in weights


def test_overlap() -> None:
    assert overlap({"a": 1.0, "b": 0.5}, {"b": 0.5, "c": 1.0}) == 0.25
    assert overlap({}, {"a": 1.0}) == 0.0
