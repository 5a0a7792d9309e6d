"""What a number counts or measures: the unit, currency, per cent sign or counted noun after it
("20 years", "$2bn", "63%", "four agencies", "Twenty-two of those cases"), or the noun before it
that makes it a label ("season 3")."""

from __future__ import annotations

from enum import Enum

from claimcheck.lexer import Kind, Token, adjacent, index_phrases, is_content, phrase_at, singular
from claimcheck.lexicons.bounds import BEFORE
from claimcheck.lexicons.function_words import FUNCTION_WORDS
from claimcheck.lexicons.number_words import ROMAN_LETTERS
from claimcheck.lexicons.units import (
    AGE_WORDS,
    CURRENCY_AFTER,
    LABEL_NOUNS,
    MEASURES,
    MULTIPLE_UNITS,
    PERCENT_WORDS,
)
from claimcheck.numbers import Number

_PERCENT = index_phrases(PERCENT_WORDS)
_NOT_LABELS = FUNCTION_WORDS | {phrase[-1] for phrase in BEFORE}  # "About 30" is no label
_DETERMINERS = frozenset({"the", "those", "these", "its", "their", "his", "her", "our", "all"})
MEASURE_UNITS: frozenset[str] = frozenset(MEASURES.values()) | {
    unit for unit, _ in MULTIPLE_UNITS.values()
}


class QuantityKind(Enum):
    AMOUNT = "amount"
    PERCENT = "percent"
    MONEY = "money"
    ORDINAL = "ordinal"
    LABEL = "label"  # "season 3", "Boeing 787": a name, equal or not


def is_identifier(tokens: tuple[Token, ...], index: int) -> bool:
    """A number written against letters ("COVID-19", "G20") names something."""
    if not 0 < index < len(tokens) or tokens[index].kind is not Kind.NUMBER:
        return False
    token = tokens[index]
    before = tokens[index - 1]
    if before.kind is Kind.WORD and adjacent(before, token):
        return True
    if before.lower == "-" and adjacent(before, token) and index > 1:
        return tokens[index - 2].kind is Kind.WORD and adjacent(tokens[index - 2], before)
    return False


def label_noun(tokens: tuple[Token, ...], first: int) -> str:
    """The noun that makes a number a label ("season 3", "PlayStation 4", "Chapter III"), or
    "". A Roman numeral of one letter ("I", "V") is a label only after a label noun ("Part I"),
    and one that is no label is no number."""
    if first == 0:
        return ""
    token = tokens[first]
    roman = token.kind is Kind.WORD
    if roman and not _roman_letters(token):
        return ""  # "number two" counts
    if not roman and token.kind is not Kind.NUMBER:
        return ""
    before = tokens[first - 1]
    if before.kind is not Kind.WORD:
        return ""
    if before.lower in LABEL_NOUNS:
        return before.lower
    if before.capitalised and before.lower not in _NOT_LABELS and len(token.text) > int(roman):
        return before.lower  # "Cars 3", "ITV 1", "World War II"
    return ""


