"""What one statement says: its tokens, and (extracted on first use, then kept) its quantities,
dates, weekdays, negated predicates, direction words, names and lists, and the context of any
span.

`analyse(text)` caches one `Statement` per text, so a registry claim compared with many draft
sentences is read once. Extraction is lazy because most comparisons need only a few kinds of
fact: a draft without numbers never asks for the reference's numbers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from claimcheck.dates import DateMention, find_dates, find_weekdays
from claimcheck.entities import Entity, find_entities
from claimcheck.enumerations import Enumeration, find_enumerations
from claimcheck.lexer import Kind, Token, base_form, context, tokenize
from claimcheck.lexicons.calendar import MONTHS
from claimcheck.lexicons.negation import NEGATING_PREFIXES, PREFIXED_MIN_LENGTH
from claimcheck.lexicons.number_words import ROMAN_LETTERS
from claimcheck.measures import may_be_roman
from claimcheck.polarity import (
    CUE_WORDS,
    DIRECTION_WORDS,
    PHRASE_REACH,
    Direction,
    Predicate,
    concept,
    date_focus,
    denied,
    find_directions,
    find_predicates,
    is_predicate,
    negated_form,
    starts_direction,
)
from claimcheck.quantities import NUMBER_STARTS, Quantity, find_quantities
from claimcheck.tokens import phrase_synonym

# What a word may start, marked in the one pass that finds where each extractor should look.
_NUMBER_START, _MONTH, _CUE, _DIRECTION = 1, 2, 4, 8
_ROMAN_INITIALS = frozenset(letter.lower() for letter in ROMAN_LETTERS)
_PREFIXES = tuple(NEGATING_PREFIXES)  # a word with one of these may be a negation
_MARKS: dict[str, int] = {}
for _words, _mark in (
    (NUMBER_STARTS, _NUMBER_START),
    (MONTHS, _MONTH),
    (CUE_WORDS, _CUE),
    (DIRECTION_WORDS, _DIRECTION),
):
    for _word in _words:
        _MARKS[_word] = _MARKS.get(_word, 0) | _mark


_Span = TypeVar("_Span", DateMention, Quantity, Entity)


class Statement:
    """One statement's facts, each extracted when first asked for."""

    __slots__ = (
        "_all_dates",
        "_capitals",
        "_contexts",
        "_cues",
        "_dates",
        "_denied_dates",
        "_denied_quantities",
        "_directions",
        "_entities",
        "_enumerations",
        "_keys",
        "_lowered",
        "_numbers",
        "_predicates",
        "_quantities",
        "_raw_predicates",
        "_stems",
        "_words",
        "text",
        "tokens",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self.tokens = tokenize(text)
        self._numbers: list[int] = []  # number tokens and the words that may start a number
        self._capitals: list[int] = []
        self._cues: list[int] = []
        self._words: list[int] = []  # direction words
        self._mark()
        self._quantities: tuple[Quantity, ...] | None = None
        self._dates: tuple[DateMention, ...] | None = None
        self._all_dates: tuple[DateMention, ...] | None = None  # with the denied ones
        self._denied_quantities: tuple[Quantity, ...] = ()
        self._denied_dates: tuple[DateMention, ...] = ()
        self._predicates: tuple[Predicate, ...] | None = None
        self._raw_predicates: tuple[Predicate, ...] | None = None
        self._directions: tuple[Direction, ...] | None = None
        self._entities: tuple[Entity, ...] | None = None
        self._enumerations: tuple[Enumeration, ...] | None = None
        self._keys: list[str | None] | None = None  # context keys, filled as needed
        self._stems: dict[str, tuple[int, ...]] | None = None
        self._contexts: dict[tuple[int, int], dict[str, float]] = {}

    def _mark(self) -> None:
        numbers, capitals, cues, words = self._numbers, self._capitals, self._cues, self._words
        marks = _MARKS
        number = Kind.NUMBER
        for index, (_, lower, _, _, kind, capitalised) in enumerate(self.tokens):
            if kind is number:
                numbers.append(index)
                continue
            mark = marks.get(lower, 0)
            if not mark and "-" in lower:
                mark = marks.get(lower.partition("-")[0], 0) & _NUMBER_START  # "twenty-two"
            if capitalised:
                capitals.append(index)
                if lower[0] in _ROMAN_INITIALS and may_be_roman(self.tokens, index):
                    mark |= _NUMBER_START  # "Chapter III"
            elif not mark and lower.startswith(_PREFIXES) and len(lower) >= PREFIXED_MIN_LENGTH:
                mark = _CUE  # "unpredictable"
            if mark:
                if mark & _NUMBER_START or (mark & _MONTH and capitalised):
                    numbers.append(index)
                if mark & _CUE:
                    cues.append(index)
                if mark & _DIRECTION:
                    words.append(index)

    @property
    def lowered(self) -> str:
        """The text in lowercase, apostrophes folded to '."""
        if self._lowered is None:
            self._lowered = self.text.lower().replace("’", "'")
        return self._lowered

    def names_all_capitals_of(self, other: Statement) -> bool:
        """Whether each capitalised word of `other` occurs in this text: then `other` names
        nothing this text lacks, and neither text's names need reading."""
        lowered = self.lowered
        return all(base_form(other.tokens[i].lower) in lowered for i in other._capitals)

    @property
    def dates(self) -> tuple[DateMention, ...]:
        """The dates the text states (not those it denies: "in 2013, not 2012", or that a
        negation falls on: "was not set up in 2018")."""
        return self._read_dates()[0]

    @property
    def denied_dates(self) -> tuple[DateMention, ...]:
        """The dates the text denies ("2018" in "was not set up in 2018, but in 2013")."""
        return self._read_dates()[1]

    def _read_dates(self) -> tuple[tuple[DateMention, ...], tuple[DateMention, ...]]:
        if self._dates is None:
            every = self._every_date()
            stated = self._stated(every)
            negated = [p for p in self._negations() if p.negated and p.cued]
            if negated:
                stated = tuple(self._after_negation(stated, negated))
            self._dates = stated
            kept = {(d.first, d.last) for d in stated}
            self._denied_dates = tuple(d for d in every if (d.first, d.last) not in kept)
        return self._dates, self._denied_dates

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """The quantities the text states (not those it denies: "27 years, not 28")."""
        return self._read_quantities()[0]

    @property
    def denied_quantities(self) -> tuple[Quantity, ...]:
        """The quantities the text denies ("28" in "jailed for 27 years, not 28")."""
        return self._read_quantities()[1]

    def _every_date(self) -> tuple[DateMention, ...]:
        """Every date, denied or not: their tokens are no quantities."""
        if self._all_dates is None:
            self._all_dates = find_dates(self.text, self.tokens, self._numbers)
        return self._all_dates

    def _read_quantities(self) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
        if self._quantities is None:
            taken = frozenset(_indices(self._every_date()))
            found = find_quantities(self.text, self.tokens, self._numbers, taken)
            self._quantities = self._stated(found)
            if len(self._quantities) < len(found):
                self._denied_quantities = tuple(q for q in found if q not in self._quantities)
        return self._quantities, self._denied_quantities

    def _stated(self, found: tuple[_Span, ...]) -> tuple[_Span, ...]:
        """The spans of `found` that the text does not deny. (A text without negation cues
        denies nothing.)"""
        if not self._cues:
            return found
        return tuple(span for span in found if not denied(self.tokens, span.first))

    @property
    def weekdays(self) -> tuple[Token, ...]:
        return find_weekdays(self.tokens, self._capitals)

    @property
    def predicates(self) -> tuple[Predicate, ...]:
        """Negated predicates, and words that negate on their own; a predicate whose negation
        falls on a date after it (`polarity.date_focus`) counts as affirmed."""
        if self._predicates is None:
            found = self._negations()
            if any(p.negated and p.cued for p in found):
                dates = [(d.first, d.bound) for d in self._every_date()]
                found = tuple(
                    replace(p, negated=False)
                    if any(date_focus(self.tokens, p, first, bound) for first, bound in dates)
                    else p
                    for p in found
                )
            self._predicates = found
        return self._predicates

    def _after_negation(
        self, dates: Sequence[DateMention], negated: Sequence[Predicate]
    ) -> Iterator[DateMention]:
        """The dates still stated once a negation before them has fallen on them: none, but
        "not ... until 2020", which states 2020 ("was not released until 2020")."""
        for mention in dates:
            if not any(date_focus(self.tokens, p, mention.first, mention.bound) for p in negated):
                yield mention
            elif mention.bound == "until":
                yield replace(mention, bound="")

    @property
    def written_predicates(self) -> tuple[Predicate, ...]:
        """The predicates as written: negated ones stay negated when a date takes the
        negation ("were not held accountable in 2017")."""
        return self._negations()

    def _negations(self) -> tuple[Predicate, ...]:
        """The predicates as `find_predicates` reads them, before any date takes a negation."""
        if self._raw_predicates is None:
            found = find_predicates(self.text, self.tokens, self._cues) if self._cues else ()
            self._raw_predicates = found
        return self._raw_predicates

    @property
    def directions(self) -> tuple[Direction, ...]:
        if self._directions is None:
            self._directions = ()
            words = [i for i in self._words if starts_direction(self.tokens, i)]
            if words:
                spans: tuple[DateMention | Quantity, ...] = (
                    *self.quantities,
                    *self.denied_quantities,
                    *self._every_date(),
                )
                numeric = frozenset(_indices(spans))
                self._directions = find_directions(self.tokens, words, numeric)
        return self._directions

    @property
    def entities(self) -> tuple[Entity, ...]:
        """The names the text states (not those it denies: "the court, not the SPP")."""
        if self._entities is None:
            self._entities = self._stated(find_entities(self.text, self.tokens, self._capitals))
        return self._entities

    @property
    def enumerations(self) -> tuple[Enumeration, ...]:
        if self._enumerations is None:
            self._enumerations = find_enumerations(self.tokens)
        return self._enumerations

    def around(self, first: int, last: int) -> dict[str, float]:
        """The context of tokens[first:last + 1] (see `lexer.context`)."""
        key = (first, last)
        found = self._contexts.get(key)
        if found is None:
            if self._keys is None:
                self._keys = [None] * len(self.tokens)
            found = self._contexts[key] = context(self.tokens, self._keys, first, last)
        return found

    def positions(self, key: str) -> tuple[int, ...]:
        """The indices of the content words whose stem (or the stem of one of whose hyphenated
        parts: "computer-animated") is `key`; a synonym phrase ("struck down" for "revoked")
        counts at its first word."""
        if self._stems is None:
            found: dict[str, list[int]] = {}
            lower = [t.lower for t in self.tokens]
            for index, token in enumerate(self.tokens):
                if is_predicate(token):
                    found.setdefault(concept(token.lower), []).append(index)
                    if "-" in token.lower:
                        for part in token.lower.split("-"):
                            found.setdefault(concept(part), []).append(index)
                    phrase = phrase_synonym(lower[index : index + PHRASE_REACH])
                    if phrase is not None and phrase[0] > 1 and _plain(phrase[1]):
                        found.setdefault(concept(phrase[1]), []).append(index)
            self._stems = {k: tuple(v) for k, v in found.items()}
        return self._stems.get(key, ())


def _plain(word: str) -> bool:
    """Whether a phrase's word is compared as a predicate alone: not a word of an opposite pair
    ("found guilty" is "convicted", which directions compare) nor a negation ("innocent")."""
    return word not in DIRECTION_WORDS and negated_form(word) is None


@lru_cache(maxsize=4096)
def analyse(text: str) -> Statement:
    """The statement `text`, read once."""
    return Statement(text)


def _indices(spans: Sequence[DateMention | Quantity]) -> Iterator[int]:
    for span in spans:
        yield from range(span.first, span.last + 1)
