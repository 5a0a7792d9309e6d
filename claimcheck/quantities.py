"""Find quantities in tokens: a number with its bound ("more than", "some"), currency, per cent
sign and unit ("20 years", "four agencies"), as the interval of values it admits."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexer import Kind, Token, adjacent, index_phrases, phrase_at, phrase_before
from claimcheck.lexicons.bounds import AFTER, BEFORE
from claimcheck.lexicons.number_words import (
    ARTICLE_NUMBERS,
    CARDINALS,
    ORDINALS,
    SCALES,
    VAGUE_PLURALS,
)
from claimcheck.lexicons.units import (
    COUNT_SYNONYMS,
    CURRENCY_BEFORE,
    CURRENCY_SAME,
    MULTIPLE_UNITS,
    PERCENT_CHANGE_AFTER,
    PERCENT_CHANGE_BEFORE,
    RELATIVE_TIME,
    TIME_UNITS,
)
from claimcheck.measures import (
    MEASURE_UNITS,
    QuantityKind,
    is_identifier,
    label_noun,
    ordinal_noun,
    unit_after,
)
from claimcheck.numbers import Interval, Number, read_number

APPROXIMATION = 0.05  # "about 27" admits 5% either side (and at least its rounding)
SMALL_COUNT = 100  # below this, a changed count of things is a COUNT conflict, not a NUMBER one
# Words that may start a quantity ("twenty-two" starts with "twenty").
NUMBER_STARTS: frozenset[str] = frozenset({*CARDINALS, *ORDINALS, *VAGUE_PLURALS, "a", "an"})

_AFTER_ARTICLE = frozenset({*ARTICLE_NUMBERS, *SCALES, *MULTIPLE_UNITS})
_BEFORE = index_phrases(BEFORE, by_last=True)
_AFTER = index_phrases(AFTER)
_ONE_SIDED = frozenset({"above", "at_least", "below", "at_most"})
_RELATIVE = index_phrases(RELATIVE_TIME)
_CHANGE_BEFORE = index_phrases(PERCENT_CHANGE_BEFORE, by_last=True)
CHANGE = "change"  # the relation of a per cent that is a change of a rate ("up by 29%")
_SYNONYMS: dict[str, frozenset[str]] = {}  # noun -> every noun a group shares with it
for _group in COUNT_SYNONYMS:
    for _word in _group:
        _SYNONYMS[_word] = _SYNONYMS.get(_word, frozenset()) | _group


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity as written in `text[start:end]` ("more than $5 million"); `noun_end` extends
    the span over the counted noun ("four agencies"). Tokens [first, number_last] hold the
    number with its bound, currency and scale; tokens up to `last` add its unit.

    `value` is the number as written; `interval` the values the statement admits (its bound or
    approximation, or its rounding: "1.2 million" admits 1.15 to 1.25 million), `point` the
    written number alone; `bounded`: a one-sided bound ("more than", "up to"). `relation` marks
    a span of time relative to another ("two years earlier": "earlier"; see
    `units.RELATIVE_TIME`), or a per cent that is a change ("up by 29%": `CHANGE`), "" for
    anything else."""

    text: str
    start: int
    end: int
    noun_end: int
    value: float
    interval: Interval
    point: Interval
    bounded: bool
    kind: QuantityKind
    unit: str
    counted: bool
    small: bool
    worded: bool
    first: int
    number_last: int
    last: int
    relation: str = ""


def same_kind(left: Quantity, right: Quantity) -> bool:
    """Whether two quantities are of one kind (amounts, money, per cent...), whatever their
    units; a number without a unit may be money or per cent."""
    if left.kind is right.kind:
        return True
    loose = (QuantityKind.MONEY, QuantityKind.PERCENT)
    return (left.kind is QuantityKind.AMOUNT and not left.unit and right.kind in loose) or (
        right.kind is QuantityKind.AMOUNT and not right.unit and left.kind in loose
    )


def comparable(left: Quantity, right: Quantity) -> bool:
    """Whether two quantities measure the same kind of thing, so that their values can conflict.
    A number without a unit may count what the other counts, or be its money or per cent ("the
    cases reached 108", "20 million"), but is not a measure: measures are written with their unit
    ("10 years"). Ordinals and labels need the same noun; a time relative to another ("two years
    earlier") is compared only with one of the same relation."""
    if left.relation != right.relation:
        return False
    if left.kind is not right.kind:
        return same_kind(left, right)
    if left.kind in (QuantityKind.ORDINAL, QuantityKind.LABEL):
        return bool(left.unit) and left.unit == right.unit
    if left.unit == right.unit:
        return True
    if not left.unit or not right.unit:
        return (left.unit or right.unit) not in MEASURE_UNITS
    if left.unit.replace("ll", "l") == right.unit.replace("ll", "l"):
        return True  # "travellers" and "travelers"
    if left.kind is QuantityKind.MONEY:
        return right.unit in CURRENCY_SAME.get(left.unit, frozenset())
    return right.unit in _SYNONYMS.get(left.unit, frozenset())


