"""Stage 1 of matching: a BM25 inverted index over the content terms of each claim.

Each document (a claim's text, quote and optional extra text, as terms from `claimcheck.tokens`)
gets one posting per distinct term, weighted by BM25 (k1 1.2, b 0.75; number terms weigh
`NUMBER_WEIGHT` of a word of the same rarity). `top` returns the exact BM25 top k.

Two scorers give identical results. Small registries use pure Python: posting lists sorted by
weight (impact order), rare terms first, and once the terms still to come cannot lift an unseen
document into the top k ("max-score" pruning) the common terms only add to the documents already
found. From `VECTOR_MIN_DOCS` documents on, when numpy is installed, `top_many` accumulates whole
posting lists with numpy (`claimcheck.index_numpy`), which is imported only then.

The index is plain data (`state`/`from_state`: terms, and flat arrays of ints and floats packed as
text) so it can be cached as JSON and loaded without executing anything.
"""

from __future__ import annotations

import array
import heapq
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.packed import pack_floats, pack_ints, unpack_floats, unpack_ints
from claimcheck.tokens import is_number

K1 = 1.2
B = 0.75
NUMBER_WEIGHT = 0.7  # a number term counts this much of a word with the same rarity
VECTOR_MIN_DOCS = 20_000  # from this size on, score with numpy when it is installed
MIN_WEIGHT = 0.0001  # postings are stored to 4 decimals and never as 0
STATE_VERSION = 2

Hit = tuple[int, float]  # (document position, BM25 score)


