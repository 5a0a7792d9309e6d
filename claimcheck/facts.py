"""Compare the facts of two statements: numbers, dates, negation, direction, counts and names.

`compare(draft, reference)` lists what the draft states that conflicts with the reference (a
claim's text or its quote). A draft that says less, reorders or paraphrases conflicts with
nothing. `unsupported(statement, evidence)` lists the numbers, dates and negations of a statement
that its evidence does not state at all.

How a draft's fact finds its counterpart: each number, date, predicate or opposite word
carries its context (the content words near it, weighted by closeness). Among the reference's
facts of the same kind and unit, the best-aligned ones (those sharing the most context) are its
counterparts, and a value that agrees with any counterpart is no conflict. A reference number
written with the same figures ("under 175" and "175") is the counterpart outright; a number or
date that shares context with nothing is held against every one of its kind. Two quantities
conflict only when the intervals of values they admit are disjoint.

Negation is compared predicate by predicate: a predicate negated in one text conflicts only with
the same predicate affirmed, near the same words, in the other. So a negation inside a relative
clause ("a murder he did not commit") says nothing against a reference that never mentions
committing. Names are compared by their place in the sentence (see `entities.same_slot`).

Weekdays: "said Monday" against "said Tuesday" is a DATE conflict when each text names
weekdays and they share none.

What a text denies is not what it states: in "jailed for 27 years, not 28" or "in 2016 rather
than 2017" the denied number or date is left out (and a denied number or date that the
reference states is a conflict). A negation before a date in its clause falls on the date: "was
not set up in 2018" denies 2018 and affirms the setting up; "not released until 2020" says it
was in 2020. And "sided with the tenants rather than the landlord" negates "landlord". A stated
count that the draft spells out as a list ("two members: a judge and a lawyer") conflicts with
a longer list of the same things in the reference (a COUNT conflict). Institutions of one kind
("Ministry of Trade", "Ministry of Health") that do not name each other conflict wherever they
stand. A list of three or more items that the reference gives with as many items, all alike but
one, has that item swapped (an ENTITY conflict): "education, employment and housing" against
"education, employment and social insurance". A paraphrased item ("jobs" for "employment")
that no synonym group links reads as a swap too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from claimcheck.dates import DateMention, precision
from claimcheck.dates import agree as dates_agree
from claimcheck.dates import comparable as dates_comparable
from claimcheck.entities import Entity, mentioned, rivals, same_slot
from claimcheck.enumerations import Enumeration, is_partial, partial_list
from claimcheck.lexer import overlap
from claimcheck.lexicons.antonyms import CONVERSE, DIRECTION_PAIRS
from claimcheck.lexicons.function_words import LIST_ARTICLES
from claimcheck.measures import QuantityKind
from claimcheck.models import Reason, ReasonKind
from claimcheck.polarity import (
    Direction,
    Predicate,
    Report,
    concept,
    frame_before,
    is_predicate,
    occurrences,
    reported,
)
from claimcheck.quantities import Quantity, agree, comparable, same_kind
from claimcheck.statement import Statement, analyse

_SIDE_WINDOW = 8  # words read on each side of "before"/"after" to tell which event is which
_CLAUSE_PUNCTUATION = frozenset({",", ";", ":"})  # what separates the clauses of a sentence
_CONVERSE_PAIRS = frozenset(
    i for i, (one, other) in enumerate(DIRECTION_PAIRS) if frozenset(one | other) in CONVERSE
)
BOUND_ALIGNED = 0.8  # ... and a bounded one ("less than 142 million"), which many numbers meet
SWAP_MIN_ITEMS = 3  # a list with one item swapped has at least this many items
ALIGNED = 0.6  # a counterpart shares at least this share of the best-aligned one's context
_T = TypeVar("_T")


def compare(draft: str, reference: str) -> tuple[Reason, ...]:
    """Conflicts between what `draft` states and what `reference` (a registry claim's text, or its
    quote) states. Empty tuple: no conflict. Asymmetric: facts of the reference that the draft does
    not mention are not conflicts; a draft that says less is fine."""
    mine, theirs = analyse(draft), analyse(reference)
    reasons: list[Reason] = []
    for rule in _RULES:
        reasons.extend(rule(mine, theirs))
    return _without_overlaps(reasons) if len(reasons) > 1 else tuple(reasons)


def unsupported(statement: str, evidence: str) -> tuple[Reason, ...]:
    """Facts in `statement` (numbers, years/dates, negation) that `evidence` does not state at all.
    Used by the registry audit: a claim whose own quote lacks one of its numbers/years/negations.

    A number is stated when the evidence has one of its kind that agrees with it, whatever it
    counts ("511 prosecutors" and "511 officials"); ordinals in words ("the first half") are not
    numbers here. A negation ("not", "never", "failed to"; not a word such as "illegally") is
    stated when the evidence negates anything: the claim may paraphrase it ("not convicted" and
    "acquitted")."""
    mine, theirs = analyse(statement), analyse(evidence)
    reasons: list[Reason] = []
    for quantity in mine.quantities:
        if quantity.kind is QuantityKind.ORDINAL and quantity.worded:
            continue  # "the first half of the year", "for the first time"
        if not any(same_kind(quantity, q) and agree(quantity, q) for q in theirs.quantities):
            kind = ReasonKind.COUNT if _is_count(quantity) else ReasonKind.NUMBER
            reasons.append(_missing(kind, quantity.text, (quantity.start, quantity.end)))
    for mention in (*mine.dates, *mine.denied_dates):
        if not any(dates_comparable(mention, d) and dates_agree(mention, d) for d in theirs.dates):
            reasons.append(_missing(ReasonKind.DATE, mention.text, (mention.start, mention.end)))
    has_negation = any(p.negated for p in theirs.written_predicates)
    for predicate in mine.written_predicates:
        if predicate.negated and predicate.cued and not has_negation:
            span = (predicate.start, predicate.end)
            reasons.append(_missing(ReasonKind.NEGATION, predicate.text, span))
    return tuple(reasons)


def direction_pairs(text: str) -> frozenset[int]:
    """The opposite pairs ("rose"/"fell", "convicted"/"acquitted") of which `text` states a word,
    as indices into `DIRECTION_PAIRS` (not a verb of refusal: "declined to arrest")."""
    return frozenset(d.pair for d in analyse(text).directions)


def _missing(kind: ReasonKind, value: str, span: tuple[int, int]) -> Reason:
    return Reason(kind, f'the source does not state "{value}"', draft=value, span=span)


def _conflict(kind: ReasonKind, draft: str, claim: str, span: tuple[int, int] | None) -> Reason:
    return Reason(kind, f'draft says "{draft}", source says "{claim}"', draft, claim, span)


def _counterparts(
    anchor: dict[str, float],
    candidates: Sequence[_T],
    context_of: Callable[[_T], dict[str, float]],
    *,
    fallback: bool,
    spoken_for: Callable[[_T], bool] | None = None,
    share: float = 0.6,
) -> list[_T]:
    """The best-aligned candidates: those whose context shares at least ALIGNED of the best
    shared context with `anchor`. When no candidate shares any context: if `fallback`, all of
    them but those `spoken_for` (a value that another of the draft's facts states: "convicted in
    1996 and cleared in 2014" against "convicted in 1996" holds 2014 against no date), else
    none."""
    scored = [(overlap(anchor, context_of(c)), c) for c in candidates]
    best = max((score for score, _ in scored), default=0.0)
    if best <= 0.0:
        if not fallback:
            return []
        return [c for c in candidates if spoken_for is None or not spoken_for(c)]
    return [c for score, c in scored if score >= share * best]


def _stated_elsewhere(
    fact: _T,
    facts: Sequence[_T],
    comparable: Callable[[_T, _T], bool],
    agree: Callable[[_T, _T], bool],
) -> Callable[[_T], bool]:
    """Whether a reference fact agrees with one of the draft's `facts` other than `fact`."""
    others = [f for f in facts if f is not fact]
    return lambda theirs: any(comparable(o, theirs) and agree(o, theirs) for o in others)


def _claimed_by_other(
    quantity: Quantity, other: Quantity, mine: Statement, theirs: Statement
) -> bool:
    """Whether another of the draft's quantities agrees with the reference's `other` and shares
    at least as much context with it as `quantity` does."""
    around = theirs.around(other.first, other.number_last)
    own = overlap(mine.around(quantity.first, quantity.number_last), around)
    return any(
        q is not quantity
        and comparable(q, other)
        and agree(q, other)
        and overlap(mine.around(q.first, q.number_last), around) >= own
        for q in mine.quantities
    )


def _is_count(quantity: Quantity) -> bool:
    return quantity.counted and quantity.small


def _quantity_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A quantity whose best-aligned counterparts of the same kind and unit admit none of its
    values."""
    for quantity in mine.quantities:
        candidates = [q for q in theirs.quantities if comparable(quantity, q)]
        if not candidates:
            continue
        found = [q for q in candidates if q.value == quantity.value]  # "under 175" and "175"
        if not found:
            # a figure that another of the draft's numbers states, in a context at least as
            # close, is that number's counterpart ("grossed over $55 million on a $25 million
            # budget" holds 55 against no budget)
            if len(mine.quantities) > 1:
                candidates = [
                    q for q in candidates if not _claimed_by_other(quantity, q, mine, theirs)
                ]
            anchor = mine.around(quantity.first, quantity.number_last)
            found = _counterparts(
                anchor,
                candidates,
                lambda q: theirs.around(q.first, q.number_last),
                fallback=True,
                spoken_for=_stated_elsewhere(quantity, mine.quantities, comparable, agree),
                share=BOUND_ALIGNED if quantity.bounded else ALIGNED,
            )
        if not found or any(agree(quantity, q) for q in found):
            continue
        other = found[0]
        if _is_count(quantity) and other.counted:
            draft = mine.text[quantity.start : quantity.noun_end]
            claim = theirs.text[other.start : other.noun_end]
            yield _conflict(ReasonKind.COUNT, draft, claim, (quantity.start, quantity.noun_end))
        else:
            span = (quantity.start, quantity.end)
            yield _conflict(ReasonKind.NUMBER, quantity.text, other.text, span)


def _denial_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A number the draft denies ("the term was 27 years, not 28") that the reference states,
    in the corresponding place."""
    for quantity in mine.denied_quantities:
        candidates = [q for q in theirs.quantities if comparable(quantity, q)]
        anchor = mine.around(quantity.first, quantity.number_last)
        found = _counterparts(
            anchor, candidates, lambda q: theirs.around(q.first, q.number_last), fallback=True
        )
        same = [q for q in found if q.value == quantity.value and q.point == quantity.point]
        if same:
            message = f'draft denies "{quantity.text}", source says "{same[0].text}"'
            span = (quantity.start, quantity.end)
            yield Reason(ReasonKind.NUMBER, message, quantity.text, same[0].text, span)


def _denied_date_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A date the draft denies ("was not set up in 2018", "in 2014, not 2015") that the
    reference states, in the corresponding place."""
    for mention in mine.denied_dates:
        candidates = [d for d in theirs.dates if dates_comparable(mention, d)]
        anchor = mine.around(mention.first, mention.last)
        found = _counterparts(
            anchor, candidates, lambda d: theirs.around(d.first, d.last), fallback=True
        )
        same = [d for d in found if dates_agree(mention, d) and precision(d) >= precision(mention)]
        if same:
            message = f'draft denies "{mention.text}", source says "{same[0].text}"'
            span = (mention.start, mention.end)
            yield Reason(ReasonKind.DATE, message, mention.text, same[0].text, span)


def _enumeration_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A count that the draft spells out as a list, where the reference lists the same things
    with another number of items ("two groups of officials: judges and prosecutors" against
    "judges, prosecutors and police officers"). Likewise a count of which the draft names some
    members ("four agencies, including the Ministry of Justice"), where the reference lists in
    full a group with those members and another number of items. Counts with a counterpart among
    the reference's quantities are left to `_quantity_conflicts`."""
    for quantity in mine.quantities:
        if not _is_count(quantity) or quantity.value < 2:
            continue
        if any(comparable(quantity, q) for q in theirs.quantities):
            continue
        other = _listed_otherwise(mine, quantity, theirs)
        if other is not None:
            first, last = theirs.tokens[other.first], theirs.tokens[other.last]
            draft = mine.text[quantity.start : quantity.noun_end]
            claim = theirs.text[first.start : last.end]
            span = (quantity.start, quantity.noun_end)
            yield _conflict(ReasonKind.COUNT, draft, claim, span)


def _list_member_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A list of at least `SWAP_MIN_ITEMS` items that the reference gives with as many items,
    all alike but one ("education, employment and housing" against "education, employment and
    social insurance"): the odd item is swapped. Items are compared by their words' synonym
    keys; a list of examples ("including A, B and C") names only some members and is left out."""
    for ours in mine.enumerations:
        if len(ours.items) < SWAP_MIN_ITEMS or is_partial(mine.tokens, ours):
            continue
        mine_items = _item_concepts(mine, ours)
        for other in theirs.enumerations:
            if len(other.items) != len(ours.items) or is_partial(theirs.tokens, other):
                continue
            their_items = _item_concepts(theirs, other)
            odd = [i for i, item in enumerate(mine_items) if not any(item & t for t in their_items)]
            gone = [j for j, t in enumerate(their_items) if not any(t & m for m in mine_items)]
            if len(odd) == 1 and len(gone) == 1:
                span = _item_span(mine, ours, odd[0])
                start, end = _item_span(theirs, other, gone[0])
                claim = theirs.text[start:end]
                yield _conflict(ReasonKind.ENTITY, mine.text[span[0] : span[1]], claim, span)
                return


def _item_concepts(statement: Statement, enumeration: Enumeration) -> list[frozenset[str]]:
    tokens = statement.tokens
    return [
        frozenset(concept(t.lower) for t in tokens[first : last + 1] if is_predicate(t))
        for first, last in enumeration.spans
    ]


def _item_span(statement: Statement, enumeration: Enumeration, item: int) -> tuple[int, int]:
    first, last = enumeration.spans[item]
    while statement.tokens[first].lower in LIST_ARTICLES and first < last:
        first += 1
    return statement.tokens[first].start, statement.tokens[last].end


def _listed_otherwise(mine: Statement, count: Quantity, theirs: Statement) -> Enumeration | None:
    """The reference's list of the things the draft counts, when it has another number of
    items: a list that covers the draft's full list, or that names (in full, not after
    "including") each member that the draft gives as examples."""
    after = next((i for i, t in enumerate(mine.tokens) if t.start >= count.noun_end), 0)
    examples = partial_list(mine.tokens, after) if after else None
    if examples is not None and len(examples.items) <= count.value:
        found = [
            e for e in theirs.enumerations
            if e.names(examples) and not is_partial(theirs.tokens, e)
        ]  # fmt: skip
    else:
        listed = [e for e in mine.enumerations if e.first > count.last]
        if not listed or len(listed[0].items) != count.value:
            return None
        found = [e for e in theirs.enumerations if e.covers(listed[0])]
    return next((e for e in found if len(e.items) != count.value), None)


def _date_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A date whose best-aligned counterparts name other days; and other weekdays."""
    for mention in mine.dates:
        candidates = [d for d in theirs.dates if dates_comparable(mention, d)]
        if not candidates:
            continue
        precise = [d for d in candidates if precision(d) >= precision(mention)]
        candidates = precise or candidates  # a bare "2019" does not vouch for "18 May 2019"
        anchor = mine.around(mention.first, mention.last)
        found = _counterparts(
            anchor,
            candidates,
            lambda d: theirs.around(d.first, d.last),
            fallback=True,
            spoken_for=_stated_elsewhere(mention, mine.dates, _vouches_for, dates_agree),
        )
        if not found or any(dates_agree(mention, d) for d in found):
            continue
        found = [d for d in found if not _date_claimed_by_other(mention, d, mine, theirs)]
        if found:
            span = (mention.start, mention.end)
            yield _conflict(ReasonKind.DATE, mention.text, found[0].text, span)
    days = {t.lower for t in mine.weekdays}
    other_days = {t.lower for t in theirs.weekdays}
    if days and other_days and not days & other_days:
        day, other = mine.weekdays[0], theirs.weekdays[0]
        yield _conflict(ReasonKind.DATE, day.text, other.text, (day.start, day.end))


def _date_claimed_by_other(
    mention: DateMention, other: DateMention, mine: Statement, theirs: Statement
) -> bool:
    """Whether another of the draft's dates, in another clause, states the reference's `other`
    and shares more context with it than `mention` does: "death sentence 1994, commuted to
    life, released 2013" against "released in 2013" holds 1994 against no date. Two dates of
    one clause ("sentenced in 2013 and released in 2015") are each held to the reference."""
    around = theirs.around(other.first, other.last)
    own = overlap(mine.around(mention.first, mention.last), around)
    return any(
        d is not mention
        and dates_comparable(d, other)
        and dates_agree(d, other)
        and _apart(mine, d.first, mention.first)
        and overlap(mine.around(d.first, d.last), around) > own
        for d in mine.dates
    )


def _apart(statement: Statement, one: int, other: int) -> bool:
    """Whether a comma, semicolon or colon separates two tokens."""
    low, high = sorted((one, other))
    return any(t.lower in _CLAUSE_PUNCTUATION for t in statement.tokens[low:high])


def _vouches_for(draft: DateMention, reference: DateMention) -> bool:
    """Whether a draft's date may state a reference's date: comparable, and as precise ("in
    2020" does not state "7 April 2020")."""
    return dates_comparable(draft, reference) and precision(draft) >= precision(reference)


def _negation_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A predicate that one text negates and the other affirms, in a corresponding place: among
    the reference's statements of the predicate, the best-aligned ones all have the other
    polarity."""
    keys = {p.stem for p in mine.predicates} | {p.stem for p in theirs.predicates}
    for key in sorted(keys):
        ours = occurrences(mine.tokens, mine.predicates, mine.positions(key), key)
        others = occurrences(theirs.tokens, theirs.predicates, theirs.positions(key), key)
        if not ours or not others:
            continue
        for predicate in ours:
            candidates = [p for p in others if _same_role(predicate, mine, p, theirs)]
            anchor = mine.around(predicate.first, predicate.index)
            found = _counterparts(
                anchor, candidates, lambda p: theirs.around(p.first, p.index), fallback=False
            )
            if not found or any(p.negated == predicate.negated for p in found):
                continue
            other = found[0]
            cued = predicate.cued or other.cued
            kind = ReasonKind.NEGATION if cued else ReasonKind.DIRECTION
            span = (predicate.start, predicate.end)
            yield _conflict(kind, predicate.text, other.text, span)
            break


def _same_role(left: Predicate, mine: Statement, right: Predicate, theirs: Statement) -> bool:
    """Whether two statements of one predicate may be compared: a word that a contrast negates
    in one role ("rather than on the target") only with the word in that role ("on the
    target", not "convince the target"); and two verbs of saying only where they report the
    same thing (see `_same_report`)."""
    ours = reported(mine.tokens, mine.predicates, left)
    if ours is not None:
        other = reported(theirs.tokens, theirs.predicates, right)
        if other is None or not _same_report(left, ours, right, other):
            return False
    if left.frame and frame_before(theirs.tokens, right.index) != left.frame:
        return False
    return not right.frame or frame_before(mine.tokens, left.index) == right.frame


def _same_report(left: Predicate, ours: Report, right: Predicate, other: Report) -> bool:
    """Whether two verbs of saying report the same thing. A negated one denies an affirmed one
    that reports all it reports (see `Report.within`): "did not say she would accept" denies
    "said she would accept the award", not "said she would not accept" nor "said the court
    would rule". Two of one polarity: when either reports all the other does."""
    if left.negated == right.negated:
        return ours.within(other) or other.within(ours)
    denying, affirming = (ours, other) if left.negated else (other, ours)
    return denying.within(affirming)


def _direction_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A word of an opposite pair where the reference's best-aligned words of that pair are all
    of the other side ("rose" against "fell"). A draft that uses both sides says nothing. A word
    that the reference repeats in the aligned place is said alike and set aside with its
    counterpart, so that the draft's other words of the pair are read against the reference's
    other words ("the dropped cases fell" against "the dropped cases were up"); so is a phrase
    that the reference repeats word for word (see `_repeated`)."""
    for pair in sorted({d.pair for d in mine.directions}):
        ours = [d for d in mine.directions if d.pair == pair]
        others = [d for d in theirs.directions if d.pair == pair]
        if not others or len({d.side for d in ours}) != 1:
            continue
        if pair in _CONVERSE_PAIRS:
            yield from _order_conflicts(ours, others, mine, theirs)
            continue
        shared = [(w, _aligned(w, mine, others, theirs)) for w in ours]
        for word, found in shared:  # "dropped" in both texts' "dropped prosecutions": said alike
            said = word.words(mine.tokens)
            same = [d for d in found if d.words(theirs.tokens) == said]
            others = [d for d in others if d not in same]
        for word, found in shared:
            said = word.words(mine.tokens)
            if any(d.words(theirs.tokens) == said for d in found) or _repeated(word, mine, theirs):
                continue
            found = _aligned(word, mine, others, theirs)
            if found and all(d.side != word.side for d in found):
                span, (start, end) = _span(mine, word), _span(theirs, found[0])
                draft, claim = mine.text[span[0] : span[1]], theirs.text[start:end]
                yield _conflict(ReasonKind.DIRECTION, draft, claim, span)
                break


def _order_conflicts(
    ours: Sequence[Direction], others: Sequence[Direction], mine: Statement, theirs: Statement
) -> Iterator[Reason]:
    """A word of a converse pair ("before", "after") that puts two events in the other order
    than the reference's best-aligned words of the pair: the other word with the events named
    in the same order, or the same word with them named the other way round ("freed a year
    after police arrested him" states what "arrested one year before he was released" does)."""
    for word in ours:
        found = _aligned(word, mine, list(others), theirs)
        crossed = [_converse(word, mine, d, theirs) for d in found]
        if found and all(d.side ^ c != word.side for d, c in zip(found, crossed, strict=True)):
            span, (start, end) = _span(mine, word), _span(theirs, found[0])
            draft, claim = mine.text[span[0] : span[1]], theirs.text[start:end]
            if crossed[0]:
                message = (
                    f'draft says "{draft}", source says "{claim}" with the two events named '
                    "the other way round: the opposite order"
                )
                yield Reason(ReasonKind.DIRECTION, message, draft, claim, span)
            else:
                yield _conflict(ReasonKind.DIRECTION, draft, claim, span)
            return


def _converse(word: Direction, mine: Statement, other: Direction, theirs: Statement) -> bool:
    """Whether two words of a converse pair ("after", "before") relate the same two events
    named the other way round: "freed a year after police arrested him" and "arrested one year
    before he was released" (more of the words on each side of one are on the other side of
    the other; the words are compared by `concept`)."""
    mine_before, mine_after = _sides(mine, word.index, word.last)
    theirs_before, theirs_after = _sides(theirs, other.index, other.last)
    crossed = len(mine_before & theirs_after) + len(mine_after & theirs_before)
    straight = len(mine_before & theirs_before) + len(mine_after & theirs_after)
    return crossed > straight


def _sides(statement: Statement, first: int, last: int) -> tuple[set[str], set[str]]:
    """The concepts of the content words within `_SIDE_WINDOW` tokens before tokens[first] and
    after tokens[last], in its clause (not across ";")."""
    tokens = statement.tokens

    def side(indices: range) -> set[str]:
        found: set[str] = set()
        for i in indices:
            if tokens[i].lower in (";", ":"):
                break
            if is_predicate(tokens[i]):
                found.add(concept(tokens[i].lower))
        return found

    before = side(range(first - 1, max(-1, first - 1 - _SIDE_WINDOW), -1))
    after = side(range(last + 1, min(len(tokens), last + 1 + _SIDE_WINDOW)))
    return before, after


def _repeated(word: Direction, mine: Statement, theirs: Statement) -> bool:
    """Whether the reference repeats a direction phrase of several words ("found innocent")
    word for word, in a place that shares any of its context: it states what the draft states,
    though its opposite ("found guilty") may be nearer. A single word ("fell") is too common to
    settle this."""
    said = word.words(mine.tokens)
    if len(said) < 2:
        return False
    anchor = mine.around(word.index, word.last)
    return any(
        d.words(theirs.tokens) == said and overlap(anchor, theirs.around(d.index, d.last)) > 0
        for d in theirs.directions
    )


def _span(statement: Statement, word: Direction) -> tuple[int, int]:
    """Where a direction word or phrase is written in its text."""
    return statement.tokens[word.index].start, statement.tokens[word.last].end


def _aligned(
    word: Direction, mine: Statement, others: list[Direction], theirs: Statement
) -> list[Direction]:
    anchor = mine.around(word.index, word.last)
    return _counterparts(anchor, others, lambda d: theirs.around(d.index, d.last), fallback=False)


def _entity_conflicts(mine: Statement, theirs: Statement) -> Iterator[Reason]:
    """A name in the draft that the reference does not mention, where the reference has a name of
    the same kind that the draft does not mention, in the same place (see `same_slot`), or an
    institution of the same kind (see `rivals`)."""
    if theirs.names_all_capitals_of(mine):
        return
    ours = [e for e in mine.entities if not _named_in(e, theirs)]
    if not ours:
        return
    others = [e for e in theirs.entities if not mentioned(e, mine.entities, mine.lowered)]
    for entity in ours:
        for other in others:
            if other.institution == entity.institution and (
                same_slot(entity, other) or rivals(entity, other)
            ):
                span = (entity.start, entity.end)
                yield _conflict(ReasonKind.ENTITY, entity.text, other.text, span)
                break


def _named_in(entity: Entity, statement: Statement) -> bool:
    """Whether `statement` names `entity`. (Each word of the name in its text settles it without
    reading the statement's own names.)"""
    if all(word in statement.lowered for word in entity.words):
        return True
    return mentioned(entity, statement.entities, statement.lowered)


_RULES: tuple[Callable[[Statement, Statement], Iterator[Reason]], ...] = (
    _quantity_conflicts,
    _denial_conflicts,
    _enumeration_conflicts,
    _date_conflicts,
    _denied_date_conflicts,
    _negation_conflicts,
    _direction_conflicts,
    _entity_conflicts,
    _list_member_conflicts,
)

_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (ReasonKind.DATE, ReasonKind.NUMBER, ReasonKind.COUNT, ReasonKind.NEGATION,
         ReasonKind.DIRECTION, ReasonKind.ENTITY)
    )
}  # fmt: skip


def _without_overlaps(reasons: list[Reason]) -> tuple[Reason, ...]:
    """The reasons in text order, dropping one whose span overlaps a higher-priority reason's."""
    kept: list[Reason] = []
    for reason in sorted(reasons, key=lambda r: _PRIORITY.get(r.kind, 99)):
        if reason.span is None or not any(
            k.span is not None and k.span[0] < reason.span[1] and reason.span[0] < k.span[1]
            for k in kept
        ):
            kept.append(reason)
    return tuple(sorted(kept, key=lambda r: r.span or (0, 0)))
