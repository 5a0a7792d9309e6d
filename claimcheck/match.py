"""Sentence x registry -> candidate claims with calibrated 0-100 scores (the only rapidfuzz user).

Matching runs in two stages:

1. Retrieval (`claimcheck.index`): BM25 over the content terms of each claim's text, quote and
   optional extra text (a title, say) fetches the `CANDIDATES` best claims.
2. Rescoring: each candidate gets the larger of two scores in 0-1, times 100 (capped).
   - *backing*: the BM25 score over the sentence's own term weight (at least
     `MIN_EVIDENCE_TERMS` rare terms): how much of the sentence the claim backs. It ranks
     exactly like BM25. A paraphrase or a sentence that states part of a claim scores near 1, a
     sentence that shares a topic word or two with a claim scores low.
   - *coverage*: how much of a claim's text or quote the sentence states, in one place. The
     share of the statement's term weight found in the sentence, times the share of the
     sentence window that rapidfuzz aligns with the statement which the statement accounts for,
     times the strength of the evidence. A sentence that makes two claims joined by "and"
     states each one fully and in one place, so it matches both even though each backs only
     half of the sentence; a long text whose words are scattered over a short claim does not.

A changed number, date or word costs a claim one term (numbers weigh less than words), so a
contradiction still matches its claim confidently; comparing facts happens afterwards.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.index import Hit, TermIndex, best_hits, term_weight
from claimcheck.models import Candidate, Claim
from claimcheck.tokens import terms

MATCH_THRESHOLD = 65.0  # a confident match
POSSIBLE_THRESHOLD = 45.0  # a possible match: the sentence stays unsourced, the claim is listed
SHORT_TERMS = 3  # a sentence with at most this many distinct content terms is short ...
SHORT_MATCH_THRESHOLD = 85.0  # ... and needs this score to match

CANDIDATES = 50  # claims fetched by retrieval and rescored, per sentence
MIN_EVIDENCE_TERMS = 3.0  # shared rare terms for full-strength evidence
CLAIM_SHARE_EXPONENT = 0.5  # coverage: how much a statement's missing terms cost
WINDOW_SHARE_EXPONENT = 2.0  # coverage: how much scattering the statement's terms costs
PARALLEL_MIN_TEXTS = 2_000  # search_many forks workers for at least this many texts ...
PARALLEL_MIN_DOCS = 20_000  # ... over at least this many claims
MAX_WORKERS = 8
CHUNKS_PER_WORKER = 4
STATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Statement:
    """A claim's text or quote as rescoring sees it: its content terms, space-joined and as a
    set, and the sum of their weights."""

    text: str
    terms: frozenset[str]
    weight: float


@dataclass(frozen=True, slots=True)
class Matcher:
    """A retrieval index over a registry's claims plus what rescoring needs.

    `statements[i]` holds claim i's text and quote as space-joined content terms (the quote only
    when its terms differ from the text's). Not safe to share between threads.
    """

    ids: tuple[str, ...]
    statements: tuple[tuple[str, ...], ...]
    index: TermIndex
    _parsed: dict[int, tuple[Statement, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def build(cls, claims: Sequence[Claim], extra: Sequence[str] | None = None) -> Matcher:
        """Index each claim by its text and quote, and by `extra[i]` (a title, say) if given."""
        if extra is not None and len(extra) != len(claims):
            raise ValueError("extra needs one text per claim")
        statements: list[tuple[str, ...]] = []
        docs: list[tuple[str, ...]] = []
        for i, claim in enumerate(claims):
            text = terms(claim.text)
            quote = text if claim.quote == claim.text else terms(claim.quote)
            fields = (text,) if quote == text or not quote else (text, quote)
            more = terms(extra[i]) if extra is not None else ()
            statements.append(tuple(" ".join(f) for f in fields))
            docs.append(tuple(t for f in fields for t in f) + more)
        return cls(tuple(c.id for c in claims), tuple(statements), TermIndex.build(docs))

    def search(self, text: str, k: int = 5) -> list[Candidate]:
        """The top-k claims for a text, best first, with 0-100 scores."""
        return self.search_many([text], k)[0]

    def search_many(self, texts: Sequence[str], k: int = 5) -> list[list[Candidate]]:
        """`search` for each text. For a large registry retrieval is vectorised, and a large
        batch is split over the machine's cores (forked worker processes, where available)."""
        if len(texts) * CANDIDATES >= len(self.ids) > len(self._parsed):
            for doc in range(len(self.ids)):  # cheaper than one by one, and shared by workers
                self._statements(doc)
        workers = _workers(len(texts), self.index.n_docs)
        if workers < 2:
            return self._search_batch(texts, k)
        self.index.prepare()
        return _search_in_workers(self, texts, k, workers)

    def _search_batch(self, texts: Sequence[str], k: int) -> list[list[Candidate]]:
        queries = [terms(text) for text in texts]
        found = self.index.top_many(queries, max(k, CANDIDATES))
        return [self._rescore(query, hits, k) for query, hits in zip(queries, found, strict=True)]

    def _rescore(self, query: Sequence[str], hits: Sequence[Hit], k: int) -> list[Candidate]:
        """Score the retrieved claims (best BM25 first) and keep the k best."""
        if k <= 0 or not hits:
            return []
        weights = {t: self.index.weight(t) for t in query}
        rare = term_weight("", 1, self.index.n_docs)  # the weight of a term only one claim has
        sentence = _Sentence(" ".join(query), weights, rare)
        own = max(sum(weights.values()), MIN_EVIDENCE_TERMS * rare)
        scored: dict[int, float] = {}
        kept: list[float] = []  # a min-heap of the k best scores so far
        for doc, bm25 in hits:
            score = bm25 / own
            for statement in self._statements(doc):
                floor = max(score, kept[0] if len(kept) == k else -1.0)
                score = max(score, _coverage(statement, sentence, floor))
            scored[doc] = score
            if len(kept) < k:
                heapq.heappush(kept, score)
            elif score > kept[0]:
                heapq.heapreplace(kept, score)
        return [
            Candidate(self.ids[doc], round(100.0 * min(1.0, score), 2))
            for doc, score in best_hits(scored.items(), k)
        ]

    def _statements(self, doc: int) -> tuple[Statement, ...]:
        found = self._parsed.get(doc)
        if found is None:
            found = self._parsed[doc] = tuple(
                Statement(text, own, sum(self.index.weight(t) for t in own))
                for text in self.statements[doc]
                for own in [frozenset(text.split())]
            )
        return found

    def state(self) -> dict[str, Any]:
        """Plain JSON-ready data for an on-disk cache."""
        return {
            "version": STATE_VERSION,
            "ids": list(self.ids),
            "statements": [list(s) for s in self.statements],
            "index": self.index.state(),
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any], claims: Sequence[Claim]) -> Matcher:
        """Rebuild a matcher from `state()` for the same claims, in the same order.

        Raises ValueError when the state is from another version or for other claims.
        """
        if state.get("version") != STATE_VERSION:
            raise ValueError("matcher state has another version")
        ids = tuple(state["ids"])
        if ids != tuple(c.id for c in claims):
            raise ValueError("matcher state is for other claims")
        statements = tuple(tuple(str(s) for s in row) for row in state["statements"])
        index = TermIndex.from_state(state["index"])
        if len(statements) != len(ids) or index.n_docs != len(ids):
            raise ValueError("matcher state is inconsistent")
        return cls(ids, statements, index)


