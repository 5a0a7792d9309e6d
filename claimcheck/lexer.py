"""Split a sentence into word, number and symbol tokens with offsets, for fact extraction.

Also a light stemmer (`stem`, `singular`), matching of lexicon phrases against tokens
(`phrase_at`, `phrase_before`), and the context of a span (the content words near it, weighted by
distance), which is how a number in a draft finds its counterpart in a source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from claimcheck.lexicons.function_words import (
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    IRREGULAR_VERBS,
)


class Kind(Enum):
    WORD = "word"
    NUMBER = "number"
    SYMBOL = "symbol"
    PUNCT = "punct"


class Token(NamedTuple):
    """One token: its text as written, lowercased, its [start, end) offsets in the text, its
    kind, and whether it is a capitalised word. (A NamedTuple: sentences make many of these.)"""

    text: str
    lower: str
    start: int
    end: int
    kind: Kind
    capitalised: bool


_TOKEN = re.compile(
    r"""
      ( [^\W\d_]\.(?:[^\W\d_]\.)+                                 # U.S., a.m.
      | [^\W\d_]+(?:[-’'][^\W\d_]+)*(?:[’']s\b|(?<=s)[’'](?!\w))?  # twenty-two, People's
      )
    | ( \d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?                         # 230,000 and 1,232.5
      | \d{1,3}(?:[\u00a0\u202f\ ]\d{3}(?![\d,.]))+                 # 1 232 (space-grouped)
      | \d+(?:\.\d+)?                                             # 511, 99.92
      )
    | ([$€£¥₹%+/°–—−-])                                           # symbols
    | [^\s\w]                                                    # punctuation
    """,
    re.VERBOSE,
)
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-"})
_SEPARATORS = str.maketrans({",": None, " ": None, "\u00a0": None, "\u202f": None})
_KINDS = (Kind.PUNCT, Kind.WORD, Kind.NUMBER, Kind.SYMBOL)
_WORD, _NUMBER = Kind.WORD, Kind.NUMBER


def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of `text`. In `lower`, apostrophes are folded to ', dashes to "-", and the
    separators of numbers are dropped ("230,000" -> "230000"). "didn't" is "did" and "n't"."""
    lowered = text.lower().replace("’", "'").translate(_DASHES)
    same = len(lowered) == len(text)  # a few characters change length when lowercased
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # Token(...) without NamedTuple's Python-level __new__
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        raw = match.group()
        lower = lowered[start:end] if same else raw.lower().replace("’", "'").translate(_DASHES)
        group = match.lastindex or 0
        if group == 1:
            if "'" in lower and lower.endswith("n't") and len(lower) > 3:
                append(new(Token, (raw[:-3], lower[:-3], start, end - 3, _WORD, raw[0].isupper())))
                append(new(Token, (raw[-3:], "n't", end - 3, end, _WORD, False)))
            else:
                append(new(Token, (raw, lower, start, end, _WORD, raw[0].isupper())))
        elif group == 2:
            append(new(Token, (raw, lower.translate(_SEPARATORS), start, end, _NUMBER, False)))
        else:
            append(new(Token, (raw, lower, start, end, _KINDS[group], False)))
    return tuple(tokens)


def adjacent(left: Token, right: Token) -> bool:
    """Whether two tokens touch, with no space between them ("$2bn", "22nd")."""
    return left.end == right.start


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The singular of a lowercase noun, by rule: "agencies" -> "agency", "cases" -> "case"."""
    word = base_form(word)
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_DOUBLE_CONSONANT = re.compile(r"([bdfgkmnprtvz])\1$")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude stem of a lowercase word, equal for the forms of one word that matter here:
    "reports", "reported", "reporting" -> "report"; "released", "release" -> "releas"."""
    word = base_form(word)
    if word in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[word]
    word = singular(word)
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if _DOUBLE_CONSONANT.search(word):
                word = word[:-1]
            break
    if word.endswith("ie") and len(word) > 4:
        word = word[:-2] + "y"
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def base_form(word: str) -> str:
    """A word without a possessive ending: "china's" -> "china", "prosecutors'" -> "prosecutors"."""
    if word.endswith("'s"):
        return word[:-2]
    if word.endswith("'"):
        return word[:-1]
    return word


def is_content(token: Token) -> bool:
    """Whether a token is a content word (not a function word, number or symbol)."""
    return token.kind is Kind.WORD and len(token.lower) > 1 and token.lower not in FUNCTION_WORDS


_DAMPERS = frozenset(";()[]")
KEY_LENGTH = 6  # context keys are stems cut to this length: "produced" and "production" meet


def context_key(tokens: tuple[Token, ...], index: int) -> str:
    """What tokens[index] adds to a context: its stem (cut to KEY_LENGTH) for a content word,
    "#29" for a number, "|" where a clause ends (";", "(", or a comma before "and", "but",
    "which"...), "" for anything else."""
    token = tokens[index]
    if token.kind is Kind.NUMBER:
        return "#" + token.lower
    if is_content(token):
        return stem(token.lower)[:KEY_LENGTH]
    if token.lower in _DAMPERS:
        return "|"
    if token.lower == "," and index + 1 < len(tokens) and tokens[index + 1].lower in CLAUSE_WORDS:
        return "|"
    return ""


def context(
    tokens: tuple[Token, ...], keys: list[str | None], first: int, last: int, window: int = 8
) -> dict[str, float]:
    """The content words (by stem) and numbers ("#29") within `window` tokens of
    tokens[first:last + 1], each weighted by closeness (1 next to the span, falling with
    distance). Where a clause ends (see `context_key`), the weight of what lies beyond halves.
    `keys` caches each token's `context_key` (None: not computed yet) and is filled in."""
    weights: dict[str, float] = {}
    for step, start in ((-1, first - 1), (1, last + 1)):
        damp = 1.0
        index = start
        for distance in range(1, window + 1):
            if not 0 <= index < len(tokens):
                break
            key = keys[index]
            if key is None:
                key = keys[index] = context_key(tokens, index)
            if key == "|":
                damp *= 0.5
            elif key:
                weight = damp / distance
                if weight > weights.get(key, 0.0):
                    weights[key] = weight
            index += step
    return weights


def overlap(left: dict[str, float], right: dict[str, float]) -> float:
    """How much two contexts share: the sum, over shared stems, of the product of weights."""
    if len(left) > len(right):
        left, right = right, left
    return sum(weight * right[key] for key, weight in left.items() if key in right)


Phrase = tuple[str, ...]
PhraseIndex = dict[str, tuple[Phrase, ...]]


def index_phrases(phrases: Iterable[Phrase], *, by_last: bool = False) -> PhraseIndex:
    """Phrases grouped by their first word (or last, `by_last`), longest first, for fast
    matching with `phrase_at` and `phrase_before`."""
    grouped: dict[str, list[Phrase]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        grouped.setdefault(phrase[-1] if by_last else phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in grouped.items()}


def phrase_at(tokens: tuple[Token, ...], start: int, index: PhraseIndex) -> Phrase | None:
    """The longest phrase of `index` (grouped by first word) that starts at tokens[start]."""
    if not 0 <= start < len(tokens):
        return None
    for phrase in index.get(tokens[start].lower, ()):
        end = start + len(phrase)
        if end <= len(tokens) and all(
            tokens[start + k].lower == word for k, word in enumerate(phrase)
        ):
            return phrase
    return None


def phrase_before(tokens: tuple[Token, ...], end: int, index: PhraseIndex) -> Phrase | None:
    """The longest phrase of `index` (grouped by last word) that ends just before tokens[end]."""
    if not 0 < end <= len(tokens):
        return None
    for phrase in index.get(tokens[end - 1].lower, ()):
        start = end - len(phrase)
        if start >= 0 and all(tokens[start + k].lower == word for k, word in enumerate(phrase)):
            return phrase
    return None
