"""Reading numbers and quantities: values, precision, bounds, units and kinds."""

from __future__ import annotations

import math

import pytest

from claimcheck.lexer import tokenize
from claimcheck.measures import QuantityKind
from claimcheck.numbers import Interval, read_number, roman_value
from claimcheck.quantities import Quantity, agree, comparable
from claimcheck.statement import analyse


def number_at(text: str, index: int = 0, *, money: bool = False) -> float | None:
    number = read_number(tokenize(text), index, money=money)
    return None if number is None else number.value


def quantity(text: str) -> Quantity:
    (found,) = analyse(text).quantities
    return found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("230,000", 230_000),
        ("1 232", 1232),
        ("1,232.5", 1232.5),
        ("99.92", 99.92),
        ("twenty-two", 22),
        ("five hundred and eleven", 511),
        ("two thousand nine hundred and eighty-seven", 2987),
        ("three million", 3e6),
        ("a dozen", 12),
        ("a million", 1e6),
        ("1.232 million", 1_232_000),
        ("3.5 billion", 3.5e9),
        ("10k", 10_000),
        ("22nd", 22),
        ("first", 1),
        ("twenty-second", 22),
        ("2 crore", 2e7),
    ],
)
def test_read_number_values(text: str, value: float) -> None:
    assert number_at(text) == pytest.approx(value)


def test_money_letters_are_scales_only_after_a_currency() -> None:
    assert number_at("$2bn", 1, money=True) == 2e9
    assert number_at("$5m", 1, money=True) == 5e6
    assert number_at("5m") == 5


def test_words_that_are_not_numbers() -> None:
    assert number_at("hundred people") is None
    assert number_at("two and three") == 2
    assert number_at("prosecutors") is None


def test_a_dashed_pair_is_a_range_when_it_ascends() -> None:
    number = read_number(tokenize("10-13 million"), 0)
    assert number is not None
    assert (number.value, number.high) == (10e6, 13e6)
    score = read_number(tokenize("89-81"), 0)
    assert score is not None
    assert score.high == score.value == 89


def test_precision_exact_integers_rounded_decimals_and_scales() -> None:
    assert quantity("511 prosecutors").interval == Interval(511, 511)
    assert quantity("99.92 percent").interval == Interval(
        pytest.approx(99.915), pytest.approx(99.925)
    )
    assert quantity("1.2 million people").interval == Interval(
        pytest.approx(1.15e6), pytest.approx(1.25e6)
    )


@pytest.mark.parametrize(
    ("text", "low", "high", "low_open", "high_open"),
    [
        ("more than 20 years", 20, math.inf, True, False),
        ("over 500 prosecutors", 500, math.inf, True, False),
        ("at least 20 years", 20, math.inf, False, False),
        ("no less than 230,000 individuals", 230_000, math.inf, False, False),
        ("500 people or more", 500, math.inf, False, False),
        ("fewer than 20 people", -math.inf, 20, False, True),
        ("under 20 people", -math.inf, 20, False, True),
        ("up to 20 people", -math.inf, 20, False, False),
        ("about 230,000 people", 218_500, 241_500, False, False),
        ("some 230,000 people", 218_500, 241_500, False, False),
        ("nearly 30 years", 25, 30, False, False),
        ("almost 30 years", 25, 30, False, False),
        ("roughly 27 people", 25.65, 28.35, False, False),
    ],
)
def test_bounds_and_approximations_are_intervals(
    text: str, low: float, high: float, low_open: bool, high_open: bool
) -> None:
    interval = quantity(text).interval
    assert (interval.low, interval.high) == (pytest.approx(low), pytest.approx(high))
    assert (interval.low_open, interval.high_open) == (low_open, high_open)


