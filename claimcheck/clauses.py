"""The clauses of a sentence that makes several claims, and what matching them adds.

"Its conviction rate stands at 99.92 percent, and in 2015 roughly 1.2 million defendants were
found guilty" states two claims; matched as a whole, each claim backs only half of it and may
fall under the match threshold. So a sentence that matches no claim as a whole is also matched
clause by clause (`claimcheck.api` searches its clauses in a second batch): it breaks at
semicolons, colons and dashes, and at a conjunction after a comma (", and", ", while"; see
`claimcheck.lexicons.function_words.CLAUSE_MARKS`). A clause counts only when it has at least
`MIN_CLAUSE_TERMS` distinct content terms, and a sentence is split only into two or more such
clauses.

A claim that a clause matches confidently (by the clause's own match floor, so a short clause
needs the stronger evidence a short sentence does) is a match of the sentence, with the clause's
score. A clause's lesser score only makes the claim a possible match of the sentence: it never
lifts the claim to a match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.lexicons.function_words import (
    CLAUSE_CONJUNCTIONS,
    CLAUSE_CONJUNCTIONS_AFTER_COMMA,
    CLAUSE_MARKS,
)
from claimcheck.match import match_floor
from claimcheck.models import Candidate
from claimcheck.tokens import terms

MIN_CLAUSE_TERMS = 4  # a clause with fewer distinct content terms is no claim of its own


def _words(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BREAK = re.compile(
    rf"\s*(?:[{''.join(re.escape(m) for m in CLAUSE_MARKS if len(m) == 1)}](?=\s)"
    rf"|,\s+(?:{_words(CLAUSE_CONJUNCTIONS_AFTER_COMMA)})\b"
    rf"|\s(?:{_words(CLAUSE_CONJUNCTIONS)})\b)\s*",
    re.IGNORECASE,
)


def clauses(text: str) -> tuple[str, ...]:
    """The clauses of `text` that can make a claim of their own, or () when it has fewer than
    two: "A rose 5%; B fell" -> ("A rose 5%", "B fell") if each has enough terms."""
    parts = [p for p in _BREAK.split(text) if len(set(terms(p))) >= MIN_CLAUSE_TERMS]
    return tuple(parts) if len(parts) >= 2 else ()


def with_clauses(
    text: str,
    found: Sequence[Candidate],
    by_clause: Sequence[tuple[str, Sequence[Candidate]]],
    k: int,
    threshold: float | None = None,
) -> list[Candidate]:
    """A sentence's candidates (`found`, best first) merged with its clauses' (`by_clause`:
    each clause with its candidates): each claim keeps its best score, where a clause's score
    counts in full only when it matches the clause confidently and otherwise stays under the
    sentence's match floor. The best `k`, best first."""
    if not by_clause:
        return list(found)
    floor = match_floor(text, threshold)
    below = round(floor - 0.01, 2)  # the best a clause's mere possible match can score
    best = {c.claim_id: c.score for c in found}
    for clause, candidates in by_clause:
        confident = match_floor(clause, threshold)
        for c in candidates:
            score = c.score if c.score >= confident else min(c.score, below)
            if score > best.get(c.claim_id, -1.0):
                best[c.claim_id] = score
    merged = sorted(best.items(), key=lambda item: -item[1])[:k]
    return [Candidate(claim_id, score) for claim_id, score in merged]
