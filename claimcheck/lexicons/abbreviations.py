"""Abbreviations and sentence openers that decide whether a period ends a sentence.

All entries are lower case and without their final period; dotted forms keep their inner periods
("u.s", "e.g"). The segmenter looks words up case-insensitively.
"""

from __future__ import annotations

# Titles and honorifics: always followed by a name, never the end of a sentence.
TITLES: frozenset[str] = frozenset(
    {
        "adm", "brig", "capt", "cmdr", "col", "det", "dr", "fr", "gen", "gov", "hon", "insp",
        "lt", "maj", "messrs", "mme", "mr", "mrs", "ms", "pres", "prof", "rep", "rev",
        "sen", "sgt", "supt",
    }
)  # fmt: skip

# Only ever used inside a sentence.
MID_SENTENCE: frozenset[str] = frozenset(
    {
        "approx", "c", "ca", "cf", "e.g", "esp", "i.e", "incl", "n.b", "resp", "v", "viz", "vs",
    }
)  # fmt: skip

# Followed by a number ("No. 4", "Jan. 5", "pp. 12"); they end a sentence only before a word.
BEFORE_NUMBERS: frozenset[str] = frozenset(
    {
        "apr", "art", "arts", "aug", "ch", "chap", "dec", "feb", "fig", "figs", "jan", "jul",
        "jun", "mar", "no", "nos", "nov", "nr", "oct", "p", "para", "paras", "pp", "sec",
        "sep", "sept", "tel", "vol", "vols",
    }
)  # fmt: skip

# Often followed by a proper noun ("U.S. President", "Acme Inc. Chief"), but may also end a
# sentence: the period is a boundary only when a common sentence opener follows.
BEFORE_NAMES: frozenset[str] = frozenset(
    {
        "a.m", "bros", "co", "corp", "d.c", "dept", "e.u", "govt", "inc", "jr", "llc", "ltd",
        "mt", "p.m", "plc", "sr", "st", "u.k", "u.n", "u.s", "u.s.a", "univ",
    }
)  # fmt: skip

# Rarely followed by a proper noun: the period is a boundary before any word (not a number).
BEFORE_SENTENCES: frozenset[str] = frozenset({"al", "etc"})

# Capitalised words that commonly open a sentence (function words, not names). After an
# abbreviation from BEFORE_NAMES or an initial, one of these signals a new sentence.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "a", "according", "after", "all", "also", "although", "an", "and", "another", "as",
        "at", "because", "before", "both", "but", "by", "despite", "during", "each", "even",
        "every", "few", "finally", "for", "from", "furthermore", "he", "her", "here", "his",
        "how", "however", "i", "if", "in", "instead", "it", "its", "last", "later", "many",
        "meanwhile", "more", "moreover", "most", "my", "neither", "nevertheless", "next", "no",
        "none", "nor", "not", "now", "of", "on", "once", "one", "only", "or", "other", "our",
        "over", "she", "since", "so", "some", "still", "such", "that", "the", "their", "then",
        "there", "therefore", "these", "they", "this", "those", "though", "thus", "to", "today",
        "under", "unlike", "until", "we", "what", "when", "where", "whether", "which", "while",
        "who", "why", "with", "within", "without", "yesterday", "yet", "you", "your",
    }
)  # fmt: skip
