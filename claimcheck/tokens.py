"""Text to content terms for claim retrieval: lowercase, no punctuation, no stopwords, stemmed.

`terms("Thirty-nine U.S. hospitals were closing in 2020")` is `("39", "usa", "hospit", "clos",
"2020")`. Step by step:

1. Words and numbers are read; URLs are dropped, dotted acronyms joined ("U.S." and "US" read as
   "usa") and camel-case hashtags split.
2. Runs of number words become digits ("thirty-nine" is 39) and a scale word after a number
   multiplies it ("1.232 million" is 1232000, like "1,232,000"); so does a plural span of years,
   which then reads as years ("three decades" is "30 years").
3. Phrases of `claimcheck.lexicons.synonyms.PHRASES` are replaced ("behind bars" is "jailed"),
   and so are those of `BEFORE_NUMBER` before a number ("up 5%" is "rose 5%"); a bound before a
   number is dropped ("less than 400" is 400: the fact comparison reads bounds).
4. Stopwords are dropped, each word of a `WORD_GROUPS` group becomes the group's key ("freed" is
   "release") and each word is reduced to a stem by the light suffix rules in
   `claimcheck.lexicons.retrieval`.

Number terms start with a digit (`is_number`); `slot` tells which terms can stand in for one
another as the changed fact of a statement (numbers, years, months, directions).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from claimcheck.lexicons.antonyms import SPLIT_GAP, SPLITTABLE
from claimcheck.lexicons.bounds import BEFORE as BOUNDS_BEFORE
from claimcheck.lexicons.number_words import CARDINALS, MULTIPLIERS, SCALES, YEAR_SPANS
from claimcheck.lexicons.retrieval import (
    DERIVATIONS,
    DOUBLE_KEPT,
    INFLECTIONS,
    IRREGULAR,
    KEEP_FINAL_S,
    LY_BEFORE,
    OPEN_EXISTENTIALS,
    OPEN_NOUNS,
    OPEN_PRONOUNS,
    RESIDUAL_MIN_STEM,
    RESIDUALS,
    RESTORE_E,
    STOPWORDS,
)
from claimcheck.lexicons.synonyms import BEFORE_NUMBER, PHRASES, SLOT_GROUPS, WORD_GROUPS

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\w+", re.IGNORECASE)
_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_ACRONYM_HINT = re.compile(r"\w\.\w\.")
_USA = re.compile(r"\bUSA?\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)(?:st|nd|rd|th)?|([^\W\d_]+(?:'[^\W\d_]+)*)")
_VOWELS = frozenset("aeiouy")
_CAPITALISED = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]*|^[A-Z][\w'’-]*(?=\s+[A-Z])", re.MULTILINE
)
_EXISTENTIALS = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in OPEN_EXISTENTIALS)
_OPEN = re.compile(
    rf"^\W*(?:{'|'.join(sorted(OPEN_PRONOUNS))})\b"
    rf"|\bthe\s+(?:{'|'.join(sorted(OPEN_NOUNS))})\b"
    rf"|\b(?:{_EXISTENTIALS})\b",
    re.IGNORECASE,
)
_YEARS = (1000, 2100)  # a four-digit whole number in this range is a year

Item = tuple[bool, str]  # (is a number, text): a word or a number before stopwords and stems


def terms(text: str) -> tuple[str, ...]:
    """The content terms of `text`, in order, repeats kept."""
    return _terms(_replace_phrases(_numbers(_read(text))))


def terms_and_bounds(text: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """`terms(text)`, and the number terms of `text` that a bound phrase comes before, with the
    bound's kind (`claimcheck.lexicons.bounds`): "more than 150 cases" -> {"150": "above"}.
    The text is read once."""
    items = _numbers(_read(text))
    return _terms(_replace_phrases(items)), _bounds(items)


def _terms(items: list[Item]) -> tuple[str, ...]:
    return tuple(found for number, value in items if (found := value if number else _term(value)))


@lru_cache(maxsize=65536)
def _term(word: str) -> str:
    """A word's term, or "" for a stopword."""
    return "" if word in STOPWORDS else stem(_SYNONYMS.get(word, word))


def synonym(word: str) -> str:
    """The key word of the synonym group (`WORD_GROUPS`) of a lowercase word ("freed" ->
    "release"), or the word itself."""
    return _SYNONYMS.get(word, word)


