"""Names: their heads, their place in a sentence, and when two of them are rivals."""

from __future__ import annotations

import pytest

from claimcheck.entities import Entity, mentioned, rivals, same_slot, slots
from claimcheck.facts import compare
from claimcheck.statement import analyse


def entity(text: str, name: str) -> Entity:
    return next(e for e in analyse(text).entities if e.text == name)


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        ("He joined the Ministry of Public Health.", "Ministry of Public Health", "ministry"),
        ("He joined the Bank of Ireland.", "Bank of Ireland", "bank"),
        ("He read the Daily News.", "Daily News", "news"),
        ("He wrote the Complete University Guide.", "Complete University Guide", ""),
        ("He met Anna Berg.", "Anna Berg", ""),
    ],
)
def test_the_head_of_an_institution_is_its_word_before_of(text: str, name: str, head: str) -> None:
    assert entity(text, name).head == head


def test_slots_leave_articles_out_of_the_bare_place() -> None:
    found = entity("It breaches the Freedonian Constitution today.", "Freedonian Constitution")
    assert slots(found) == (
        ("breaches", "the", "today", "|"),
        ("it", "breaches", "today", "|"),
    )
    assert slots(entity("Anna Berg spoke.", "Anna Berg")) == (("", "", "spoke", "|"),) * 2


def test_names_in_the_same_place() -> None:
    left = entity("In 1998, Maria Lopez was the chair.", "Maria Lopez")
    right = entity("Anna Berg was the chair.", "Anna Berg")
    elsewhere = entity("The chair met Anna Berg on Monday.", "Anna Berg")
    assert same_slot(left, right)
    assert not same_slot(left, elsewhere)


def test_institutions_with_one_head_are_rivals() -> None:
    health = entity("The Ministry of Health said so.", "The Ministry of Health")
    trade = entity("Later, the Ministry of Trade said so.", "Ministry of Trade")
    bank = entity("Later, the Bank of Ireland said so.", "Bank of Ireland")
    person = entity("Later, Anna Berg said so.", "Anna Berg")
    assert rivals(health, trade)
    assert not rivals(health, bank)
    assert not rivals(person, person)


def test_institutions_named_alike_but_for_their_heads_are_rivals() -> None:
    court = entity("Later, the Federal Audit Court ruled.", "Federal Audit Court")
    office = entity("Later, the Federal Audit Office ruled.", "Federal Audit Office")
    other = entity("Later, the Federal Trade Office ruled.", "Federal Trade Office")
    university = entity("Later, Leiden University said so.", "Leiden University")
    town = entity("Later, the Leiden Botanical Garden said so.", "Leiden Botanical Garden")
    assert rivals(court, office)
    assert not rivals(court, other)  # other words too: not one family
    assert not rivals(university, town)  # not an institution's head


def test_a_name_before_a_role_and_after_role_of_share_a_place() -> None:
    before = entity("Later, the Acme Corp chairman resigned.", "Acme Corp")
    after = entity("She is the chairman of Bolt Corp.", "Bolt Corp")
    inside = entity("She is the chairman of Bolt Corp subsidiaries.", "Bolt Corp")
    assert same_slot(before, after)
    assert same_slot(after, before)
    assert not same_slot(before, inside)  # "Bolt Corp" qualifies "subsidiaries" there


def test_a_demonym_is_a_mention_of_its_place() -> None:
    people = analyse("The Bulgarian team won.").entities
    assert mentioned(entity("It toured Bulgaria.", "Bulgaria"), people, "the bulgarian team won.")
    assert not mentioned(entity("It toured Romania.", "Romania"), people, "the bulgarian team won.")


def _names(text: str) -> list[str]:
    return sorted(e.canonical for e in analyse(text).entities)


def test_a_head_word_written_once_in_the_plural_is_shared_by_the_names_after_it() -> None:
    text = "Rules came from the ministries of Public Security, State Security and Civil Affairs."
    assert _names(text) == [
        "ministry of civil affairs",
        "ministry of public security",
        "ministry of state security",
    ]


def test_and_before_another_institution_ends_a_name() -> None:
    text = "It was signed by the Ministry of State Security and Ministry of Justice."
    assert _names(text) == ["ministry of justice", "ministry of state security"]
    assert _names("The Ministry of Culture and Tourism spoke.") == [
        "ministry of culture and tourism"
    ]


def test_a_title_word_after_of_names_the_institution() -> None:
    reference = "It was issued by the Ministry of Public Security and the Ministry of Justice."
    draft = "It was issued by the Ministry of Public Security and the Ministry of Civil Affairs."
    assert [(r.draft, r.claim) for r in compare(draft, reference)] == [
        ("Ministry of Civil Affairs", "Ministry of Justice")
    ]


@pytest.mark.parametrize(
    ("draft", "reference", "conflict"),
    [
        (
            "The NPC Standing Committee met.",
            "The National People's Congress Standing Committee met.",
            False,
        ),
        ("The NPC met.", "The National People's Congress met.", False),
        ("The SPP said so.", "The Supreme People's Procuratorate said so.", False),
        ("The NPC Standing Committee met.", "The Supreme People's Court met.", True),
    ],
)
def test_an_acronym_may_stand_for_the_first_words_of_a_name(
    draft: str, reference: str, conflict: bool
) -> None:
    assert bool(compare(draft, reference)) is conflict
