"""Tests for claimcheck.cue_words: the word lookups behind the check-worthiness rules."""

from __future__ import annotations

import re

import pytest

from claimcheck.cue_words import (
    View,
    actor,
    any_of,
    event,
    figure,
    hard_fact,
    has_verb,
    inflections,
    judgements,
    named,
    phrase_index,
)


def test_any_of_prefers_the_longest_phrase_and_allows_any_whitespace() -> None:
    pattern = re.compile(any_of(("let", "let us")))
    found = pattern.match("let  us go")
    assert found is not None
    assert found.group() == "let  us"


def test_find_all_returns_word_ranges_of_whole_phrases() -> None:
    view = View("It remains to be seen, and remains unclear.")
    index = phrase_index(("remains to be seen", "unclear"))
    assert view.find_all(index) == [(1, 5), (7, 8)]
    assert view.find(index, first=2) == (7, 8)
    assert view.cue((1, 5)) == "remains to be seen"
    assert View("It remainsto be seen.").find(index) is None


def test_inflections_add_third_person_and_past_forms() -> None:
    forms = inflections(("ban", "punish", "cry", "free"))
    assert {"ban", "bans", "punishes", "punished", "cries", "cried", "frees", "freed"} <= set(forms)


def test_a_view_straightens_apostrophes_but_quotes_the_original() -> None:
    view = View("Beijing\u2019s pledge")
    assert view.text == "Beijing's pledge"
    assert view.words == ["beijing's", "pledge"]
    assert view.cue((0, 1)) == "Beijing\u2019s"


def test_the_head_skips_openers_names_addressed_and_frames() -> None:
    text = "Well, Jim, let me say that the court acquitted him."
    view = View(text)
    head, framed = view.head
    assert text[head:].startswith("the court")
    assert framed


def test_heads_look_past_introductory_phrases() -> None:
    text = "If the rate rises, the bank should act."
    heads = [text[h:] for h in View(text).heads()]
    assert heads[:2] == [text, "the bank should act."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("511 prosecutors were punished.", True),
        ("Twenty-two cases were overturned.", True),
        ("The law takes effect in May.", True),
        ("A year ago the court ruled.", True),
        ("May I ask a question?", False),  # "May" opening a question is a verb
        ("Number 2, the budget was balanced.", False),  # a list number is no fact
        ("The court acquitted him.", False),
    ],
)
def test_hard_facts_are_numbers_dates_and_dated_time_phrases(text: str, expected: bool) -> None:
    assert hard_fact(View(text)) is expected


@pytest.mark.parametrize(
    ("text", "figure_text", "label"),
    [
        ("Zhang Yuhuan freed after 27 years", "27", ""),
        ("Zhang Yuhuan freed in 2019", "2019", ""),
        ("2019: Zhang Yuhuan is released", "2019", ""),
        ("Reforms announced on December 26", "December 26", ""),
        ("Court frees three men", "three", ""),
        ("2023 in review: China's justice system", None, "2023"),
        ("Step 1: prosecutors punished", None, ""),
    ],
)
def test_a_figure_is_a_number_or_a_date_and_a_leading_year_is_a_label(
    text: str, figure_text: str | None, label: str
) -> None:
    span, found_label = figure(View(text))
    assert (text[span[0] : span[1]] if span else None) == figure_text
    assert found_label == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tong said the prosecutors had retired.", True),
        ("The court acquitted him.", True),
        ("Zhang lost nearly three decades of his life.", True),
        ("That is not what he said.", False),  # a reference, not an attribution
        ("They were punished for the alleged crimes of relatives.", True),
        ("Punishing children for the alleged crimes of their parents is wrong.", False),
        ("We need a balanced budget.", False),
        ("The approach seemed misguided.", False),  # neither is an event
    ],
)
def test_events_are_attributions_and_past_events(text: str, expected: bool) -> None:
    assert event(View(text)) is expected


def test_events_after_a_given_word_can_be_left_out() -> None:
    view = View("Readers should ask why 511 prosecutors were punished.")
    assert event(view)
    assert not event(view, until=2)
    assert event(View("The minister said readers should ask questions."), until=4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The President was unsuccessful; Chiang Kai-shek would not withdraw.", True),
        ("The ban was overdue, and the Party issued a statement.", True),
        ("The measure is welcome, but Beijing bans such reports.", True),
        ("The article's tone is unusually candid for a Party journal.", False),
        ("The President was unsuccessful.", False),  # a copula is no action
        ("Beijing will decide.", False),  # the first word may be any capitalised word
    ],
)
def test_an_actor_is_a_name_doing_something(text: str, expected: bool) -> None:
    assert actor(View(text)) is expected


def test_a_name_addressed_at_the_end_is_not_named() -> None:
    assert named(View("The article's tone is candid for a Party journal."), 0)
    assert not named(View("That is simply wrong, Jim."), 0)
    assert named(View("That is what the court found."), 0)  # an institution word


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Cases like these are a stain on any system.", ["stain"]),
        ("We need it right now.", []),
        ("He moved to Great Britain.", []),
        ("It was a first-class job.", []),
        ("This is the worst trade year in American history.", []),
        ("This is the worst trade deal.", ["worst"]),
    ],
)
def test_judgements_leave_out_fixed_phrases_names_compounds_and_records(
    text: str, found: list[str]
) -> None:
    view = View(text)
    assert [view.cue(words) for words in judgements(view, 0)] == found


def test_a_verb_or_a_contraction_makes_a_clause() -> None:
    assert has_verb(["it's", "over"])
    assert has_verb(["the", "court", "is", "closed"])
    assert not has_verb(["top", "stories"])
