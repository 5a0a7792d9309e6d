"""Decide whether a sentence makes a checkable statement, and say why when it does not.

`assess` returns None for a sentence that asserts something checkable, and otherwise the Reason
it is skipped: a question, an opinion, a call to act, a heading, page boilerplate or a fragment
with no fact. Every rule is a cue from `claimcheck.lexicons.checkworthiness` (found with the
lookups in `claimcheck.cue_words`); the Reason's message names the cue that fired and its `span`
locates the cue in `Sentence.text`.

The rules, in order:
1. Page furniture (bylines, credits, share and subscribe prompts, menus) is boilerplate; so is a
   broadcast hand-over to a report that follows ("Our Asia correspondent reports.").
2. A question is skipped, even with a number in it ("Is a 99.92 percent conviction rate a sign of
   ...?"), unless it asks "do you know ..." about a number, a date or an event, which it asserts.
3. A heading is a label unless it states a fact: an event together with a number or a full date
   ("China Punishes Over 500 Prosecutors" is checked; "Prosecutors punished for old mistakes" and
   "2023 in review" are skipped).
4. Advice heading the main clause ("Nobody should ...", "We ought to ...") is skipped even with a
   number, unless it is attributed ("the minister said"), quoted, tied to a rule ("under the law"),
   follows an event, or asserts a fact ("people should know that ...").
5. A number, a date or a dated time phrase is a fact: the sentence is checked. "I think we lost
   5 million jobs" is checked.
6. A clause headed by an opinion ("I think"), an attitude ("I'm proud"), a wish or plan ("I want",
   "we will") or a call to act ("we must", "let's", an imperative, a present-tense "The Coalition
   calls on ... to") is skipped unless the sentence also reports an event ("they lost", "he
   said"). A text announcing its own argument ("This essay argues that ...") is skipped even
   with events in it: what it argues is its author's view.
7. Speculation with no event ("Whether Beijing will honour the rules remains to be seen") is
   skipped; so is a sentence of up to 25 words whose linking verb has a judgement for its
   predicate ("... is indefensible", "... are a stain on ...") and that has no event, no number
   or date and no one named doing something. A name alone ("candid for a Party journal") and a
   span such as "decades late" do not make the judgement checkable.
8. A short verdict ("That's not free trade.") or a judgement word ("important", "wrong") in a
   sentence with no event and no one named doing something (over 25 words: no name) is an
   opinion.
9. Courtesies ("Thank you."), two-word fragments without a verb and framing phrases with nothing
   after them ("Let me tell you something.") have no fact.
Everything else is checked: plain statements ("The court acquitted him.") are facts.
"""

from __future__ import annotations

import re

from claimcheck.cue_words import (
    ADVERBS,
    END,
    NOT_CLAUSE,
    WORD,
    View,
    actor,
    any_of,
    event,
    figure,
    hard_fact,
    has_verb,
    inflections,
    judgements,
    named,
    phrase_index,
)
from claimcheck.lexicons import checkworthiness as lex
from claimcheck.models import BlockKind, Reason, ReasonKind, Sentence

__all__ = ["assess"]