def phrase_synonym(words: Sequence[str]) -> tuple[int, str] | None:
    """The synonym phrase (`PHRASES`) that lowercase `words` start with: its length in words and
    the first word of the text it stands for (["set", "up", "in"] -> (2, "established")), or
    None (also for a phrase that stands for no word)."""
    items: list[Item] = [(False, word) for word in words[:_LONGEST_PHRASE]]
    if not items or _key(items[0]) not in _PHRASES:
        return None
    found = _phrase_at(items, 0)
    if found is None:
        return None
    length, replacement = found
    stands_for = [value for number, value in replacement if not number]
    return (length, stands_for[0]) if stands_for else None


def _bounds(items: list[Item]) -> dict[str, str]:
    """The bounded numbers of a text read into items (numbers folded, phrases not yet
    replaced), as `terms_and_bounds` gives them."""
    found: dict[str, str] = {}
    for i, (number, value) in enumerate(items):
        if not number:
            continue
        for length in range(min(i, _LONGEST_BOUND), 0, -1):
            words = items[i - length : i]
            kind = _BOUND_KINDS.get(tuple(w for _, w in words))
            if kind is not None and not any(n for n, _ in words):
                found[value] = kind
                break
    return found


def names(text: str) -> frozenset[str]:
    """The terms of the capitalised words of `text` (names, mostly); a sentence's first word
    only when the next word is capitalised too ("Hakeem Nicks", not "Based on")."""
    return frozenset(t for word in _CAPITALISED.findall(text) for t in terms(word))


def leaves_subject_open(text: str) -> bool:
    """Whether a text leaves its subject to the reader: it opens with a pronoun ("It holds"),
    refers to "the film" (`OPEN_NOUNS`) or says "there were" (see
    `claimcheck.lexicons.retrieval`)."""
    return _OPEN.search(text) is not None


def is_number(term: str) -> bool:
    """Whether a term (from `terms`) is a number."""
    return term[:1].isdigit()


@lru_cache(maxsize=65536)
def slot(term: str) -> str | None:
    """The kind of fact a term states, for terms that can stand in for one another when a
    sentence changes a fact of its claim: "year", "number", a slot group of
    `claimcheck.lexicons.synonyms.SLOT_GROUPS` ("slot0", ...), or None."""
    if is_number(term):
        year = term.isdigit() and len(term) == 4 and _YEARS[0] <= int(term) <= _YEARS[1]
        return "year" if year else "number"
    return _SLOTS.get(term)


def _read(text: str) -> list[Item]:
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if "://" in text or "www." in text or "pic.twitter" in text:
        text = _URL.sub(" ", text)
    if _ACRONYM_HINT.search(text):
        text = _ACRONYM.sub(lambda m: m.group().replace(".", "") + " ", text)
    if "US" in text:
        text = _USA.sub("usa", text)
    text = _CAMEL.sub(" ", text).casefold()
    return [(True, number) if number else (False, word) for number, word in _TOKEN.findall(text)]


def _numbers(items: list[Item]) -> list[Item]:
    """Number words to digits, a scale word after a number folded into it, and a plural span of
    years after a number read as years ("three decades" is 30 years)."""
    out: list[Item] = []
    pending: list[str] = []  # a run of number words, turned into one number term
    for number, value in items:
        if not number and (value in CARDINALS or value in MULTIPLIERS):
            pending.append(value)
            continue
        if pending:
            out.extend((True, digits) for digits in _number_words(pending))
            pending = []
        if not number and value in SCALES and out and out[-1][0]:
            out[-1] = (True, _scaled(out[-1][1], SCALES[value]))
        elif not number and value in YEAR_SPANS and out and out[-1][0]:
            out[-1] = (True, _scaled(out[-1][1], YEAR_SPANS[value]))
            out.append((False, "years"))
        elif number:
            out.append((True, _number(value)))
        else:
            out.append((False, value))
    if pending:
        out.extend((True, digits) for digits in _number_words(pending))
    return out


def _number(digits: str) -> str:
    """A number's canonical text: no thousands separators, no trailing decimal zeros."""
    digits = digits.replace(",", "")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".") or "0"
    return digits


def _scaled(digits: str, scale: float) -> str:
    try:
        value = Decimal(digits) * Decimal(int(scale))
    except InvalidOperation:
        return digits
    return _number(format(value, "f"))


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


