"""Words and phrases that news copy uses interchangeably, for claim retrieval.

`claimcheck.tokens` turns each word of a group into the group's first word, and each phrase into
its replacement text, before stemming, so a paraphrase and its claim share terms ("freed" and
"released", "behind bars" and "jailed"). Merging only has to be right for *finding* the claim a
sentence talks about: the fact comparison afterwards still reads the original words. Groups hold
general news and legal vocabulary, not the wording of any one claim.
"""

from __future__ import annotations

# Each group: the key word first, then words that mean the same for matching. Words are listed in
# their base form; their regular inflections ("-s", "-ed", "-ing") are derived, irregular ones are
# listed. Only the listed forms are merged, so "organ" does not catch "organization" (but the
# key's own stem is shared by every word the stemmer reads alike: hence "body", not "organ").
# fmt: off
WORD_GROUPS: tuple[tuple[str, ...], ...] = (
    # justice
    ("jail", "imprison", "imprisonment", "prison", "incarcerate", "incarceration"),
    ("release", "freed"),
    ("acquit", "acquittal", "exonerate", "exoneration"),
    ("convict", "conviction"),
    ("arrest", "detain", "detention", "apprehend", "caught"),  # not "catch": "catch fire"
    ("criminal", "culprit", "perpetrator", "offender"),
    ("charge", "indict", "indictment"),
    ("lawyer", "attorney"),
    ("defense", "defence"),  # British and American spellings the stemmer reads apart
    ("offense", "offence"),
    ("license", "licence"),
    ("law", "legislation", "statute"),
    ("regulation", "rules"),  # not "ruled": a court's ruling is no regulation
    ("ban", "prohibit", "prohibition", "outlaw", "forbid", "forbade", "forbidden"),
    ("allow", "permit", "permission"),
    ("require", "requirement", "oblige", "obligate"),
    ("kill", "slay", "slain", "slew"),
    ("die", "death", "dead", "decease", "fatality", "fatalities", "casualty", "casualties"),
    ("confess", "confession"),
    ("punish", "punishment", "penalize", "penalise", "penalty", "penalties", "sanction"),
    ("supervise", "supervision", "oversee", "oversaw", "overseen", "oversight"),
    ("investigate", "investigation", "probe"),
    ("revoke", "revocation", "rescind", "repeal", "annul", "annulment"),
    # institutions and people
    ("establish", "establishment", "create", "creation", "introduce", "introduction", "launch"),
    ("body", "bodies", "organ", "agency", "agencies"),
    ("highest", "top"),
    ("largest", "biggest"),  # superlatives: the stemmer keeps "-est"
    ("firm", "company", "companies", "corporation"),
    ("chief", "leader"),
    ("family", "families", "relatives", "kin"),
    ("child", "children", "kid", "minors", "juvenile", "underage"),
    ("person", "individual"),
    ("doctor", "physician"),
    ("car", "vehicle", "automobile"),
    ("film", "movie"),
    ("coronavirus", "covid", "corona"),
    ("vaccine", "jab"),
    ("salary", "salaries", "wage"),
    # speech and publication
    ("say", "said", "stated", "tell", "told", "declare", "announce"),  # not "state": a noun too
    ("publish", "publication", "posted", "write", "wrote"),  # not "post": also a job
    ("criticize", "criticise", "criticism", "condemn", "condemnation", "denounce", "rebuke"),
    ("reveal", "disclose", "expose", "uncover"),
    # change and quantity
    ("rise", "rose", "risen", "increase", "grow", "grew", "grown", "growth", "climb", "jump",
     "surge", "soar"),
    ("fall", "fell", "fallen", "decrease", "decline", "drop", "shrink", "shrank", "plunge",
     "plummet", "reduce", "reduction"),
    ("begin", "began", "begun", "start", "commence"),
    ("finish", "conclude", "conclusion"),
    ("buy", "bought", "purchase", "acquire", "acquisition"),
    ("sell", "sold", "sale"),
    ("help", "assist", "assistance", "aid"),
    ("use", "utilize", "utilise"),
    ("rating", "score"),
    ("earn", "earnings", "gross"),  # "grossed $5 million", "earned $5 million"
    ("worldwide", "global", "globally"),
    ("recover", "recovery", "recoveries"),  # the stemmer reads "recovery" apart from "recovered"
)
# fmt: on

# Phrases and the text they stand for (an empty text drops the phrase). Phrase words are compared
# by stem, so "answers to" and "answered to" both read as "report to".
PHRASES: dict[str, str] = {
    "behind bars": "jailed",
    "locked up": "jailed",
    "in custody": "detained",
    "taken into custody": "arrested",
    "set free": "released",
    "walk free": "released",
    "walked free": "released",
    "strike down": "revoked",
    "struck down": "revoked",
    "rule out": "excluded",
    "keep out of": "excluded from",
    "kept out of": "excluded from",
    "try to": "attempt to",  # not "tried" alone: a court tries a case
    "tried to": "attempt to",
    "found innocent": "acquitted",
    "found not guilty": "acquitted",
    "declared innocent": "acquitted",
    "cleared of": "acquitted",
    "found guilty": "convicted",
    "set up": "established",
    "brought in": "introduced",
    "put in place": "established",
    "held responsible": "held accountable",
    "hold responsible": "hold accountable",
    "answer to": "report to",
    "answerable to": "report to",
    "drew attention to": "exposed",
    "brought to light": "exposed",
    "shed light on": "exposed",
    "passed away": "died",
    "lost their lives": "died",
    "lost his life": "died",
    "lost her life": "died",
    "a decade": "10 years",
    "one decade": "10 years",
    "half a century": "50 years",
    "year old": "aged",
    "years old": "aged",
    "at the age of": "aged",
    "a century": "100 years",
    "per cent": "",
    "percent": "",
    "pct": "",
    "covid 19": "covid",
    "sars cov 2": "covid",
    "united states": "usa",
    "united states of america": "usa",
    "united kingdom": "uk",
    "great britain": "uk",
    "family members": "family",
    "family member": "family",
    "according to": "",
    "most often": "",
    "more often than not": "",
    "in lieu of": "",
    "rather than": "",
    "one of": "",  # picks from a group ("one of them", "one of the largest"): not a number
    "due to": "",
    "a total of": "",  # "a total of 511 prosecutors" states 511 prosecutors
    "the total number of": "",
    "the number of": "",
    "around the world": "worldwide",
    "across the world": "worldwide",
    "all over the world": "worldwide",
    "tested positive": "confirmed",  # "30 people tested positive": 30 confirmed cases
}

# Phrases that mean something else before a number: "was up 29%" is a rise ("up" alone is a
# stopword).
BEFORE_NUMBER: dict[str, str] = {
    "up": "rose",
    "up by": "rose",
    "down": "fell",
    "down by": "fell",
}

# Groups of keys (after `WORD_GROUPS`) that fill the same slot in a statement: a sentence that
# puts one where its claim has another changes a fact but still talks about that claim.
SLOT_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"rise", "fall"}),
    frozenset(
        {
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        }
    ),
    frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
)  # fmt: skip
