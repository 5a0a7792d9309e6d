"""Finding dates, their bounds, and whether two dates can name the same day."""

from __future__ import annotations

import pytest

from claimcheck.dates import DateMention, agree, comparable
from claimcheck.statement import analyse


def dates(text: str) -> list[DateMention]:
    return list(analyse(text).dates)


def date(text: str) -> DateMention:
    (found,) = dates(text)
    return found


@pytest.mark.parametrize(
    ("text", "written", "fields"),
    [
        ("On January 7, 2011, it started.", "January 7, 2011", (2011, 1, 7)),
        ("It started on 7 January 2011.", "7 January 2011", (2011, 1, 7)),
        ("It started on 2011-01-07 at 08:36.", "2011-01-07", (2011, 1, 7)),
        ("Published July 17,2017 by Xinhua.", "July 17,2017", (2017, 7, 17)),
        ("He died on November 22nd , 1997 .", "November 22nd , 1997", (1997, 11, 22)),
        ("It happened on the 22nd of December.", "22nd of December", (None, 12, 22)),
        ("The LAC spoke on December 26.", "December 26", (None, 12, 26)),
        ("In December 2010, the committee met.", "December 2010", (2010, 12, None)),
        ("It was introduced in 2013.", "2013", (2013, None, None)),
        ("It was busy in May.", "May", (None, 5, None)),
        ("Jan. 5 was cold.", "Jan. 5", (None, 1, 5)),
    ],
)
def test_dates_are_found_with_their_fields(
    text: str, written: str, fields: tuple[int | None, int | None, int | None]
) -> None:
    found = date(text)
    assert found.text == written
    assert (found.year, found.month, found.day) == fields
    assert text[found.start : found.end] == written


@pytest.mark.parametrize(
    "text",
    [
        "May I say something?",
        "There were 1301 confirmed cases.",
        "He paid $2013 for it.",
        "More than 1,500 people came.",
        "The COVID-19 pandemic spread.",
    ],
)
def test_things_that_are_not_dates(text: str) -> None:
    assert dates(text) == []


def test_spans_of_years_decades_and_centuries() -> None:
    season = date("in the Serie A 2013-14 season")
    assert (season.year, season.last_year) == (2013, 2014)
    assert date("the 2014/15 season").last_year == 2015
    assert date("videos of the 1980s").last_year == 1989
    for text in ("born in the 20th century", "20th-century art", "the twentieth century"):
        assert (date(text).year, date(text).last_year) == (1901, 2000)
    assert dates("the 7th round pick") == []


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("born before January 1973", "before"),
        ("by the end of March 2020", "until"),
        ("since 2018, prosecutors", "since"),
        ("released after 2005", "after"),
        ("in 2005", ""),
    ],
)
def test_bound_phrases(text: str, bound: str) -> None:
    assert date(text).bound == bound


@pytest.mark.parametrize(
    ("left", "right", "agreed"),
    [
        ("on January 7, 2011", "on 7 January 2011", True),
        ("on January 7, 2011", "on January 17, 2011", False),
        ("in 2011", "on January 7, 2011", True),
        ("in January", "on January 7, 2011", True),
        ("on December 26", "on December 29", False),
        ("before 2013", "in 2013", False),
        ("until 2013", "in 2013", True),
        ("after 2013", "in 2014", True),
        ("since 2018", "in 2018", True),
        ("since 2013", "in 2018", True),  # a state since 2013 holds in 2018
        ("since 2013", "since 2018", False),  # but it did not begin in both years
        ("since March 2018", "since 2018", True),
        ("before November 2018", "by December 2018", False),  # the right says less
        ("before 2019", "by December 2018", True),
        ("after 2012", "after 2015", True),
        ("after 2015", "after 2012", False),
        ("before January 1973", "on April 12, 1973", False),
        ("in the 1980s", "in 1985", True),
    ],
)
def test_agreement(left: str, right: str, agreed: bool) -> None:
    a, b = date(left), date(right)
    assert comparable(a, b)
    assert agree(a, b) is agreed


def test_a_year_and_a_day_without_a_year_are_not_comparable() -> None:
    assert not comparable(date("in 2013"), date("on December 26"))


def test_weekdays() -> None:
    assert [t.text for t in analyse("The procuratorate said Monday.").weekdays] == ["Monday"]
    assert analyse("He said monday.").weekdays == ()


@pytest.mark.parametrize(
    "text",
    [
        "on December 31, 9999",
        "in 9998-99",
        "on 0000-01-01",
        "in January 0000",
        "the hundredth century",
        "the 0th century",
        "on February 30, 2013",
        "on 31 February",
        "on 9999-12-31",
    ],
)
def test_odd_dates_do_not_break_comparison(text: str) -> None:
    for mention in dates(text):
        assert agree(mention, mention)
    assert not dates("on 0000-01-01")