# Markers heading the main clause (regular expressions matched on the lower-cased text).
_AUX = rf"(?:\s*{any_of(lex.AUXILIARIES)})?"
_FIRST = any_of(lex.FIRST_PERSON)
_OPINION_PHRASE = rf"{any_of(lex.OPINION_PHRASES)}{END}"
_OPINION = rf"{_FIRST}{ADVERBS}{_AUX}{ADVERBS}\s+{any_of(lex.OPINION_VERBS)}{END}"
_ATTITUDE = (
    rf"{_FIRST}\s*(?:am|'m|are|'re){ADVERBS}(?:\s+{any_of(lex.INTENSIFIERS)})?\s+"
    rf"{any_of(lex.ATTITUDE_ADJECTIVES)}{END}"
)
_INTENT = rf"{_FIRST}{ADVERBS}{_AUX}{ADVERBS}\s+{any_of(lex.INTENT_VERBS)}{END}"
_FUTURE = (
    rf"{any_of(lex.FUTURE_SUBJECTS)}{ADVERBS}(?:\s*(?:am|'m|are|'re))?{ADVERBS}\s*"
    rf"{any_of(lex.FUTURE_AUXILIARIES)}{END}"
)
_EXHORTATION = (
    rf"(?:{any_of(lex.EXHORTATION_PHRASES)}|{any_of(lex.DEONTIC_SUBJECTS)}{ADVERBS}\s*"
    rf"{any_of(lex.DEONTIC_MODALS)}){END}"
)
_IMPERATIVE = rf"{any_of(lex.IMPERATIVE_VERBS)}\s+{any_of(lex.IMPERATIVE_OBJECTS)}{END}"
_DEONTIC = rf"(?:[a-z][\w'-]*\s+){{1,3}}{any_of(lex.GENERIC_DEONTIC_MODALS)}{END}"
_COURTESY_OPENER = rf"{any_of(lex.COURTESY_OPENERS)}{END}"
_NO_FACT = "with no checkable fact"
# (pattern, kind, message, whether it also counts after an introductory phrase: an imperative or
# "<noun> must" there is part of a list, not an order)
_MARKERS: tuple[tuple[str, ReasonKind, str, bool], ...] = (
    (_COURTESY_OPENER, ReasonKind.NO_FACT, f'a courtesy ("{{cue}}") {_NO_FACT}', True),
    (_OPINION_PHRASE, ReasonKind.OPINION, f'opinion: "{{cue}}" {_NO_FACT}', True),
    (_OPINION, ReasonKind.OPINION, f'opinion: "{{cue}}" {_NO_FACT}', True),
    (_ATTITUDE, ReasonKind.OPINION, f'opinion: "{{cue}}" {_NO_FACT}', True),
    (_INTENT, ReasonKind.OPINION, f'a wish or plan: "{{cue}}" {_NO_FACT}', True),
    (_FUTURE, ReasonKind.OPINION, f'a promise or hypothetical: "{{cue}}" {_NO_FACT}', True),
    (_EXHORTATION, ReasonKind.EXHORTATION, f'a call to act: "{{cue}}" {_NO_FACT}', True),
    (_IMPERATIVE, ReasonKind.EXHORTATION, f'an imperative: "{{cue}}" {_NO_FACT}', False),
    (_DEONTIC, ReasonKind.EXHORTATION, 'says what should happen ("{cue}"), not what did', False),
)
# All markers as one pattern, tried in order; a match's group name gives the marker's index.
_ANY_MARKER = re.compile("|".join(f"(?P<m{i}>{m[0]})" for i, m in enumerate(_MARKERS)))

# Advice: a subject of up to six words (no verb, no conjunction) or a pronoun, then "should".
_NOT_SUBJECT = rf"(?!{any_of(lex.CLAUSE_WORDS + lex.SUBORDINATORS)}{END})"
_SUBJECT_WORD = rf"{_NOT_SUBJECT}[\w$%'-]+(?:[.,/][\w$%'-]+)*"
_ADVICE = re.compile(
    rf"(?:{any_of(lex.DEONTIC_SUBJECTS)}|(?:{_SUBJECT_WORD}\s+){{0,5}}{_SUBJECT_WORD})"
    rf"{ADVERBS}\s+{any_of(lex.ADVISORY_MODALS)}{END}"
)
_ADVICE_WORDS = frozenset(m.split()[0] for m in lex.ADVISORY_MODALS)  # a quick test first
_CALL = re.compile(
    rf"(?:{_SUBJECT_WORD}\s+){{0,5}}{_SUBJECT_WORD}{ADVERBS}\s+{any_of(lex.CALL_VERBS)}{END}"
)
_CALL_WORDS = frozenset(v.split()[0] for v in lex.CALL_VERBS)  # a quick test first
_SELF_REFERENCE = re.compile(
    rf"this\s+{any_of(lex.SELF_REFERENCE_NOUNS)}{ADVERBS}\s+"
    rf"{any_of(lex.SELF_REFERENCE_VERBS)}{END}"
)
_FACTIVE = re.compile(rf"{ADVERBS}\s+(?:have\s+to\s+)?{any_of(lex.FACTIVE_VERBS)}{END}")
_RULE_SOURCE = re.compile(
    rf"(?<![\w']){any_of(lex.RULE_FRAMES)}\s+(?:[\w'-]+\s+){{0,6}}{any_of(lex.RULE_NOUNS)}{END}"
)
_QUOTES = re.compile('["\u201c\u201d]')
_QUOTED_WHOLE = re.compile('["\u201c][^"\u201c\u201d]+["\u201d][.!]?$')  # one quotation, whole

