"""Units of measure, currencies and counted nouns, so that "20 years" is never compared with
"20 people" and "four agencies" can be compared with "five bodies"."""

from __future__ import annotations

# Units of measure (lowercase form -> canonical unit). A number followed by one of these is a
# measurement, not a count of things.
MEASURES: dict[str, str] = {
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "seconds": "second",
    "sec": "second",
    "secs": "second",
    "year-old": "age",
    "years-old": "age",
    "year-olds": "age",
    "month-old": "age-month",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "mile",
    "miles": "mile",
    "mi": "mile",
    "metre": "metre",
    "metres": "metre",
    "meter": "metre",
    "meters": "metre",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "foot": "foot",
    "feet": "foot",
    "ft": "foot",
    "inch": "inch",
    "inches": "inch",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "gram": "gram",
    "grams": "gram",
    "tonne": "tonne",
    "tonnes": "tonne",
    "ton": "tonne",
    "tons": "tonne",
    "lb": "lb",
    "lbs": "lb",
    "acre": "acre",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "ha": "hectare",
    "sq": "square",
    "square": "square",
    "degree": "degree",
    "degrees": "degree",
    "°": "degree",
    "mph": "mph",
    "kph": "kph",
    "km/h": "kph",
    "percentage-point": "percentage-point",
    "points": "point",
    "point": "point",
    "stars": "star",
    "star": "star",
    "times": "times",
    "time": "times",
    "fold": "times",
    "litres": "litre",
    "liters": "litre",
    "barrels": "barrel",
    "mw": "megawatt",
    "megawatts": "megawatt",
    "gw": "gigawatt",
}

# Units that stand for a multiple of another ("two decades" is 20 years).
MULTIPLE_UNITS: dict[str, tuple[str, int]] = {
    "decade": ("year", 10),
    "decades": ("year", 10),
    "century": ("year", 100),
    "centuries": ("year", 100),
    "millennium": ("year", 1000),
    "fortnight": ("day", 14),
}

# Units of time, and the words after a span of time that make it a point in time relative to
# another ("two years earlier", "20 years ago"): such a span is not a duration ("after 28 years")
# and is compared only with spans of the same relation. ("before" and "after" are left out: "28
# years before his release" is as often a duration.)
TIME_UNITS: frozenset[str] = frozenset({"year", "month", "week", "day", "hour", "minute"})
RELATIVE_TIME: dict[tuple[str, ...], str] = {
    ("earlier",): "earlier",
    ("previously",): "earlier",
    ("prior",): "earlier",
    ("later",): "later",
    ("afterwards",): "later",
    ("afterward",): "later",
    ("hence",): "later",
    ("passed",): "later",
    ("have", "passed"): "later",
    ("had", "passed"): "later",
    ("elapsed",): "later",
    ("have", "elapsed"): "later",
    ("had", "elapsed"): "later",
    ("went", "by"): "later",
    ("have", "gone", "by"): "later",
    ("had", "gone", "by"): "later",
    ("ago",): "ago",
}

# Words before a per cent that make it a change of a rate rather than the rate itself ("up by
# 29%", "rose 5 percent"): compared only with other changes, not with a level ("reached 63%").
# ("to" is not among them: "rose to 63%" states the level.)
PERCENT_CHANGE_BEFORE: tuple[tuple[str, ...], ...] = (
    ("by",), ("up",), ("down",), ("rose",), ("risen",), ("fell",), ("fallen",), ("grew",),
    ("grown",), ("increased",), ("decreased",), ("jumped",), ("climbed",), ("dropped",),
    ("declined",), ("slipped",), ("surged",), ("plunged",), ("gained",), ("lost",),
    ("increase", "of"), ("decrease", "of"), ("rise", "of"), ("fall", "of"), ("drop", "of"),
    ("decline", "of"), ("growth", "of"), ("jump", "of"),
)  # fmt: skip

# Words after a per cent that make it a change ("a 29% increase").
PERCENT_CHANGE_AFTER: frozenset[str] = frozenset(
    {"increase", "decrease", "rise", "fall", "drop", "decline", "growth", "jump", "gain", "loss",
     "hike", "cut", "reduction"}
)  # fmt: skip

