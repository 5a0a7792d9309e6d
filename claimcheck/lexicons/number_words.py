"""Numbers written as words: cardinals, ordinals, scales and vague quantities."""

from __future__ import annotations

CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Words that multiply what precedes them inside a number ("five hundred", "two dozen").
MULTIPLIERS: dict[str, int] = {"hundred": 100, "dozen": 12}

# Scale words after a number ("1.232 million", "3.5 billion", "$2bn", "2 crore").
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

# Spans of years after a number, read as years for retrieval ("three decades" is 30 years).
# Plural only: "21st century" is an ordinal, not 21 centuries.
YEAR_SPANS: dict[str, int] = {"decades": 10, "centuries": 100}

# Scale letters written against a number, read as scales only for money ("$5m", "€2b").
MONEY_SCALE_LETTERS: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}

# Scale letters written against a number in any context ("10k runners").
ATTACHED_SCALES: dict[str, float] = {"k": 1e3, "mn": 1e6, "bn": 1e9, "tn": 1e12}

# A few fixed phrases that stand for a number on their own.
ARTICLE_NUMBERS: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1000}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
}

ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})

# Roman numerals as designators ("Chapter III", "World War II"), written in capitals after a
# label noun or a name. Letter -> value; numerals up to ROMAN_MAX are read.
ROMAN_LETTERS: dict[str, int] = {"I": 1, "V": 5, "X": 10}
ROMAN_MAX = 39

# Plural quantity words that name a range rather than a number ("hundreds of people").
VAGUE_PLURALS: dict[str, tuple[float, float]] = {
    "dozens": (24.0, 144.0),
    "hundreds": (200.0, 1e3),
    "thousands": (2e3, 1e6),
    "millions": (2e6, 1e9),
    "billions": (2e9, 1e12),
}
