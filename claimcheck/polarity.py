"""Negation and direction: which predicates a sentence negates ("does not report", "never
failed to pay", "innocent"), and which opposite-pair words it uses ("rose", "overturned")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexer import Kind, Token, index_phrases, is_content, phrase_at, stem
from claimcheck.lexicons.antonyms import DIRECTION_PAIRS, NEEDS_NUMBER
from claimcheck.lexicons.function_words import AUXILIARIES, IRREGULAR_VERBS, NEGATION_SKIP
from claimcheck.lexicons.negation import (
    CAPACITY_NOUNS,
    DENIAL_VERBS,
    NEGATED_FORMS,
    NEGATING_PREFIXES,
    NEGATING_VERBS,
    NEGATOR_PHRASES,
    NEGATORS,
    NOT_NEGATION,
    NOT_PREFIXED,
    NOUN_PHRASE_NEGATORS,
    PREFIXED_MIN_LENGTH,
)
from claimcheck.lexicons.number_words import CARDINALS, ORDINALS

_REACH = 5  # tokens between a negation and its predicate, at most
_NUMBER_WORDS = frozenset({*CARDINALS, *ORDINALS})
_DIRECTIONS: dict[str, list[tuple[int, int]]] = {}
for _pair, (_one, _other) in enumerate(DIRECTION_PAIRS):
    for _side, _words in enumerate((_one, _other)):
        for _word in _words:
            _DIRECTIONS.setdefault(_word, []).append((_pair, _side))


_NOT_NEGATION = index_phrases(NOT_NEGATION)
_LONGEST_NOT_NEGATION = max(len(phrase) for phrase in NOT_NEGATION)
_NEGATOR_PHRASES = index_phrases(NEGATOR_PHRASES)

DIRECTION_WORDS: frozenset[str] = frozenset(_DIRECTIONS)
CUE_WORDS: frozenset[str] = frozenset(
    {*NEGATORS, *NEGATING_VERBS, *DENIAL_VERBS, *NEGATED_FORMS}
    | {phrase[0] for phrase in NEGATOR_PHRASES}
)


@dataclass(frozen=True, slots=True)
class Predicate:
    """A predicate with its polarity: `stem` of its positive form, `negated`, the token `index`
    of its word and `text[start:end]` from the negation to the word ("does not report").
    `cued`: an explicit negation word is involved (else the word itself is a negation,
    "innocent")."""

    stem: str
    negated: bool
    cued: bool
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Direction:
    """A word of an opposite pair: which pair, which side, and its token index."""

    pair: int
    side: int
    index: int


def find_predicates(
    text: str, tokens: tuple[Token, ...], positions: Sequence[int]
) -> tuple[Predicate, ...]:
    """Every negated predicate, and every word that is a negation on its own ("innocent").
    `positions`: the indices of the tokens in CUE_WORDS, ascending."""
    found: list[Predicate] = []
    covered: set[int] = set()
    done = -1
    for index in positions:
        if index <= done or _not_negation(tokens, index):
            continue
        cue = _cue_length(tokens, index)
        predicate = _negated(text, tokens, index, cue) if cue else None
        if predicate is not None:
            found.append(predicate)
            covered.add(predicate.index)
            done = predicate.index
    for index in positions:
        token = tokens[index]
        base = negated_form(token.lower)
        if index not in covered and base is not None and not token.capitalised:
            found.append(
                Predicate(stem(base), True, False, index, token.start, token.end, token.text)
            )
    return tuple(sorted(found, key=lambda p: p.index))


def negated_form(word: str) -> str | None:
    """The word that `word` negates ("innocent" -> "guilty", "unpredictable" ->
    "predictable"), or None."""
    if word in NEGATED_FORMS:
        return NEGATED_FORMS[word]
    if len(word) >= PREFIXED_MIN_LENGTH and not word.startswith(NOT_PREFIXED):
        for prefix in NEGATING_PREFIXES:
            if word.startswith(prefix):
                return word[len(prefix) :]
    return None


def _not_negation(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether tokens[index] is inside a phrase that is not a negation ("not only", "whether or
    not")."""
    for back in range(_LONGEST_NOT_NEGATION):
        phrase = phrase_at(tokens, index - back, _NOT_NEGATION)
        if phrase is not None and len(phrase) > back:
            return True
    return False


