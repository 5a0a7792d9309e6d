"""Read one number from tokens: digits ("230,000", "99.92"), words ("five hundred and eleven",
"a dozen"), scales ("1.232 million", "$2bn"), ordinals ("22nd", "first") and ranges ("10-13"),
each with its precision. Also `Interval`, the range of values a statement admits."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.lexer import Kind, Token, adjacent
from claimcheck.lexicons.number_words import (
    ARTICLE_NUMBERS,
    ATTACHED_SCALES,
    CARDINALS,
    MONEY_SCALE_LETTERS,
    MULTIPLIERS,
    ORDINAL_SUFFIXES,
    ORDINALS,
    ROMAN_LETTERS,
    ROMAN_MAX,
    SCALES,
    VAGUE_PLURALS,
)

MAX_DIGITS = 18  # longer runs of digits are not read as numbers


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a statement admits, from `low` to `high`; an open end excludes its bound."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """Whether some value lies in both intervals."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low and (self.high_open or other.low_open):
            return False
        return not (other.high == self.low and (other.high_open or self.low_open))


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from tokens[first:last + 1].

    `half` is the rounding a plain statement of it admits (0 for a whole number without a scale
    word, which is read as exact; 0.05 million for "1.2 million"); `coarse` is half a unit of its
    last non-zero digit, the rounding an approximation admits ("about 230,000": 5,000).
    `high` is the upper end of a range ("10-13 million"), else equal to `value`.
    """

    value: float
    half: float
    coarse: float
    first: int
    last: int
    high: float
    ordinal: bool = False
    worded: bool = False
    suffix: str = ""  # the rest of a hyphenated word: "year" in "five-year"

    def interval(self) -> Interval:
        return Interval(self.value - self.half, self.high + self.half)


def read_number(tokens: tuple[Token, ...], index: int, *, money: bool = False) -> Number | None:
    """The number that starts at tokens[index], or None. `money`: a currency symbol precedes it,
    so "m" and "b" written against it are scales ("$5m")."""
    token = tokens[index]
    if token.kind is Kind.NUMBER:
        return _read_digits(tokens, index, money)
    if token.kind is Kind.WORD:
        roman = roman_value(token.text)
        if roman is not None:
            return Number(roman, 0.0, 0.5, index, index, roman)
        return _read_words(tokens, index)
    return None


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral written in capitals ("III", "XIV"), up to ROMAN_MAX, or
    None (also for a malformed one: "IIII", "VX")."""
    if not text or len(text) > 8 or any(letter not in ROMAN_LETTERS for letter in text):
        return None
    value = 0
    for letter, following in zip(text, text[1:] + " ", strict=True):
        digit = ROMAN_LETTERS[letter]
        value += -digit if ROMAN_LETTERS.get(following, 0) > digit else digit
    return value if 0 < value <= ROMAN_MAX and _roman(value) == text else None


def _roman(value: int) -> str:
    """`value` (1 to 39) as a Roman numeral."""
    tens, ones = divmod(value, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]


def _read_digits(tokens: tuple[Token, ...], index: int, money: bool) -> Number | None:
    token = tokens[index]
    if len(token.lower) > MAX_DIGITS:
        return None  # a code or a slip of the keyboard, not an amount
    value = float(token.lower)
    decimals = len(token.lower.partition(".")[2])
    last = index
    scale = 1.0
    ordinal = False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and following.kind is Kind.WORD and adjacent(token, following):
        suffix = following.lower
        if suffix in ORDINAL_SUFFIXES and not decimals:
            ordinal, last = True, index + 1
        elif suffix in ATTACHED_SCALES or suffix in SCALES:
            scale, last = ATTACHED_SCALES.get(suffix) or SCALES[suffix], index + 1
        elif money and suffix in MONEY_SCALE_LETTERS:
            scale, last = MONEY_SCALE_LETTERS[suffix], index + 1
    if scale == 1.0 and not ordinal and last + 1 < len(tokens):
        scale_word = tokens[last + 1].lower
        if scale_word in SCALES:
            scale, last = SCALES[scale_word], last + 1
    high = value
    if not ordinal:
        high, last, scale = _range_end(tokens, last, value, scale)
    half = 0.5 * 10.0**-decimals * scale if (decimals or scale != 1.0) else 0.0
    return Number(
        value * scale,
        half,
        max(half, _coarse(value, decimals) * scale),
        index,
        last,
        high * scale,
        ordinal=ordinal,
    )


