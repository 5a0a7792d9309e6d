"""Find dates in tokens ("January 7, 2011", "7 January 2011", "2011-01-07", "in 2013", "the
1980s", "2013-14") with the bounds around them ("before 2013", "since 2018"), and weekdays."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from claimcheck.lexer import (
    Kind,
    Token,
    adjacent,
    index_phrases,
    is_content,
    phrase_before,
    singular,
)
from claimcheck.lexicons.calendar import (
    CENTURY_WORDS,
    DATE_BOUNDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    YEAR_CUES,
    YEAR_RANGE,
)
from claimcheck.lexicons.number_words import ORDINAL_SUFFIXES, ORDINALS, SCALES
from claimcheck.lexicons.units import CURRENCY_BEFORE, MEASURES

_LEAP_YEAR = 2000  # stands in for an unknown year, so that February 29 exists
_BOUNDS = index_phrases(DATE_BOUNDS, by_last=True)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: any of year, month and day; `last_year` closes a span of years ("the
    1980s", "2013-14"); `bound` is "before", "until", "after", "since" (see
    `calendar.DATE_BOUNDS`) or "". Tokens [first, last] hold it."""

    text: str
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    first: int
    last: int
    last_year: int | None = None
    bound: str = ""

    def days(self, year: int | None = None) -> tuple[int, int]:
        """The first and last day (proleptic ordinals) the date admits, its bound included.
        `year` stands in when the date has none."""
        y = self.year if self.year is not None else (year or _LEAP_YEAR)
        last_year = self.last_year or y
        if self.month is None:
            low, high = date(y, 1, 1), date(last_year, 12, 31)
        else:
            length = _month_length(y, self.month)
            if self.day is None:
                low, high = date(y, self.month, 1), date(y, self.month, length)
            else:
                low = high = date(y, self.month, min(self.day, length))
        first, final = low.toordinal(), high.toordinal()
        if self.bound == "before":
            return date.min.toordinal(), first - 1
        if self.bound == "until":
            return date.min.toordinal(), final
        if self.bound == "after":
            return final + 1, date.max.toordinal()
        if self.bound == "since":
            return first, date.max.toordinal()
        return first, final