def agree(left: Quantity, right: Quantity) -> bool:
    """Whether two comparable quantities admit a common value. A one-sided bound is held against
    the other's written number, not its rounding: "more than $6.3 million" does not agree with
    "$6.3 million". Two bounds on the same side agree when the right one says at least as much
    as the left: "more than 950" states "over 900", not "over 975"."""
    mine = left.point if right.bounded and not left.bounded else left.interval
    theirs = right.point if left.bounded and not right.bounded else right.interval
    if math.isinf(mine.high) and math.isinf(theirs.high):
        return theirs.low >= mine.low
    if math.isinf(mine.low) and math.isinf(theirs.low):
        return theirs.high <= mine.high
    return mine.overlaps(theirs)


def find_quantities(
    text: str, tokens: tuple[Token, ...], positions: Sequence[int], taken: frozenset[int]
) -> tuple[Quantity, ...]:
    """The quantities in `text` that start at `positions` (the indices of number tokens and of
    words in NUMBER_STARTS, ascending), skipping tokens in `taken` (those of dates)."""
    found: list[Quantity] = []
    done = -1
    for index in positions:
        if index <= done or index in taken or _bare_article(tokens, index):
            continue
        quantity = _quantity_at(text, tokens, index)
        if quantity is not None:
            found.append(quantity)
            done = quantity.last
    return tuple(found)


def _bare_article(tokens: tuple[Token, ...], index: int) -> bool:
    """An "a" or "an" that does not start a number ("a dozen", "a decade" do)."""
    if tokens[index].lower not in ("a", "an"):
        return False
    return index + 1 >= len(tokens) or tokens[index + 1].lower not in _AFTER_ARTICLE


def _quantity_at(text: str, tokens: tuple[Token, ...], index: int) -> Quantity | None:
    if is_identifier(tokens, index) or _is_padded(tokens[index]):
        return None
    currency, first = _currency_before(tokens, index)
    number = _unit_article(tokens, index) or read_number(tokens, index, money=bool(currency))
    if number is None or _is_time(tokens, number.last):
        return None
    label = label_noun(tokens, first)
    roman = tokens[index].kind is Kind.WORD and not number.worded
    if roman and not label:
        return None  # a Roman numeral that labels nothing ("I" said)
    kind, unit, noun, last = unit_after(tokens, number, currency)
    if kind is QuantityKind.AMOUNT and unit in MULTIPLE_UNITS:
        unit, factor = MULTIPLE_UNITS[unit]
        number = _scaled(number, factor)
    if number.ordinal:
        kind, unit = QuantityKind.ORDINAL, ordinal_noun(tokens, number)
    elif label and (
        roman or not unit or (unit == tokens[noun].lower and unit not in MEASURE_UNITS)
    ):
        kind, unit, noun = QuantityKind.LABEL, label, 0  # "ITV 1 channel", not "ITV 3 times"
    if number.worded and number.value == 1 and not noun and kind is QuantityKind.AMOUNT:
        return None  # "one of the largest": not a quantity
    if index > 0 and tokens[index - 1].lower == "no" and number.value == 1:
        return None  # "no one"
    bound, first = _bound_before(tokens, first)
    if not bound:
        bound = _bound_after(tokens, last)
    if not bound and noun:
        bound = _bound_after(tokens, noun)  # "500 people or more"
    final = max(last, noun)
    related = _relation(tokens, kind, unit, final)
    relation = RELATIVE_TIME[_words(tokens, final + 1, related)] if related else ""
    if kind is QuantityKind.PERCENT and _is_change(tokens, first, final):
        relation = CHANGE
    counted = kind is QuantityKind.AMOUNT and bool(unit) and unit not in MEASURE_UNITS
    start, end = tokens[first].start, tokens[last].end
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        noun_end=tokens[noun].end if noun else end,
        value=number.value,
        interval=_interval(number, bound),
        point=Interval(number.value, number.high),
        bounded=bound in _ONE_SIDED,
        kind=kind,
        unit=unit,
        counted=counted,
        small=number.high < SMALL_COUNT and float(number.value).is_integer(),
        worded=number.worded,
        first=first,
        number_last=last,
        last=final + related,  # "two years earlier"
        relation=relation,
    )


