"""Tests for claimcheck.index: the BM25 retrieval index."""

from __future__ import annotations

import json
import random

import pytest

import claimcheck.index as index_module
from claimcheck.index import TermIndex, term_weight
from claimcheck.packed import pack_floats, pack_ints, unpack_ints

DOCS = [
    ("mayor", "resign", "march", "2021"),
    ("citi", "council", "approv", "budget", "park", "2021"),
    ("unemploy", "fell", "3.5", "may", "2019"),
    ("mayor", "open", "park"),
    ("council", "budget", "vote", "delay"),
]


def brute_force(
    index: TermIndex, docs: list[tuple[str, ...]], query: tuple[str, ...], k: int
) -> list[tuple[int, float]]:
    """Score every document from the postings directly, for comparison."""
    scores: dict[int, float] = {}
    for term in set(query):
        row = index.terms.get(term)
        if row is None:
            continue
        for i in range(index.indptr[row], index.indptr[row + 1]):
            doc = index.docs[i]
            scores[doc] = scores.get(doc, 0.0) + index.weights[i]
    return sorted(scores.items(), key=lambda hit: (-hit[1], hit[0]))[:k]


def random_corpus(seed: int, n_docs: int) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(300)] + [str(n) for n in range(20)]
    weights = [1.0 / (i + 1) for i in range(len(vocabulary))]  # Zipf-like
    return [tuple(rng.choices(vocabulary, weights, k=rng.randint(2, 15))) for _ in range(n_docs)]


def test_rare_shared_terms_rank_first() -> None:
    index = TermIndex.build(DOCS)
    hits = index.top(("mayor", "resign", "2021"), 3)
    assert [doc for doc, _ in hits] == [0, 3, 1]
    assert hits[0][1] > hits[1][1] > hits[2][1] > 0


def test_unknown_terms_and_empty_queries_find_nothing() -> None:
    index = TermIndex.build(DOCS)
    assert index.top(("zebra",), 5) == []
    assert index.top((), 5) == []
    assert index.top(("mayor",), 0) == []


def test_numbers_weigh_less_than_words_of_the_same_rarity() -> None:
    assert term_weight("2021", 1, 100) < term_weight("mayor", 1, 100)
    index = TermIndex.build(DOCS)
    assert index.weight("never-seen") >= max(index.idf)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_top_is_exact_despite_pruning(seed: int) -> None:
    docs = random_corpus(seed, 400)
    index = TermIndex.build(docs)
    rng = random.Random(seed)
    for _ in range(50):
        query = (*rng.choice(docs), f"w{rng.randrange(300)}")
        found, expected = index.top(query, 10), brute_force(index, docs, query, 10)
        assert [score for _, score in found] == pytest.approx([s for _, s in expected])
        assert {doc for doc, _ in found} == {doc for doc, _ in expected}


def test_top_many_matches_top() -> None:
    docs = random_corpus(7, 200)
    index = TermIndex.build(docs)
    queries = [docs[i] for i in range(0, 200, 10)]
    assert index.top_many(queries, 5) == [index.top(q, 5) for q in queries]


def test_numpy_scorer_gives_identical_results(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    monkeypatch.setattr(index_module, "VECTOR_MIN_DOCS", 1)
    docs = random_corpus(11, 500)
    index = TermIndex.build(docs)
    rng = random.Random(11)
    queries = [tuple(rng.choice(docs)) for _ in range(60)] + [("w1",), ("nothing",)]
    assert index.top_many(queries, 8) == [index.top(q, 8) for q in queries]


def test_small_index_does_not_load_numpy() -> None:
    index = TermIndex.build(DOCS)
    index.top_many([("mayor",)], 2)
    assert index._vectorised() is None


def test_state_round_trip_through_json() -> None:
    docs = random_corpus(5, 150)
    index = TermIndex.build(docs)
    loaded = TermIndex.from_state(json.loads(json.dumps(index.state())))
    for query in docs[:30]:
        assert loaded.top(query, 5) == index.top(query, 5)
    assert list(loaded.norms) == list(index.norms)


def test_from_state_rejects_bad_data() -> None:
    state = TermIndex.build(DOCS).state()
    with pytest.raises(ValueError, match="version"):
        TermIndex.from_state({**state, "version": 99})
    with pytest.raises(ValueError, match="inconsistent"):
        TermIndex.from_state({**state, "docs": pack_ints(unpack_ints(state["docs"])[:-1])})
    with pytest.raises(ValueError, match="inconsistent"):
        TermIndex.from_state({**state, "norms": pack_floats([])})
    with pytest.raises(ValueError, match="packed array"):
        TermIndex.from_state({**state, "weights": state["weights"][:-5]})
    with pytest.raises(ValueError, match="packed array"):
        TermIndex.from_state({**state, "docs": [1, 2, 3]})


def test_norms_are_self_scores() -> None:
    index = TermIndex.build(DOCS)
    for doc, terms in enumerate(DOCS):
        best, score = index.top(terms, 1)[0]
        assert best == doc
        assert score == pytest.approx(index.norms[doc], abs=1e-3)
