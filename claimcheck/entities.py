"""Names of people, places and institutions: capitalised spans ("Supreme People's
Procuratorate", "Tong Jianming"), and whether a name is mentioned, under any alias, in a text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.lexer import Kind, Token, base_form, is_content, singular
from claimcheck.lexicons.calendar import MONTHS, WEEKDAYS
from claimcheck.lexicons.entities import (
    ALIASES,
    DEMONYM_MIN_LENGTH,
    DEMONYM_SUFFIXES,
    INSTITUTION_HEADS,
    NAME_CONNECTORS,
    NAME_NOISE,
    SLOT_SKIP,
)

_CANONICAL_ALIASES: dict[str, set[str]] = {}
for _alias, _canonical in ALIASES.items():
    _CANONICAL_ALIASES.setdefault(_canonical, {_canonical}).add(_alias)


@dataclass(frozen=True, slots=True)
class Entity:
    """A name as written in `text[start:end]`, tokens [first, last]. `words` are its distinctive
    words (lowercase, titles and connectors left out); `canonical` its lowercase form through the
    alias table; `institution`: it has an institution's head word ("Court"); `head` is that word
    when it heads the name (the last word before any "of": "ministry" in "Ministry of Public
    Security"), else "". `tokens` are the tokens of the whole text, from which `same_slot` reads
    the name's place."""

    text: str
    start: int
    end: int
    first: int
    last: int
    words: frozenset[str]
    canonical: str
    institution: bool
    head: str
    tokens: tuple[Token, ...] = field(repr=False, compare=False)


def find_entities(
    text: str, tokens: tuple[Token, ...], positions: Sequence[int]
) -> tuple[Entity, ...]:
    """The names in `text` that start at `positions` (the indices of capitalised words,
    ascending). A lone capitalised word that starts the text is left out: its capital may only
    mark the start of a sentence."""
    found: list[Entity] = []
    shared = _shared_heads(text, tokens)
    taken = {i for entity in shared for i in range(entity.first, entity.last + 1)}
    found.extend(shared)
    done = -1
    for index in positions:
        if index <= done or index in taken or not _name_word(tokens[index]):
            continue
        done = _run_end(tokens, index)
        entity = _entity(text, tokens, index, done)
        if entity is not None:
            found.append(entity)
    return tuple(found)


def _shared_heads(text: str, tokens: tuple[Token, ...]) -> list[Entity]:
    """Names that share a head word written once, in the plural: "the ministries of Public
    Security, State Security and Civil Affairs" names the Ministry of Public Security, the
    Ministry of State Security and the Ministry of Civil Affairs."""
    found: list[Entity] = []
    for index, token in enumerate(tokens[:-2]):
        head = singular(token.lower)
        if head == token.lower or head not in INSTITUTION_HEADS or token.capitalised:
            continue
        if tokens[index + 1].lower != "of" or not _name_word(tokens[index + 2]):
            continue
        position = index + 2
        while position < len(tokens) and _name_word(tokens[position]):
            last = position
            while last + 1 < len(tokens) and _name_word(tokens[last + 1]):
                last += 1
            run = tokens[position : last + 1]
            words = frozenset(base_form(t.lower) for t in run) | {head}
            phrase = f"{head} of " + " ".join(base_form(t.lower) for t in run)
            start, end = run[0].start, run[-1].end
            found.append(
                Entity(
                    text[start:end],
                    start,
                    end,
                    position,
                    last,
                    words,
                    ALIASES.get(phrase, phrase),
                    True,
                    head,
                    tokens,
                )
            )
            position = last + 1
            while position < len(tokens) and tokens[position].lower in (",", "and", "&"):
                position += 1
    return found


def _name_word(token: Token) -> bool:
    return token.capitalised and token.lower not in MONTHS and token.lower not in WEEKDAYS


def _run_end(tokens: tuple[Token, ...], first: int) -> int:
    """The last token of the name that starts at tokens[first]: capitalised words, joined by
    connectors ("Bank of China") when a capitalised word follows."""
    last = first
    position = first + 1
    while position < len(tokens):
        token = tokens[position]
        if _name_word(token):
            last = position
        elif token.lower in NAME_CONNECTORS and position + 1 < len(tokens):
            if not _name_word(tokens[position + 1]):
                break
            if token.lower in _AND and _new_institution(tokens, first, position + 1):
                break  # "Ministry of State Security and Ministry of Justice": two names
        else:
            break
        position += 1
    return last


_AND = frozenset({"and", "&"})


def _new_institution(tokens: tuple[Token, ...], first: int, at: int) -> bool:
    """Whether tokens[at] starts another institution's name after a name that has its head
    word already (tokens[first:at])."""
    if base_form(tokens[at].lower) not in INSTITUTION_HEADS:
        return False
    return any(base_form(t.lower) in INSTITUTION_HEADS for t in tokens[first:at])


def _entity(text: str, tokens: tuple[Token, ...], first: int, last: int) -> Entity | None:
    run = tokens[first : last + 1]
    lowered = [base_form(t.lower) for t in run]
    words = _distinctive(lowered)
    if not words or (first == 0 and len(run) == 1 and not run[0].text.isupper()):
        return None  # a lone capitalised first word
    start, end = run[0].start, run[-1].end
    phrase = " ".join(lowered).removeprefix("the ")
    canonical = ALIASES.get(phrase, phrase)
    institution = any(w in INSTITUTION_HEADS for w in lowered)
    head = _head(lowered) if institution else ""
    return Entity(
        text[start:end], start, end, first, last, words, canonical, institution, head, tokens
    )


def _distinctive(lowered: list[str]) -> frozenset[str]:
    """The words of a name that tell it apart: not connectors, and not titles ("Chief Justice
    John Roberts"), though a title word after "of" or "for" names the thing ("Ministry of
    Justice")."""
    found: set[str] = set()
    named = False  # past "of" or "for": what follows is the name's object, not a title
    for word in lowered:
        if word in _OBJECT_CONNECTORS:
            named = True
        elif word not in NAME_CONNECTORS and (named or word not in NAME_NOISE):
            found.add(word)
    return frozenset(found)


_OBJECT_CONNECTORS = frozenset({"of", "for"})


def _head(words: list[str]) -> str:
    """The head word of an institution's name, if it is an institution's: the last word before
    a connector ("Bank of China": "bank"), or the last word."""
    head = words[-1]
    for word in words:
        if word in NAME_CONNECTORS and word != "the":
            break
        head = word
    return head if head in INSTITUTION_HEADS else ""


Slot = tuple[str, str, str, str]


def slots(entity: Entity) -> tuple[Slot, Slot]:
    """The place of a name in its sentence: the two tokens before it and the two after it
    (punctuation as "|", the text's edges as ""); and the same with articles left out."""
    before, bare_before = _slot_words(entity.tokens, entity.first, -1)
    after, bare_after = _slot_words(entity.tokens, entity.last, 1)
    return (before[1], before[0], after[0], after[1]), (
        bare_before[1], bare_before[0], bare_after[0], bare_after[1]
    )  # fmt: skip


def _slot_words(
    tokens: tuple[Token, ...], index: int, step: int
) -> tuple[tuple[str, str], tuple[str, str]]:
    """The two tokens next to tokens[index] in the direction `step`, nearest first; and the
    same with articles left out ("the PRC's Constitution" stands where "China's Criminal Law"
    does). Punctuation is "|", the text's edge ""."""
    raw = (_word(tokens, index + step), _word(tokens, index + 2 * step))
    if raw[0] not in SLOT_SKIP and raw[1] not in SLOT_SKIP:
        return raw, raw
    bare: list[str] = []
    while len(bare) < 2:
        index += step
        word = _word(tokens, index)
        if word not in SLOT_SKIP:
            bare.append(word)
    return raw, (bare[0], bare[1])


def _word(tokens: tuple[Token, ...], index: int) -> str:
    if not 0 <= index < len(tokens):
        return ""
    token = tokens[index]
    return "|" if token.kind is Kind.PUNCT else token.lower


def same_slot(left: Entity, right: Entity) -> bool:
    """Whether two names stand in the same place of two sentences: at least two of the two
    tokens on each side agree, and one that agrees is a word ("the city of Hohhot" and "the city
    of Beijing"; "Tong Jianming , grand" and "Zhang Yuhuan , grand"). Sentence edges and
    punctuation agree too, but do not place a name on their own. Or, articles left out, three
    agree, at least one on each side, where an edge agrees with punctuation (both end a clause:
    "At the time, Jiang Zemin was General" and "Hu Jintao was the General"). Or one name
    qualifies the noun that the other is the "of" complement of ("the Acme Corp chairman" and
    "the chairman of Bolt Industries")."""
    (slot, bare), (other, other_bare) = slots(left), slots(right)
    matches = [a == b for a, b in zip(slot, other, strict=True)]
    words = [m and a not in ("", "|") for m, a in zip(matches, slot, strict=True)]
    if sum(matches) >= 2 and any(words):
        return True
    matches = [_edge(a) == _edge(b) for a, b in zip(bare, other_bare, strict=True)]
    words = [m and a not in ("", "|") for m, a in zip(matches, bare, strict=True)]
    if sum(matches) >= 3 and any(matches[:2]) and any(matches[2:]) and any(words):
        return True
    return _same_role(left, right) or _same_role(right, left)


def _same_role(left: Entity, right: Entity) -> bool:
    """Whether one name qualifies a noun ("the Acme Corp chairman", "Acme Corp's chairman") that
    the other name is the "of" complement of ("the chairman of Bolt Industries"): the two
    forms of one role, so the two names stand in the same place."""
    noun = _noun_after(left)
    return bool(noun) and noun == _noun_before_of(right)


def _noun_after(entity: Entity) -> str:
    """The lowercase content word right after a name, as a singular noun, or ""."""
    index = entity.last + 1
    if index >= len(entity.tokens):
        return ""
    token = entity.tokens[index]
    return singular(token.lower) if is_content(token) and not token.capitalised else ""


def _noun_before_of(entity: Entity) -> str:
    """The lowercase content word before "of" (and an article) that governs a name that ends its
    noun phrase ("chairman" in "chairman of the Bolt Industries", not in "chairman of the
    British bank HSBC"), as a singular noun, or ""."""
    if _noun_after(entity):
        return ""
    index = entity.first - 1
    if index >= 0 and entity.tokens[index].lower in SLOT_SKIP:
        index -= 1
    if index < 1 or entity.tokens[index].lower != "of":
        return ""
    token = entity.tokens[index - 1]
    return singular(token.lower) if is_content(token) and not token.capitalised else ""


def _edge(word: str) -> str:
    return word or "|"


def rivals(left: Entity, right: Entity) -> bool:
    """Whether two names are of institutions of one kind: the same head word ("Ministry of State
    Security" and "Ministry of Public Security"; "Supreme People's Court" and "Intermediate
    People's Court"); or of one family, named alike but for their head words ("Supreme People's
    Court" and "Supreme People's Procuratorate"). Two such names that do not name each other are
    different institutions, wherever they stand in their sentences."""
    if not left.head or not right.head:
        return False
    return left.head == right.head or _siblings(left, right)


def _siblings(left: Entity, right: Entity) -> bool:
    """Two institutions whose names have the same words but for their head words."""
    rest = left.words - {left.head}
    return bool(rest) and rest == right.words - {right.head}


def mentioned(entity: Entity, others: tuple[Entity, ...], lowered: str) -> bool:
    """Whether `entity` is named among `others` (the names of another text, whose lowercase
    text is `lowered`): the same words or a shorter form ("Xinhua" and "Xinhua News Agency",
    "Acerbi" and "Franco Acerbi"), a person or place sharing a word ("Dave Navarro" and "David
    Navarro"), an acronym ("FT"), or an alias ("top procuratorate"). Institutions that share
    words are still different ("Supreme People's Court" and "... Procuratorate")."""
    for other in others:
        if other.words <= entity.words or entity.words <= other.words:
            return True
        if not entity.institution and not other.institution and entity.words & other.words:
            return True  # "Dave Navarro" and "David Michael Navarro": one person, maybe
        if entity.canonical == other.canonical:
            return True
        if _acronym(entity, other) or _acronym(other, entity):
            return True
        if _demonym(entity, other) or _demonym(other, entity):
            return True
    aliases = _CANONICAL_ALIASES.get(entity.canonical, ())
    return any(_contains(lowered, alias) for alias in aliases)


def _acronym(short: Entity, long: Entity) -> bool:
    """Whether `short` is `long` with its first words (or all of them) written as an acronym:
    "NPC" for "National People's Congress", "NPC Standing Committee" for "National People's
    Congress Standing Committee"."""
    first, _, rest = _without_article(short.text).partition(" ")
    letters = first.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    words = _without_article(long.text).split()
    capitals = [w for w in words if w[:1].isupper()]
    if not rest:
        return letters == "".join(w[0] for w in capitals)
    tail = rest.lower().split()
    lowered = [w.lower() for w in words]
    if len(tail) >= len(words) or lowered[len(words) - len(tail) :] != tail:
        return False
    head = [w for w in words[: len(words) - len(tail)] if w[:1].isupper()]
    return letters == "".join(w[0] for w in head)


def _without_article(name: str) -> str:
    return name[4:] if name[:4] in ("The ", "the ") else name


def _demonym(people: Entity, place: Entity) -> bool:
    """Whether `people` is a demonym of a word of `place` ("Bulgarian" and "Bulgaria",
    "Korean" and "South Korea")."""
    if len(people.words) != 1:
        return False
    (word,) = people.words
    return any(
        len(name) >= DEMONYM_MIN_LENGTH and word.startswith(name) and word[len(name) :] in _ENDINGS
        for name in place.words
    )


_ENDINGS = frozenset(DEMONYM_SUFFIXES)


def _contains(lowered: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `lowered` as whole words."""
    at = lowered.find(phrase)
    while at != -1:
        end = at + len(phrase)
        before = lowered[at - 1] if at else " "
        after = lowered[end] if end < len(lowered) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = lowered.find(phrase, at + 1)
    return False