def _month_length(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def comparable(left: DateMention, right: DateMention) -> bool:
    """Whether two dates name the same kind of thing: both a year, or both a month."""
    if left.year is not None and right.year is not None:
        return True
    return left.month is not None and right.month is not None


def precision(mention: DateMention) -> int:
    """How finely a date is given: 3 a day, 2 a month, 1 a year."""
    return 3 if mention.day is not None else 2 if mention.month is not None else 1


_UPPER = frozenset({"before", "until"})  # bounds that end a stretch of time ...
_LOWER = frozenset({"after"})  # ... and that start one ("since" names a start: see `agree`)


def agree(left: DateMention, right: DateMention) -> bool:
    """Whether two comparable dates can name the same day. A date without a year borrows the
    other's year. Two dates with "since" name where a state began, not a stretch of time to
    fall in: "since 2013" and "since 2018" disagree. Two other bounds on one side agree when
    the right one says at least as much: "by December 2018" does not say "before November
    2018"; "before 2014" says "until 2014"."""
    year = left.year if left.year is not None else right.year
    if left.bound == right.bound == "since":
        left, right = replace(left, bound=""), replace(right, bound="")
    low_a, high_a = left.days(year)
    low_b, high_b = right.days(year)
    if left.bound in _UPPER and right.bound in _UPPER:
        return high_b <= high_a
    if left.bound in _LOWER and right.bound in _LOWER:
        return low_b >= low_a
    return low_a <= high_b and low_b <= high_a


def find_dates(
    text: str, tokens: tuple[Token, ...], positions: Sequence[int]
) -> tuple[DateMention, ...]:
    """The dates in `text` that start at `positions` (the indices of number tokens and
    capitalised month names, ascending), with their bounds."""
    found: list[DateMention] = []
    done = -1
    for index in positions:
        if index <= done:
            continue
        mention = _date_at(text, tokens, index)
        if mention is not None:
            found.append(_with_bound(text, tokens, mention))
            done = mention.last
    return tuple(found)


def find_weekdays(tokens: tuple[Token, ...], positions: Sequence[int]) -> tuple[Token, ...]:
    """The weekday names ("said Monday") among the capitalised words at `positions`."""
    return tuple(tokens[i] for i in positions if tokens[i].lower in WEEKDAYS)


def _date_at(text: str, tokens: tuple[Token, ...], index: int) -> DateMention | None:
    token = tokens[index]
    if token.capitalised and token.lower in MONTHS:
        return _month_first(text, tokens, index)
    if token.lower in ORDINALS:
        return _century(text, tokens, index)
    if token.kind is not Kind.NUMBER or "." in token.lower:
        return None
    return (
        _century(text, tokens, index)
        or _iso(text, tokens, index)
        or _day_first(text, tokens, index)
        or _year(text, tokens, index)
    )


def _century(text: str, tokens: tuple[Token, ...], index: int) -> DateMention | None:
    """The 20th century, 20th-century, the twentieth century: the years 1901 to 2000."""
    token = tokens[index]
    if token.lower in ORDINALS and ORDINALS[token.lower] < 100:
        number, last = ORDINALS[token.lower], index
    elif token.lower.isdigit() and 0 < int(token.lower) < 100 and index + 1 < len(tokens):
        suffix, _, rest = tokens[index + 1].lower.partition("-")
        if not adjacent(token, tokens[index + 1]) or suffix not in ORDINAL_SUFFIXES:
            return None
        number, last = int(token.lower), index + 1
        if rest in CENTURY_WORDS:  # "20th-century"
            return _make(text, tokens, index, last, number * 100 - 99, None, None, number * 100)
    else:
        return None
    if last + 1 >= len(tokens) or tokens[last + 1].lower not in CENTURY_WORDS:
        return None
    return _make(text, tokens, index, last + 1, number * 100 - 99, None, None, number * 100)


def _make(
    text: str,
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    year: int | None,
    month: int | None,
    day: int | None,
    last_year: int | None = None,
) -> DateMention:
    start, end = tokens[first].start, tokens[last].end
    return DateMention(text[start:end], start, end, year, month, day, first, last, last_year)


def _iso(text: str, tokens: tuple[Token, ...], index: int) -> DateMention | None:
    """2011-01-07."""
    if index + 4 >= len(tokens) or len(tokens[index].lower) != 4:
        return None
    parts = tokens[index : index + 5]
    if not all(adjacent(a, b) for a, b in pairwise(parts)):
        return None
    if parts[1].lower != "-" or parts[3].lower != "-":
        return None
    if parts[2].kind is not Kind.NUMBER or parts[4].kind is not Kind.NUMBER:
        return None
    year, month, day = _year_number(tokens, index), int(parts[2].lower), int(parts[4].lower)
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _make(text, tokens, index, index + 4, year, month, day)


def _day_number(tokens: tuple[Token, ...], index: int) -> tuple[int, int] | None:
    """A day of the month at tokens[index] ("7", "22nd"): (day, last token), or None."""
    if index >= len(tokens) or tokens[index].kind is not Kind.NUMBER:
        return None
    raw = tokens[index].lower
    if not raw.isdigit() or not 1 <= int(raw) <= 31 or len(raw) > 2:
        return None
    following = index + 1
    if following < len(tokens) and adjacent(tokens[index], tokens[following]):
        if tokens[following].lower in ("st", "nd", "rd", "th"):
            return int(raw), following
        if tokens[following].kind is Kind.WORD:
            return None
    return int(raw), index


def _year_number(tokens: tuple[Token, ...], index: int) -> int | None:
    if index >= len(tokens) or tokens[index].kind is not Kind.NUMBER:
        return None
    raw = tokens[index].lower
    return int(raw) if raw.isdigit() and len(raw) == 4 and raw[0] != "0" else None


def _month_first(text: str, tokens: tuple[Token, ...], index: int) -> DateMention | None:
    """January 7, 2011; Jan. 7th; January 2011; January of 2011; January."""
    month = MONTHS[tokens[index].lower]
    last = index
    if tokens[index].lower in MONTH_ABBREVIATIONS and _next_is_dot(tokens, index):
        last += 1  # "Jan."
    day_read = _day_number(tokens, last + 1)
    if day_read is not None:
        day, last = day_read
        after = last + 1
        if after < len(tokens) and tokens[after].lower == ",":
            after += 1
        year = _year_number(tokens, after)
        if year is not None:
            return _make(text, tokens, index, after, year, month, day)
        return _make(text, tokens, index, last, None, month, day)
    after = last + 1
    if after < len(tokens) and tokens[after].lower in ("of", ","):
        after += 1
    year = _year_number(tokens, after)
    if year is not None:
        return _make(text, tokens, index, after, year, month, None)
    if index == 0 or tokens[index - 1].lower not in YEAR_CUES:
        return None  # a bare month needs a cue: "in May", not "May I"
    return _make(text, tokens, index, last, None, month, None)


def _next_is_dot(tokens: tuple[Token, ...], index: int) -> bool:
    return (
        index + 1 < len(tokens)
        and tokens[index + 1].lower == "."
        and (adjacent(tokens[index], tokens[index + 1]))
    )


def _day_first(text: str, tokens: tuple[Token, ...], index: int) -> DateMention | None:
    """7 January 2011; 22nd of December."""
    day_read = _day_number(tokens, index)
    if day_read is None:
        return None
    day, last = day_read
    at = last + 1
    if at < len(tokens) and tokens[at].lower == "of":
        at += 1
    if at >= len(tokens) or not (tokens[at].capitalised and tokens[at].lower in MONTHS):
        return None
    month = MONTHS[tokens[at].lower]
    year = _year_number(tokens, at + 1)
    if year is not None:
        return _make(text, tokens, index, at + 1, year, month, day)
    return _make(text, tokens, index, at, None, month, day)


def _year(text: str, tokens: tuple[Token, ...], index: int) -> DateMention | None:
    """A year ("in 2013"), a span of years ("2013-14", "2014/15") or a decade ("1980s")."""
    year = _year_number(tokens, index)
    if year is None or (index > 0 and tokens[index - 1].lower in CURRENCY_BEFORE):
        return None
    cue = index > 0 and tokens[index - 1].lower in YEAR_CUES
    if not (YEAR_RANGE[0] <= year <= YEAR_RANGE[1] or (cue and year >= 1000)):
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and adjacent(tokens[index], following):
        if following.lower == "s":
            return _make(text, tokens, index, index + 1, year, None, None, year + 9)
        if following.kind is Kind.WORD:
            return None
    span = _year_span(tokens, index, year)
    if span is not None:
        return _make(text, tokens, index, index + 2, year, None, None, span)
    if _counts_something(tokens, index + 1):
        return None
    return _make(text, tokens, index, index, year, None, None)


def _year_span(tokens: tuple[Token, ...], index: int, year: int) -> int | None:
    """The closing year of "2013-14", "2013–2014" or "2014/15", or None."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower not in ("-", "/"):
        return None
    end = tokens[index + 2]
    if end.kind is not Kind.NUMBER or not end.lower.isdigit():
        return None
    if len(end.lower) == 2:
        closing = year // 100 * 100 + int(end.lower)
    elif len(end.lower) == 4:
        closing = int(end.lower)
    else:
        return None
    return closing if year < closing <= min(year + 10, 9999) else None


def _counts_something(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether the words after a number make it a count or measure ("1301 confirmed cases")."""
    for token in tokens[index : index + 3]:
        if token.lower in SCALES or token.lower in MEASURES or token.lower == "%":
            return True
        if not is_content(token) or token.capitalised:
            return False
        if singular(token.lower) != token.lower:
            return True
    return False


def _with_bound(text: str, tokens: tuple[Token, ...], mention: DateMention) -> DateMention:
    """The mention with the bound phrase before it ("before", "since", "by the end of")."""
    phrase = phrase_before(tokens, mention.first, _BOUNDS)
    if phrase is None:
        return mention
    first = mention.first - len(phrase)
    start = tokens[first].start
    return replace(
        mention, text=text[start : mention.end], start=start, first=first, bound=DATE_BOUNDS[phrase]
    )