# Judgements, verdicts and speculation.
_VERDICT = re.compile(rf"{any_of(lex.DEMONSTRATIVE_VERDICTS)}(?:\s+{NOT_CLAUSE}[\w'-]+)*[\s.!]*$")
_COPULAS = frozenset(lex.COPULAS)
_NOT_PREDICATE = frozenset((*lex.CLAUSE_WORDS, *lex.FINITE_VERBS, "to", "let's"))
_PARTICIPLE = re.compile(r"\w{3,}(?:ing|ed)$")  # "is growing", "was passed": an auxiliary
_SPECULATION = phrase_index(lex.SPECULATION_PHRASES)
_DURATIONS = phrase_index(lex.DURATIONS)

# Questions, fragments, headings and boilerplate.
_QUESTION_END = re.compile(r"\?[\s\"'\u201d)\]]*$")
_FACTIVE_QUESTION = re.compile(
    rf"{any_of(lex.FACTIVE_QUESTIONS)}{ADVERBS}\s+{any_of(lex.FACTIVE_VERBS)}{END}"
)
_COURTESY_PART = rf"(?i:{any_of(lex.NO_FACT_PHRASES + lex.COURTESY_FILLERS + lex.OPENERS)}){END}"
_COURTESY = re.compile(
    rf"{_COURTESY_PART}(?:[\s,;.!-]+(?:{_COURTESY_PART}"
    rf"|(?:{any_of(lex.TITLES)}\s+)?[A-Z][\w.'-]*))*[\s.!,]*$"
)
_COURTESY_MAX_WORDS = 10  # "Thank you very much, Senator Bentsen, and good night."
_FRAMED_MAX_WORDS = 4  # "let me tell you something about that": a frame and a few words
_HEADLINE = phrase_index(inflections(lex.HEADLINE_VERBS) + lex.HEADLINE_IRREGULAR)
_BOILER_LABELS = phrase_index(lex.BOILERPLATE_LABELS)
_LABEL_COLON = re.compile(r"\s*:")
_BOILER_PHRASES = phrase_index(lex.BOILERPLATE_PHRASES)
_BOILER_NOTICES = phrase_index(lex.BOILERPLATE_NOTICES)
_COPYRIGHT = "\u00a9"
_BYLINE_ENDINGS = frozenset(tuple(WORD.findall(p)) for p in lex.BYLINE_ENDINGS)
_BYLINE_OPENERS = frozenset(tuple(WORD.findall(p)) for p in lex.BYLINE_OPENERS)
_HANDOFF_ENDINGS = frozenset(tuple(WORD.findall(p)) for p in lex.HANDOFF_ENDINGS)
_MENU_SEPARATORS = re.compile(r"\s*[|\u2022\u00b7>]\s*")
_MENU_WORDS = frozenset(lex.MENU_WORDS)
_BOILER_MAX_WORDS = 12  # a label line longer than this is prose, not a byline or a credit
_BYLINE_MAX_WORDS = 8  # "Ryan Pickrell China/Asia Pacific Reporter"


def assess(sentence: Sentence) -> Reason | None:
    """None when the sentence asserts something checkable; otherwise the Reason it is skipped."""
    view = View(sentence.text)
    if not view.words:
        return Reason(ReasonKind.NO_FACT, "no words to check")
    boilerplate = _boilerplate(view)
    if boilerplate is not None:
        return boilerplate
    question = _QUESTION_END.search(view.text)
    factive = question and _FACTIVE_QUESTION.match(view.lower, view.head[0])
    if question and not (factive and (hard_fact(view) or event(view))):
        span = (question.start(), question.start() + 1)
        return Reason(ReasonKind.QUESTION, "a question, not a statement", span=span)
    if sentence.block is BlockKind.HEADING:
        return _heading(view)
    advice = _advice(view)
    if advice is not None:
        return advice
    if hard_fact(view):
        return None
    if view.find(_DURATIONS):  # "decades late": checked unless the sentence only judges
        return None if event(view) else _judged(view)
    return _marked(view) or _fragment(view)