# A word after "<n> years" that makes it an age ("20 years old").
AGE_WORDS: frozenset[str] = frozenset({"old"})

# Currency symbols and codes written before a number (lowercase).
CURRENCY_BEFORE: dict[str, str] = {
    "$": "dollar",
    "us$": "dollar",
    "a$": "dollar",
    "c$": "dollar",
    "hk$": "dollar",
    "usd": "dollar",
    "€": "euro",
    "eur": "euro",
    "£": "pound",
    "gbp": "pound",
    "¥": "yen-yuan",
    "rmb": "yuan",
    "cny": "yuan",
    "₹": "rupee",
    "rs": "rupee",
    "inr": "rupee",
    "chf": "franc",
}

# Currency words written after a number (lowercase).
CURRENCY_AFTER: dict[str, str] = {
    "dollar": "dollar",
    "dollars": "dollar",
    "usd": "dollar",
    "euro": "euro",
    "euros": "euro",
    "eur": "euro",
    "pound": "pound",
    "pounds": "pound",
    "sterling": "pound",
    "yuan": "yuan",
    "renminbi": "yuan",
    "rmb": "yuan",
    "yen": "yen-yuan",
    "rupee": "rupee",
    "rupees": "rupee",
    "francs": "franc",
    "roubles": "rouble",
    "rubles": "rouble",
}

# Currencies that may be written with either symbol ("¥" is used for both yen and yuan).
CURRENCY_SAME: dict[str, frozenset[str]] = {
    "yen-yuan": frozenset({"yen-yuan", "yen", "yuan"}),
    "yuan": frozenset({"yen-yuan", "yuan"}),
}

# Words for "per cent" written after a number; "out of 100" and "/100" are read the same way.
PERCENT_WORDS: tuple[tuple[str, ...], ...] = (("%",), ("percent",), ("per", "cent"), ("pct",))

# Nouns that name a label rather than a count when a number follows them ("season 3").
LABEL_NOUNS: frozenset[str] = frozenset(
    {
        "season", "series", "episode", "chapter", "round", "number", "no", "no.", "page",
        "pages", "volume", "vol", "part", "phase", "level", "grade", "stage", "act", "track",
        "article", "section", "paragraph", "route", "highway", "flight", "game", "week",
        "day", "gate", "room", "platform", "line", "category", "class", "type", "model",
        "version", "windows", "ps", "playstation", "xbox", "iphone", "pick", "issue", "item",
        "rule", "clause", "amendment", "top", "matchday", "figure", "table",
    }
)  # fmt: skip

# Nouns that count the same kind of thing; a count of one may be compared with a count of another
# ("four agencies" and "five bodies"). Singular forms, as the stemmer leaves them. A noun may be
# in more than one group: "officer" counts what "policeman" counts, and what "official" counts.
COUNT_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"agency", "body", "authority", "institution", "organization", "organisation",
               "department", "ministry", "office", "entity"}),
    frozenset({"person", "individual", "resident", "citizen", "inhabitant", "adult", "soul",
               "human"}),
    frozenset({"review", "critic", "reviewer"}),
    frozenset({"death", "fatality", "dead", "casualty"}),
    frozenset({"case", "infection"}),
    frozenset({"film", "movie", "picture"}),
    frozenset({"country", "nation", "state"}),
    frozenset({"city", "town"}),
    frozenset({"game", "match", "appearance", "cap"}),
    frozenset({"copy", "unit"}),
    frozenset({"theater", "theatre", "cinema", "screen", "venue"}),
    frozenset({"employee", "worker", "staff", "staffer"}),
    frozenset({"student", "pupil"}),
    frozenset({"soldier", "troop"}),
    frozenset({"child", "kid", "minor"}),
    frozenset({"prosecutor", "procurator"}),
    frozenset({"judge", "justice"}),
    frozenset({"officer", "policeman", "cop"}),
    frozenset({"officer", "official", "functionary"}),
    frozenset({"lawyer", "attorney"}),
    frozenset({"prisoner", "inmate", "detainee"}),
    frozenset({"episode", "installment", "instalment"}),
    frozenset({"album", "record"}),
    frozenset({"song", "track", "single"}),
)  # fmt: skip
