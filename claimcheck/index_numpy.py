"""The numpy scorer behind `TermIndex.top_many` for large registries.

Imported only by `claimcheck.index` for an index of `VECTOR_MIN_DOCS` documents or more, so a
small registry never loads numpy. Each query adds its terms' whole posting lists into one dense
score array, one vectorised add per term in the same order as the pure-Python `TermIndex.top`
(so the float sums, and the results, are identical), reads back the documents it touched and
resets them.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimcheck.index import Hit, best_hits

if TYPE_CHECKING:
    from claimcheck.index import TermIndex

np: Any = importlib.import_module("numpy")  # typed as Any: numpy is an optional dependency


@dataclass(frozen=True, slots=True)
class VectorPostings:
    """The flat postings as numpy arrays and a reusable score array. Not safe to share between
    threads."""

    indptr: list[int]
    docs: Any
    weights: Any
    scores: Any

    @classmethod
    def build(cls, index: TermIndex) -> VectorPostings:
        return cls(
            list(index.indptr),
            np.asarray(index.docs, dtype=np.int32),
            np.asarray(index.weights, dtype=np.float64),
            np.zeros(index.n_docs, dtype=np.float64),
        )

    def top(self, rows: Sequence[int], k: int) -> list[Hit]:
        """`TermIndex.top` for the terms in `rows` (already in scoring order)."""
        if k <= 0 or not rows:
            return []
        scores, indptr = self.scores, self.indptr
        fresh: list[Any] = []
        for row in rows:
            start, end = indptr[row], indptr[row + 1]
            docs = self.docs[start:end]
            fresh.append(docs[scores[docs] == 0.0] if fresh else docs)  # zero: unseen
            scores[docs] += self.weights[start:end]
        seen = np.concatenate(fresh) if len(fresh) > 1 else fresh[0]
        values = scores[seen]
        scores[seen] = 0.0
        if len(seen) > k:
            cut = np.partition(values, len(values) - k)[len(values) - k]
            keep = values >= cut  # the k-th best score, and every tie with it
            seen, values = seen[keep], values[keep]
        return best_hits(zip(seen.tolist(), values.tolist(), strict=True), k)