def _marker(view: View) -> Reason | None:
    """The first opinion, plan or call-to-act marker heading the main clause, if any."""
    for attempt, head in enumerate(view.heads()):
        found = _ANY_MARKER.match(view.lower, head)
        if found and found.lastgroup:
            _, kind, template, after_intro = _MARKERS[int(found.lastgroup[1:])]
            if after_intro or not attempt:
                cue = view.original[found.start() : found.end()]
                return Reason(kind, template.format(cue=cue), span=found.span())
    return None


def _advice(view: View) -> Reason | None:
    """Advice heading the main clause ("Nobody should ...") says what ought to be, not what is."""
    if _ADVICE_WORDS.isdisjoint(view.words):
        return None
    found = next(filter(None, (_ADVICE.match(view.lower, head) for head in view.heads())), None)
    if found is None:
        return None
    start, end = found.span()
    quoted = len(_QUOTES.findall(view.text, 0, start)) % 2 == 1  # inside a quotation
    if quoted or _FACTIVE.match(view.lower, end) or _RULE_SOURCE.search(view.lower):
        return None  # "people should know that ...", "under the law, suspects should ..."
    if event(view, until=view.first_word_at(start)):  # "the minister said", "after X was freed"
        return None
    message = f'advice: "{view.original[start:end]}" says what ought to be, not what is'
    return Reason(ReasonKind.EXHORTATION, message, span=found.span())


def _marked(view: View) -> Reason | None:
    """The text announcing its own argument; an opinion, a plan, a call to act, a judgement or
    a verdict with no event to check."""
    own_argument = _own_argument(view)
    if own_argument is not None:  # what an essay argues is its author's view, events or not
        return own_argument
    marker = _marker(view) or _call(view)
    if marker is not None and marker.span is not None:
        return None if event(view, marker.span) else marker
    if event(view):
        return None
    judged = _judged(view)
    if judged is not None:
        return judged
    head = view.head[0]
    long = len(view.words) > lex.JUDGEMENT_MAX_WORDS
    if actor(view) or (long and named(view, head)):
        return None  # in a short sentence a name alone is no fact: "candid for a Party journal"
    if _RULE_SOURCE.search(view.lower):
        return None  # "Under Chinese law, prosecutors can withdraw a weak case": what a rule says
    first = view.first_word_at(head)
    verdict = _VERDICT.match(view.lower, head)
    if verdict and len(view.words) - first <= lex.VERDICT_MAX_WORDS:
        cue = view.original[verdict.start() : verdict.end()].strip(" .!")
        message = f'opinion: a short verdict ("{cue}") with no fact'
        return Reason(ReasonKind.OPINION, message, span=verdict.span())
    for found in judgements(view, first):
        message = f'opinion: the judgement "{view.cue(found)}" {_NO_FACT}'
        return Reason(ReasonKind.OPINION, message, span=view.span(found))
    return None


def _own_argument(view: View) -> Reason | None:
    """The text announcing its own argument ("This essay argues that ...")."""
    for head in view.heads():
        found = _SELF_REFERENCE.match(view.lower, head)
        if found:
            cue = view.original[found.start() : found.end()]
            message = f'opinion: "{cue}" announces the text\'s own argument {_NO_FACT}'
            return Reason(ReasonKind.OPINION, message, span=found.span())
    return None


def _call(view: View) -> Reason | None:
    """A call made in the present tense by the main clause's subject ("The Coalition calls on
    the government to ..."): the writer's own appeal, which states no fact."""
    if _CALL_WORDS.isdisjoint(view.words):
        return None
    for head in view.heads():
        found = _CALL.match(view.lower, head)
        if found:
            cue = view.original[found.start() : found.end()]
            return Reason(
                ReasonKind.EXHORTATION, f'a call to act: "{cue}" {_NO_FACT}', span=found.span()
            )
    return None


def _judged(view: View) -> Reason | None:
    """Speculation ("remains to be seen"), or a short sentence whose linking verb has a judgement
    for its predicate ("... is indefensible", "... are a stain on ..."), with no one named doing
    something. The caller has found no event in the sentence."""
    speculation = view.find(_SPECULATION)
    if speculation:
        message = f'speculation: "{view.cue(speculation)}" says the outcome is not yet known'
        return Reason(ReasonKind.NO_FACT, message, span=view.span(speculation))
    words, first = view.words, view.first_word_at(view.head[0])
    found = judgements(view, first) if len(words) <= lex.JUDGEMENT_MAX_WORDS else []
    if not found or actor(view):
        return None
    for i in range(first, found[-1][0]):
        if words[i] not in _COPULAS:
            continue
        judgement = next(f for f in found if f[0] > i)  # the predicate's first judgement
        between = words[i + 1 : judgement[0]]
        verb = any(w in _NOT_PREDICATE or _PARTICIPLE.match(w) for w in between)
        if judgement[0] - i <= lex.COPULA_WINDOW and not verb:
            start, end = view.span((i, judgement[1]))
            message = f'opinion: "{view.original[start:end]}" judges rather than reports'
            return Reason(ReasonKind.OPINION, f"{message}, {_NO_FACT}", span=(start, end))
    return None