def _replace_phrases(items: list[Item]) -> list[Item]:
    """Replace synonym phrases (compared by stem) and drop bound phrases before a number."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        found = _phrase_at(items, i) if _key(items[i]) in _PHRASES else None
        if found is None and items[i][1] in _SPLITTABLE:
            split = _split_phrase_at(items, i)
            if split is not None:
                gap, length, replacement = split
                out.extend(replacement)
                out.extend(items[i + 1 : i + 1 + gap])  # the object: "found [him] guilty"
                i += gap + length
                continue
        if found is None:
            out.append(items[i])
            i += 1
            continue
        length, replacement = found
        out.extend(replacement)
        i += length
    return out


def _split_phrase_at(items: list[Item], i: int) -> tuple[int, int, tuple[Item, ...]] | None:
    """A phrase whose verb at item i takes its object before the rest ("found 1.2 million
    people guilty"; see `claimcheck.lexicons.antonyms.SPLITTABLE`): the object's length, the
    phrase's and what replaces the phrase. The object is at most `SPLIT_GAP` items, without
    "and"."""
    for gap in range(1, SPLIT_GAP + 1):
        if i + gap >= len(items) or items[i + gap] == (False, "and"):
            return None
        joined = [items[i], *items[i + gap + 1 : i + gap + _LONGEST_PHRASE]]
        found = _phrase_at(joined, 0)
        if found is not None and found[0] > 1:
            return gap, found[0], found[1]
    return None


def _phrase_at(items: list[Item], i: int) -> tuple[int, tuple[Item, ...]] | None:
    """The longest phrase starting at item i: its length in items and what replaces it."""
    for length, key, replacement, before_number in _PHRASES[_key(items[i])]:
        window = items[i : i + length]
        if len(window) == length and all(
            _key(item) == want for item, want in zip(window, key, strict=True)
        ):
            if before_number and not (i + length < len(items) and items[i + length][0]):
                continue
            return length, replacement
    return None


def _key(item: Item) -> str:
    """What a phrase compares: a number, or a word's stem."""
    return item[1] if item[0] else stem(item[1])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a lowercase word: one key for its inflected and derived forms."""
    if "'" in word:
        word = word.replace("'s", "").replace("'", "")
    if word in IRREGULAR:
        return IRREGULAR[word]
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


def _inflected(word: str) -> set[str]:
    """A word and its regular inflections (over-generating is harmless: the forms are only
    looked up)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) > 2 and word[-1] not in _VOWELS and word[-2] in _VOWELS:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _synonyms() -> dict[str, str]:
    found: dict[str, str] = {}
    for key, *words in WORD_GROUPS:
        for word in (key, *words):
            for form in sorted(_inflected(word)):
                found.setdefault(form, key)
    return found


_Phrase = tuple[int, tuple[str, ...], tuple[Item, ...], bool]  # length, key, replacement, ...


def _phrases() -> dict[str, list[_Phrase]]:
    """Phrases by the key of their first word, longest first: synonym phrases, phrases that
    read differently before a number ("up 5%" is "rose 5%"), and bounds (dropped before a
    number)."""
    entries = [(phrase, text, False) for phrase, text in PHRASES.items()]
    entries += [(phrase, text, True) for phrase, text in BEFORE_NUMBER.items()]
    entries += [
        (" ".join(words), "", True) for words in BOUNDS_BEFORE if all(map(str.isalpha, words))
    ]
    table: dict[str, list[_Phrase]] = {}
    for phrase, text, before_number in entries:
        key = tuple(_key(item) for item in _numbers(_read(phrase)))
        replacement = tuple(_numbers(_read(text)))
        table.setdefault(key[0], []).append((len(key), key, replacement, before_number))
    for found in table.values():
        found.sort(key=lambda entry: -entry[0])
    return table


_BOUND_KINDS = dict(BOUNDS_BEFORE)
_LONGEST_BOUND = max(len(words) for words in BOUNDS_BEFORE)
_SYNONYMS = _synonyms()
_PHRASES = _phrases()
_LONGEST_PHRASE = max(entry[0] for entries in _PHRASES.values() for entry in entries)
# verbs of a phrase that may take their object inside it ("found him guilty")
_SPLITTABLE = frozenset(w for w in SPLITTABLE if stem(w) in _PHRASES)
_SLOTS = {
    stem(_SYNONYMS.get(word, word)): f"slot{i}"
    for i, group in enumerate(SLOT_GROUPS)
    for word in group
}
