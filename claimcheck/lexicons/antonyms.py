"""Pairs of opposite words ("rose"/"fell", "upheld"/"overturned") for direction conflicts.

Each pair is two sets of word forms, or of phrases ("found guilty"); a draft that uses a word of
one set where the source uses a word of the other states the opposite. Words of one set are
synonyms of each other. Complementary pairs, where one word means "not" the other
("innocent"/"guilty"), are in `negation.NEGATED_FORMS`.
"""

from __future__ import annotations

# fmt: off
DIRECTION_PAIRS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        frozenset({"rise", "rises", "rose", "risen", "rising", "increase", "increases",
                   "increased", "increasing", "grow", "grows", "grew", "grown", "growing",
                   "climb", "climbs", "climbed", "climbing", "jump", "jumped", "jumps", "surge",
                   "surged", "gain", "gained", "gains", "soar", "soared", "rebound",
                   "rebounded", "up", "more common", "more widespread", "more frequent"}),
        frozenset({"fall", "falls", "fell", "fallen", "falling", "decrease", "decreases",
                   "decreased", "decreasing", "decline", "declines", "declined", "declining",
                   "drop", "drops", "dropped", "dropping", "shrink", "shrinks", "shrank",
                   "shrunk", "plunge", "plunged", "slump", "slumped", "plummeted", "tumbled",
                   "dip", "dipped", "down", "less common", "less widespread", "less frequent",
                   "rarer"}),
    ),
    (frozenset({"higher", "highest"}), frozenset({"lower", "lowest"})),
    (frozenset({"more", "most"}), frozenset({"fewer", "less", "least", "fewest"})),
    (frozenset({"larger", "largest", "bigger", "biggest", "greater", "greatest"}),
     frozenset({"smaller", "smallest"})),
    (frozenset({"older", "oldest", "elder", "eldest"}), frozenset({"younger", "youngest"})),
    (frozenset({"longer", "longest"}), frozenset({"shorter", "shortest"})),
    (frozenset({"best"}), frozenset({"worst"})),
    (frozenset({"first", "earliest"}), frozenset({"last", "latest", "final"})),
    (frozenset({"earlier"}), frozenset({"later"})),
    (frozenset({"before"}), frozenset({"after"})),
    (frozenset({"towards", "toward"}), frozenset({"away from"})),
    (frozenset({"deputy", "vice"}), frozenset({"chief", "head"})),
    (frozenset({"former", "ex", "formerly"}),
     frozenset({"current", "currently", "presently", "incumbent", "sitting"})),
    (frozenset({"released", "freed", "release", "releases"}),
     frozenset({"executed", "execute", "executes", "execution"})),
    (frozenset({"convicted", "convict", "convicts", "conviction", "convictions",
                "found guilty", "declared guilty", "pronounced guilty", "proven guilty",
                "proved guilty"}),
     frozenset({"acquitted", "acquit", "acquits", "acquittal", "acquittals", "exonerated",
                "exonerate", "exonerates", "exoneration", "found innocent", "found not guilty",
                "declared innocent", "proven innocent", "proved innocent"})),
    (frozenset({"upheld", "uphold", "upholds", "affirmed"}),
     frozenset({"overturned", "overturn", "overturns", "reversed", "quashed", "vacated",
                "annulled"})),
    (frozenset({"approved", "approve", "approves", "accepted", "accept", "granted",
                "endorsed"}),
     frozenset({"rejected", "reject", "rejects", "vetoed", "veto", "dismissed"})),
    (frozenset({"banned", "ban", "bans", "prohibited", "prohibit", "prohibits", "forbidden",
                "forbade", "outlawed", "barred"}),
     frozenset({"allowed", "allow", "allows", "permitted", "permit", "permits", "legalized",
                "legalised", "authorized", "authorised"})),
    (frozenset({"won", "win", "wins", "winning", "winner", "victory", "victorious"}),
     frozenset({"lost", "lose", "loses", "losing", "loser", "defeat", "defeated"})),
    (frozenset({"born", "birth"}), frozenset({"died", "dies", "death", "killed"})),
    (frozenset({"admitted", "admits", "admit", "confessed"}),
     frozenset({"denied", "denies", "deny"})),
    (frozenset({"supported", "supports", "support", "backed", "favoured", "favored"}),
     frozenset({"opposed", "opposes", "oppose"})),
    (frozenset({"opened", "opens", "reopened"}), frozenset({"closed", "closes", "shut"})),
    (frozenset({"hired", "hires", "hire", "appointed"}), frozenset({"fired", "sacked"})),
    (frozenset({"joined", "joins", "join", "entered"}),
     frozenset({"quit", "quits", "resigned", "exited", "withdrew", "withdrawn"})),
    (frozenset({"bought", "buy", "buys", "purchased", "acquired"}),
     frozenset({"sold", "sell", "sells"})),
    (frozenset({"import", "imports", "imported"}), frozenset({"export", "exports", "exported"})),
    (frozenset({"include", "includes", "included", "including"}),
     frozenset({"exclude", "excludes", "excluded", "excluding"})),
    (frozenset({"public"}), frozenset({"private"})),
    (frozenset({"domestic", "internal"}), frozenset({"foreign", "international", "external"})),
    (frozenset({"male", "men", "man"}), frozenset({"female", "women", "woman"})),
    (frozenset({"majority"}), frozenset({"minority"})),
    (frozenset({"maximum"}), frozenset({"minimum"})),
    (frozenset({"success", "successful", "succeeded"}), frozenset({"failure", "failed"})),
    (frozenset({"profit", "profits", "surplus"}), frozenset({"deficit", "deficits"})),
    (frozenset({"strengthen", "strengthened", "strengthens", "tightened", "tighten"}),
     frozenset({"weaken", "weakened", "weakens", "loosened", "loosen", "relaxed", "eased"})),
    (frozenset({"north", "northern"}), frozenset({"south", "southern"})),
    (frozenset({"east", "eastern"}), frozenset({"west", "western"})),
    (frozenset({"positive", "positively", "favorable", "favourable"}),
     frozenset({"negative", "negatively", "unfavorable", "unfavourable"})),
    (frozenset({"friend", "friends", "ally", "allies", "friendship"}),
     frozenset({"enemy", "enemies", "rival", "rivals", "enmity"})),
    (frozenset({"similar", "similarities", "same"}),
     frozenset({"different", "differences", "distinct"})),
    (frozenset({"arrived", "arrive", "arrives"}), frozenset({"departed", "depart", "departs"})),
    (frozenset({"started", "starts", "began", "begins"}),
     frozenset({"ended", "ends", "finished", "finishes", "stopped", "stops"})),
    (frozenset({"praised", "praise", "praises", "acclaimed"}),
     frozenset({"criticized", "criticised", "criticizes", "criticises", "condemned",
                "panned"})),
    (frozenset({"strong", "stronger", "strongest"}), frozenset({"weak", "weaker", "weakest"})),
    (frozenset({"rich", "richer", "richest", "wealthy"}),
     frozenset({"poor", "poorer", "poorest"})),
    (frozenset({"cheap", "cheaper", "cheapest"}),
     frozenset({"expensive", "costlier", "dearer"})),
)
# fmt: on

# Verbs that may take their object between themselves and the rest of a direction phrase:
# "found 1.2 million people guilty" is "found guilty", with up to `SPLIT_GAP` words between.
SPLITTABLE: frozenset[str] = frozenset({"found", "declared", "pronounced", "proven", "proved"})
SPLIT_GAP = 6

# Direction words that count only next to a number ("up 29%", "down by 3"): elsewhere they are
# particles ("set up", "stepped down").
NEEDS_NUMBER: frozenset[str] = frozenset({"up", "down"})

# Pairs that relate two things in time ("A after B" is "B before A"): which side a text takes
# depends on which event it names first, so a text that names them the other way round with the
# other word states the same order.
CONVERSE: frozenset[frozenset[str]] = frozenset(
    {frozenset({"before", "after"}), frozenset({"earlier", "later"})}
)
