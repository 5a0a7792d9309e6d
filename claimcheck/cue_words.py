"""Cue words in a sentence: the lookups that `claimcheck.checkworthy` builds its rules from.

`View` holds a sentence's text, a lower-cased copy with straight apostrophes (same offsets), its
words and the head of its main clause (after openers such as "well", names addressed and framing
phrases such as "let me say"). The functions below each answer one question about a View: does it
state a number or a date (`hard_fact`), report an event or attribute a statement (`event`), name
someone doing something (`actor`), pass a judgement (`judgements`), carry a verb (`has_verb`)?
The words come from `claimcheck.lexicons.checkworthiness`; `phrase_index` and `any_of` turn its
lists into word tables and regular expressions once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.lexicons import checkworthiness as lex

__all__ = [
    "ADVERBS",
    "END",
    "NOT_CLAUSE",
    "WORD",
    "PhraseIndex",
    "View",
    "actor",
    "any_of",
    "event",
    "figure",
    "hard_fact",
    "has_verb",
    "inflections",
    "judgements",
    "named",
    "phrase_index",
]

# key word -> (phrase as words, position of the key word in the phrase), longest phrases first
PhraseIndex = dict[str, tuple[tuple[tuple[str, ...], int], ...]]
WORD = re.compile(r"[\w']+")
END = r"(?![\w'])"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00a0": " "})
_ODD_CHARACTERS = re.compile("[\u2019\u2018`\u00a0]")


def any_of(phrases: tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, with flexible whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def phrase_index(phrases: tuple[str, ...]) -> PhraseIndex:
    """A table for finding phrases among words, keyed by each phrase's longest (rarest) word."""
    table: dict[str, set[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        words = tuple(WORD.findall(phrase.lower()))
        if words:
            key = max(words, key=len)
            table.setdefault(key, set()).add((words, words.index(key)))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in table.items()}


def inflections(bases: tuple[str, ...]) -> tuple[str, ...]:
    """Bases with their regular third-person and past forms: ban -> bans, baned (close enough)."""
    forms = [re.sub(r"([^aeiou])y$", r"\1ie", b) for b in bases]  # cry -> crie(s), crie(d)
    return (
        *bases,
        *(f + ("es" if f.endswith(("s", "sh", "ch", "x", "z")) else "s") for f in forms),
        *(f + ("d" if f.endswith("e") else "ed") for f in forms),
    )


# The head of the main clause (regular expressions matched on the lower-cased text at a position).
ADVERBS = rf"(?:\s+(?:{any_of(lex.HEDGE_ADVERBS)}|[a-z]+ly){END})*"
NOT_CLAUSE = rf"(?!{any_of(lex.CLAUSE_WORDS)}{END})"
_LEAD_NOISE = re.compile(r"(?:[\s\"'()*,.;:!\u201c\u201d-]|\[[^\]]*\])+")
_OPENER = re.compile(rf"{any_of(lex.OPENERS)}{END}[\s,;:.!-]*")
_VOCATIVE = re.compile(
    rf"(?:(?i:{any_of(lex.TITLES)})\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}},\s+"
)
_STUTTER = re.compile(r"([\w']+)\s*(?:-+|,|\.\.\.)\s*(?=\1(?![\w']))")
_FRAME = re.compile(
    rf"(?:{any_of(lex.FRAMES)}|{any_of(lex.FRAME_SUBJECTS)}{ADVERBS}"
    rf"(?:\s*{any_of(lex.FRAME_MODALS)})?{ADVERBS}\s+{any_of(lex.FRAME_VERBS)}){END}{ADVERBS}"
    rf"(?:\s+(?:this to you|you this|this){END})?[\s,:;-]*(?:that{END})?"
)
_HEAD_SKIPS: tuple[tuple[re.Pattern[str], bool], ...] = (  # (pattern, matched on cased text)
    (_LEAD_NOISE, True),
    (_OPENER, False),
    (_VOCATIVE, True),  # a name or title followed by a comma
    (_STUTTER, False),
    (_FRAME, False),
)
_INTRO = re.compile(
    rf"(?:{any_of(lex.SUBORDINATORS)}\s+[^,;:]{{1,120}}?|(?:{NOT_CLAUSE}[\w'-]+\s+){{0,5}}"
    rf"{NOT_CLAUSE}[\w'-]+)\s*,\s+"
)
_INTRO_TRIES = 3  # how many introductory phrases to look past for the main clause


class View:
    """A sentence's text, its lower-cased copy and its words; offsets and head found on demand."""

    __slots__ = ("_ends", "_head", "_starts", "lower", "original", "text", "words")

    def __init__(self, text: str) -> None:
        self.original = text  # for quoting cues; `text` has straight apostrophes, same offsets
        self.text = text.translate(_APOSTROPHES) if _ODD_CHARACTERS.search(text) else text
        lower = self.text.lower()
        if len(lower) != len(self.text):  # keep offsets aligned ("\u0130".lower() is 2 long)
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
        self.lower = lower
        self.words: list[str] = WORD.findall(self.lower)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._head: tuple[int, bool] | None = None

    @property
    def starts(self) -> list[int]:
        """Where each word starts in the text."""
        if not self._starts and self.words:
            spans = [found.span() for found in WORD.finditer(self.lower)]
            self._starts = [start for start, _ in spans]
            self._ends = [end for _, end in spans]
        return self._starts

    @property
    def head(self) -> tuple[int, bool]:
        """Where the main clause starts, and whether a framing phrase came before it."""
        if self._head is None:
            self._head = self.clause_head(0)
        return self._head

    def clause_head(self, pos: int) -> tuple[int, bool]:
        """Where the clause starting at `pos` has its subject, after openers, names addressed and
        framing phrases; and whether a framing phrase ("let me say") was passed over."""
        framed = False
        while True:
            start = pos
            for pattern, cased in _HEAD_SKIPS:
                found = pattern.match(self.text if cased else self.lower, pos)
                if found and not (pattern is _VOCATIVE and self.text.startswith("I", pos)):
                    pos = found.end()
                    framed = framed or pattern is _FRAME
            if pos == start:
                return pos, framed

    def heads(self) -> Iterator[int]:
        """Where the main clause may start: its head, then past each of a few introductory
        phrases ("If we act now, ...")."""
        head = self.head[0]
        for _ in range(_INTRO_TRIES):
            yield head
            intro = _INTRO.match(self.lower, head)
            if intro is None:
                return
            head = self.clause_head(intro.end())[0]

    def first_word_at(self, pos: int) -> int:
        """The index of the first word that starts at or after character `pos`."""
        if pos == 0:
            return 0
        return next((i for i, start in enumerate(self.starts) if start >= pos), len(self.words))

    def find_all(self, index: PhraseIndex, first: int = 0) -> list[tuple[int, int]]:
        """Every phrase of `index` that starts at or after word `first`, as word ranges [i, j)."""
        words = self.words
        if index.keys().isdisjoint(words):
            return []
        found: list[tuple[int, int]] = []
        for i, word in enumerate(words):
            for phrase, offset in index.get(word, ()):
                start = i - offset
                end = start + len(phrase)
                if start >= first and (end - start == 1 or tuple(words[start:end]) == phrase):
                    found.append((start, end))
                    break
        return sorted(found)

    def find(self, index: PhraseIndex, first: int = 0) -> tuple[int, int] | None:
        """The first phrase of `index` at or after word `first`, as a word range [i, j)."""
        found = self.find_all(index, first)
        return found[0] if found else None

    def span(self, words: tuple[int, int]) -> tuple[int, int]:
        """The character span of a word range."""
        return self.starts[words[0]], self._ends[words[1] - 1]

    def cue(self, words: tuple[int, int]) -> str:
        """The words of a word range, as written in the sentence."""
        start, end = self.span(words)
        return self.original[start:end]


# Facts: numbers, dates and dated time phrases.
_ENUMERATOR = re.compile(rf"\W*(?:(?i:{any_of(lex.ENUMERATOR_WORDS)})\s+)?\(?\d{{1,2}}[.):,]\s")
_DIGIT = re.compile(r"\d")
_LY_ADVERB = re.compile(r"\w{3,}ly$")  # an adverb between a linking verb and a participle
_NUMBERS_AND_TIMES = phrase_index(lex.NUMBER_WORDS + lex.TIME_PHRASES)
_NUMBER_WORDS = phrase_index(lex.NUMBER_WORDS)
_MONTH = re.compile(rf"(?<![\w']){any_of(lex.MONTHS + lex.WEEKDAYS)}{END}")
_MONTHS_LOWER = frozenset(m.lower() for m in lex.MONTHS + lex.WEEKDAYS)
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_FULL_DATE = re.compile(
    rf"(?<![\w']){any_of(lex.MONTHS)}\.?\s+\d{{1,4}}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}\s+{any_of(lex.MONTHS)}{END}"
)
_TIME_PREPOSITIONS = frozenset(lex.TIME_PREPOSITIONS)
_TIMELINE = re.compile(r"\s*[:\u2013\u2014-]")
# Events, attributions and the people and bodies that act.
_REPORTING = phrase_index(lex.REPORTING_PHRASES)
_REFERENCES = frozenset(lex.REPORTING_REFERENCES)
_DETERMINERS = frozenset(lex.DETERMINERS)
_IRREGULAR_EVENTS = frozenset(lex.IRREGULAR_EVENT_VERBS)
_NON_EVENTS = frozenset(lex.NON_EVENT_VERBS)
_ADJECTIVE_SLOTS = frozenset(lex.ADJECTIVE_SLOTS)
_NAME = re.compile(r"(?<![\w'.])[A-Z][\w']*")
_TRAILING_VOCATIVE = re.compile(rf",\s+(?i:{any_of(lex.TITLES)}\s+)?[A-Z][\w'-]*[\s.!]*$")
_NOT_NAMES = frozenset(lex.NOT_NAMES)
_INSTITUTIONS = phrase_index(lex.INSTITUTION_WORDS)
_ACTIONS = (
    frozenset(lex.ACTOR_VERBS + lex.FINITE_VERBS + inflections(lex.HEADLINE_VERBS))
    | frozenset(lex.HEADLINE_IRREGULAR)
) - frozenset(lex.COPULAS)
# Verbs and judgements.
_FINITE = frozenset(lex.FINITE_VERBS)
_CONTRACTION = re.compile(r"'(?:s|re|m|ve|d|ll)$|n't$")  # "it's", "we're", "don't": a verb
_EVALUATIVE = phrase_index(lex.EVALUATIVE_WORDS)
_NON_EVALUATIVE = phrase_index(lex.NON_EVALUATIVE_PHRASES)
_RECORD_SCOPES = phrase_index(lex.RECORD_SCOPES)
_RANKINGS = frozenset(lex.RANKING_JUDGEMENTS)


def _after_enumerator(view: View) -> int:
    """Where the text starts after a list number such as "Number 2," or "Part 2:"."""
    enumerator = _ENUMERATOR.match(view.text)
    return enumerator.end() if enumerator else 0


def hard_fact(view: View) -> bool:
    """A number, a date or a dated time phrase (a list number such as "Number 2," is none)."""
    start = _after_enumerator(view)
    if _DIGIT.search(view.text, start):
        return True
    if view.find(_NUMBERS_AND_TIMES, view.first_word_at(start)):
        return True
    if _MONTHS_LOWER.isdisjoint(view.words):
        return False
    for month in _MONTH.finditer(view.text, start):  # capitalised: "in May", not "may"
        if month.group() != "May" or view.text[: month.start()].strip(" \"'("):
            return True  # a sentence that opens with "May" asks ("May I ...")
    return False


def figure(view: View) -> tuple[tuple[int, int] | None, str]:
    """The span of the first number or full date that states a fact, and the first year that
    only labels the text. A year dates an event after a time preposition ("freed in 2019") or
    at the head of a timeline entry ("2019: Zhang freed"); otherwise it is a label ("2023 in
    review")."""
    start = _after_enumerator(view)
    date = _FULL_DATE.search(view.text, start)
    if date:
        return date.span(), ""
    label = ""
    for number in _NUMERAL.finditer(view.text, start):
        index = view.first_word_at(number.start())
        timeline = not index and _TIMELINE.match(view.text, number.end())
        dated = timeline or (index > 0 and view.words[index - 1] in _TIME_PREPOSITIONS)
        if not _YEAR.fullmatch(number.group()) or dated:
            return number.span(), ""
        label = label or number.group()
    words = view.find(_NUMBER_WORDS, view.first_word_at(start))
    return (view.span(words) if words else None), label


def event(view: View, skip: tuple[int, int] = (0, 0), until: int | None = None) -> bool:
    """An attributed statement ("X said") or a reported past event ("lost", "signed").

    Only the main clause counts (not the openers and frames before it, such as "let me say"),
    and not the character span `skip`: "I've felt" is no event. With `until`, past events count
    only before that word (attributions count anywhere).
    """
    words = view.words
    begin = view.first_word_at(view.head[0])
    first, last = (view.first_word_at(skip[0]), view.first_word_at(skip[1])) if skip[1] else (0, 0)
    for start, _ in view.find_all(_REPORTING, begin):
        before = words[max(0, start - 2) : start]
        adjective = bool(before) and before[-1] in _DETERMINERS  # "the alleged crimes"
        if not first <= start < last and _REFERENCES.isdisjoint(before) and not adjective:
            return True  # an attribution, not a reference such as "what he said"
    for i in range(begin, len(words) if until is None else until):
        if not _past(words[i]) or first <= i < last:
            continue
        slot = i - 1
        while slot > 0 and _LY_ADVERB.match(words[slot]):
            slot -= 1  # "is actually enforced", "a carefully balanced budget"
        if slot < 0 or words[slot] not in _ADJECTIVE_SLOTS:  # "a balanced budget"
            return True
    return False


def _past(word: str) -> bool:
    """A past form that reports an event ("signed", "lost"; not "seemed", nor a judgement such
    as "misguided")."""
    past = (word[-2:] == "ed" and len(word) > 4) or word in _IRREGULAR_EVENTS
    return past and word not in _NON_EVENTS and word not in _EVALUATIVE


def actor(view: View) -> bool:
    """A named person or body doing something: a name after the first word, then an auxiliary,
    an action or a past event ("Chiang Kai-shek would not withdraw"), not a copula ("the
    President was unsuccessful") and not a name used as a label ("a Party journal")."""
    text, words, starts = view.text, view.words, view.starts
    name = False
    for i in range(view.first_word_at(view.head[0]), len(words)):
        start = starts[i]
        if text[start].isupper() or (name and text[start - 1] == "-"):  # "Kai-shek"
            name = name or (i > 0 and text[slice(*view.span((i, i + 1)))] not in _NOT_NAMES)
        elif name and (words[i] in _ACTIONS or _past(words[i])):
            return True
        else:
            name = False
    return False


def named(view: View, head: int) -> bool:
    """A named person or body after the head of the clause (not a name addressed at the end:
    "..., Jim."), or an institution word."""
    vocative = _TRAILING_VOCATIVE.search(view.text, head)
    for name in _NAME.finditer(
        view.text, head + 1, vocative.start() if vocative else len(view.text)
    ):
        if name.group().removesuffix("'s") not in _NOT_NAMES:
            return True
    return bool(view.find(_INSTITUTIONS))


def judgements(view: View, first: int) -> list[tuple[int, int]]:
    """The judgement words from word `first` on, as word ranges; not in fixed phrases ("right
    now"), names ("Great Britain") or compounds ("first-class"), and not a ranking with a scope
    ("the worst year in history" is a record someone can look up)."""
    head = view.head[0]
    masked = {i for found in view.find_all(_NON_EVALUATIVE) for i in range(*found)}
    found_words = []
    for found in view.find_all(_EVALUATIVE, first):
        start, end = view.span(found)
        name = start > head and view.text[start].isupper()
        compound = "-" in view.text[start - 1 : start] + view.text[end : end + 1]
        ranking = view.words[found[0]] in _RANKINGS and view.find(_RECORD_SCOPES, found[1])
        if found[0] not in masked and not name and not compound and not ranking:
            found_words.append(found)
    return found_words


def has_verb(words: list[str]) -> bool:
    """Whether the words include a common verb or a contraction ("it's", "don't")."""
    return not _FINITE.isdisjoint(words) or any(_CONTRACTION.search(w) for w in words)