def test_interval_overlap_respects_open_ends() -> None:
    above = Interval(20, math.inf, low_open=True)
    assert not above.overlaps(Interval(20, 20))
    assert above.overlaps(Interval(20, 21))
    assert Interval(10, 20).overlaps(Interval(20, 30))
    assert not Interval(10, 20).overlaps(Interval(21, 30))


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("63%", QuantityKind.PERCENT, "percent"),
        ("63 percent", QuantityKind.PERCENT, "percent"),
        ("63 per cent", QuantityKind.PERCENT, "percent"),
        ("70 out of 100", QuantityKind.PERCENT, "percent"),
        ("a rating of 6.1/10", QuantityKind.AMOUNT, "/10"),
        ("$2bn", QuantityKind.MONEY, "dollar"),
        ("US $ 789,298", QuantityKind.MONEY, "dollar"),
        ("€5 million", QuantityKind.MONEY, "euro"),
        ("5 million yuan", QuantityKind.MONEY, "yuan"),
        ("20 years", QuantityKind.AMOUNT, "year"),
        ("an 18-year prison sentence", QuantityKind.AMOUNT, "year"),
        ("a five-year contract", QuantityKind.AMOUNT, "year"),
        ("53-year-old Zhang", QuantityKind.AMOUNT, "age"),
        ("20 years old", QuantityKind.AMOUNT, "age"),
        ("127 confirmed coronavirus cases", QuantityKind.AMOUNT, "case"),
        ("270 new COVID-19 deaths", QuantityKind.AMOUNT, "death"),
        ("Twenty-two of those cases", QuantityKind.AMOUNT, "case"),
        ("2,987 people working", QuantityKind.AMOUNT, "person"),
        ("the 7th round pick", QuantityKind.ORDINAL, "pick"),
        ("season 3", QuantityKind.LABEL, "season"),
        ("Boeing 787 Dreamliner", QuantityKind.LABEL, "boeing"),
        ("Chapter XII of the code", QuantityKind.LABEL, "chapter"),
        ("Title IV Games", QuantityKind.LABEL, "title"),
        ("Part I of the plan", QuantityKind.LABEL, "part"),
    ],
)
def test_kinds_and_units(text: str, kind: QuantityKind, unit: str) -> None:
    found = quantity(text)
    assert (found.kind, found.unit) == (kind, unit)


def test_decades_and_centuries_are_years() -> None:
    decade = quantity("more than a decade")
    assert (decade.unit, decade.value) == ("year", 10)
    assert quantity("two decades").value == 20


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 spread",
        "One of the largest punishments",
        "no one was hurt",
        "at 08:36 today",
        "at 5 p.m. today",
        "the score was 68,00",
        "Yesterday I said so",
        "King Henry V died",
    ],
)
def test_things_that_are_not_quantities(text: str) -> None:
    assert [q.text for q in analyse(text).quantities if q.value in (19, 1, 8, 36, 5, 0)] == []


def test_years_are_dates_not_quantities() -> None:
    facts = analyse("In 2013, 1301 confirmed cases were reported.")
    assert [q.text for q in facts.quantities] == ["1301"]
    assert [d.text for d in facts.dates] == ["2013"]


def test_quantity_text_and_span_cover_the_bound_and_the_number() -> None:
    text = "Tong said some 230,000 people were prosecuted."
    found = quantity(text)
    assert found.text == "some 230,000"
    assert text[found.start : found.end] == "some 230,000"
    assert text[found.start : found.noun_end] == "some 230,000 people"


def test_counts_compare_across_synonyms_and_not_across_measures() -> None:
    assert comparable(quantity("four agencies"), quantity("five bodies"))
    assert comparable(quantity("20 reviews"), quantity("20 critics"))
    assert not comparable(quantity("20 years"), quantity("20 people"))
    assert not comparable(quantity("20"), quantity("20 years"))
    assert comparable(quantity("108"), quantity("108 cases"))
    assert not comparable(quantity("season 3"), quantity("chapter 3"))


def test_a_bound_agrees_with_a_rounded_value_only_by_its_written_number() -> None:
    assert not agree(quantity("more than $6.3 million"), quantity("$6.3 million"))
    assert agree(quantity("more than $6.25 million"), quantity("$6.3 million"))
    assert agree(quantity("1.2 million"), quantity("1,232,000"))
    assert agree(quantity("over 500"), quantity("511"))
    assert not agree(quantity("more than 600"), quantity("511"))


@pytest.mark.parametrize(
    ("text", "value"),
    [("I", 1), ("IV", 4), ("IX", 9), ("XII", 12), ("XIV", 14), ("XXXIX", 39), ("IIII", None),
     ("VX", None), ("IC", None), ("iv", None), ("", None), ("XL", None)],
)  # fmt: skip
def test_roman_numerals(text: str, value: int | None) -> None:
    assert roman_value(text) == value


def test_a_roman_numeral_agrees_with_the_same_designator_in_digits() -> None:
    assert agree(quantity("Chapter IV"), quantity("Chapter 4"))
    assert not agree(quantity("Chapter IV"), quantity("Chapter 5"))


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("two years earlier", "earlier"),
        ("five months later", "later"),
        ("20 years ago", "ago"),
        ("ten years have passed", "later"),
        ("a decade had gone by", "later"),
        ("after 28 years", ""),
        ("20 years on death row", ""),
        ("two agencies later merged", ""),
    ],
)
def test_a_span_of_time_may_be_relative_to_another_time(text: str, relation: str) -> None:
    assert quantity(text).relation == relation


def test_relative_times_compare_only_with_the_same_relation() -> None:
    assert not comparable(quantity("two years earlier"), quantity("28 years"))
    assert not comparable(quantity("two years earlier"), quantity("two years later"))
    assert comparable(quantity("nine years later"), quantity("ten years have passed"))