def _range_end(
    tokens: tuple[Token, ...], last: int, low: float, scale: float
) -> tuple[float, int, float]:
    """The end of a dashed range after tokens[last] ("10-13 million"), with the range's last
    token and scale. Not a range: (low, last, scale). A descending pair ("89-81") is a score."""
    if last + 2 >= len(tokens):
        return low, last, scale
    dash, end = tokens[last + 1], tokens[last + 2]
    if dash.lower != "-" or end.kind is not Kind.NUMBER or len(end.lower) > MAX_DIGITS:
        return low, last, scale
    if "." in end.lower and scale != 1.0:
        return low, last, scale
    high = float(end.lower)
    if high <= low or (low >= 1000 and high < 100):  # "89-81", "2013-14"
        return low, last, scale
    last += 2
    if scale == 1.0 and last + 1 < len(tokens) and tokens[last + 1].lower in SCALES:
        scale, last = SCALES[tokens[last + 1].lower], last + 1
    return high, last, scale


def _coarse(value: float, decimals: int) -> float:
    """Half a unit of the last non-zero digit: 230000 -> 5000, 27 -> 0.5, 99.92 -> 0.005."""
    if decimals:
        return 0.5 * 10.0**-decimals
    whole = int(value)
    if whole == 0:
        return 0.5
    zeros = 0
    while whole % 10 == 0:
        whole //= 10
        zeros += 1
    return 0.5 * 10.0**zeros


def _read_words(tokens: tuple[Token, ...], index: int) -> Number | None:
    word = tokens[index].lower
    if word in VAGUE_PLURALS:
        if index + 1 < len(tokens) and tokens[index + 1].lower == "of":
            low, high = VAGUE_PLURALS[word]
            return Number(low, 0.0, 0.0, index, index, high, worded=True)
        return None
    if word in ("a", "an") and index + 1 < len(tokens):
        nxt = tokens[index + 1].lower
        if nxt in ARTICLE_NUMBERS or nxt in SCALES:
            parsed = _parse_words(tokens, index + 1, start_value=1.0)
            if parsed is not None:
                return Number(
                    parsed.value, parsed.half, parsed.coarse, index, parsed.last, parsed.high,
                    worded=True,
                )  # fmt: skip
        return None
    return _parse_words(tokens, index)


def _parse_words(
    tokens: tuple[Token, ...], index: int, start_value: float | None = None
) -> Number | None:
    """Number words from tokens[index]: "twenty-two", "five hundred and eleven", "three million",
    "twenty-second"."""
    total = 0.0
    suffix = ""
    current = start_value or 0.0
    seen = start_value is not None
    last = index - 1
    ordinal = False
    scaled = 1.0
    position = index
    after_multiplier = False
    while position < len(tokens) and not ordinal:
        token = tokens[position]
        if token.kind is not Kind.WORD:
            break
        if token.lower == "and" and after_multiplier and _is_number_word(tokens, position + 1):
            position += 1
            continue
        parts = token.lower.split("-")
        suffix = ""
        if not all(_is_number_part(part) for part in parts):
            size = next(i for i, part in enumerate(parts) if not _is_number_part(part))
            if seen or size == 0:
                break
            parts, suffix = parts[:size], "-".join(parts[size:])  # "five-year", "two-time"
        if not seen and parts[0] not in CARDINALS and parts[0] not in ORDINALS:
            return None
        for part in parts:
            after_multiplier = part in MULTIPLIERS or part in SCALES
            if part in CARDINALS:
                current += CARDINALS[part]
            elif part in ORDINALS:
                current += ORDINALS[part]
                ordinal = True
            elif part in MULTIPLIERS:
                current = max(current, 1.0) * MULTIPLIERS[part]
            else:
                scaled = SCALES[part]
                total += max(current, 1.0) * scaled
                current = 0.0
        seen = True
        last = position
        position += 1
        if suffix:
            break
    if not seen or last < index:
        return None
    value = total + current
    half = 0.5 * scaled if scaled > 1.0 else 0.0
    coarse = max(half, _coarse(value, 0))
    return Number(value, half, coarse, index, last, value, ordinal, True, suffix)


def _is_number_part(part: str) -> bool:
    return part in CARDINALS or part in ORDINALS or part in MULTIPLIERS or part in SCALES


def _is_number_word(tokens: tuple[Token, ...], index: int) -> bool:
    return index < len(tokens) and all(
        _is_number_part(part) for part in tokens[index].lower.split("-")
    )
