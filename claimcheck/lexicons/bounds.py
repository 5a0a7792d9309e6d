"""Phrases that turn a number into a bound or an approximation ("more than 20", "some 230,000").

Each phrase is a tuple of lowercase tokens, mapped to one of the bound kinds:

- "above": strictly more than the number; "at_least": the number or more;
- "below": strictly less than the number; "at_most": the number or less;
- "about": near the number on either side; "nearly": near it, from below; "just_over": near it,
  from above.
"""

from __future__ import annotations

BOUND_KINDS: frozenset[str] = frozenset(
    {"above", "at_least", "below", "at_most", "about", "nearly", "just_over"}
)

# Phrases written before the number ("more than $ 5 million").
BEFORE: dict[tuple[str, ...], str] = {
    ("more", "than"): "above",
    ("over",): "above",
    ("above",): "above",
    ("greater", "than"): "above",
    ("higher", "than"): "above",
    ("larger", "than"): "above",
    ("bigger", "than"): "above",
    ("longer", "than"): "above",
    ("older", "than"): "above",
    ("in", "excess", "of"): "above",
    ("upwards", "of"): "above",
    ("upward", "of"): "above",
    ("exceeding",): "above",
    ("beyond",): "above",
    ("at", "least"): "at_least",
    ("no", "less", "than"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("not", "fewer", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("minimum", "of"): "at_least",
    ("less", "than"): "below",
    ("fewer", "than"): "below",
    ("under",): "below",
    ("below",): "below",
    ("lower", "than"): "below",
    ("smaller", "than"): "below",
    ("shorter", "than"): "below",
    ("younger", "than"): "below",
    ("up", "to"): "at_most",
    ("at", "most"): "at_most",
    ("no", "more", "than"): "at_most",
    ("not", "more", "than"): "at_most",
    ("a", "maximum", "of"): "at_most",
    ("maximum", "of"): "at_most",
    ("as", "many", "as"): "at_most",
    ("as", "much", "as"): "at_most",
    ("about",): "about",
    ("around",): "about",
    ("roughly",): "about",
    ("approximately",): "about",
    ("approx",): "about",
    ("some",): "about",
    ("an", "estimated"): "about",
    ("estimated",): "about",
    ("circa",): "about",
    ("ca",): "about",
    ("in", "the", "region", "of"): "about",
    ("on", "the", "order", "of"): "about",
    ("nearly",): "nearly",
    ("almost",): "nearly",
    ("close", "to"): "nearly",
    ("just", "under"): "nearly",
    ("just", "below"): "nearly",
    ("just", "shy", "of"): "nearly",
    ("shy", "of"): "nearly",
    ("approaching",): "nearly",
    ("not", "quite"): "nearly",
    ("just", "over"): "just_over",
    ("just", "above"): "just_over",
    ("just", "more", "than"): "just_over",
    ("slightly", "more", "than"): "just_over",
    ("slightly", "over"): "just_over",
    ("a", "little", "over"): "just_over",
    ("a", "little", "more", "than"): "just_over",
}

# Phrases written after the number or its unit ("500 or more", "20 people or so").
AFTER: dict[tuple[str, ...], str] = {
    ("or", "more"): "at_least",
    ("or", "over"): "at_least",
    ("or", "above"): "at_least",
    ("plus",): "at_least",
    ("+",): "at_least",
    ("and", "up"): "at_least",
    ("or", "less"): "at_most",
    ("or", "fewer"): "at_most",
    ("or", "under"): "at_most",
    ("or", "below"): "at_most",
    ("or", "so"): "about",
}

# Pairs of words around two numbers that make one range ("between 10 and 13").
# ("from 10 to 20" is not one: after "rose" it names two values.)
RANGE_OPENERS: dict[str, str] = {"between": "and"}
