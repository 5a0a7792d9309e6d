"""Stand-ins: a sentence's number, year, month or direction that takes the place of another one
in its claim.

A sentence that changes a fact of a claim ("up 39 percent" for "up 29 percent", "in 2012" for "in
2013", "fell" for "rose") must still match that claim, so the fact comparison can call it
contradicted. Rescoring (`claimcheck.match`) gives such a term part of the credit of a shared
one. A stand-in has to be plausible: a number pairs with a number of a similar size (a changed
figure rarely changes its order of magnitude; 3,000 and 230,000 are two different counts), a
year with a nearby year, a month with a month and a direction with a direction. Terms and their
slots come from `claimcheck.tokens.slot`.

A stand-in can also be the claim's own figure, rounded or bounded ("more than 68,000" for 68,179,
"nearly 1,500" for 1,495): numbers within `ROUNDED` of each other, large and precise enough that
the two are unlikely to agree by chance (`rounded`). Rescoring counts such a pair as a shared
term rather than as a changed fact. So it does a bound ("more than 150", "nearly 1,500") on a
number of a similar size: it compares itself with that figure, whether it holds or not (the
fact comparison judges that).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

ROUNDED = 0.03  # numbers this close (a share of the larger) may be one figure, rounded, ...
ROUNDED_DIGITS = 3  # ... when one has this many significant digits ("22" and "23" may be chance)
ROUNDED_MIN = 100.0  # ... and the larger is this large (ratings and percentages crowd together)
NUMBER_FAR = 10.0  # numbers this many times apart (or more) are not stand-ins for each other
YEAR_NEAR = 10  # years this close are full stand-ins ...
YEAR_FAR = 30  # ... and this far apart, none


def stand_in_weight(
    weights: Mapping[str, float],
    slots: Iterable[tuple[str, str]],
    claim_terms: frozenset[str],
    claim_slots: Iterable[tuple[str, str]],
) -> float:
    """The weight of the sentence's stand-ins (see `stand_in_weights`)."""
    return stand_in_weights(weights, slots, claim_terms, claim_slots)[0]


def stand_in_weights(
    weights: Mapping[str, float],
    slots: Iterable[tuple[str, str]],
    claim_terms: frozenset[str],
    claim_slots: Iterable[tuple[str, str]],
    bounds: Mapping[str, str] | None = None,
) -> tuple[float, float]:
    """The weight of the sentence's slot terms (`slots`: (term, slot) pairs, heaviest first;
    `weights`: every sentence term's weight) that the claim lacks but fills with another term of
    the same slot, each times how plausible the pair is (`closeness`). Heavier sentence terms
    pair first, each claim term at most once. Also returns the part of that weight whose number
    is the claim's, rounded (`rounded`), or a bound on it (`bounds`: the sentence's bounded
    number terms, with their kinds)."""
    free = [(t, kind) for t, kind in claim_slots if t not in weights]
    if not free:
        return 0.0, 0.0
    found = rounded_found = 0.0
    for term, kind in slots:
        if term in claim_terms:
            continue
        best, best_at = 0.0, -1
        for i, (other, other_kind) in enumerate(free):
            if other_kind == kind and (near := closeness(term, other, kind)) > best:
                best, best_at = near, i
        if best_at >= 0:
            found += weights[term] * best
            other = free[best_at][0]
            if kind == "number" and (
                rounded(term, other) or (bounds is not None and term in bounds)
            ):
                rounded_found += weights[term] * best
            del free[best_at]
    return found, rounded_found


def rounded(term: str, other: str) -> bool:
    """Whether two number terms may be one figure, one of them rounded: of one sign, at most
    `ROUNDED` (of the larger) apart, the larger at least `ROUNDED_MIN` and one of them with at
    least `ROUNDED_DIGITS` significant digits ("68000" and "68179", "1500" and "1495"; not "6.4"
    and "6.38", "220" and "230", nor "68000" and "70000")."""
    try:
        a, b = float(term), float(other)
    except ValueError:
        return False
    high = max(abs(a), abs(b))
    if a * b <= 0 or abs(a - b) > ROUNDED * high or high < ROUNDED_MIN:
        return False
    return max(_significant(term), _significant(other)) >= ROUNDED_DIGITS


def closeness(term: str, other: str, kind: str) -> float:
    """How plausibly one term stands in for another of the same slot, 0-1."""
    if kind == "year":
        gap = abs(int(term) - int(other))
        return min(1.0, max(0.0, (YEAR_FAR - gap) / (YEAR_FAR - YEAR_NEAR)))
    if kind != "number":
        return 1.0
    try:
        low, high = sorted((abs(float(term)), abs(float(other))))
    except ValueError:
        return 0.0
    if low == 0.0:
        return 1.0 if high <= 1.0 else 0.0
    return max(0.0, 1.0 - math.log10(high / low) / math.log10(NUMBER_FAR))


def _significant(term: str) -> int:
    """How many significant digits a number term has: "68179" 5, "68000" 2, "0.05" 1."""
    digits = term.replace(".", "").lstrip("-0")
    if "." not in term:
        digits = digits.rstrip("0")
    return len(digits)
