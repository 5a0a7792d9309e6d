"""Lists in a sentence ("judges, prosecutors and police officers"): where each starts and ends
and the words of each item, so that a stated count ("two groups of officials: judges and
prosecutors") can be held against the length of another text's list."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.lexer import Kind, Token, base_form, is_content, singular, stem
from claimcheck.lexicons.function_words import IRREGULAR_VERBS, LIST_ARTICLES, LIST_JOINERS

ITEM_WORDS = 3  # content words in one item, at most ("police officers", "local people's courts")

Item = frozenset[str]  # the stems of an item's content words


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A list in tokens[first:last + 1], with its items in order."""

    items: tuple[Item, ...]
    first: int
    last: int

    def covers(self, other: Enumeration) -> bool:
        """Whether each item of `other` shares a word with an item of this list."""
        return all(any(item & mine for mine in self.items) for item in other.items)


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
        end = joiner - 1 if joiner > 0 and tokens[joiner - 1].lower == "," else joiner
        first = end
        while (item := _item_before(tokens, end)) is not None:
            words, first = item
            items.append(words)
            if first == 0 or tokens[first - 1].lower != ",":
                break
            end = first - 1
        if len(items) >= 2:
            found.append(Enumeration(tuple(reversed(items)), first, last_item[1]))
    return tuple(found)


def _item_after(tokens: tuple[Token, ...], start: int) -> tuple[Item, int] | None:
    """The item that starts at tokens[start], after an optional article: its words and last
    index."""
    if start < len(tokens) and tokens[start].lower in LIST_ARTICLES:
        start += 1
    end = start
    while end < len(tokens) and end - start < ITEM_WORDS and _item_word(tokens[end]):
        if end > start and _verb(tokens[end]):
            break  # "and the ministry signed it"
        end += 1
        if _plural(tokens[end - 1]):
            break  # "police officers" ends at its plural noun: not "officers responsible"
    if end == start:
        return None
    return frozenset(stem(t.lower) for t in tokens[start:end]), end - 1


def _item_before(tokens: tuple[Token, ...], end: int) -> tuple[Item, int] | None:
    """The item that ends just before tokens[end]: its words and first index (its article
    included)."""
    if end == 0 or not _item_word(tokens[end - 1]):
        return None
    start = end - 1
    while start > 0 and end - start < ITEM_WORDS and _item_word(tokens[start - 1]):
        if _plural(tokens[start - 1]):
            break  # "holds judges": a plural ends the phrase before the item
        start -= 1
    words = frozenset(stem(t.lower) for t in tokens[start:end])
    return words, start - 1 if start > 0 and tokens[start - 1].lower in LIST_ARTICLES else start


def _item_word(token: Token) -> bool:
    return token.kind is Kind.WORD and is_content(token)


def _verb(token: Token) -> bool:
    """Whether a word looks like a verb in the past ("signed", "held"), which ends a list."""
    return token.lower.endswith("ed") or token.lower in IRREGULAR_VERBS


def _plural(token: Token) -> bool:
    """Whether a word looks plural ("officers"; also "holds", which ends a phrase as well)."""
    return singular(token.lower) != base_form(token.lower)