def _words(tokens: tuple[Token, ...], start: int, length: int) -> tuple[str, ...]:
    return tuple(token.lower for token in tokens[start : start + length])


def _relation(tokens: tuple[Token, ...], kind: QuantityKind, unit: str, last: int) -> int:
    """The length of the words after a span of time that relate it to another time ("two years
    earlier", "ten years have passed"), or 0."""
    if kind is not QuantityKind.AMOUNT or unit not in TIME_UNITS:
        return 0
    phrase = phrase_at(tokens, last + 1, _RELATIVE)
    return 0 if phrase is None else len(phrase)


def _is_change(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the per cent at tokens[first:last + 1] is a change of a rate: "up by 29%",
    "rose 5 percent", "a 29% increase"; not "rose to 63%"."""
    if phrase_before(tokens, first, _CHANGE_BEFORE) is not None:
        return True
    after = last + 1
    return after < len(tokens) and tokens[after].lower in PERCENT_CHANGE_AFTER


def _interval(number: Number, bound: str) -> Interval:
    value = number.value
    tolerance = max(number.coarse, APPROXIMATION * abs(value))
    if bound == "above":
        return Interval(value, float("inf"), low_open=True)
    if bound == "at_least":
        return Interval(value, float("inf"))
    if bound == "below":
        return Interval(float("-inf"), number.high, high_open=True)
    if bound == "at_most":
        return Interval(float("-inf"), number.high)
    if bound == "about":
        return Interval(value - tolerance, number.high + tolerance)
    if bound == "nearly":
        return Interval(value - tolerance, number.high)
    if bound == "just_over":
        return Interval(value, number.high + tolerance)
    return number.interval()


def _scaled(number: Number, factor: int) -> Number:
    return Number(
        number.value * factor, number.half * factor, number.coarse * factor, number.first,
        number.last, number.high * factor, number.ordinal, number.worded,
    )  # fmt: skip


def _unit_article(tokens: tuple[Token, ...], index: int) -> Number | None:
    """One of a unit that is a multiple: "a decade", "a century"."""
    if tokens[index].lower not in ("a", "an") or index + 1 >= len(tokens):
        return None
    if tokens[index + 1].lower not in MULTIPLE_UNITS:
        return None
    return Number(1.0, 0.0, 0.5, index, index, 1.0, worded=True)


def _is_padded(token: Token) -> bool:
    """A whole number written with a leading zero ("07", "00") is a code or a typo, not an
    amount."""
    lower = token.lower
    return token.kind is Kind.NUMBER and len(lower) > 1 and lower[0] == "0" and "." not in lower


def _is_time(tokens: tuple[Token, ...], last: int) -> bool:
    """A clock time ("08:36", "5 a.m.")."""
    first = tokens[last]
    if last > 1 and tokens[last - 1].lower == ":" and adjacent(tokens[last - 1], first):
        return tokens[last - 2].kind is Kind.NUMBER  # the minutes of "08:36"
    if last + 1 >= len(tokens):
        return False
    following = tokens[last + 1]
    if following.lower in ("a.m.", "p.m.", "am", "pm", "gmt", "utc", "est", "bst", "cet"):
        return True
    return following.lower == ":" and adjacent(tokens[last], following)


def _currency_before(tokens: tuple[Token, ...], index: int) -> tuple[str, int]:
    """The currency written before tokens[index] ("$", "US $", "€") and where it starts."""
    if index == 0:
        return "", index
    symbol = tokens[index - 1].lower
    if symbol not in CURRENCY_BEFORE:
        return "", index
    first = index - 1
    if symbol == "$" and first > 0 and tokens[first - 1].lower in ("us", "a", "c", "hk"):
        first -= 1
    return CURRENCY_BEFORE[symbol], first


def _bound_before(tokens: tuple[Token, ...], first: int) -> tuple[str, int]:
    """The bound written before tokens[first] ("more than") and where it starts."""
    phrase = phrase_before(tokens, first, _BEFORE)
    return ("", first) if phrase is None else (BEFORE[phrase], first - len(phrase))


def _bound_after(tokens: tuple[Token, ...], last: int) -> str:
    """The bound written after tokens[last] ("or more")."""
    phrase = phrase_at(tokens, last + 1, _AFTER)
    return "" if phrase is None else AFTER[phrase]