def _cue_length(tokens: tuple[Token, ...], index: int) -> int:
    """The length of the negation cue at tokens[index], or 0."""
    phrase = phrase_at(tokens, index, _NEGATOR_PHRASES)
    if phrase is not None:
        return len(phrase)
    lower = tokens[index].lower
    if lower in NEGATORS:
        return 1
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if lower in NEGATING_VERBS and following == "to":
        return 2
    if lower in DENIAL_VERBS and (following in ("that", "having") or following.endswith("ing")):
        return 2 if following == "that" else 1
    return 0


def _negated(text: str, tokens: tuple[Token, ...], index: int, cue: int) -> Predicate | None:
    """The predicate a cue at tokens[index] negates: the first content word after it, through
    auxiliaries and further cues ("never failed to pay": two negations, so positive)."""
    count = 1
    position = index + cue
    if tokens[index].lower in NOUN_PHRASE_NEGATORS:
        verb = _verb_after_noun_phrase(tokens, position)
        if verb is None or (tokens[index].lower == "neither" and verb > position + 1):
            return None  # "neither the court nor ...": the "nor" finds the verb
        position = verb
    limit = position + _REACH
    while position < min(limit, len(tokens)):
        token = tokens[position]
        if token.kind is not Kind.WORD:
            return None
        more = _cue_length(tokens, position)
        if more and not _not_negation(tokens, position):
            count += 1
            position += more
            continue
        if token.lower in NEGATION_SKIP or token.lower.endswith("ly"):
            position += 1
            continue
        if not is_content(token) or token.capitalised or token.lower in _NUMBER_WORDS:
            return None  # "not all", "neither the UEFA", "not one": no predicate of its own
        word = token.lower
        if (
            word in CAPACITY_NOUNS
            and _next_is(tokens, position, "to")
            and position + 2 < len(tokens)
        ):
            position += 2  # "no authority to revoke": "revoke"
            token = tokens[position]
            word = token.lower
        base = negated_form(word)
        if base is not None:
            count += 1
            word = base
        begin = index - 1 if index > 0 and tokens[index - 1].lower in AUXILIARIES else index
        start = tokens[begin].start  # "does not report", "didn't report"
        return Predicate(
            stem(word), count % 2 == 1, True, position, start, token.end, text[start : token.end]
        )
    return None


def _verb_after_noun_phrase(tokens: tuple[Token, ...], position: int) -> int | None:
    """Where the verb is after "nor" or "neither": the next word if it is a verb ("neither
    confirmed nor denied"), else the verb after the noun phrase ("nor the procuratorate
    apologised"), or None."""
    start = position
    while position < len(tokens) and position < start + 5:
        token = tokens[position]
        if token.kind is not Kind.WORD:
            return None
        lower = token.lower
        if lower in AUXILIARIES or lower.endswith("ed") or lower in IRREGULAR_VERBS:
            return position
        position += 1
    return None


def find_directions(
    tokens: tuple[Token, ...], positions: Sequence[int], numeric: frozenset[int]
) -> tuple[Direction, ...]:
    """The words of opposite pairs at `positions` (the indices of tokens in DIRECTION_WORDS),
    except as parts of names, of numbers and dates (`numeric` holds their tokens: "more than 20"
    and "before 2013" are bounds, compared as numbers and dates) or right after a negation."""
    found: list[Direction] = []
    for index in positions:
        token = tokens[index]
        if index in numeric or (token.capitalised and index > 0):
            continue
        ahead = any(i in numeric for i in range(index + 1, index + 4))
        if token.lower in NEEDS_NUMBER and not (ahead or _next_is(tokens, index, "by")):
            continue
        if index > 0 and tokens[index - 1].lower in NEGATORS:
            continue
        found.extend(Direction(pair, side, index) for pair, side in _DIRECTIONS[token.lower])
    return tuple(found)


def _next_is(tokens: tuple[Token, ...], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


def occurrences(
    tokens: tuple[Token, ...],
    predicates: tuple[Predicate, ...],
    positions: tuple[int, ...],
    key: str,
) -> list[Predicate]:
    """Every place a text states the predicate `key`: its negated (or doubly negated) predicates,
    and its plain words at `positions` (the tokens whose stem is `key`), which affirm it."""
    covered = {p.index for p in predicates}
    found = [p for p in predicates if p.stem == key]
    for index in positions:
        if index not in covered:
            token = tokens[index]
            found.append(Predicate(key, False, False, index, token.start, token.end, token.text))
    return found
