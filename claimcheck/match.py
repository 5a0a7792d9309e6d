"""Sentence x registry -> candidate claims with calibrated 0-100 scores.

Matching runs in two stages:

1. Retrieval (`claimcheck.index`): BM25 over the content terms of each claim's text, quote and
   optional extra text (a title, say) fetches the best claims: `CANDIDATES` of them, or
   `DEEP_CANDIDATES` for a sentence that none of the first matches confidently.
2. Rescoring (`claimcheck.rescore`): each candidate gets the larger of two scores in 0-1 -
   *backing*, how much of the sentence the claim backs, and *coverage*, how much of the claim's
   text or quote the sentence states in one place - times 100 (capped).

Sentences and claims are read as terms by `claimcheck.tokens` (synonyms merged, numbers
normalised); an acronym that a sentence writes and the registry spells out is expanded
(`claimcheck.acronyms`). A changed number, date or direction costs a claim little (a stand-in,
`claimcheck.stand_ins`) and a changed word one term, so a contradiction still matches its claim
confidently; comparing facts happens afterwards.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from claimcheck.acronyms import acronyms, expand
from claimcheck.index import Hit, TermIndex, term_weight
from claimcheck.models import Candidate, Claim
from claimcheck.parallel import map_chunks, worker_count
from claimcheck.rescore import (
    Query,
    Statement,
    TermInfo,
    backing,
    coverage,
    own_weight,
    subject_context,
)
from claimcheck.tokens import leaves_subject_open, names, slot, terms, terms_and_bounds

MATCH_THRESHOLD = 65.0  # a confident match
POSSIBLE_THRESHOLD = 45.0  # a possible match: the sentence stays unsourced, the claim is listed
SHORT_TERMS = 3  # a sentence with at most this many distinct content terms is short ...
SHORT_MATCH_THRESHOLD = 85.0  # ... and needs this score to match
NEAR_CONFLICT_MARGIN = 20.0  # a claim this close under the match floor counts when contradicted
LONG_TERMS = 9  # a sentence with at least this many distinct content terms is long ...
LONG_MARGIN = 7.0  # ... and may match this far under the match threshold (see `long_floor`)
NAMES_ONLY_CAP = 0.6  # the most any claim scores (0-1) for a sentence whose terms are all names

CANDIDATES = 30  # claims rescored per sentence, best BM25 first, ...
DEEP_CANDIDATES = 60  # ... or this many when none of the first reaches MATCH_THRESHOLD
PARALLEL_MIN_TEXTS = 2_000  # search_many forks workers for at least this many texts ...
PARALLEL_MIN_DOCS = 20_000  # ... over at least this many claims
STATE_VERSION = 2
_NO_CONTEXT: tuple[frozenset[str], float] = (frozenset(), 0.0)


@dataclass(frozen=True, slots=True)
class Matcher:
    """A retrieval index over a registry's claims plus what rescoring needs.

    `statements[i]` holds claim i's text and quote as space-joined content terms (the quote only
    when its terms differ from the text's). Not safe to share between threads.
    """

    ids: tuple[str, ...]
    statements: tuple[tuple[str, ...], ...]
    index: TermIndex
    acronyms: Mapping[str, tuple[str, ...]]  # acronym -> the terms of the name it stands for
    open_subjects: frozenset[int]  # claims whose text leaves its subject open ("It holds ...")
    claim_sources: Sequence[str] = ()  # each claim's source id (see `with_subjects`) ...
    subjects: Mapping[str, str] = field(default_factory=dict)  # ... and source id -> subject
    _parsed: dict[int, tuple[Statement, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _terms: dict[str, TermInfo] = field(default_factory=dict, compare=False, repr=False)
    _subject_terms: dict[str, frozenset[str]] = field(
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
        table = acronyms([c.text for c in claims] + [c.quote for c in claims if c.quote != c.text])
        index = TermIndex.build(docs)
        open_subjects = frozenset(i for i, c in enumerate(claims) if leaves_subject_open(c.text))
        return cls(tuple(c.id for c in claims), tuple(statements), index, table, open_subjects)

    def with_subjects(self, claim_sources: Sequence[str], subjects: Mapping[str, str]) -> Matcher:
        """This matcher, reading each claim's subject from its source: `claim_sources[i]` is
        claim i's source id and `subjects` maps a source id to its subject (its title). A
        sentence that names a claim's subject is not held to have said more than the claim
        (`claimcheck.rescore.subject_context`). Subjects are not indexed: they find no claim."""
        if len(claim_sources) != len(self.ids):
            raise ValueError("claim_sources needs one source id per claim")
        return replace(self, claim_sources=claim_sources, subjects=dict(subjects))

    def search(self, text: str, k: int = 5) -> list[Candidate]:
        """The top-k claims for a text, best first, with 0-100 scores."""
        return self.search_many([text], k)[0]

    def search_many(
        self, texts: Sequence[str], k: int = 5, threshold: float | None = None
    ) -> list[list[Candidate]]:
        """`search` for each text. `threshold` is the match threshold the results are read with
        (None: `MATCH_THRESHOLD`): retrieval goes deeper for a text with no match that strong
        among the first candidates. A large batch over a large registry is split over the
        machine's cores (forked worker processes, where available)."""
        workers = workers_for(len(texts), self.index.n_docs)
        if workers > 1:
            self.prepare_to_share()
        elif len(texts) * CANDIDATES >= len(self.ids) > len(self._parsed):
            self.prepare_to_share()  # cheaper than parsing claims one by one
        return map_chunks(lambda chunk: self._search_batch(chunk, k, threshold), texts, workers)

    def prepare_to_share(self) -> None:
        """Build everything searching builds lazily, so that forked workers inherit it instead
        of each building its own."""
        for doc in range(len(self.ids)):
            self._statements(doc)
        self.index.prepare()

    def _search_batch(
        self, texts: Sequence[str], k: int, threshold: float | None
    ) -> list[list[Candidate]]:
        read = [terms_and_bounds(text) for text in texts]  # once, for the query and the floor
        words = [own for own, _ in read]
        parsed = [self._parse(text, own) for text, own in zip(texts, words, strict=True)]
        depth = max(k, CANDIDATES, DEEP_CANDIDATES)
        found = self.index.top_many([query for query, _ in parsed], depth)
        return [
            self._rescore(query, hits, k, named, _floor(own, threshold) / 100.0, bounds)
            for (own, bounds), (query, named), hits in zip(read, parsed, found, strict=True)
        ]

    def parse(self, text: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """A text's query terms (acronyms the registry spells out expanded) and the terms of its
        names (`claimcheck.tokens.names`)."""
        return self._parse(text, terms(text))

    def _parse(self, text: str, own: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
        query = expand(text, own, self.acronyms, self.index.terms)
        return query, names(text)

    def _rescore(
        self,
        query: Sequence[str],
        hits: Sequence[Hit],
        k: int,
        named: frozenset[str] = frozenset(),
        confident: float = MATCH_THRESHOLD / 100.0,
        bounds: Mapping[str, str] | None = None,
    ) -> list[Candidate]:
        """Score the retrieved claims (best BM25 first) and keep the k best, equal scores in
        BM25 order (a score is capped at 1: a claim backs a sentence fully or not). The first
        `CANDIDATES` (or k) are scored, and the rest (up to `DEEP_CANDIDATES`) only when none of
        those reaches `confident` (0-1), the score the sentence needs to match: a sentence that
        matches well rarely has a better claim further down. `named`: the terms of the
        sentence's names; `bounds`: its bounded numbers (`claimcheck.tokens.terms_and_bounds`).
        A sentence whose terms are all names states no fact of its own that a claim about them
        could back: no score goes over `NAMES_ONLY_CAP` ("Zhang Yuhuan was one of them" against
        a claim on Zhang Yuhuan's release)."""
        if k <= 0 or not hits:
            return []
        rare = term_weight("", 1, self.index.n_docs)  # the weight of a term only one claim has
        known = self.index.terms
        unknown = frozenset(t for t in named if t not in known)
        sentence = Query.parse(query, self.index.weight, rare, unknown, bounds)
        names_only = sentence.weights.keys() <= named
        subjects = bool(self.claim_sources)
        scored: dict[int, float] = {}
        kept: list[float] = []  # a min-heap of the k best scores so far
        shallow = max(k, CANDIDATES)
        for rank, (doc, bm25) in enumerate(hits):
            if rank == shallow and max(kept) >= confident:
                break
            statements = self._statements(doc)
            first = statements[0]
            context, less = (
                subject_context(sentence, self._subject(doc), statements)
                if subjects
                else _NO_CONTEXT
            )
            if first.open_subject or (first.slots and sentence.slots):
                least = kept[0] if len(kept) == k else -1.0
                score = backing(bm25, statements, sentence, least, less)
            else:  # what `backing` gives, without a call
                score = bm25 / (own_weight(sentence, False, less) if less else sentence.own)
            for i, statement in enumerate(statements):
                floor = max(score, kept[0] if len(kept) == k else -1.0)
                found = coverage(statement, sentence, floor, stand_ins=i == 0, context=context)
                score = max(score, found)
            score = min(1.0, score)
            if score > NAMES_ONLY_CAP and names_only:
                score = NAMES_ONLY_CAP
            scored[doc] = score
            if len(kept) < k:
                heapq.heappush(kept, score)
            elif score > kept[0]:
                heapq.heapreplace(kept, score)
        order = {doc: rank for rank, (doc, _) in enumerate(hits)}
        best = heapq.nsmallest(k, scored.items(), key=lambda item: (-item[1], order[item[0]]))
        return [Candidate(self.ids[doc], round(100.0 * score, 2)) for doc, score in best]

    def _statements(self, doc: int) -> tuple[Statement, ...]:
        found = self._parsed.get(doc)
        if found is None:
            about = self._about
            found = self._parsed[doc] = tuple(
                Statement.parse(text, about, doc in self.open_subjects)
                for text in self.statements[doc]
            )
        return found

    def _subject(self, doc: int) -> frozenset[str]:
        """The terms of a claim's subject (empty without one), read once per subject."""
        if not self.claim_sources:
            return frozenset()
        text = self.subjects.get(self.claim_sources[doc], "")
        found = self._subject_terms.get(text)
        if found is None:
            found = self._subject_terms[text] = frozenset(terms(text))
        return found

    def _about(self, term: str) -> TermInfo:
        """A term's weight and slot, remembered: claims share most of their terms."""
        found = self._terms.get(term)
        if found is None:
            found = self._terms[term] = (self.index.weight(term), slot(term))
        return found

    def state(self) -> dict[str, Any]:
        """Plain JSON-ready data for an on-disk cache."""
        return {
            "version": STATE_VERSION,
            "ids": list(self.ids),
            "statements": [list(s) for s in self.statements],
            "index": self.index.state(),
            "acronyms": {key: list(value) for key, value in self.acronyms.items()},
            "open_subjects": sorted(self.open_subjects),
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any], claim_ids: Sequence[str]) -> Matcher:
        """Rebuild a matcher from `state()` for the same claims (given by id), in the same order.

        Raises ValueError when the state is from another version or for other claims.
        """
        if state.get("version") != STATE_VERSION:
            raise ValueError("matcher state has another version")
        ids = tuple(state["ids"])
        if ids != tuple(claim_ids):
            raise ValueError("matcher state is for other claims")
        statements = tuple(map(tuple, state["statements"]))
        index = TermIndex.from_state(state["index"])
        if len(statements) != len(ids) or index.n_docs != len(ids):
            raise ValueError("matcher state is inconsistent")
        table = {str(key): tuple(str(t) for t in value) for key, value in state["acronyms"].items()}
        open_subjects = frozenset(int(doc) for doc in state["open_subjects"])
        return cls(ids, statements, index, table, open_subjects)


def workers_for(n_texts: int, n_docs: int) -> int:
    """How many processes to search `n_texts` texts with: one, unless the batch and the
    registry are large enough for workers to pay for their start."""
    if n_texts < PARALLEL_MIN_TEXTS or n_docs < PARALLEL_MIN_DOCS:
        return 1
    return worker_count()


def is_match(text: str, candidate: Candidate, threshold: float | None = None) -> bool:
    """Whether a candidate is a confident match for a sentence: its score reaches the threshold
    (`MATCH_THRESHOLD` by default), and at least `SHORT_MATCH_THRESHOLD` for a short sentence."""
    return candidate.score >= match_floor(text, threshold)


def match_floor(text: str, threshold: float | None = None) -> float:
    """The score a candidate needs to match this sentence confidently (see `is_match`)."""
    return _floor_for(_distinct_terms(text), threshold)


@lru_cache(maxsize=8192)
def _distinct_terms(text: str) -> int:
    """How many distinct content terms a sentence has: labelling asks for each sentence's
    floors more than once."""
    return len(set(terms(text)))


def _floor(own: Sequence[str], threshold: float | None) -> float:
    """`match_floor` for a sentence whose terms are `own`."""
    return _floor_for(len(set(own)), threshold)


def _floor_for(distinct: int, threshold: float | None) -> float:
    floor = MATCH_THRESHOLD if threshold is None else threshold
    if distinct <= SHORT_TERMS:
        floor = max(floor, SHORT_MATCH_THRESHOLD)
    return floor


def long_floor(text: str, threshold: float | None = None) -> float | None:
    """The lower floor a long sentence's best claim may match at, or None for a sentence that is
    not long. A sentence of many terms that states a claim along with other details (a date, a
    place, who said it) backs that claim with only part of its words, and rescoring counts the
    rest against it; so such a sentence needs `LONG_MARGIN` less. The labelling rules decide
    when it may be used (`claimcheck.classify.long_match`)."""
    if _distinct_terms(text) < LONG_TERMS:
        return None
    return (MATCH_THRESHOLD if threshold is None else threshold) - LONG_MARGIN


def matched_claims(
    text: str, candidates: Sequence[Candidate], threshold: float | None = None
) -> list[Candidate]:
    """Every confident match for a sentence, best first: a sentence that makes two claims
    matches both."""
    if not candidates:
        return []
    floor = match_floor(text, threshold)
    return sorted((c for c in candidates if c.score >= floor), key=lambda c: -c.score)
