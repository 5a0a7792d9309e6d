"""Pure rules: (sentence, matched claims, fact conflicts) -> a labelled Result with its reasons."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from claimcheck.lexicons.bounds import BEFORE as BOUNDS_BEFORE
from claimcheck.models import (
    CONFLICT_KINDS,
    Anchor,
    Candidate,
    Claim,
    ClaimCheck,
    Label,
    Reason,
    ReasonKind,
    Result,
    Sentence,
)

Compare = Callable[[str, str], tuple[Reason, ...]]
_BOUND_BEFORE = re.compile(  # a bound phrase and the space after it, at the end of the text
    r"(?i)(?<![\w'])(?:"
    + "|".join(r"\s+".join(map(re.escape, words)) for words in sorted(BOUNDS_BEFORE, key=len)[::-1])
    + r")\s+$"
)


def check_claim(
    sentence: str,
    claim: Claim,
    score: float,
    compare: Compare,
    window: tuple[int, int] | None = None,
) -> ClaimCheck:
    """Compare one sentence with one matched claim.

    A true claim: any fact conflict contradicts, none supports. A known-false claim: a sentence
    that negates it is supported, one that repeats it is contradicted, and one that changes its
    facts, or agrees with it without stating its false value (`states_false_value`), is judged
    against the quote that refutes it: "since 2016" fits a false "set up in 2018" without
    repeating it, and is contradicted by a quote that says 2013. When the sentence makes several
    claims, `window` is the part of it that states this one: a true claim and the quote are
    compared with that part only, while "does it repeat the false claim" is judged on the whole
    sentence.
    """
    start, end = window or (0, len(sentence))

    def conflicts_in_part(reference: str) -> tuple[Reason, ...]:
        found = compare(sentence[start:end], reference)
        return tuple(_shift(r, start) for r in found if r.kind in CONFLICT_KINDS)

    if claim.verdict:
        conflicts = conflicts_in_part(claim.text)
        if conflicts:
            return ClaimCheck(claim.id, score, Label.CONTRADICTED, conflicts)
        return ClaimCheck(claim.id, score, Label.SUPPORTED, (_agrees(claim, score),))
    conflicts = tuple(r for r in compare(sentence, claim.text) if r.kind in CONFLICT_KINDS)
    if any(r.kind is ReasonKind.NEGATION for r in conflicts):
        message = f"denies {claim.id!r}, a claim the source refutes"
        reason = Reason(ReasonKind.NEGATES_FALSE_CLAIM, message)
        return ClaimCheck(claim.id, score, Label.SUPPORTED, (reason,))
    if conflicts:
        against_quote = conflicts_in_part(claim.quote)
        if against_quote:
            return ClaimCheck(claim.id, score, Label.CONTRADICTED, against_quote)
        return ClaimCheck(claim.id, score, Label.SUPPORTED, (_quote_agrees(claim),))
    if not states_false_value(sentence, claim, compare):
        against_quote = conflicts_in_part(claim.quote)
        if against_quote:  # neither the false value nor the quote's: a third one
            return ClaimCheck(claim.id, score, Label.CONTRADICTED, against_quote)
        message = f"agrees with the source quote of {claim.id!r} and does not state the false value"
        return ClaimCheck(claim.id, score, Label.SUPPORTED, (Reason(ReasonKind.MATCH, message),))
    note = f" ({claim.note.strip()})" if claim.note else ""
    message = f"repeats {claim.id!r}, a claim the source refutes{note}"
    reason = Reason(ReasonKind.FALSE_CLAIM, message, draft=sentence, claim=claim.quote)
    return ClaimCheck(claim.id, score, Label.CONTRADICTED, (reason,))


def near_conflict(
    sentence: str, near: Sequence[tuple[Claim, Candidate]], compare: Compare
) -> list[tuple[Claim, Candidate]]:
    """The first of the near claims (best first) that a sentence contradicts: a true claim whose
    number, date, count, direction, polarity or name the sentence changes. Such a sentence
    states a claim's fact with another value, which is what lowered its match; it is checked
    against that claim instead of being left unsourced ("conviction rate, at 99.2 percent,
    leaves little room for mistakes" against "a 99.92 percent conviction rate"). Likewise a
    known-false claim whose false figure the sentence states, agreeing with it otherwise: it
    repeats it."""
    for claim, candidate in near:
        found = compare(sentence, claim.text)
        if claim.verdict and any(r.kind in CONFLICT_KINDS for r in found):
            return [(claim, candidate)]
        if not claim.verdict and not found and _states_false_figure(sentence, claim, compare):
            return [(claim, candidate)]
    return []


def long_match(
    sentence: str,
    near: Sequence[tuple[Claim, Candidate]],
    floor: float | None,
    unstated: Compare,
) -> list[tuple[Claim, Candidate]]:
    """The best near claim of a long sentence, when it reaches the sentence's lower floor
    (`claimcheck.match.long_floor`; None: not long) and states every number, date and count the
    sentence gives (`unstated`: what the sentence states that the claim does not). A long
    sentence with a figure of its own may state a second claim, with a changed value, that
    matched too weakly to be compared: it stays unsourced. Called only when no near claim is
    contradicted (`near_conflict`)."""
    if floor is None or not near:
        return []
    claim, candidate = near[0]
    if candidate.score < floor:
        return []
    if any(r.kind in _VALUE_KINDS for r in unstated(sentence, claim.text)):
        return []
    return [(claim, candidate)]


def _states_false_figure(sentence: str, claim: Claim, compare: Compare) -> bool:
    """Whether a sentence states the changed figure that makes a known-false claim false (its
    number, date or count that the quote gives otherwise: "28 years" where the quote says 27).
    Near a claim, that figure is what the sentence repeats."""
    stated = _digits(sentence)
    return any(v <= stated for v in _false_figures(compare(claim.text, claim.quote)))


def _false_figures(falsehoods: Sequence[Reason]) -> list[set[str]]:
    """The digits of each number, date or count in which a known-false claim departs from its
    quote (`falsehoods`: the conflicts of the claim's text with its quote)."""
    found = (_digits(r.draft or "") for r in falsehoods if r.kind in _VALUE_KINDS)
    return [values for values in found if values]


def states_false_value(sentence: str, claim: Claim, compare: Compare) -> bool:
    """Whether a sentence may repeat a known-false claim's falsehood. When the claim is false
    because it changes a value of its quote (a number, date or count: "jailed for 28 years"
    where the quote says 27), a sentence repeats it only by stating that value; one that agrees
    with both ("nearly three decades") does not. When it is false because it reverses a
    direction ("fell" where the quote says "rose"), a sentence repeats it only by stating a word
    of that opposite pair: one that gives only the number does not. Otherwise (a false negation,
    say) agreeing with the claim is enough."""
    from claimcheck.facts import direction_pairs

    falsehoods = compare(claim.text, claim.quote)
    values = _false_figures(falsehoods)
    if not values:
        reversed_pairs = frozenset().union(
            *(direction_pairs(r.draft or "") for r in falsehoods if r.kind is ReasonKind.DIRECTION)
        )
        if reversed_pairs and all(r.kind is ReasonKind.DIRECTION for r in falsehoods):
            return bool(reversed_pairs & direction_pairs(sentence))
        return True
    stated = _digits(sentence)
    return any(v <= stated for v in values)


def _shift(reason: Reason, offset: int) -> Reason:
    if reason.span is None or offset == 0:
        return reason
    return replace(reason, span=(reason.span[0] + offset, reason.span[1] + offset))


def claim_window(sentence: str, claim_text: str) -> tuple[int, int]:
    """The part of a sentence that states a claim: where the claim's text aligns best with it
    (rapidfuzz partial alignment), widened to whole words."""
    from rapidfuzz import fuzz

    alignment = fuzz.partial_ratio_alignment(claim_text.lower(), sentence.lower())
    if alignment is None:
        return 0, len(sentence)
    start, end = alignment.dest_start, alignment.dest_end
    if end - start >= len(sentence) or end <= start:
        return 0, len(sentence)
    while start > 0 and not sentence[start - 1].isspace():
        start -= 1
    while end < len(sentence) and not sentence[end].isspace():
        end += 1
    return _with_bound_before(sentence, start), end


def _with_bound_before(sentence: str, start: int) -> int:
    """`start` moved back over a bound phrase that ends just before it ("more than" before
    "twenty"): the bound belongs to the number the window starts with."""
    found = _BOUND_BEFORE.search(sentence, 0, start)
    return found.start() if found else start


def _agrees(claim: Claim, score: float) -> Reason:
    return Reason(ReasonKind.MATCH, f"agrees with {claim.id!r} (match {score:.0f})")


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _digits(text: str) -> set[str]:
    return {m.group().replace(",", "") for m in _DIGITS.finditer(text)}


def _attributed_elsewhere(reason: Reason, supporting: Sequence[Claim]) -> bool:
    """A number or date conflict whose draft value is stated by another matched claim that the
    sentence agrees with belongs to that claim (a sentence that makes two claims)."""
    if reason.draft is None or reason.kind not in _VALUE_KINDS:
        return False
    values = _digits(reason.draft)
    return bool(values) and any(values <= _digits(claim.text) for claim in supporting)


_VALUE_KINDS = frozenset({ReasonKind.NUMBER, ReasonKind.DATE, ReasonKind.COUNT})


def _false_value(reason: Reason, claim: Claim) -> bool:
    """Whether a conflict is on a value that a known-false claim itself states: the falsehood,
    which another matched claim's agreeing with it does not excuse."""
    values = _digits(reason.draft or "")
    return not claim.verdict and bool(values) and values <= _digits(claim.text)


def _overruled(check: ClaimCheck, supporting: Sequence[ClaimCheck]) -> bool:
    """A 'repeats a false claim' verdict rests on finding no conflict with the false reading; a
    true claim that matches the sentence better and agrees with it wins over it."""
    return any(r.kind is ReasonKind.FALSE_CLAIM for r in check.reasons) and any(
        other.score > check.score for other in supporting
    )


def combine(checks: Sequence[ClaimCheck], claims: Sequence[Claim]) -> tuple[ClaimCheck, ...]:
    """Resolve a sentence matched to several claims: drop conflicts that another matched claim
    accounts for (a known-false claim's conflicts with its quote too), and false-claim repeats
    that a better-matching true claim overrules."""
    pairs = list(zip(claims, checks, strict=True))
    agreeing = [k for c, k in pairs if k.label is Label.SUPPORTED and c.verdict]
    if not agreeing or len(checks) < 2:
        return tuple(checks)
    supporting = [c for c, k in pairs if k.label is Label.SUPPORTED and c.verdict]
    combined: list[ClaimCheck] = []
    for claim, check in pairs:
        if check.label is not Label.CONTRADICTED:
            combined.append(check)
            continue
        if not claim.verdict and _overruled(check, agreeing):
            continue
        kept = tuple(
            r
            for r in check.reasons
            if not _attributed_elsewhere(r, supporting) or _false_value(r, claim)
        )
        if kept:
            combined.append(ClaimCheck(check.claim_id, check.score, check.label, kept))
        else:
            reason = _agrees(claim, check.score) if claim.verdict else _quote_agrees(claim)
            combined.append(ClaimCheck(check.claim_id, check.score, Label.SUPPORTED, (reason,)))
    return tuple(combined)


def _quote_agrees(claim: Claim) -> Reason:
    message = f"agrees with the source quote of {claim.id!r}, not with the false reading"
    return Reason(ReasonKind.MATCH, message)


def label_sentence(
    path: str,
    sentence: Sentence,
    skip: Reason | None,
    matched: Sequence[tuple[Claim, Candidate]],
    near: Sequence[Candidate],
    compare: Compare,
    anchors: Mapping[str, Anchor],
) -> Result:
    """The Result for one sentence.

    `skip` is the check-worthiness verdict, `matched` the confident matches (best first) and
    `near` the possible matches; `anchors` give each claim's current source text.
    """
    if skip is not None:
        return Result(path, sentence, Label.SKIPPED, (skip,))
    if not matched:
        return _unsourced(path, sentence, near)
    claims = [claim for claim, _ in matched]
    checks: tuple[ClaimCheck, ...]
    if len(matched) == 1:
        checks = (check_claim(sentence.text, claims[0], matched[0][1].score, compare),)
    else:  # a sentence that makes several claims: compare each with the part that states it
        checks = combine(
            [
                check_claim(
                    sentence.text,
                    claim,
                    cand.score,
                    compare,
                    claim_window(sentence.text, claim.text),
                )
                for claim, cand in matched
            ],
            claims,
        )
    decisive = next((c for c in checks if c.label is Label.CONTRADICTED), checks[0])
    claim = next(c for c in claims if c.id == decisive.claim_id)
    reasons = tuple(
        dict.fromkeys(r for c in checks if c.label is decisive.label for r in c.reasons)
    )
    others = tuple(c for c in near if c.claim_id not in {k.claim_id for k in checks})
    return Result(
        path,
        sentence,
        decisive.label,
        reasons,
        claim_id=claim.id,
        source=claim.source,
        quote=_current_quote(claim, anchors),
        score=decisive.score,
        checks=checks,
        candidates=others,
    )


def _current_quote(claim: Claim, anchors: Mapping[str, Anchor]) -> str:
    """The source's text at the quote's anchor, or the quote as written when it did not anchor."""
    anchor = anchors.get(claim.id)
    return anchor.current if anchor is not None and anchor.current else claim.quote


def _unsourced(path: str, sentence: Sentence, near: Sequence[Candidate]) -> Result:
    if near:
        best = near[0]
        message = f"no claim backs this sentence (nearest: {best.claim_id}, {best.score:.1f})"
        reason = Reason(ReasonKind.POSSIBLE_MATCH, message)
    else:
        reason = Reason(ReasonKind.NO_MATCH, "no claim backs this sentence")
    return Result(path, sentence, Label.UNSOURCED, (reason,), candidates=tuple(near))
