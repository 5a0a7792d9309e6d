"""Tests for the synonym lexicon (claimcheck.lexicons.synonyms) as the tokenizer reads it."""

from __future__ import annotations

from collections import Counter

from claimcheck.lexicons.synonyms import PHRASES, SLOT_GROUPS, WORD_GROUPS
from claimcheck.tokens import slot, terms


def test_no_word_is_in_two_groups() -> None:
    counts = Counter(word for group in WORD_GROUPS for word in group)
    assert [word for word, n in counts.items() if n > 1] == []


def test_every_word_of_a_group_reads_as_its_key() -> None:
    for key, *words in WORD_GROUPS:
        for word in words:
            assert terms(word) == terms(key), (word, key)


def test_every_phrase_reads_as_its_replacement() -> None:
    for phrase, text in PHRASES.items():
        assert terms(f"alpha {phrase} omega") == ("alpha", *terms(text), "omega"), phrase


def test_phrases_are_lowercase_words() -> None:
    for phrase in PHRASES:
        assert phrase == phrase.lower()
        assert len(phrase.split()) >= 1


def test_slot_groups_are_disjoint_and_read_as_slots() -> None:
    kinds = [{slot(terms(word)[0]) for word in group} for group in SLOT_GROUPS]
    assert all(len(found) == 1 and None not in found for found in kinds)
    assert len({kind for found in kinds for kind in found}) == len(SLOT_GROUPS)
