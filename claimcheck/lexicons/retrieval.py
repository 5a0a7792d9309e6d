"""Word lists and suffix rules for claim retrieval: stopwords and a light English stemmer.

Used by `claimcheck.tokens` to turn text into content terms. The stemmer only has to map the
forms of one word to one key (it never has to produce a real word), so its rules are short.
"""

from __future__ import annotations

# Words that carry no content for matching. Negations ("not", "no", "never") are stopwords here:
# a negated sentence must still match its claim; `facts` compares the polarity afterwards.
STOPWORDS: frozenset[str] = frozenset(
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "amp",
        "an", "and", "any", "are", "aren", "aren't", "as", "at", "be", "because", "been",
        "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "can't",
        "could", "couldn", "couldn't", "d", "did", "didn", "didn't", "do", "does", "doesn",
        "doesn't", "doing", "don't", "down", "during", "each", "either", "etc", "few",
        "for", "from", "further", "had", "hadn", "hadn't", "has", "hasn", "hasn't", "have",
        "haven", "haven't", "having", "he", "he'd", "he'll", "her", "here", "here's", "hers",
        "herself", "he's", "him", "himself", "his", "how", "how's", "i", "i'd", "if", "i'll",
        "i'm", "in", "into", "is", "isn", "isn't", "it", "it'd", "it'll", "its", "it's",
        "itself", "i've", "just", "let's", "ll", "m", "me", "might", "mightn't", "more",
        "most", "must", "mustn", "mustn't", "my", "myself", "neither", "never", "no", "nor",
        "not", "now", "o", "of", "off", "on", "once", "only", "or", "other", "ought", "our",
        "ours", "ourselves", "out", "over", "own", "re", "rt", "s", "same", "shall", "shan",
        "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn", "shouldn't", "since",
        "so", "some", "such", "t", "than", "that", "that's", "the", "their", "theirs", "them",
        "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll",
        "they're", "they've", "this", "those", "through", "to", "too", "under", "until", "up",
        "us", "ve", "very", "via", "was", "wasn", "wasn't", "we", "we'd", "we'll", "we're",
        "were", "weren", "weren't", "we've", "what", "what's", "when", "when's", "where",
        "where's", "which", "while", "who", "whom", "whose", "who's", "why", "why's", "will",
        "with", "won't", "would", "wouldn", "wouldn't", "y", "you", "you'd", "you'll", "your",
        "you're", "yours", "yourself", "yourselves", "you've",
        # hedges and discourse adverbs: a sentence that adds one still states its claim
        "actually", "allegedly", "already", "although", "amid", "among", "apparently",
        "even", "frequently", "furthermore", "generally", "however", "instead", "largely",
        "mainly", "meanwhile", "moreover", "mostly", "often", "rather", "really",
        "reportedly", "respectively", "still", "therefore", "though", "thus", "typically",
        "usually", "whereas", "yet",
    }
)  # fmt: skip

# Words the suffix rules would damage, mapped to their key. Values are final (not stemmed again).
IRREGULAR: dict[str, str] = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
    "mice": "mouse",
    "mouse": "mouse",  # a base form the suffix rules would cut: its forms above map to it
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "goose": "goose",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "lied": "lie",
    "lies": "lie",
    "lying": "lie",
    "used": "use",
    "uses": "use",
    "using": "use",
    "said": "say",
    "says": "say",
    "saying": "say",
    "paid": "pay",
    "made": "make",
    "make": "make",
    "making": "make",
    "makes": "make",
    "dead": "death",
    "deaths": "death",
    "news": "news",
    "series": "series",
    "species": "species",
    "always": "always",
    "perhaps": "perhaps",
    "does": "do",
    "statement": "statement",  # not "state"
    "statements": "statement",
    "department": "department",  # not "depart"
    "departments": "department",
    "apartment": "apartment",  # not "apart"
    "apartments": "apartment",
}

# Endings after which a final "s" is part of the word, not a plural ("virus", "crisis", "glass").
KEEP_FINAL_S: tuple[str, ...] = ("ss", "us", "is", "ous", "ics")

# Inflection rules, tried in order; the first whose suffix matches and whose remaining stem is at
# least `min_stem` letters long (and holds a vowel) applies: (suffix, replacement, min_stem).
INFLECTIONS: tuple[tuple[str, str, int], ...] = (
    ("'s", "", 1),
    ("ies", "y", 3),
    ("sses", "ss", 2),
    ("eed", "ee", 3),
    ("ied", "y", 3),
    ("ed", "", 3),
    ("ing", "", 3),
    ("s", "", 3),
)

# Adverbs in -ly: the letters that may precede the suffix ("recently", but not "family").
LY_BEFORE: frozenset[str] = frozenset("cdeghklmnrst")

# Stems that lost an "e" to -ed/-ing ("vaccinat(ed)", "organiz(ing)", "troubl(ed)").
RESTORE_E: tuple[str, ...] = ("at", "bl", "iz")

# Derivational endings mapped to a shorter ending, tried longest first (Porter's steps 2 and 3).
DERIVATIONS: tuple[tuple[str, str], ...] = (
    ("ational", "ate"),
    ("tional", "tion"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("ibility", "ible"),
    ("ability", "able"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("ality", "al"),
    ("ivity", "ive"),
    ("icate", "ic"),
    ("ical", "ic"),
    ("ness", ""),
    ("ful", ""),
)

# Endings removed when at least `RESIDUAL_MIN_STEM` letters remain (Porter's step 4), longest first.
RESIDUALS: tuple[str, ...] = (
    "ement",
    "ance",
    "ence",
    "able",
    "ible",
    "ment",
    "ism",
    "ist",
    "ity",
    "ize",
    "ise",
    "ate",
    "ive",
    "ous",
    "ant",
    "ent",
    "ion",
    "al",
    "er",
    "ic",
)
RESIDUAL_MIN_STEM = 4

# Consonants that a stem may end in twice ("kill", "pass", "buzz"); others are undoubled
# ("stopped" -> "stopp" -> "stop").
DOUBLE_KEPT: frozenset[str] = frozenset("lsz")

# A claim that leaves its subject to the reader ("It holds an 86% rating", "the film grossed $5
# million", "there were 63 cases") does not name it, so a sentence that names it adds no fact:
# a text that opens with one of these pronouns, names one of these nouns after "the", or says
# "there" + a form of "be".
OPEN_PRONOUNS: frozenset[str] = frozenset(
    {"it", "its", "he", "his", "she", "her", "they", "their", "this", "these"}
)
OPEN_NOUNS: frozenset[str] = frozenset(
    {
        "airport", "album", "band", "book", "building", "channel", "church", "city", "club",
        "company", "country", "couple", "episode", "film", "firm", "game", "group", "island",
        "man", "movie", "network", "novel", "party", "player", "province", "region", "river",
        "school", "series", "ship", "show", "single", "site", "song", "station", "state",
        "team", "town", "university", "video", "website", "woman",
    }
)  # fmt: skip
OPEN_EXISTENTIALS: tuple[str, ...] = (
    "there is", "there are", "there was", "there were", "there have been", "there has been",
    "there had been",
)  # fmt: skip
