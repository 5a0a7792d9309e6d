"""Lists in a sentence ("judges, prosecutors and police officers"): where each starts and ends
and the words of each item, so that a stated count ("two groups of officials: judges and
prosecutors") can be held against the length of another text's list."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.lexer import (
    Kind,
    Token,
    base_form,
    index_phrases,
    is_content,
    phrase_at,
    phrase_before,
    singular,
    stem,
)
from claimcheck.lexicons.entities import NAME_CONNECTORS
from claimcheck.lexicons.function_words import (
    IRREGULAR_VERBS,
    LIST_ARTICLES,
    LIST_JOINERS,
    PARTIAL_LIST_CUES,
)

ITEM_WORDS = 3  # content words in one item, at most ("police officers", "local people's courts")
NAME_WORDS = 6  # words in an item that is a name, at most ("Ministry of Public Security")
_NAME_LINKS = NAME_CONNECTORS - LIST_JOINERS - {"&"}  # "of" in "Ministry of Justice"
_PARTIAL = index_phrases(PARTIAL_LIST_CUES)
_PARTIAL_BY_LAST = index_phrases(PARTIAL_LIST_CUES, by_last=True)

Item = frozenset[str]  # the stems of an item's content words


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A list in tokens[first:last + 1], with its items in order."""

    items: tuple[Item, ...]
    first: int
    last: int
    spans: tuple[tuple[int, int], ...] = ()  # each item's first and last token index

    def covers(self, other: Enumeration) -> bool:
        """Whether each item of `other` shares a word with an item of this list."""
        return all(any(item & mine for mine in self.items) for item in other.items)

    def names(self, other: Enumeration) -> bool:
        """Whether each item of `other` is an item of this list, in the same or fewer words
        ("Ministry of Justice" and "the Justice Ministry"; "police" and "police officers")."""
        return all(any(item <= mine or mine <= item for mine in self.items) for item in other.items)


def find_enumerations(tokens: tuple[Token, ...]) -> tuple[Enumeration, ...]:
    """The lists joined by "and" or "or": "A and B", "A, B and C", "A, B, and C". An item is a
    run of up to ITEM_WORDS content words, after an optional article, that ends at its first
    plural word ("police officers")."""
    found: list[Enumeration] = []
    for joiner, token in enumerate(tokens):
        if token.lower not in LIST_JOINERS:
            continue
        last_item = _item_after(tokens, joiner + 1)
        if last_item is None:
            continue
        items = [last_item[0]]
        spans = [(joiner + 1, last_item[1])]
        end = joiner - 1 if joiner > 0 and tokens[joiner - 1].lower == "," else joiner
        first = end
        while (item := _item_before(tokens, end)) is not None:
            words, first = item
            items.append(words)
            spans.append((first, end - 1))
            if first == 0 or tokens[first - 1].lower != ",":
                break
            end = first - 1
        if len(items) >= 2:
            found.append(
                Enumeration(tuple(reversed(items)), first, last_item[1], tuple(reversed(spans)))
            )
    return tuple(found)


def partial_list(tokens: tuple[Token, ...], index: int) -> Enumeration | None:
    """The members of a group that tokens[index:] names after a cue of PARTIAL_LIST_CUES (and an
    optional comma): one item, or a list ("four agencies, including the Ministry of Justice",
    "three crops, such as wheat and rice"), or None."""
    if index < len(tokens) and tokens[index].lower == ",":
        index += 1
    cue = phrase_at(tokens, index, _PARTIAL)
    if cue is None:
        return None
    start = index + len(cue)
    first = _item_after(tokens, start)
    if first is None:
        return None
    for found in find_enumerations(tokens):
        if found.first == start:
            return found
    return Enumeration((first[0],), start, first[1])


def is_partial(tokens: tuple[Token, ...], enumeration: Enumeration) -> bool:
    """Whether a list follows a cue of PARTIAL_LIST_CUES ("including A, B and C"): it names some
    members of a group, not all."""
    end = enumeration.first
    if end > 0 and tokens[end - 1].lower == ",":
        end -= 1
    return phrase_before(tokens, end, _PARTIAL_BY_LAST) is not None


def _item_after(tokens: tuple[Token, ...], start: int) -> tuple[Item, int] | None:
    """The item that starts at tokens[start], after an optional article: its words and last
    index."""
    if start < len(tokens) and tokens[start].lower in LIST_ARTICLES:
        start += 1
    name_end = _name_end(tokens, start)
    if name_end > start + 1:
        return _words(tokens[start:name_end]), name_end - 1
    end = start
    while end < len(tokens) and end - start < ITEM_WORDS and _item_word(tokens[end]):
        if end > start and _verb(tokens[end]):
            break  # "and the ministry signed it"
        end += 1
        if _plural(tokens[end - 1]):
            break  # "police officers" ends at its plural noun: not "officers responsible"
    if end == start:
        return None
    return _words(tokens[start:end]), end - 1


def _item_before(tokens: tuple[Token, ...], end: int) -> tuple[Item, int] | None:
    """The item that ends just before tokens[end]: its words and first index (its article
    included)."""
    if end == 0 or not _item_word(tokens[end - 1]):
        return None
    start = _name_start(tokens, end)
    if start >= end - 1:
        start = end - 1
        while start > 0 and end - start < ITEM_WORDS and _item_word(tokens[start - 1]):
            if _plural(tokens[start - 1]):
                break  # "holds judges": a plural ends the phrase before the item
            start -= 1
    words = _words(tokens[start:end])
    return words, start - 1 if start > 0 and tokens[start - 1].lower in LIST_ARTICLES else start


def _name_end(tokens: tuple[Token, ...], start: int) -> int:
    """The end of the name that starts at tokens[start]: capitalised words, joined by "of" and
    the like ("Ministry of Public Security"). `start` when no name starts there."""
    end = start
    while end < len(tokens) and end - start < NAME_WORDS:
        if _name_word(tokens[end]):
            end += 1
        elif end > start and tokens[end].lower in _NAME_LINKS and end + 1 < len(tokens):
            if not _name_word(tokens[end + 1]):
                break
            end += 1
        else:
            break
    return end


def _name_start(tokens: tuple[Token, ...], end: int) -> int:
    """The start of the name that ends just before tokens[end] (see `_name_end`); `end` when no
    name ends there."""
    start = end
    while start > 0 and end - start < NAME_WORDS:
        if _name_word(tokens[start - 1]):
            start -= 1
        elif start < end and tokens[start - 1].lower in _NAME_LINKS and start > 1:
            if not _name_word(tokens[start - 2]):
                break
            start -= 1
        else:
            break
    while start < end and not _name_word(tokens[start]):
        start += 1  # a name starts with a capitalised word, not with "of"
    return start


def _words(tokens: tuple[Token, ...]) -> Item:
    return frozenset(stem(t.lower) for t in tokens if is_content(t))


def _name_word(token: Token) -> bool:
    return token.capitalised and _item_word(token)


def _item_word(token: Token) -> bool:
    return token.kind is Kind.WORD and is_content(token)


def _verb(token: Token) -> bool:
    """Whether a word looks like a verb in the past ("signed", "held"), which ends a list."""
    return token.lower.endswith("ed") or token.lower in IRREGULAR_VERBS


def _plural(token: Token) -> bool:
    """Whether a word looks plural ("officers"; also "holds", which ends a phrase as well)."""
    return singular(token.lower) != base_form(token.lower)
