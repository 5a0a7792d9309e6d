"""Negation and direction: which predicates a sentence negates ("does not report", "never
failed to pay", "innocent"), and which opposite-pair words it uses ("rose", "overturned")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.lexer import (
    Kind,
    Token,
    base_form,
    index_phrases,
    is_content,
    phrase_at,
    phrase_before,
    stem,
)
from claimcheck.lexicons.antonyms import DIRECTION_PAIRS, NEEDS_NUMBER, SPLIT_GAP, SPLITTABLE
from claimcheck.lexicons.function_words import (
    AUXILIARIES,
    CLAUSE_WORDS,
    IRREGULAR_VERBS,
    NEGATION_SKIP,
    VERB_GROUP_WORDS,
)
from claimcheck.lexicons.negation import (
    ADJUNCT_NEGATORS,
    CAPACITY_NOUNS,
    COMPLEMENT_ENDS,
    CONTRAST_PHRASES,
    CONTRAST_SKIP,
    DENIAL_VERBS,
    DENYING_PHRASES,
    NEGATED_COMPARATIVES,
    NEGATED_FORMS,
    NEGATING_PREFIXES,
    NEGATING_VERBS,
    NEGATOR_PHRASES,
    NEGATORS,
    NOT_NEGATION,
    NOT_PREFIXED,
    NOUN_PHRASE_NEGATORS,
    PREFIXED_MIN_LENGTH,
    UNASSERTING_VERBS,
)
from claimcheck.lexicons.number_words import CARDINALS, ORDINALS
from claimcheck.tokens import phrase_synonym, synonym

_REACH = 5  # tokens between a negation and its predicate, at most
PHRASE_REACH = 5  # words read for a synonym phrase ("put in place", "struck down")
_FOCUS_BOUNDS = frozenset({"", "until"})  # dates a negation before them may fall on
_SCOPE = 9  # tokens after a negated predicate that its negation may reach ("any more ...")
_NUMBER_WORDS = frozenset({*CARDINALS, *ORDINALS})
_DIRECTIONS: dict[str, list[tuple[int, int]]] = {}
_DIRECTION_PHRASES: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # "found guilty"
for _pair, (_one, _other) in enumerate(DIRECTION_PAIRS):
    for _side, _words in enumerate((_one, _other)):
        for _word in _words:
            if " " in _word:
                _DIRECTION_PHRASES.setdefault(tuple(_word.split()), []).append((_pair, _side))
            else:
                _DIRECTIONS.setdefault(_word, []).append((_pair, _side))
_DIRECTION_PHRASE_INDEX = index_phrases(_DIRECTION_PHRASES)


_NOT_NEGATION = index_phrases(NOT_NEGATION)
_LONGEST_NOT_NEGATION = max(len(phrase) for phrase in NOT_NEGATION)
_NEGATOR_PHRASES = index_phrases((*NEGATOR_PHRASES, *CONTRAST_PHRASES))
_CONTRASTS = frozenset(CONTRAST_PHRASES)
_DENYING = index_phrases(DENYING_PHRASES, by_last=True)
_COMPARATIVES = index_phrases(NEGATED_COMPARATIVES)
_ARTICLES = frozenset({"the", "a", "an"})
_MODIFIERS = _ARTICLES | {"its", "their", "his", "her", "our", "my", "your"}


@lru_cache(maxsize=65536)
def concept(word: str) -> str:
    """The key that a predicate is compared by: the stem of its synonym group's key word, so that
    "was not freed" denies "was released" (groups of `claimcheck.lexicons.synonyms`)."""
    return stem(synonym(word))


_UNASSERTING = frozenset(concept(word) for word in UNASSERTING_VERBS)
_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})

DIRECTION_WORDS: frozenset[str] = frozenset(_DIRECTIONS) | {p[0] for p in _DIRECTION_PHRASES}
CUE_WORDS: frozenset[str] = frozenset(
    {*NEGATORS, *NEGATING_VERBS, *DENIAL_VERBS, *NEGATED_FORMS}
    | {phrase[0] for phrase in (*NEGATOR_PHRASES, *CONTRAST_PHRASES)}
)


@dataclass(frozen=True, slots=True)
class Predicate:
    """A predicate with its polarity: `stem` of its positive form, `negated`, the token `index`
    of its word and `text[start:end]` from the negation to the word ("does not report"). Its
    context is read around tokens[first:index + 1] (`first` is the cue of an adjunct, "without
    a warrant", else mostly `index`). `cued`: an explicit negation word is involved (else the
    word itself is a negation, "innocent"). `frame`: the preposition a contrast repeats before
    the word ("on" in "pressure on the relatives rather than on the target"), else "": the
    word is negated only in that role."""

    stem: str
    negated: bool
    cued: bool
    index: int
    start: int
    end: int
    text: str
    first: int
    frame: str = ""


@dataclass(frozen=True, slots=True)
class Direction:
    """A word or phrase of an opposite pair: which pair, which side, and its tokens
    [index, last] ("found guilty" is two tokens)."""

    pair: int
    side: int
    index: int
    last: int
    gap: int = 0  # tokens between the first word and the rest ("found [him] guilty")

    def words(self, tokens: tuple[Token, ...]) -> tuple[str, ...]:
        """The lowercase words of the direction in `tokens`, without a gap's words."""
        rest = tokens[self.index + 1 + self.gap : self.last + 1]
        return (tokens[self.index].lower, *(t.lower for t in rest))


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
            compared = _compared(text, tokens, predicate)
            if compared is not None:
                found.append(compared)
                covered.add(compared.index)
                done = compared.index
    for index in positions:
        token = tokens[index]
        base = negated_form(token.lower)
        if index not in covered and base is not None and not token.capitalised:
            first = verb_group_start(tokens, index)
            found.append(
                Predicate(
                    concept(base), True, False, index, token.start, token.end, token.text, first
                )
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
    contrast = _contrast(tokens, index, cue)
    skip = CONTRAST_SKIP if contrast else frozenset()
    # Where the predicate's context is read from: the cue of an adjunct ("without a warrant"),
    # the verb after "nor", or else the negated word itself.
    context = index if contrast or tokens[index].lower in ADJUNCT_NEGATORS else -1
    frame = ""
    if tokens[index].lower in NOUN_PHRASE_NEGATORS:
        verb = _verb_after_noun_phrase(tokens, position)
        if verb is None or (tokens[index].lower == "neither" and verb > position + 1):
            return None  # "neither the court nor ...": the "nor" finds the verb
        position = context = verb  # "nor the procuratorate apologised": its subject counts
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
        if token.lower in skip:
            frame = token.lower  # "rather than on the target"
            position += 1
            continue
        if token.lower in NEGATION_SKIP or token.lower.endswith("ly"):
            position += 1
            continue
        if base_form(token.lower) != token.lower and not token.capitalised:
            position += 1  # "without its superior's authorization"
            continue
        if not is_predicate(token) or token.capitalised or token.lower in _NUMBER_WORDS:
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
        phrase = phrase_synonym([t.lower for t in tokens[position : position + PHRASE_REACH]])
        if phrase is not None:  # "was not set up": "established"
            word = phrase[1]
            token = tokens[position + phrase[0] - 1]
        base = negated_form(word)
        if base is not None:
            count += 1
            word = base
        begin = index - 1 if index > 0 and tokens[index - 1].lower in AUXILIARIES else index
        start = tokens[begin].start  # "does not report", "didn't report"
        first = verb_group_start(tokens, position) if context < 0 else context
        return Predicate(
            concept(word), count % 2 == 1, True, position, start, token.end,
            text[start : token.end], first, frame,
        )  # fmt: skip
    return None


def is_predicate(token: Token) -> bool:
    """Whether a token may be a predicate: a content word, or a verb of saying ("said" is a
    function word elsewhere, but "did not say" is a predicate that "said" affirms)."""
    return is_content(token) or (token.kind is Kind.WORD and concept(token.lower) in _UNASSERTING)


def _contrast(tokens: tuple[Token, ...], index: int, cue: int) -> bool:
    """Whether the cue at tokens[index] sets what follows against what precedes: "rather than",
    or a "not" after a comma ("with the governments, not with the challengers")."""
    if tuple(t.lower for t in tokens[index : index + cue]) in _CONTRASTS:
        return True
    return tokens[index].lower == "not" and index > 0 and tokens[index - 1].lower == ","


def date_focus(
    tokens: tuple[Token, ...], predicate: Predicate, date_first: int, bound: str
) -> bool:
    """Whether a negated predicate's negation falls on a date after it, in its clause: "was not
    set up in 2018" denies 2018, not the setting up; "did not begin covering the rebuke on
    December 26" denies December 26; "was not released until 2020" says when it was. Only
    words may come between the two, no clause word ("and", "which"), and at most `_SCOPE` of
    them. A date with another bound ("has not risen since 2018", "did not fall from 2018")
    sets the frame of what is negated."""
    if bound not in _FOCUS_BOUNDS or not (predicate.negated and predicate.cued):
        return False
    if not 0 < date_first - predicate.index < _SCOPE:
        return False
    between = tokens[predicate.index + 1 : date_first]
    return all(t.kind is Kind.WORD and t.lower not in CLAUSE_WORDS for t in between)


def _compared(text: str, tokens: tuple[Token, ...], predicate: Predicate) -> Predicate | None:
    """The word that a comparative after a negated predicate compares, negated with it ("was not
    treating the cases any more cautiously": "cautiously"), within the predicate's clause."""
    for position in range(predicate.index + 1, min(predicate.index + _SCOPE, len(tokens))):
        token = tokens[position]
        if token.kind is not Kind.WORD or token.lower in CLAUSE_WORDS:
            return None
        phrase = phrase_at(tokens, position, _COMPARATIVES)
        if phrase is None:
            continue
        at = position + len(phrase)
        if at >= len(tokens) or not is_content(tokens[at]) or tokens[at].capitalised:
            return None
        word = tokens[at]
        return Predicate(
            concept(word.lower), predicate.negated, True, at, predicate.start, word.end,
            text[predicate.start : word.end], at,
        )  # fmt: skip
    return None


def frame_before(tokens: tuple[Token, ...], index: int) -> str:
    """The preposition that puts tokens[index] in its role ("on" in "pressure on the fugitive's
    relatives"), through up to _REACH articles, possessives and other words, or ""."""
    for position in range(index - 1, max(index - 1 - _REACH, -1), -1):
        token = tokens[position]
        if token.lower in CONTRAST_SKIP:
            return token.lower
        if token.kind is not Kind.WORD or not (is_content(token) or token.lower in _MODIFIERS):
            return ""
    return ""


def denied(tokens: tuple[Token, ...], first: int) -> bool:
    """Whether the words before tokens[first], articles and prepositions aside, deny what starts
    there ("27 years, not 28", "in 2013 rather than 2012", "the court, not the procuratorate",
    "in 2014, not in 2015")."""
    end = _skip_articles(tokens, first)
    if _denies(tokens, end):
        return True
    # "not in 2015", "rather than by the court"
    return (
        end > 1
        and tokens[end - 1].lower in CONTRAST_SKIP
        and _denies(tokens, _skip_articles(tokens, end - 1))
    )


def _skip_articles(tokens: tuple[Token, ...], end: int) -> int:
    while end > 0 and tokens[end - 1].lower in _ARTICLES:
        end -= 1
    return end


def _denies(tokens: tuple[Token, ...], end: int) -> bool:
    """Whether a denying phrase ends just before tokens[end]."""
    return (
        end > 0
        and tokens[end - 1].lower in _DENYING
        and (phrase_before(tokens, end, _DENYING) is not None)
    )


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


def starts_direction(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether tokens[index] is a direction word or starts a direction phrase ("found guilty",
    "found him guilty"; not the "found" of "found the car")."""
    return (
        tokens[index].lower in _DIRECTIONS
        or phrase_at(tokens, index, _DIRECTION_PHRASE_INDEX) is not None
        or (tokens[index].lower in SPLITTABLE and _split_phrase(tokens, index)[0] is not None)
    )


def find_directions(
    tokens: tuple[Token, ...], positions: Sequence[int], numeric: frozenset[int]
) -> tuple[Direction, ...]:
    """The words of opposite pairs at `positions` (the indices of tokens in DIRECTION_WORDS),
    except as parts of names, of numbers and dates (`numeric` holds their tokens: "more than 20"
    and "before 2013" are bounds, compared as numbers and dates) or right after a negation; nor
    a verb of refusal before "to" ("declined to arrest", not "declined to 40%")."""
    found: list[Direction] = []
    done = -1
    for index in positions:
        token = tokens[index]
        if index <= done or index in numeric or (token.capitalised and index > 0):
            continue
        phrase = phrase_at(tokens, index, _DIRECTION_PHRASE_INDEX)
        gap = 0
        if phrase is None and token.lower in SPLITTABLE:
            phrase, gap = _split_phrase(tokens, index)
        senses = _DIRECTION_PHRASES[phrase] if phrase else _DIRECTIONS.get(token.lower, [])
        last = index + gap + len(phrase) - 1 if phrase else index
        ahead = any(i in numeric for i in range(last + 1, last + 4))
        if token.lower in NEEDS_NUMBER and not (ahead or _next_is(tokens, index, "by")):
            continue
        if not senses or (index > 0 and tokens[index - 1].lower in NEGATORS):
            continue
        if _refusal(tokens, index, numeric):
            continue  # "declined to comment" is a refusal, not a fall
        found.extend(Direction(pair, side, index, last, gap) for pair, side in senses)
        done = last
    return tuple(found)


def _split_phrase(tokens: tuple[Token, ...], index: int) -> tuple[tuple[str, ...] | None, int]:
    """A direction phrase whose verb at tokens[index] is separated from the rest by its object
    ("found 1.2 million people guilty"), and how many tokens the object takes: up to `SPLIT_GAP`
    words and numbers, with no punctuation or "and" among them."""
    phrases = [p for p in _DIRECTION_PHRASE_INDEX.get(tokens[index].lower, ()) if len(p) > 1]
    for gap in range(1, SPLIT_GAP + 1):
        rest = index + gap + 1
        if rest >= len(tokens):
            break
        between = tokens[index + gap]
        if between.kind is Kind.PUNCT or between.lower == "and":
            break
        for phrase in phrases:
            tail = tokens[rest : rest + len(phrase) - 1]
            if tuple(t.lower for t in tail) == phrase[1:]:
                return phrase, gap
    return None, 0


def _refusal(tokens: tuple[Token, ...], index: int, numeric: frozenset[int]) -> bool:
    """Whether tokens[index] is a verb of refusal before "to" and a word that is no number."""
    return (
        tokens[index].lower in NEGATING_VERBS
        and _next_is(tokens, index, "to")
        and index + 2 < len(tokens)
        and index + 2 not in numeric
        and tokens[index + 2].kind is Kind.WORD
    )


def _next_is(tokens: tuple[Token, ...], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


def occurrences(
    tokens: tuple[Token, ...],
    predicates: tuple[Predicate, ...],
    positions: tuple[int, ...],
    key: str,
) -> list[Predicate]:
    """Every place a text states the predicate `key`: its negated (or doubly negated) predicates,
    and its plain words at `positions` (the tokens whose stem is `key`), which affirm it. A word
    right after a verb of refusal ("denied arrests", "refused bail") names what was refused: it
    affirms nothing and negates nothing; nor does what a negated verb of saying reports ("did
    not say she would resign": see `unasserted`)."""
    covered = {p.index for p in predicates}
    reported = unasserted(tokens) if predicates or positions else frozenset()
    found = [p for p in predicates if p.stem == key and p.index not in reported]
    for index in positions:
        if index not in covered and index not in reported and not _refused(tokens, index):
            token = tokens[index]
            first = verb_group_start(tokens, index)
            found.append(
                Predicate(key, False, False, index, token.start, token.end, token.text, first)
            )
    return found


def unasserted(tokens: tuple[Token, ...]) -> frozenset[int]:
    """The indices of the tokens that a negated verb of saying or believing reports: what follows
    "did not say" or "never claimed", to the end of its clause, is neither affirmed nor denied.
    The verb is negated by a negator in its verb group (see `verb_group_start`)."""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        if token.kind is Kind.WORD and concept(token.lower) in _UNASSERTING:
            group = tokens[verb_group_start(tokens, index) : index]
            if any(t.lower in NEGATORS for t in group):
                found.update(_complement(tokens, index + 1))
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Report:
    """What a verb of saying or believing reports: the stems of its clause's content words, and
    of the predicates that clause negates ("said she would not accept the award": {"accept"})."""

    words: frozenset[str]
    negated: frozenset[str]

    def within(self, other: Report) -> bool:
        """Whether `other` says what this report says (perhaps more): the same negations, and
        each of this report's words in `other`'s clause."""
        return bool(self.words) and self.words <= other.words and self.negated == other.negated


def reported(
    tokens: tuple[Token, ...], predicates: tuple[Predicate, ...], predicate: Predicate
) -> Report | None:
    """What a verb of saying or believing reports, or None for any other predicate."""
    if predicate.stem not in _UNASSERTING:
        return None
    clause = _complement(tokens, predicate.index + 1)
    words = frozenset(stem(tokens[i].lower) for i in clause if is_content(tokens[i]))
    negated = frozenset(p.stem for p in predicates if p.negated and p.index in clause)
    return Report(words, negated)


def _complement(tokens: tuple[Token, ...], start: int) -> range:
    """The tokens from `start` to the end of the clause: a punctuation mark other than a quote
    mark, or a word of COMPLEMENT_ENDS."""
    end = start
    while end < len(tokens):
        token = tokens[end]
        if token.lower in COMPLEMENT_ENDS or (
            token.kind is Kind.PUNCT and token.text not in _QUOTE_MARKS
        ):
            break
        end += 1
    return range(start, end)


def _refused(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether the word at tokens[index] is the object of a verb of refusal before it, through
    punctuation (a quote mark: the rate of "denied arrests")."""
    before = index - 1
    while before >= 0 and tokens[before].kind is Kind.PUNCT:
        before -= 1
    return before >= 0 and tokens[before].lower in _REFUSALS


_REFUSALS = DENIAL_VERBS | NEGATING_VERBS


def verb_group_start(tokens: tuple[Token, ...], index: int) -> int:
    """Where the verb group of the word at tokens[index] starts: back through the auxiliaries,
    negations and adverbs of VERB_GROUP_WORDS before it ("would still be punished", "has not yet
    been charged").
    A predicate's context is read from there, so that the words inside its verb group (which
    differ between "would not be" and "would still be") do not push its neighbours away."""
    first = index
    while first > 0 and tokens[first - 1].lower in VERB_GROUP_WORDS:
        first -= 1
    return first
