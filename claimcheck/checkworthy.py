"""Decide whether a sentence makes a checkable statement, and say why when it does not.

`assess` returns None for a sentence that asserts something checkable, and otherwise the Reason
it is skipped: a question, an opinion, a call to act, a heading, page boilerplate or a fragment
with no fact. Every rule is a cue from `claimcheck.lexicons.checkworthiness`; the Reason's message
names the cue that fired and its `span` locates the cue in `Sentence.text`.

The rules, in order:
1. Page furniture (bylines, credits, share and subscribe prompts, menus) is boilerplate.
2. A number, a date or a dated time phrase is a fact: the sentence is checked. "I think we lost
   5 million jobs" is checked.
3. A question without such a fact is skipped; so is a heading without a fact or an event.
4. A clause headed by an opinion ("I think"), an attitude ("I'm proud"), a wish or plan ("I want",
   "we will") or a call to act ("we must", "let's", an imperative) is skipped unless the sentence
   also reports an event ("they lost", "he said").
5. A short verdict ("That's not free trade.") or a judgement word ("important", "wrong") in a
   sentence with no event and no name is an opinion.
6. Courtesies ("Thank you."), two-word fragments without a verb and framing phrases with nothing
   after them ("Let me tell you something.") have no fact.
Everything else is checked: plain statements ("The court acquitted him.") are facts.
"""

from __future__ import annotations

import re

from claimcheck.lexicons import checkworthiness as lex
from claimcheck.models import BlockKind, Reason, ReasonKind, Sentence

__all__ = ["assess"]

# key word -> (phrase as words, position of the key word in the phrase), longest phrases first
_Index = dict[str, tuple[tuple[tuple[str, ...], int], ...]]
_WORD = re.compile(r"[\w']+")
_END = r"(?![\w'])"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00a0": " "})
_ODD_CHARACTERS = re.compile("[\u2019\u2018`\u00a0]")