def _fragment(view: View) -> Reason | None:
    """A courtesy, a two-word fragment, or a framing phrase with nothing after it."""
    words = view.words
    if len(words) <= _COURTESY_MAX_WORDS and _COURTESY.match(view.text.strip(" \"'()[]*-")):
        return Reason(ReasonKind.NO_FACT, f"a courtesy or interjection {_NO_FACT}")
    head, framed = view.head
    if framed:
        words = words[view.first_word_at(head) :]
    if len(words) > (_FRAMED_MAX_WORDS if framed else 2) or has_verb(words):
        return None
    if not framed:
        return Reason(ReasonKind.NO_FACT, "a fragment with no verb, number, date or name")
    if event(view):
        return None
    cue = view.original[:head].strip(" ,:;-")
    return Reason(ReasonKind.NO_FACT, f'"{cue}" announces a statement that never comes')


def _heading(view: View) -> Reason | None:
    """A heading is a label unless it states a fact: an event (a headline verb after the first
    word, or a past event) together with a number or a full date (see `cue_words.figure`). A
    heading that quotes a statement whole (a fact-check's claim under review: "\u201cWang Yu
    said she would accept the award\u201d") reports what it quotes: an event is enough."""
    reports = view.find(_HEADLINE, 1) is not None or event(view)
    if reports and _QUOTED_WHOLE.match(view.text.strip()):
        return None
    span, label = figure(view)
    if reports and span:
        return None
    if span:
        what = f'a number or date ("{view.original[span[0] : span[1]]}") but no event'
    else:
        what = f"{'an event but' if reports else 'no event and'} no number or date"
        what += f' ("{label}" only labels it)' if label else ""
    return Reason(ReasonKind.HEADING, f"a heading with {what}: a label, not a statement")


def _boilerplate(view: View) -> Reason | None:
    """Page furniture: bylines, credits, share and subscribe prompts, notices, menus."""
    text, words = view.text, view.words
    short = len(words) <= _BOILER_MAX_WORDS
    verbless = not has_verb(words)
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
    if len(words) <= lex.HANDOFF_MAX_WORDS and not any(w[:1].isdigit() for w in words):
        handoff = next((n for n in (4, 3, 2, 1) if tuple(words[-n:]) in _HANDOFF_ENDINGS), 0)
        if handoff and len(words) > handoff:
            at = (len(words) - handoff, len(words))
            message = f'a hand-over to a report ("{view.cue(at)}")'
            return Reason(ReasonKind.BOILERPLATE, message, span=view.span(at))
    if verbless and len(words) <= _BYLINE_MAX_WORDS:
        ending = next((n for n in (3, 2, 1) if tuple(words[-n:]) in _BYLINE_ENDINGS), 0)
        opener = next((n for n in (2, 1) if tuple(words[:n]) in _BYLINE_OPENERS), 0)
        named_next = 0 < opener < len(words) and view.original[view.starts[opener]].isupper()
        if ending or named_next:
            at = (len(words) - ending, len(words)) if ending else (0, opener + 1)
            message = f'page furniture: a byline or credit ("{view.cue(at)}")'
            return Reason(ReasonKind.BOILERPLATE, message)
    return _menu(text) if _MENU_SEPARATORS.search(text) else None


def _menu(text: str) -> Reason | None:
    """Items joined by "|" or bullets, at least half of them menu words or page prompts."""
    items = [item for item in _MENU_SEPARATORS.split(text.strip(" .")) if item]
    menu = [i.lower() in _MENU_WORDS or bool(View(i).find(_BOILER_PHRASES)) for i in items]
    if len(items) >= 2 and sum(menu) * 2 >= len(items):
        return Reason(ReasonKind.BOILERPLATE, "page furniture: a site menu")
    return None
