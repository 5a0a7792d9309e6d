"""Function words for fact extraction: words that carry no content of their own.

Used to find the content words around a number, date or name (its context) and to find the
predicate a negation applies to.
"""

from __future__ import annotations

# Articles, determiners, pronouns, prepositions, conjunctions and auxiliaries.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "some", "any",
        "each", "every", "all", "both", "either", "such", "other", "another", "its", "it",
        "it's", "he", "she", "they", "them", "their", "theirs", "his", "her", "hers", "him",
        "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which",
        "what", "when", "where", "why", "how", "whether", "if", "then", "than", "as", "so",
        "of", "in", "on", "at", "by", "for", "from", "to", "into", "onto", "with", "within",
        "about", "around", "over", "under", "after", "before", "since", "until", "during",
        "between", "among", "through", "across", "against", "per", "via", "up", "down", "out",
        "off", "and", "or", "but", "nor", "yet", "also", "too", "very", "just", "only",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "ca", "wo", "ago", "said", "says", "say",
        "according", "respectively", "while", "more", "most", "less", "least", "much", "many",
        "several", "few", "own", "same", "now", "still", "again", "ever", "even",
        "not", "n't", "no", "never",
    }
)  # fmt: skip

# Where a sentence that makes several claims breaks into clauses for matching: after these marks
# ("; ", ": ", " - ", " \u2014 "), and at these conjunctions after a comma (", and", ", while")
# or without one (" whereas "). "and" alone joins the items of a list, not clauses.
CLAUSE_MARKS: tuple[str, ...] = (";", ":", "\u2014", "\u2013", "-")
CLAUSE_CONJUNCTIONS_AFTER_COMMA: tuple[str, ...] = ("and", "but", "while", "whereas", "yet")
CLAUSE_CONJUNCTIONS: tuple[str, ...] = ("while", "whereas")

# Words that start a new clause after a comma (", and in 2018, another man ...").
CLAUSE_WORDS: frozenset[str] = frozenset(
    {"and", "but", "while", "whereas", "which", "who", "although", "though", "whilst", "or",
     "so", "yet", "where", "when"}
)  # fmt: skip

# Words between a negation and the predicate it negates ("has not yet been charged").
NEGATION_SKIP: frozenset[str] = frozenset(
    {
        "a", "an", "the", "be", "been", "being", "is", "are", "was", "were", "am", "have",
        "has", "had", "having", "do", "does", "did", "to", "yet", "ever", "even", "always",
        "really", "actually", "currently", "officially", "formally", "directly", "fully",
        "entirely", "completely", "necessarily", "any", "so", "very", "too", "as", "get",
        "got", "gotten", "publicly", "immediately", "personally", "legally", "also", "still",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "its",
        "their", "his", "her", "our", "my", "your",
    }
)  # fmt: skip

# Words that join the last item of a list ("judges, prosecutors and police officers"), and the
# articles an item may start with.
LIST_JOINERS: frozenset[str] = frozenset({"and", "or"})
LIST_ARTICLES: frozenset[str] = frozenset({"the", "a", "an", "their", "its", "his", "her"})

# Phrases that introduce some members of a group, not all ("four agencies, including the
# police"; "such as"): what follows is a partial list.
PARTIAL_LIST_CUES: tuple[tuple[str, ...], ...] = (
    ("including",),
    ("such", "as"),
    ("among", "them"),
    ("among", "which"),
)

# Auxiliary verbs: a negation's value is shown with the one before it ("does not report").
AUXILIARIES: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
     "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ca", "wo"}
)  # fmt: skip

# Words of a verb group before its main verb: auxiliaries, negations and the adverbs that sit
# among them ("would still be punished", "has not yet been charged"). A predicate's context is
# read from outside its verb group, so that "would not be punished" and "would still be punished"
# are placed by the same neighbours.
VERB_GROUP_WORDS: frozenset[str] = AUXILIARIES | {
    "being", "get", "gets", "got", "gotten", "not", "n't", "never", "still", "also", "yet",
    "already", "always", "ever", "even", "just", "only", "really", "actually", "then", "now",
}  # fmt: skip

# Irregular verb forms, mapped to the form the stemmer should treat them as.
IRREGULAR_VERBS: dict[str, str] = {
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "am": "be",
    "has": "have",
    "had": "have",
    "did": "do",
    "does": "do",
    "done": "do",
    "said": "say",
    "says": "say",
    "went": "go",
    "gone": "go",
    "won": "win",
    "lost": "lose",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "held": "hold",
    "found": "find",
    "told": "tell",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "brought": "bring",
    "left": "leave",
    "began": "begin",
    "begun": "begin",
    "became": "become",
    "came": "come",
    "knew": "know",
    "known": "know",
    "wrote": "write",
    "written": "write",
    "born": "bear",
    "died": "die",
    "grew": "grow",
    "grown": "grow",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "met": "meet",
    "led": "lead",
    "kept": "keep",
    "sent": "send",
    "spent": "spend",
    "built": "build",
    "caught": "catch",
    "thought": "think",
    "fought": "fight",
    "sought": "seek",
    "taught": "teach",
    "broke": "break",
    "broken": "break",
    "chose": "choose",
    "chosen": "choose",
    "drove": "drive",
    "driven": "drive",
    "ran": "run",
    "saw": "see",
    "seen": "see",
    "spoke": "speak",
    "spoken": "speak",
    "stood": "stand",
    "struck": "strike",
}

# Plurals that the suffix rules get wrong, mapped to their singular.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person",
    "persons": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "policemen": "policeman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "movies": "movie",
    "cookies": "cookie",
    "series": "series",
    "species": "species",
    "news": "news",
    "criteria": "criterion",
    "data": "data",
    "media": "media",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "cattle": "cattle",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
}