def _any(phrases: tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, with flexible whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def _index(phrases: tuple[str, ...]) -> _Index:
    """A table for finding phrases among words, keyed by each phrase's longest (rarest) word."""
    table: dict[str, set[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        words = tuple(_WORD.findall(phrase.lower()))
        if words:
            key = max(words, key=len)
            table.setdefault(key, set()).add((words, words.index(key)))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in table.items()}


def _inflections(bases: tuple[str, ...]) -> tuple[str, ...]:
    """Bases with their regular third-person and past forms: ban -> bans, baned (close enough)."""
    forms = [re.sub(r"([^aeiou])y$", r"\1ie", b) for b in bases]  # cry -> crie(s), crie(d)
    return (
        *bases,
        *(f + ("es" if f.endswith(("s", "sh", "ch", "x", "z")) else "s") for f in forms),
        *(f + ("d" if f.endswith("e") else "ed") for f in forms),
    )


class _View:
    """A sentence's text, its lower-cased copy and its words; offsets and head found on demand."""

    __slots__ = ("_ends", "_head", "_starts", "lower", "original", "text", "words")

    def __init__(self, text: str) -> None:
        self.original = text  # for quoting cues; `text` has straight apostrophes, same offsets
        self.text = text.translate(_APOSTROPHES) if _ODD_CHARACTERS.search(text) else text
        lower = self.text.lower()
        if len(lower) != len(self.text):  # keep offsets aligned ("\u0130".lower() is 2 long)
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
        self.lower = lower
        self.words: list[str] = _WORD.findall(self.lower)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._head: tuple[int, bool] | None = None

    @property
    def starts(self) -> list[int]:
        """Where each word starts in the text."""
        if not self._starts and self.words:
            spans = [found.span() for found in _WORD.finditer(self.lower)]
            self._starts = [start for start, _ in spans]
            self._ends = [end for _, end in spans]
        return self._starts

    @property
    def head(self) -> tuple[int, bool]:
        """Where the main clause starts, and whether a framing phrase came before it."""
        if self._head is None:
            self._head = _clause_head(self)
        return self._head

    def first_word_at(self, pos: int) -> int:
        """The index of the first word that starts at or after character `pos`."""
        if pos == 0:
            return 0
        return next((i for i, start in enumerate(self.starts) if start >= pos), len(self.words))

    def find_all(self, index: _Index, first: int = 0) -> list[tuple[int, int]]:
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

    def find(self, index: _Index, first: int = 0) -> tuple[int, int] | None:
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


# Fact cues.
_ENUMERATOR = re.compile(rf"\W*(?:(?i:{_any(lex.ENUMERATOR_WORDS)})\s+)?\(?\d{{1,2}}[.):,]\s")
_DIGIT = re.compile(r"\d")
_NUMBERS_AND_TIMES = _index(lex.NUMBER_WORDS + lex.TIME_PHRASES)
_MONTH = re.compile(rf"(?<![\w']){_any(lex.MONTHS + lex.WEEKDAYS)}{_END}")
_MONTHS_LOWER = frozenset(m.lower() for m in lex.MONTHS + lex.WEEKDAYS)
_REPORTING = _index(lex.REPORTING_PHRASES)
_REFERENCES = frozenset(lex.REPORTING_REFERENCES)
_NAME = re.compile(r"(?<![\w'.])[A-Z][\w']*")
_TRAILING_VOCATIVE = re.compile(rf",\s+(?i:{_any(lex.TITLES)}\s+)?[A-Z][\w'-]*[\s.!]*$")
_NOT_NAMES = frozenset(lex.NOT_NAMES)
_INSTITUTIONS = _index(lex.INSTITUTION_WORDS)
_IRREGULAR_EVENTS = frozenset(lex.IRREGULAR_EVENT_VERBS)
_NON_EVENTS = frozenset(lex.NON_EVENT_VERBS)
_ADJECTIVE_SLOTS = frozenset(lex.ADJECTIVE_SLOTS)

# The head of the main clause (regular expressions matched on the lower-cased text at a position).
_LEAD_NOISE = re.compile(r"(?:[\s\"'()*,.;:!\u201c\u201d-]|\[[^\]]*\])+")
_OPENER = re.compile(rf"{_any(lex.OPENERS)}{_END}[\s,;:.!-]*")
_VOCATIVE = re.compile(
    rf"(?:(?i:{_any(lex.TITLES)})\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}},\s+"
)
_STUTTER = re.compile(r"([\w']+)\s*(?:-+|,|\.\.\.)\s*(?=\1(?![\w']))")
_ADVERBS = rf"(?:\s+(?:{_any(lex.HEDGE_ADVERBS)}|[a-z]+ly){_END})*"
_AUX = rf"(?:\s*{_any(lex.AUXILIARIES)})?"
_FIRST = _any(lex.FIRST_PERSON)
_FRAME = re.compile(
    rf"(?:{_any(lex.FRAMES)}|{_any(lex.FRAME_SUBJECTS)}{_ADVERBS}(?:\s*{_any(lex.FRAME_MODALS)})?"
    rf"{_ADVERBS}\s+{_any(lex.FRAME_VERBS)}){_END}{_ADVERBS}"
    rf"(?:\s+(?:this to you|you this|this){_END})?[\s,:;-]*(?:that{_END})?"
)
_NOT_CLAUSE = rf"(?!{_any(lex.CLAUSE_WORDS)}{_END})"
_INTRO = re.compile(
    rf"(?:{_any(lex.SUBORDINATORS)}\s+[^,;:]{{1,120}}?|(?:{_NOT_CLAUSE}[\w'-]+\s+){{0,5}}"
    rf"{_NOT_CLAUSE}[\w'-]+)\s*,\s+"
)
_OPINION_PHRASE = rf"{_any(lex.OPINION_PHRASES)}{_END}"
_OPINION = rf"{_FIRST}{_ADVERBS}{_AUX}{_ADVERBS}\s+{_any(lex.OPINION_VERBS)}{_END}"
_ATTITUDE = (
    rf"{_FIRST}\s*(?:am|'m|are|'re){_ADVERBS}(?:\s+{_any(lex.INTENSIFIERS)})?\s+"
    rf"{_any(lex.ATTITUDE_ADJECTIVES)}{_END}"
)
_INTENT = rf"{_FIRST}{_ADVERBS}{_AUX}{_ADVERBS}\s+{_any(lex.INTENT_VERBS)}{_END}"
_FUTURE = (
    rf"{_any(lex.FUTURE_SUBJECTS)}{_ADVERBS}(?:\s*(?:am|'m|are|'re))?{_ADVERBS}\s*"
    rf"{_any(lex.FUTURE_AUXILIARIES)}{_END}"
)
_EXHORTATION = (
    rf"(?:{_any(lex.EXHORTATION_PHRASES)}|{_any(lex.DEONTIC_SUBJECTS)}{_ADVERBS}\s*"
    rf"{_any(lex.DEONTIC_MODALS)}){_END}"
)
_IMPERATIVE = rf"{_any(lex.IMPERATIVE_VERBS)}\s+{_any(lex.IMPERATIVE_OBJECTS)}{_END}"
_DEONTIC = rf"(?:[a-z][\w'-]*\s+){{1,3}}{_any(lex.GENERIC_DEONTIC_MODALS)}{_END}"
_VERDICT = re.compile(rf"{_any(lex.DEMONSTRATIVE_VERDICTS)}(?:\s+{_NOT_CLAUSE}[\w'-]+)*[\s.!]*$")
_EVALUATIVE = _index(lex.EVALUATIVE_WORDS)
_NON_EVALUATIVE = _index(lex.NON_EVALUATIVE_PHRASES)
_COURTESY_OPENER = rf"{_any(lex.COURTESY_OPENERS)}{_END}"
# (pattern, kind, message, whether it also counts after an introductory phrase: an imperative or
# "<noun> must" there is part of a list, not an order)
_MARKERS: tuple[tuple[str, ReasonKind, str, bool], ...] = (
    (_COURTESY_OPENER, ReasonKind.NO_FACT, 'a courtesy ("{cue}") with no checkable fact', True),
    (_OPINION_PHRASE, ReasonKind.OPINION, 'opinion: "{cue}" with no checkable fact', True),
    (_OPINION, ReasonKind.OPINION, 'opinion: "{cue}" with no checkable fact', True),
    (_ATTITUDE, ReasonKind.OPINION, 'opinion: "{cue}" with no checkable fact', True),
    (_INTENT, ReasonKind.OPINION, 'a wish or plan: "{cue}" with no checkable fact', True),
    (
        _FUTURE,
        ReasonKind.OPINION,
        'a promise or hypothetical: "{cue}" with no checkable fact',
        True,
    ),
    (_EXHORTATION, ReasonKind.EXHORTATION, 'a call to act: "{cue}" with no checkable fact', True),
    (_IMPERATIVE, ReasonKind.EXHORTATION, 'an imperative: "{cue}" with no checkable fact', False),
    (_DEONTIC, ReasonKind.EXHORTATION, 'says what should happen ("{cue}"), not what did', False),
)


# All markers as one pattern, tried in order; a match's group name gives the marker's index.
_ANY_MARKER = re.compile("|".join(f"(?P<m{i}>{m[0]})" for i, m in enumerate(_MARKERS)))
_INTRO_TRIES = 3  # how many introductory phrases to look past for a marker

# Questions, fragments, headings and boilerplate.
_QUESTION_END = re.compile(r"\?[\s\"'\u201d)\]]*$")
_COURTESY_PART = rf"(?i:{_any(lex.NO_FACT_PHRASES + lex.COURTESY_FILLERS + lex.OPENERS)}){_END}"
_COURTESY = re.compile(
    rf"{_COURTESY_PART}(?:[\s,;.!-]+(?:{_COURTESY_PART}|(?:{_any(lex.TITLES)}\s+)?[A-Z][\w.'-]*))*"
    r"[\s.!,]*$"
)
_FINITE = frozenset(lex.FINITE_VERBS)
_CONTRACTION = re.compile(r"'(?:s|re|m|ve|d|ll)$|n't$")  # "it's", "we're", "don't": a verb
_COURTESY_MAX_WORDS = 10  # "Thank you very much, Senator Bentsen, and good night."
_FRAMED_MAX_WORDS = 4  # "let me tell you something about that": a frame and a few words
_HEADLINE = _index(_inflections(lex.HEADLINE_VERBS) + lex.HEADLINE_IRREGULAR)
_BOILER_LABELS = _index(lex.BOILERPLATE_LABELS)
_LABEL_COLON = re.compile(r"\s*:")
_BOILER_PHRASES = _index(lex.BOILERPLATE_PHRASES)
_BOILER_NOTICES = _index(lex.BOILERPLATE_NOTICES)
_COPYRIGHT = "\u00a9"
_BYLINE_ENDINGS = frozenset(tuple(_WORD.findall(p)) for p in lex.BYLINE_ENDINGS)
_MENU_SEPARATORS = re.compile(r"\s*[|\u2022\u00b7>]\s*")
_MENU_WORDS = frozenset(lex.MENU_WORDS)
_BOILER_MAX_WORDS = 12  # a label line longer than this is prose, not a byline or a credit
_BYLINE_MAX_WORDS = 8  # "Ryan Pickrell China/Asia Pacific Reporter"


def assess(sentence: Sentence) -> Reason | None:
    """None when the sentence asserts something checkable; otherwise the Reason it is skipped."""
    view = _View(sentence.text)
    if not view.words:
        return Reason(ReasonKind.NO_FACT, "no words to check")
    boilerplate = _boilerplate(view)
    if boilerplate is not None:
        return boilerplate
    fact = _hard_fact(view)
    if not fact and _QUESTION_END.search(view.text):
        return Reason(ReasonKind.QUESTION, "a question, not a statement")
    if sentence.block is BlockKind.HEADING:
        return _heading(view, fact)
    if fact:
        return None
    return _marked(view) or _fragment(view)


def _hard_fact(view: _View) -> bool:
    """A number, a date or a dated time phrase (a list number such as "Number 2," is none)."""
    enumerator = _ENUMERATOR.match(view.text)
    start = enumerator.end() if enumerator else 0
    if _DIGIT.search(view.text, start):
        return True
    first = view.first_word_at(start)
    if view.find(_NUMBERS_AND_TIMES, first):
        return True
    if _MONTHS_LOWER.isdisjoint(view.words):
        return False
    for month in _MONTH.finditer(view.text, start):  # capitalised: "in May", not "may"
        if month.group() != "May" or view.text[: month.start()].strip(" \"'("):
            return True  # a sentence that opens with "May" asks ("May I ...")
    return False


def _event(view: _View, skip: tuple[int, int] = (0, 0)) -> bool:
    """An attributed statement ("X said") or a reported past event ("lost", "signed").

    Only the main clause counts (not the openers and frames before it, such as "let me say"),
    and not the marker's own span `skip`: "I've felt" is no event.
    """
    words = view.words
    begin = view.first_word_at(view.head[0])
    first, last = (view.first_word_at(skip[0]), view.first_word_at(skip[1])) if skip[1] else (0, 0)
    for start, _ in view.find_all(_REPORTING, begin):
        if not first <= start < last and _REFERENCES.isdisjoint(words[max(0, start - 2) : start]):
            return True  # an attribution, not a reference such as "what he said"
    for i in range(begin, len(words)):
        word = words[i]
        past = (word[-2:] == "ed" and len(word) > 4) or word in _IRREGULAR_EVENTS
        adjective = i > 0 and words[i - 1] in _ADJECTIVE_SLOTS  # "a balanced budget"
        if past and not adjective and word not in _NON_EVENTS and not first <= i < last:
            return True
    return False


def _named(view: _View, head: int) -> bool:
    """A named person or body after the head of the clause (not a name addressed at the end:
    "..., Jim."), or an institution word."""
    vocative = _TRAILING_VOCATIVE.search(view.text, head)
    for name in _NAME.finditer(
        view.text, head + 1, vocative.start() if vocative else len(view.text)
    ):
        if name.group().removesuffix("'s") not in _NOT_NAMES:
            return True
    return bool(view.find(_INSTITUTIONS))


def _clause_head(view: _View, pos: int = 0) -> tuple[int, bool]:
    """Where the clause starting at `pos` has its subject, after openers, names addressed and
    framing phrases; and whether a framing phrase ("let me say") was passed over."""
    framed = False
    while True:
        start = pos
        for pattern, cased in _HEAD_SKIPS:
            found = pattern.match(view.text if cased else view.lower, pos)
            if found and not (pattern is _VOCATIVE and view.text.startswith("I", pos)):
                pos = found.end()
                framed = framed or pattern is _FRAME
        if pos == start:
            return pos, framed


_HEAD_SKIPS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (_LEAD_NOISE, True),
    (_OPENER, False),
    (_VOCATIVE, True),  # cased: a name or title followed by a comma
    (_STUTTER, False),
    (_FRAME, False),
)


def _marker(view: _View) -> Reason | None:
    """The first opinion, plan or call-to-act marker heading the main clause, if any."""
    head = view.head[0]
    for attempt in range(_INTRO_TRIES):
        found = _ANY_MARKER.match(view.lower, head)
        if found and found.lastgroup:
            _, kind, template, after_intro = _MARKERS[int(found.lastgroup[1:])]
            if after_intro or not attempt:
                cue = view.original[found.start() : found.end()]
                return Reason(kind, template.format(cue=cue), span=found.span())
        intro = _INTRO.match(view.lower, head)
        if intro is None:
            return None
        head = _clause_head(view, intro.end())[0]
    return None


def _marked(view: _View) -> Reason | None:
    """An opinion, a plan, a call to act or a verdict with no event to check."""
    marker = _marker(view)
    if marker is not None and marker.span is not None:
        return None if _event(view, marker.span) else marker
    head = view.head[0]
    if _event(view) or _named(view, head):
        return None
    first = view.first_word_at(head)
    verdict = _VERDICT.match(view.lower, head)
    if verdict and len(view.words) - first <= lex.VERDICT_MAX_WORDS:
        cue = view.original[verdict.start() : verdict.end()].strip(" .!")
        message = f'opinion: a short verdict ("{cue}") with no fact'
        return Reason(ReasonKind.OPINION, message, span=verdict.span())
    masked = {i for found in view.find_all(_NON_EVALUATIVE) for i in range(*found)}
    for found in view.find_all(_EVALUATIVE, first):
        start = view.span(found)[0]
        in_name = start > head and view.text[start].isupper()  # "Great Britain"
        if found[0] not in masked and not in_name:  # "right" judges, "right now" does not
            message = f'opinion: the judgement "{view.cue(found)}" with no checkable fact'
            return Reason(ReasonKind.OPINION, message, span=view.span(found))
    return None


def _fragment(view: _View) -> Reason | None:
    """A courtesy, a two-word fragment, or a framing phrase with nothing after it."""
    words = view.words
    if len(words) <= _COURTESY_MAX_WORDS and _COURTESY.match(view.text.strip(" \"'()[]*-")):
        return Reason(ReasonKind.NO_FACT, "a courtesy or interjection with no checkable fact")
    head, framed = view.head
    if framed:
        words = words[view.first_word_at(head) :]
    if len(words) > (_FRAMED_MAX_WORDS if framed else 2) or _has_verb(words):
        return None
    if not framed:
        return Reason(ReasonKind.NO_FACT, "a fragment with no verb, number, date or name")
    if _event(view):
        return None
    cue = view.original[:head].strip(" ,:;-")
    return Reason(ReasonKind.NO_FACT, f'"{cue}" announces a statement that never comes')


def _has_verb(words: list[str]) -> bool:
    """Whether the words include a common verb or a contraction ("it's", "don't")."""
    return not _FINITE.isdisjoint(words) or any(_CONTRACTION.search(w) for w in words)


def _heading(view: _View, fact: bool) -> Reason | None:
    """A heading is checked only when it carries a number, a date or an event."""
    if fact or view.find(_HEADLINE, 1) or _event(view):
        return None
    return Reason(ReasonKind.HEADING, "a heading with no number, date or name")


def _boilerplate(view: _View) -> Reason | None:
    """Page furniture: bylines, credits, share and subscribe prompts, notices, menus."""
    text, words = view.text, view.words
    short = len(words) <= _BOILER_MAX_WORDS
    verbless = not _has_verb(words)
    if ":" in text and (short or verbless):
        for label in view.find_all(_BOILER_LABELS):
            start, end = view.span(label)
            at_start = not text[:start].strip(" ([")
            if _LABEL_COLON.match(text, end) and (at_start or short):
                message = f'page furniture: the label "{view.cue(label)}:"'
                return Reason(ReasonKind.BOILERPLATE, message, span=(start, end))
    notice = view.find(_BOILER_NOTICES)
    phrase = notice or view.find(_BOILER_PHRASES)
    if phrase and (notice or phrase[0] == 0 or (short and verbless)):
        message = f'page furniture: "{view.cue(phrase)}"'
        return Reason(ReasonKind.BOILERPLATE, message, span=view.span(phrase))
    if _COPYRIGHT in text:
        start = text.index(_COPYRIGHT)
        message = "page furniture: a copyright notice"
        return Reason(ReasonKind.BOILERPLATE, message, span=(start, start + 1))
    ending = next((n for n in (3, 2, 1) if tuple(words[-n:]) in _BYLINE_ENDINGS), 0)
    if ending and verbless and len(words) <= _BYLINE_MAX_WORDS:
        cue = view.cue((len(words) - ending, len(words)))
        return Reason(ReasonKind.BOILERPLATE, f'page furniture: a byline or credit ("{cue}")')
    return _menu(text) if _MENU_SEPARATORS.search(text) else None


def _menu(text: str) -> Reason | None:
    """Items joined by "|" or bullets, at least half of them menu words or page prompts."""
    items = [item for item in _MENU_SEPARATORS.split(text.strip(" .")) if item]
    menu = [i.lower() in _MENU_WORDS or bool(_View(i).find(_BOILER_PHRASES)) for i in items]
    if len(items) >= 2 and sum(menu) * 2 >= len(items):
        return Reason(ReasonKind.BOILERPLATE, "page furniture: a site menu")
    return None
