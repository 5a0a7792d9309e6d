"""Text to content terms for claim retrieval: lowercase, no punctuation, no stopwords, stemmed.

`terms("Thirty-nine U.S. hospitals were closing in 2020")` is `("39", "us", "hospit", "clos",
"2020")`: number words become digits, dotted acronyms are joined, URLs are dropped, camel-case
hashtags are split, and each remaining word is reduced to a stem by the light suffix rules in
`claimcheck.lexicons.retrieval`. Number terms start with a digit (`is_number`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claimcheck.lexicons.number_words import CARDINALS, MULTIPLIERS
from claimcheck.lexicons.retrieval import (
    DERIVATIONS,
    DOUBLE_KEPT,
    INFLECTIONS,
    IRREGULAR,
    KEEP_FINAL_S,
    LY_BEFORE,
    RESIDUAL_MIN_STEM,
    RESIDUALS,
    RESTORE_E,
    STOPWORDS,
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\w+", re.IGNORECASE)
_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_ACRONYM_HINT = re.compile(r"\w\.\w\.")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)(?:st|nd|rd|th)?|([^\W\d_]+(?:'[^\W\d_]+)*)")
_VOWELS = frozenset("aeiouy")


def terms(text: str) -> tuple[str, ...]:
    """The content terms of `text`, in order, repeats kept."""
    out: list[str] = []
    pending: list[str] = []  # a run of number words, turned into one number term
    for number, word in _TOKEN.findall(_prepare(text)):
        if word and (word in CARDINALS or word in MULTIPLIERS):
            pending.append(word)
            continue
        if pending:
            out.extend(_number_words(pending))
            pending = []
        if number:
            out.append(_number(number))
        elif word not in STOPWORDS:
            out.append(stem(word))
    if pending:
        out.extend(_number_words(pending))
    return tuple(out)


def is_number(term: str) -> bool:
    """Whether a term (from `terms`) is a number."""
    return term[:1].isdigit()


def _prepare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if "://" in text or "www." in text or "pic.twitter" in text:
        text = _URL.sub(" ", text)
    if _ACRONYM_HINT.search(text):
        text = _ACRONYM.sub(lambda m: m.group().replace(".", "") + " ", text)
    return _CAMEL.sub(" ", text).casefold()


def _number(digits: str) -> str:
    return digits.replace(",", "")


def _number_words(words: list[str]) -> list[str]:
    """Digits for a run of number words: "thirty nine" is 39, "one two" is 1 and 2."""
    values: list[int] = []
    current = 0
    for word in words:
        if word in MULTIPLIERS:
            current = max(current, 1) * MULTIPLIERS[word]
            continue
        value = CARDINALS[word]
        tens = current % 100 >= 20 and current % 10 == 0
        if current and not (value < 10 and tens) and not (value < 100 and current % 100 == 0):
            values.append(current)
            current = 0
        current += value
    values.append(current)
    return [str(value) for value in values]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a lowercase word: one key for its inflected and derived forms."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    word = word.replace("'s", "").replace("'", "") if "'" in word else word
    if len(word) <= 3:
        return word
    word = _inflection(word)
    word = _derivation(word)
    if word.endswith("y") and len(word) > 3 and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


def _inflection(word: str) -> str:
    if word.endswith("ly") and len(word) >= 6 and word[-3] in LY_BEFORE:
        word = word[:-2]
    for suffix, replacement, min_stem in INFLECTIONS:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if suffix == "s" and word.endswith(KEEP_FINAL_S):
            return word
        if len(base) < min_stem or not _has_vowel(base):
            continue
        if suffix in ("ed", "ing"):
            return _restore(base)
        return base + replacement
    return word


def _restore(base: str) -> str:
    """Undo the spelling changes of -ed/-ing: "stopp" -> "stop", "vaccinat" -> "vaccinate"."""
    if base.endswith(RESTORE_E):
        return base + "e"
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in DOUBLE_KEPT:
        return base if base[-1] in _VOWELS else base[:-1]
    return base


def _derivation(word: str) -> str:
    for suffix, replacement in DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= RESIDUAL_MIN_STEM - 1:
            word = word[: -len(suffix)] + replacement
            break
    for suffix in RESIDUALS:
        if word.endswith(suffix) and len(word) - len(suffix) >= RESIDUAL_MIN_STEM:
            return word[: -len(suffix)]
    return word
