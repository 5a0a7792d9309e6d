"""Stage 2 of matching: score one retrieved claim for one sentence, 0-1.

A candidate gets the larger of two scores (see `claimcheck.match` for how they combine):

- *backing* (`backing`): the claim's BM25 score over the sentence's own term weight (at least
  `MIN_EVIDENCE_TERMS` rare terms): how much of the sentence the claim backs. A paraphrase or a
  sentence that states part of a claim scores near 1, a sentence that shares a topic word or two
  with a claim scores low.
- *coverage* (`coverage`): how much of a claim's text or quote the sentence states, in one place.
  The share of the statement's term weight found in the sentence, times the share of the
  sentence window that rapidfuzz aligns with the statement which the statement accounts for,
  times the strength of the evidence. A sentence that makes two claims joined by "and" states
  each one fully and in one place, so it matches both even though each backs only half of the
  sentence; a long text whose words are scattered over a short claim does not.

In both, a *stand-in* (`claimcheck.stand_ins`: a changed number, year, month or direction where
the claim text has another one) counts `SLOT_CREDIT` of a shared term, scaled by how much of the
sentence's other content the claim has. So a contradiction still matches its claim; the fact
comparison judges the changed value afterwards. A number that may be the claim's own, rounded
("more than 68,000" for "68,179"), is no changed fact: it counts as a shared term
(`ROUNDED_CREDIT`). And a claim that leaves its subject to the reader
("It holds an 86% rating") is not held against a sentence that names it, if no claim uses that
name (`OPEN_NAME_WEIGHT`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from claimcheck.index import K1
from claimcheck.stand_ins import stand_in_weights
from claimcheck.tokens import slot

MIN_EVIDENCE_TERMS = 3.0  # shared rare terms for full-strength evidence
CLAIM_SHARE_EXPONENT = 0.5  # coverage: how much a statement's missing terms cost
WINDOW_SHARE_EXPONENT = 2.0  # coverage: how much scattering the statement's terms costs
SLOT_CREDIT = 0.8  # a stand-in counts this much of a shared term ...
CONTEXT_EXPONENT = 2.0  # ... times the share of the sentence's other terms the claim has, to this
ROUNDED_CREDIT = 1.0  # a stand-in that may be the claim's number, rounded, counts this much, always
TermInfo = tuple[float, str | None]  # a term's weight and slot (`claimcheck.tokens.slot`)
OPEN_NAME_WEIGHT = 0.3  # a name no claim uses weighs this much against a claim with an open subject
SUBJECT_WEIGHT = 0.3  # a word of a claim's subject that its text lacks weighs this much against it
_MOST_CREDIT = max(SLOT_CREDIT, ROUNDED_CREDIT)  # the most a stand-in can count, for pruning


@dataclass(frozen=True, slots=True)
class Statement:
    """A claim's text or quote as rescoring sees it: its content terms, space-joined and as a
    set, the sum of their weights, its terms that state a changeable fact with their slot, and
    whether its claim leaves its subject open (`claimcheck.tokens.leaves_subject_open`)."""

    text: str
    terms: frozenset[str]
    weight: float
    slots: tuple[tuple[str, str], ...]
    open_subject: bool

    @classmethod
    def parse(cls, text: str, about: Callable[[str], TermInfo], open_subject: bool) -> Statement:
        """A statement's term string, each term's weight and slot taken from `about` (the
        matcher's memo: claims share most of their terms)."""
        own = frozenset(text.split())
        total = 0.0
        slots: list[tuple[str, str]] = []
        for term in own:
            term_weight, kind = about(term)
            total += term_weight
            if kind is not None:
                slots.append((term, kind))
        return cls(text, own, total, tuple(sorted(slots)), open_subject)


@dataclass(frozen=True, slots=True)
class Query:
    """A sentence as rescoring sees it."""

    text: str  # content terms, space-joined
    weights: Mapping[str, float]  # term -> weight
    rare: float  # the weight of a term only one claim has
    own: float  # the sentence's weight: its terms', at least `MIN_EVIDENCE_TERMS` rare terms
    own_open: float  # ... against a claim with an open subject (`OPEN_NAME_WEIGHT`)
    least: float  # the least a sentence weighs: `MIN_EVIDENCE_TERMS` rare terms
    slots: tuple[tuple[str, str], ...]  # (term, slot) of its slot terms, heaviest first
    rest: float  # the weight of its other terms
    slot_weight: float  # ... and of its slot terms
    unknown: frozenset[str]  # its names that no claim uses
    bounds: Mapping[str, str]  # its bounded numbers: term -> bound kind ("more than 150")

    @classmethod
    def parse(
        cls,
        query: Sequence[str],
        weight: Callable[[str], float],
        rare: float,
        unknown: frozenset[str] = frozenset(),
        bounds: Mapping[str, str] | None = None,
    ) -> Query:
        """`unknown`: the sentence's names (`claimcheck.tokens.names`) that no claim uses;
        `bounds`: its bounded numbers (`claimcheck.tokens.terms_and_bounds`)."""
        weights = {t: weight(t) for t in query}
        slots = sorted(
            ((t, kind) for t in weights if (kind := slot(t)) is not None),
            key=lambda item: -weights[item[0]],
        )
        total = sum(weights.values())
        rest = total - sum(weights[t] for t, _ in slots)
        unknown &= weights.keys()
        floor = MIN_EVIDENCE_TERMS * rare
        named = (1.0 - OPEN_NAME_WEIGHT) * sum(weights[t] for t in unknown)
        own, own_open = max(total, floor), max(total - named, floor)
        fixed = total - rest
        return cls(
            " ".join(query),
            weights,
            rare,
            own,
            own_open,
            floor,
            tuple(slots),
            rest,
            fixed,
            unknown,
            bounds or {},
        )


def backing(
    bm25: float,
    statements: Sequence[Statement],
    query: Query,
    floor: float = -1.0,
    context: float = 0.0,
) -> float:
    """The claim's BM25 score over the sentence's weight, where each stand-in adds what it
    would have added (in the claim's own BM25 units) as a shared term, discounted
    (`stand_in_credit`). Stand-ins pair only with the terms of the claim text (the first
    statement), which the fact comparison reads: a quote may hold the facts of other claims.
    Against a claim that leaves its subject open, a name that no claim uses weighs
    `OPEN_NAME_WEIGHT` of a word: it may be what the claim's "it" or "the film" refers to.
    Stand-ins are not counted when even full credit could not lift the score over `floor`.
    `context`: how much less the sentence weighs against this claim for naming its subject
    (`subject_context`)."""
    own = own_weight(query, statements[0].open_subject, context)
    most = _MOST_CREDIT * (K1 + 1.0) * query.slot_weight  # BM25 gives a term at most K1 + 1 idfs
    if bm25 and query.slots and statements[0].slots and (bm25 + most) / own > floor:
        terms = statements[0].terms
        if len(statements) > 1:
            terms = terms.union(*(s.terms for s in statements[1:]))
        shared = sum(query.weights[t] for t in terms & query.weights.keys())
        credit = stand_in_credit(query, terms, statements[0].slots, shared)
        if credit:
            bm25 *= 1.0 + credit / shared
    return bm25 / own


def own_weight(query: Query, open_subject: bool, context: float) -> float:
    """What the sentence weighs against a claim: less a name no claim uses if the claim leaves
    its subject open, less `context` for the words of the claim's subject."""
    own = query.own_open if open_subject else query.own
    return max(own - context, query.least) if context else own


def subject_context(
    query: Query, subject: frozenset[str], statements: Sequence[Statement]
) -> tuple[frozenset[str], float]:
    """The sentence's terms that name a claim's subject (the title of its source, say) without
    being in the claim's own text or quote, and how much less the sentence weighs against the
    claim for them: each weighs `SUBJECT_WEIGHT` of itself. "Uzbekistan had 1,390 confirmed
    cases" states the claim "there have been 1,390 confirmed cases" from a source titled
    "COVID-19 pandemic in Uzbekistan"; the title is no evidence of the fact, so it adds
    nothing to what the claim shares with the sentence."""
    found = subject & query.weights.keys()
    if not found:
        return frozenset(), 0.0
    found = found.difference(*(s.terms for s in statements))
    if statements[0].open_subject:
        found -= query.unknown  # already weighed as what the claim's "it" refers to
    weight = (1.0 - SUBJECT_WEIGHT) * sum(query.weights[t] for t in found)
    return found, weight


def stand_in_credit(
    query: Query,
    claim_terms: frozenset[str],
    claim_slots: Sequence[tuple[str, str]],
    shared: float,
) -> float:
    """The credit for the sentence's stand-ins against a claim (`stand_in_weights`), times
    `SLOT_CREDIT` and times the share of the sentence's other terms that the claim has (`shared`
    is the weight of all the terms it has), to `CONTEXT_EXPONENT`: a stand-in means little
    without its context. A number that may be the claim's own, rounded ("more than 68,000" for
    68,179; `claimcheck.stand_ins.rounded`), is the same fact rather than a changed one: it counts
    `ROUNDED_CREDIT` of a shared term whatever its context."""
    if not query.rest:
        return 0.0
    found, rounded = stand_in_weights(
        query.weights, query.slots, claim_terms, claim_slots, query.bounds
    )
    if not found:
        return 0.0
    fixed = sum(query.weights[t] for t, _ in query.slots if t in claim_terms)
    context: float = ((shared - fixed) / query.rest) ** CONTEXT_EXPONENT
    return ROUNDED_CREDIT * rounded + SLOT_CREDIT * (found - rounded) * context


def coverage(
    statement: Statement,
    query: Query,
    floor: float,
    *,
    stand_ins: bool,
    context: frozenset[str] = frozenset(),
) -> float:
    """How fully the sentence states a claim statement, in one place, 0-1 (or 0 when it cannot
    beat `floor`).

    The share of the statement's term weight found in the sentence (to `CLAIM_SHARE_EXPONENT`),
    times the share of the aligned sentence window that the statement accounts for (to
    `WINDOW_SHARE_EXPONENT`), times the strength of the evidence: the shared weight, in rare
    terms, over `MIN_EVIDENCE_TERMS`, at most 1. With `stand_ins` (for the claim text), the
    sentence's stand-ins count as shared terms, discounted (`stand_in_credit`). The `context`
    terms (`subject_context`) are left out of the window.
    """
    weights = query.weights
    common = statement.terms & weights.keys()
    if not common or not statement.weight:
        return 0.0
    shared = sum(weights[t] for t in common)
    credit = 0.0
    if stand_ins and statement.slots and query.slots:
        if _bound(shared + _MOST_CREDIT * query.slot_weight, statement, query) <= floor:
            return 0.0
        credit = stand_in_credit(query, statement.terms, statement.slots, shared)
    bound = _bound(shared + credit, statement, query)
    if bound <= floor:
        return 0.0
    share: float = _window_share(statement, query, credit > 0, context) ** WINDOW_SHARE_EXPONENT
    return bound * share


def _bound(shared: float, statement: Statement, query: Query) -> float:
    """Coverage before the window share: its upper bound."""
    strength = min(1.0, shared / query.rare / MIN_EVIDENCE_TERMS)
    found: float = min(1.0, shared / statement.weight) ** CLAIM_SHARE_EXPONENT
    return strength * found


def _window_share(
    statement: Statement, query: Query, stand_ins: bool, context: frozenset[str]
) -> float:
    """The share of term weight that the statement has in the sentence window aligned with it
    (rapidfuzz's partial alignment of the two term strings, widened to whole terms); with
    `stand_ins`, the sentence's slot terms in the window count as the statement's."""
    from rapidfuzz import fuzz

    text = query.text
    found = fuzz.partial_ratio_alignment(statement.text, text)
    if found is None:
        return 0.0
    start = text.rfind(" ", 0, found.dest_start) + 1
    stop = text.find(" ", found.dest_end)
    window = set(text[start : len(text) if stop < 0 else stop].split())
    if statement.open_subject:
        window -= query.unknown  # what the claim's "it" may refer to
    window -= context
    total = sum(query.weights[t] for t in window)
    own = statement.terms | {t for t, _ in query.slots} if stand_ins else statement.terms
    shared = sum(query.weights[t] for t in window & own)
    return shared / total if total else 0.0
