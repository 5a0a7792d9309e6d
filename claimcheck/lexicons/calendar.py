"""Month and weekday names, and the phrases that turn a date into a bound ("before 2013")."""

from __future__ import annotations

# Month names and abbreviations (lowercase) -> month number. Only capitalised words are read as
# months, so "may" and "march" as verbs are not dates.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Month abbreviations, which may take a full stop ("Jan. 7").
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Phrases before a date that make it a bound: "before" and "after" exclude the named period
# ("born before 1973" is not 1973); "until" and "since" include it ("since 2018" admits 2018).
DATE_BOUNDS: dict[tuple[str, ...], str] = {
    ("before",): "before",
    ("prior", "to"): "before",
    ("earlier", "than"): "before",
    ("until",): "until",
    ("till",): "until",
    ("by",): "until",
    ("by", "the", "end", "of"): "until",
    ("no", "later", "than"): "until",
    ("up", "to"): "until",
    ("after",): "after",
    ("later", "than"): "after",
    ("since",): "since",
    ("from",): "since",
    ("starting",): "since",
    ("beginning",): "since",
}

# Words after an ordinal that make it a span of years ("the 20th century").
CENTURY_WORDS: frozenset[str] = frozenset({"century", "centuries"})

# Words before a four-digit number that make it a year ("in 2013", "since 2018").
YEAR_CUES: frozenset[str] = frozenset(
    {
        "in", "since", "by", "until", "till", "before", "after", "from", "during", "of", "to",
        "year", "early", "late", "mid", "circa", "c.", "and", "or", "between", "the", "spring",
        "summer", "autumn", "fall", "winter", "through", "around", "season", "fiscal", "(",
        "last", "next", "this", "on", "as",
    }
)  # fmt: skip

# Earliest and latest plain four-digit numbers read as years without a cue.
YEAR_RANGE: tuple[int, int] = (1500, 2100)