_FORKED: list[Matcher] = []  # the matcher that forked worker processes search with


def _search_in_workers(
    matcher: Matcher, texts: Sequence[str], k: int, workers: int
) -> list[list[Candidate]]:
    """Search chunks of `texts` in forked processes that inherit the matcher (nothing large is
    pickled), and join their results in order."""
    import gc
    import multiprocessing

    size = -(-len(texts) // (workers * CHUNKS_PER_WORKER))
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    _FORKED.append(matcher)
    gc.freeze()  # so the children's collector does not touch (and copy) every page
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.starmap(_search_forked, [(chunk, k) for chunk in chunks])
    finally:
        gc.unfreeze()
        _FORKED.pop()
    return [found for part in parts for found in part]


def _search_forked(texts: Sequence[str], k: int) -> list[list[Candidate]]:
    return _FORKED[-1]._search_batch(texts, k)


def _workers(n_texts: int, n_docs: int) -> int:
    """How many processes to search with: one, unless the batch and the registry are large,
    the machine has several cores and this process can be forked safely (it runs no other
    thread that a child could inherit mid-operation)."""
    if n_texts < PARALLEL_MIN_TEXTS or n_docs < PARALLEL_MIN_DOCS:
        return 1
    import multiprocessing
    import os
    import threading

    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1
    return min(os.cpu_count() or 1, MAX_WORKERS)


def is_match(text: str, candidate: Candidate, threshold: float | None = None) -> bool:
    """Whether a candidate is a confident match for a sentence: its score reaches the threshold
    (`MATCH_THRESHOLD` by default), and at least `SHORT_MATCH_THRESHOLD` for a short sentence."""
    floor = MATCH_THRESHOLD if threshold is None else threshold
    if len(set(terms(text))) <= SHORT_TERMS:
        floor = max(floor, SHORT_MATCH_THRESHOLD)
    return candidate.score >= floor


def matched_claims(
    text: str, candidates: Sequence[Candidate], threshold: float | None = None
) -> list[Candidate]:
    """Every confident match for a sentence, best first: a sentence that makes two claims
    matches both."""
    found = [c for c in candidates if is_match(text, c, threshold)]
    return sorted(found, key=lambda c: -c.score)


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str  # content terms, space-joined
    weights: Mapping[str, float]  # term -> weight
    rare: float  # the weight of a term only one claim has


def _coverage(statement: Statement, sentence: _Sentence, floor: float) -> float:
    """How fully the sentence states a claim statement, in one place, 0-1 (or 0 when it cannot
    beat `floor`).

    The share of the statement's term weight found in the sentence (to `CLAIM_SHARE_EXPONENT`),
    times the share of the aligned sentence window that the statement accounts for (to
    `WINDOW_SHARE_EXPONENT`), times the strength of the evidence: the shared weight, in rare
    terms, over `MIN_EVIDENCE_TERMS`, at most 1.
    """
    weights = sentence.weights
    common = statement.terms & weights.keys()
    if not common or not statement.weight:
        return 0.0
    shared = sum(weights[t] for t in common)
    strength = min(1.0, shared / sentence.rare / MIN_EVIDENCE_TERMS)
    bound: float = strength * (shared / statement.weight) ** CLAIM_SHARE_EXPONENT
    if bound <= floor:
        return 0.0
    share: float = _window_share(statement, sentence) ** WINDOW_SHARE_EXPONENT
    return bound * share


def _window_share(statement: Statement, sentence: _Sentence) -> float:
    """The share of term weight that the statement has in the sentence window aligned with it
    (rapidfuzz's partial alignment of the two term strings, widened to whole terms)."""
    from rapidfuzz import fuzz

    text = sentence.text
    found = fuzz.partial_ratio_alignment(statement.text, text)
    if found is None:
        return 0.0
    start = text.rfind(" ", 0, found.dest_start) + 1
    stop = text.find(" ", found.dest_end)
    window = set(text[start : len(text) if stop < 0 else stop].split())
    total = sum(sentence.weights[t] for t in window)
    shared = sum(sentence.weights[t] for t in window & statement.terms)
    return shared / total if total else 0.0