@dataclass(frozen=True, slots=True)
class TermIndex:
    """BM25 postings in one flat layout: term `r`'s postings are `docs/weights[indptr[r]:...]`,
    sorted by weight, highest first."""

    n_docs: int
    terms: Mapping[str, int]
    idf: Sequence[float]
    indptr: Sequence[int]
    docs: Sequence[int]
    weights: Sequence[float]
    norms: Sequence[float]  # per document: its BM25 score against its own distinct terms
    _lists: dict[int, tuple[list[int], list[float]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _lookups: dict[int, dict[int, float]] = field(default_factory=dict, compare=False, repr=False)
    _vector: list[Any] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]]) -> TermIndex:
        """Index documents given as term sequences; documents are referred to by position."""
        counts = [Counter(doc) for doc in docs]
        n_docs = len(docs)
        avg_len = max(1.0, sum(len(doc) for doc in docs) / n_docs) if n_docs else 1.0
        df: Counter[str] = Counter()
        for count in counts:
            df.update(count.keys())
        vocab = sorted(df)
        idf = [term_weight(term, df[term], n_docs) for term in vocab]
        rows = {term: row for row, term in enumerate(vocab)}
        lists: list[list[tuple[float, int]]] = [[] for _ in vocab]
        for position, (doc, count) in enumerate(zip(docs, counts, strict=True)):
            norm = K1 * (1.0 - B + B * len(doc) / avg_len)
            for term, tf in count.items():
                row = rows[term]
                score = max(MIN_WEIGHT, round(idf[row] * tf * (K1 + 1.0) / (tf + norm), 4))
                lists[row].append((-score, position))
        norms = [0.0] * n_docs
        for hits in lists:
            for score, position in hits:
                norms[position] -= score
        indptr = [0]
        flat_docs: list[int] = []
        flat_weights: list[float] = []
        for hits in lists:
            hits.sort()
            flat_docs.extend(position for _, position in hits)
            flat_weights.extend(-score for score, _ in hits)
            indptr.append(len(flat_docs))
        norms = [round(n, 4) for n in norms]
        return cls(n_docs, rows, idf, indptr, flat_docs, flat_weights, norms)

    def weight(self, term: str) -> float:
        """The idf weight of a term; a term no document has weighs as much as the rarest."""
        row = self.terms.get(term)
        return self.idf[row] if row is not None else term_weight(term, 0, self.n_docs)

    def top(self, query: Sequence[str], k: int) -> list[Hit]:
        """The k documents with the highest BM25 score for the query terms, best first (ties:
        lower position first)."""
        rows = self._rows(query)
        if k <= 0 or not rows:
            return []
        bounds = [self.weights[self.indptr[row]] for row in rows]
        remaining = sum(bounds)
        acc: dict[int, float] = {}
        get = acc.get
        split = len(rows)
        for i, row in enumerate(rows):
            if len(acc) >= k and remaining < _kth(acc.values(), k):
                split = i  # no unseen document can reach the top k any more
                break
            docs, weights = self._list(row)
            for doc, w in zip(docs, weights, strict=True):
                acc[doc] = get(doc, 0.0) + w
            remaining -= bounds[i]
        for row in rows[split:]:
            self._add_known(row, acc)
        return best_hits(acc.items(), k)

    def top_many(self, queries: Sequence[Sequence[str]], k: int) -> list[list[Hit]]:
        """`top` for each query; vectorised with numpy for a large index."""
        vector = self._vectorised()
        if vector is None:
            return [self.top(query, k) for query in queries]
        return [vector.top(self._rows(query), k) for query in queries]

    def prepare(self) -> None:
        """Set up the numpy scorer now (for a large index) rather than on first use."""
        self._vectorised()

    def _rows(self, query: Sequence[str]) -> list[int]:
        """Distinct query terms that the index has, highest weight bound first."""
        rows = {self.terms[t] for t in query if t in self.terms}
        return sorted(rows, key=lambda row: (-self.weights[self.indptr[row]], row))

    def _list(self, row: int) -> tuple[list[int], list[float]]:
        found = self._lists.get(row)
        if found is None:
            start, end = self.indptr[row], self.indptr[row + 1]
            found = self._lists[row] = (list(self.docs[start:end]), list(self.weights[start:end]))
        return found

    def _add_known(self, row: int, acc: dict[int, float]) -> None:
        """Add a term's weights to the documents already in `acc` (and no others)."""
        docs, weights = self._list(row)
        if len(docs) <= len(acc):
            for doc, w in zip(docs, weights, strict=True):
                if doc in acc:
                    acc[doc] += w
            return
        lookup = self._lookups.get(row)
        if lookup is None:
            lookup = self._lookups[row] = dict(zip(docs, weights, strict=True))
        for doc in acc:
            found = lookup.get(doc)
            if found is not None:
                acc[doc] += found

    def _vectorised(self) -> Any:
        """The numpy scorer for a large index, or None (small index, or numpy missing)."""
        if self.n_docs < VECTOR_MIN_DOCS:
            return None
        if not self._vector:
            try:
                from claimcheck.index_numpy import VectorPostings
            except ImportError:
                self._vector.append(None)
            else:
                self._vector.append(VectorPostings.build(self))
        return self._vector[0]

    def state(self) -> dict[str, Any]:
        """Plain JSON-ready data: the document count, the terms with their idf, and the
        postings as packed arrays (`claimcheck.packed`)."""
        return {
            "version": STATE_VERSION,
            "n_docs": self.n_docs,
            "terms": list(self.terms),
            "idf": [round(w, 6) for w in self.idf],
            "indptr": pack_ints(self.indptr),
            "docs": pack_ints(self.docs),
            "weights": pack_floats(self.weights),
            "norms": pack_floats(self.norms),
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> TermIndex:
        """Rebuild an index from `state()`; raises ValueError when the data does not fit."""
        if state.get("version") != STATE_VERSION:
            raise ValueError("index state has another version")
        terms, idf, indptr = state["terms"], state["idf"], unpack_ints(state["indptr"])
        docs, weights = unpack_ints(state["docs"]), unpack_floats(state["weights"])
        norms = unpack_floats(state["norms"])
        n_docs = int(state["n_docs"])
        if not (len(terms) == len(idf) == len(indptr) - 1 and len(docs) == len(weights)):
            raise ValueError("index state is inconsistent")
        if indptr[-1] != len(docs) or len(norms) != n_docs:
            raise ValueError("index state is inconsistent")
        if not _within(indptr, 0, len(docs)) or not _within(docs, 0, n_docs - 1):
            raise ValueError("index state points outside its postings or documents")
        rows = {term: row for row, term in enumerate(terms)}
        return cls(n_docs, rows, idf, indptr, docs, weights, norms)


def _within(values: array.array[int], low: int, high: int) -> bool:
    """Whether every value lies in [low, high]; with numpy for long arrays (a large index loads
    numpy to score anyway), which checks millions of values in a millisecond."""
    if not values:
        return True
    if len(values) >= VECTOR_MIN_DOCS:
        try:
            import numpy
        except ImportError:
            pass
        else:
            found = numpy.frombuffer(values, dtype=numpy.int32)
            return bool(found.min() >= low and found.max() <= high)
    return min(values) >= low and max(values) <= high


MIN_COLLECTION = 1_000  # idf treats a smaller registry as this many documents


def term_weight(term: str, df: int, n_docs: int) -> float:
    """BM25's idf for a term in `df` of `n_docs` documents, scaled down for numbers.

    A small registry says little about how common a word is, so the collection counts as at least
    `MIN_COLLECTION` documents: the unseen ones are taken to lack the term. Without this, in a
    registry of one claim every known word would weigh a fifth of an unknown one.
    """
    n_docs = max(n_docs, MIN_COLLECTION)
    value = math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
    return value * NUMBER_WEIGHT if is_number(term) else value


def _kth(scores: Iterable[float], k: int) -> float:
    return heapq.nlargest(k, scores)[-1]


def best_hits(items: Any, k: int) -> list[Hit]:
    """The k (document, score) pairs with the highest score, ties broken by lower document."""
    return heapq.nsmallest(k, items, key=lambda hit: (-hit[1], hit[0]))
