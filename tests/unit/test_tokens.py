"""Tests for claimcheck.tokens: text to content terms."""

from __future__ import annotations

import pytest

from claimcheck.tokens import is_number, leaves_subject_open, names, slot, stem, terms


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
    assert terms("the U.N. said") == ("un", "say")


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


@pytest.mark.parametrize(
    ("paraphrase", "original"),
    [
        ("The man was freed in 2013.", "The man was released in 2013."),
        ("people were behind bars", "people were jailed"),
        ("five were found not guilty", "five were acquitted"),
        ("the agency was set up in 2010", "the agency was established in 2010"),
        ("The office answers to the council.", "The office reports to the council."),
        ("pressure on relatives", "pressure on family members"),
        ("The movie earned $5 million.", "The film earned $5 million."),
        ("The film grossed $5 million globally.", "The film earned $5 million worldwide."),
        ("Fatalities rose to 40.", "Deaths rose to 40."),
        ("Recoveries passed 200.", "Those recovered passed 200."),
        ("The court struck down the rule.", "The court revoked the rule."),
        ("The council repealed the ban.", "The council revoked the ban."),
        ("He walked free in 2020.", "He was released in 2020."),
        ("They ruled out a merger.", "They excluded a merger."),
        ("The evidence was kept out of the trial.", "The evidence was excluded from the trial."),
        ("She tried to leave.", "She attempted to leave."),
        ("The biggest fine", "The largest fine"),
        ("at the age of 53", "aged 53"),
        ("Officers were held responsible.", "Officers were held accountable."),
        ("a criminal offence", "a criminal offense"),
        ("defence lawyers", "defense lawyers"),
    ],
)
def test_synonyms_and_phrases_share_terms(paraphrase: str, original: str) -> None:
    assert terms(paraphrase) == terms(original)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The case was tried in court.", "The case was attempted in court."),  # a trial
        ("The court ruled on the case.", "The court excluded the case."),  # no "out"
        ("He walked to work.", "He was released to work."),  # no "free"
        ("The strike lasted a week.", "The revoked lasted a week."),  # no "down"
        ("They were responsible for it.", "They were accountable for it."),  # no "held"
    ],
)
def test_phrases_need_all_their_words(text: str, other: str) -> None:
    assert terms(text) != terms(other)


def test_a_verdict_phrase_may_hold_its_object() -> None:
    assert terms("found 1.2 million people guilty") == terms("convicted 1.2 million people")
    assert terms("The jury declared her innocent.") == terms("The jury acquitted her.")
    # "and" ends the object: the words are read as they are
    assert terms("They found the car and guilty pleas") == ("found", "car", "guilti", "plea")


def test_ages_read_alike() -> None:
    assert set(terms("a 53-year-old man")) == set(terms("a man aged 53")) == {"53", "aged", "man"}
    assert terms("53 years old") == terms("53-year-old") == ("53", "aged")


def test_plural_spans_of_years_after_a_number_read_as_years() -> None:
    assert terms("nearly three decades") == terms("30 years") == ("30", "year")
    assert terms("two centuries") == ("200", "year")
    assert terms("decades of abuse") == ("decad", "abus")  # no number: left alone
    assert terms("21st century China") == ("21", "centuri", "china")  # an ordinal, singular


def test_only_listed_forms_are_merged() -> None:
    assert terms("organs") == terms("bodies")
    assert terms("organization") != terms("bodies")
    assert terms("relatives") != terms("related")


def test_a_decade_is_ten_years() -> None:
    assert terms("for more than a decade") == terms("for over 10 years") == ("10", "year")


def test_bounds_before_a_number_are_dropped_elsewhere_kept() -> None:
    assert terms("less than 7,450 cases") == terms("7,450 cases")
    assert terms("fewer than four people") == terms("4 people")
    assert "less" in terms("less pressure")


def test_scales_fold_into_the_number() -> None:
    assert terms("1.232 million people") == terms("1,232,000 people") == ("1232000", "person")
    assert terms("$2bn") == ("2000000000",)
    assert terms("3.50 and 7.0") == ("3.5", "7")


def test_percent_signs_and_words_are_dropped() -> None:
    assert terms("at 29%") == terms("at 29 percent") == terms("at 29 per cent") == ("29",)


def test_up_and_down_before_a_number_are_directions() -> None:
    assert terms("was up 29% from 2018") == terms("rose by 29 percent from 2018")
    assert terms("down by 3") == terms("fell 3")
    assert terms("went down the road") == terms("went the road")


def test_the_united_states_and_its_acronyms_are_one_term() -> None:
    assert (
        terms("the U.S. economy") == terms("the US economy") == terms("the United States economy")
    )
    assert terms("the USA") == ("usa",)
    assert terms("let us go") == ("let", "go")


def test_hedges_are_stopwords() -> None:
    assert terms("The method usually relies on pressure.") == terms(
        "The method relies on pressure."
    )


@pytest.mark.parametrize(
    ("term", "kind"),
    [
        ("2013", "year"),
        ("1850", "year"),
        ("29", "number"),
        ("99.92", "number"),
        ("20000", "number"),
        ("mayor", None),
    ],
)
def test_slot_of_numbers_and_years(term: str, kind: str | None) -> None:
    assert slot(term) == kind


def test_months_and_directions_share_a_slot() -> None:
    (rose,) = terms("rose")
    (fell,) = terms("fell")
    assert slot(rose) is not None
    assert slot(rose) == slot(fell) == slot(terms("increased")[0])
    assert slot(terms("April")[0]) == slot(terms("June")[0]) != slot(rose)


def test_names_are_the_capitalised_words_but_a_lone_opener() -> None:
    assert names("Bulgaria had over 1460 cases in Sofia.") == {"sofia"}
    assert names("Hakeem Nicks finished with 38 receptions.") == set(terms("hakeem nicks"))
    assert names("Based on 5 reviews, the film scored 56%. Critics liked it.") == set()


@pytest.mark.parametrize(
    ("text", "open_subject"),
    [
        ("It holds an 86% approval rating.", True),
        ("He was born in 1986.", True),
        ("On Rotten Tomatoes the film has a rating of 43%.", True),
        ("As of 19 March, there were 63 confirmed cases.", True),
        ("China has a 99.92 percent conviction rate.", False),
        ("The mayor resigned in March.", False),
        ("Italy is a country in Europe.", False),
    ],
)
def test_leaves_subject_open(text: str, open_subject: bool) -> None:
    assert leaves_subject_open(text) is open_subject


def test_statement_and_department_keep_their_own_stems() -> None:
    assert stem("statement") != stem("state")
    assert stem("departments") == stem("department") != stem("departed")


def test_number_bounds_name_the_bounded_figures() -> None:
    from claimcheck.tokens import terms_and_bounds

    def number_bounds(text: str) -> dict[str, str]:
        return terms_and_bounds(text)[1]

    assert number_bounds("Germany has more than 150 active cases.") == {"150": "above"}
    assert number_bounds("nearly 1.2 million people, under 40 deaths") == {
        "1200000": "nearly",
        "40": "below",
    }
    assert number_bounds("Some 230,000 people and 2,987 others") == {"230000": "about"}
    assert number_bounds("He was over the moon in 2020.") == {}


def test_every_irregular_form_shares_the_stem_of_its_base_form() -> None:
    from claimcheck.lexicons.retrieval import IRREGULAR

    assert {base for base in IRREGULAR.values() if stem(base) != base} == set()
    assert stem("make") == stem("makes") == stem("made")
