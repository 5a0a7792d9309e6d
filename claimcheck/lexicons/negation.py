"""Negation cues, and words that are the negation of another word ("unlawful" is "not lawful")."""

from __future__ import annotations

# Single words that negate the predicate after them ("does not report", "was never charged").
NEGATORS: frozenset[str] = frozenset(
    {"not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without",
     "cannot", "nowhere"}
)  # fmt: skip

# Negators that may stand before a noun phrase; they negate the verb after it ("neither the
# court nor the procuratorate apologised").
NOUN_PHRASE_NEGATORS: frozenset[str] = frozenset({"neither", "nor"})

# Phrases that negate the predicate after them.
NEGATOR_PHRASES: tuple[tuple[str, ...], ...] = (
    ("no", "longer"),
    ("no", "one"),
    ("not", "yet"),
    ("not", "any", "longer"),
)

# Negators that attach what they negate to the clause before them ("may search homes without a
# warrant"): the negated word's context is read from the negator, so that it takes in that
# clause. (Contrasts, below, do the same.)
ADJUNCT_NEGATORS: frozenset[str] = frozenset({"without"})

# Phrases that set what follows them against what precedes, and so negate it ("sided with the
# governments rather than the challengers", "resigned instead of appealing"). They negate the
# first content word after them, through articles, possessives and CONTRAST_SKIP words.
CONTRAST_PHRASES: tuple[tuple[str, ...], ...] = (
    ("rather", "than"),
    ("instead", "of"),
    ("as", "opposed", "to"),
)

# Prepositions between a contrast (or a "not" after a comma: "X, not with Y") and the word it
# negates ("rather than with the challengers").
CONTRAST_SKIP: frozenset[str] = frozenset(
    {"with", "to", "for", "by", "on", "in", "at", "from", "against", "over", "of", "into",
     "towards", "toward", "about"}
)  # fmt: skip

# Phrases before a number, date or name that deny it ("jailed for 27 years, not 28", "in 2013
# rather than 2012"): the text does not state it.
DENYING_PHRASES: tuple[tuple[str, ...], ...] = (("not",), ("n't",), *CONTRAST_PHRASES)

# Comparatives after a negated predicate that carry its negation to the word they compare ("was
# not treating the cases any more cautiously": "cautiously" is negated).
NEGATED_COMPARATIVES: tuple[tuple[str, ...], ...] = (("any", "more"), ("any", "less"))

# Verbs (and their nouns) that negate the verb of their "to" complement ("failed to pay" is "did
# not pay", "her refusal to leave" is "she did not leave").
NEGATING_VERBS: frozenset[str] = frozenset(
    {"fail", "fails", "failed", "failing", "failure", "refuse", "refuses", "refused",
     "refusing", "refusal", "decline", "declines", "declined", "declining", "neglected",
     "omitted", "unable"}
)  # fmt: skip

# Nouns of capacity: a negated "authority to revoke" negates "revoke" ("does not have the
# authority to revoke", "no power to overturn").
CAPACITY_NOUNS: frozenset[str] = frozenset(
    {"authority", "power", "powers", "right", "ability", "permission", "mandate", "jurisdiction"}
)

# Verbs that negate a following clause or -ing form ("denied taking bribes"), but not a plain
# noun ("denied arrests" is a kind of arrest).
DENIAL_VERBS: frozenset[str] = frozenset({"deny", "denies", "denied", "denying"})

# Verbs of saying and believing whose negation leaves their complement unasserted: "did not say
# she would resign" states neither that she would resign nor that she would not. Factive verbs
# ("did not know that", "did not reveal that") take their complement as true and are not listed;
# nor is "report", which also means "answer to".
UNASSERTING_VERBS: frozenset[str] = frozenset(
    {"say", "said", "claim", "announce", "state", "declare", "tell", "told", "suggest",
     "promise", "pledge", "assert", "allege", "insist", "indicate", "confirm", "think",
     "thought", "believe", "expect"}
)  # fmt: skip

# Words that end the complement of a negated verb of saying ("did not say she would resign, but
# the board accepted it").
COMPLEMENT_ENDS: frozenset[str] = frozenset(
    {"but", "although", "though", "while", "whereas", "yet", "however"}
)

# Phrases that look like negation but are not ("not only", "no doubt").
NOT_NEGATION: tuple[tuple[str, ...], ...] = (
    ("not", "only"),
    ("not", "just"),
    ("not", "merely"),
    ("not", "least"),
    ("not", "to", "mention"),
    ("no", "doubt"),
    ("no", "sooner"),
    ("nothing", "but"),
    ("never", "before"),
    ("no", "more", "than"),
    ("no", "less", "than"),
    ("no", "fewer", "than"),
    ("not", "more", "than"),
    ("not", "less", "than"),
    ("not", "fewer", "than"),
    ("no", "later", "than"),
    ("not", "quite"),
    ("whether", "or", "not"),
    ("or", "not"),
    ("rather", "than", "simply"),
    ("rather", "than", "just"),
    ("rather", "than", "merely"),
    ("rather", "than", "only"),
    ("instead", "of", "just"),
    ("instead", "of", "only"),
    ("instead", "of", "simply"),
    ("instead", "of", "merely"),
)

# Words that are the negation of another (word -> the word it negates). "not unlawful" is
# "lawful", and "innocent" agrees with "not guilty".
NEGATED_FORMS: dict[str, str] = {
    "illegal": "legal",
    "illegally": "legally",
    "unlawful": "lawful",
    "unlawfully": "lawfully",
    "innocent": "guilty",
    "acquitted": "convicted",
    "acquittal": "conviction",
    "untrue": "true",
    "false": "true",
    "inaccurate": "accurate",
    "incorrect": "correct",
    "invalid": "valid",
    "unconstitutional": "constitutional",
    "impossible": "possible",
    "unable": "able",
    "unsuccessful": "successful",
    "unsuccessfully": "successfully",
    "unknown": "known",
    "unavailable": "available",
    "unfair": "fair",
    "unjust": "just",
    "unofficial": "official",
    "unarmed": "armed",
    "unmarried": "married",
    "dead": "alive",
    "absent": "present",
    "voluntary": "involuntary",
    "inadmissible": "admissible",
    "dishonest": "honest",
    "disagree": "agree",
    "disagreed": "agreed",
    "disapproved": "approved",
    "disallowed": "allowed",
    "irregular": "regular",
    "irrelevant": "relevant",
    "nonviolent": "violent",
    "non-violent": "violent",
}

# Prefixes that negate the word they start ("unpredictable", "non-violent"). A prefixed word
# negates the bare word only where the other text uses the bare word itself.
NEGATING_PREFIXES: tuple[str, ...] = ("non-", "un")

# Beginnings of words that only look prefixed ("underage", "united").
NOT_PREFIXED: tuple[str, ...] = ("under", "uni")

# Shortest word (prefix included) read as prefix + word.
PREFIXED_MIN_LENGTH = 6