def may_be_roman(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether tokens[index] may be a Roman numeral that labels something: capitals of Roman
    numerals after a word ("Chapter III"). (`numbers.roman_value` reads it.)"""
    return index > 0 and _roman_letters(tokens[index]) and tokens[index - 1].kind is Kind.WORD


def _roman_letters(token: Token) -> bool:
    return token.text.isupper() and all(letter in ROMAN_LETTERS for letter in token.text)


def unit_after(
    tokens: tuple[Token, ...], number: Number, currency: str
) -> tuple[QuantityKind, str, int, int]:
    """The kind, unit, counted noun's token index (0: none) and last token of the quantity."""
    last = number.last
    at = last + 1
    percent = phrase_at(tokens, at, _PERCENT)
    if percent is not None:
        return QuantityKind.PERCENT, "percent", 0, at + len(percent) - 1
    ratio = _out_of(tokens, at)
    if ratio:
        unit, end = ratio
        kind = QuantityKind.PERCENT if unit == "percent" else QuantityKind.AMOUNT
        return kind, unit, 0, end
    if currency:
        return QuantityKind.MONEY, currency, 0, last
    if at < len(tokens) and tokens[at].lower in CURRENCY_AFTER:
        return QuantityKind.MONEY, CURRENCY_AFTER[tokens[at].lower], 0, at
    if number.suffix:  # "five-year", "two-time"
        unit = MEASURES.get(number.suffix) or singular(number.suffix)
        return QuantityKind.AMOUNT, unit, last, last
    if at + 1 < len(tokens) and tokens[at].lower == "-" and adjacent(tokens[last], tokens[at]):
        at += 1  # "18-year", "53-year-old"
    unit, noun = _noun_run(tokens, at, number.value)
    if unit == "year" and noun + 1 < len(tokens) and tokens[noun + 1].lower in AGE_WORDS:
        return QuantityKind.AMOUNT, "age", noun + 1, last
    return QuantityKind.AMOUNT, unit, noun, last


def ordinal_noun(tokens: tuple[Token, ...], number: Number) -> str:
    """What an ordinal ranks: the last of the (up to three) words after it ("fourth consecutive
    number-one album": "album"; "7th round pick": "pick"; "38th most abundant element":
    "element")."""
    if number.suffix:
        return number.suffix
    noun = ""
    for token in tokens[number.last + 1 : number.last + 4]:
        if token.lower in _SUPERLATIVE_MARKERS and not noun:
            continue
        if not is_content(token):
            break
        noun = singular(token.lower)
    return noun


_SUPERLATIVE_MARKERS = frozenset({"most", "least"})  # "38th most abundant element"


def _out_of(tokens: tuple[Token, ...], at: int) -> tuple[str, int] | None:
    """A score written "/10" or "out of 10": its unit and last token. Out of 100 is per cent."""
    if at < len(tokens) and tokens[at].lower == "/":
        denominator, end = at + 1, at + 1
    elif tuple(t.lower for t in tokens[at : at + 2]) == ("out", "of"):
        denominator, end = at + 2, at + 2
    else:
        return None
    if denominator >= len(tokens) or tokens[denominator].kind is not Kind.NUMBER:
        return None
    scale = tokens[denominator].lower
    return ("percent" if scale == "100" else f"/{scale}"), end


def _noun_run(tokens: tuple[Token, ...], at: int, value: float) -> tuple[str, int]:
    """The unit among the (up to three) words after a number: a measure ("years"), a multiple
    ("decades"), or the first plural noun ("confirmed cases", "new COVID-19 deaths"). Returns
    (unit, token index)."""
    words: list[int] = []
    position = at
    while position < len(tokens) and len(words) < 3:
        token = tokens[position]
        lower = token.lower
        if lower in MEASURES:
            return MEASURES[lower], position
        if lower in MULTIPLE_UNITS:
            return lower, position
        if is_identifier(tokens, position + 2) and lower not in FUNCTION_WORDS:
            position += 3  # "COVID-19"
            continue
        if not is_content(token):
            break
        if singular(lower) != lower:
            return singular(lower), position
        words.append(position)
        position += 1
    if value == 1 and len(words) == 1:
        return tokens[words[0]].lower, words[0]  # "one man"
    if not words and value != 1:
        return _partitive(tokens, at)
    return "", 0


def _partitive(tokens: tuple[Token, ...], at: int) -> tuple[str, int]:
    """The plural noun of "<n> of those cases", "15 of the 26 players": what the number counts,
    and its token index (0 when another number stands between: "26 players" is its own)."""
    if at >= len(tokens) or tokens[at].lower != "of":
        return "", 0
    position = at + 1
    if position < len(tokens) and tokens[position].lower in _DETERMINERS:
        position += 1
    nested = position < len(tokens) and tokens[position].kind is Kind.NUMBER
    if nested:
        position += 1
    for offset, token in enumerate(tokens[position : position + 2]):
        if not is_content(token):
            break
        if singular(token.lower) != token.lower:
            return singular(token.lower), 0 if nested else position + offset
    return "", 0
