"""CLEF CheckThat! 2022 Task 2A (English): rank verified claims for each tweet, MAP@5.

Run:

    .venv/bin/python benchmarks/checkthat.py

Reads the data from ../shared/bench/claim-matching/checkthat2022-2a-en (never copied into the
repository). The registry is the 14,231 verified claims, each as
`Claim(id=vclaim_id, text=vclaim, source="snopes", quote=vclaim)` with its title as extra text:
`Matcher.build(claims, extra=titles).search(tweet, k=5)`, the same code path the product uses.

Rows: claimcheck (retrieval + rescoring), its BM25 retrieval stage alone, and rapidfuzz-only
baselines (`token_set_ratio` with rapidfuzz's default processor, over the claim text and over
claim + title). Columns: the Train and Dev qrels of the Train-Dev queries (used for tuning) and
Dev-Test (the 2021 test set, reported only). The organisers' n-gram baseline scored 0.818 on
Dev-Test.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from claimcheck.match import Matcher
from claimcheck.models import Claim

DATA = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "bench"
    / "claim-matching"
    / "checkthat2022-2a-en"
)
SPLITS = (
    ("Train", "CT2022-Task2A-EN-Train-Dev_Queries.tsv", "CT2022-Task2A-EN-Train_QRELs.tsv"),
    ("Dev", "CT2022-Task2A-EN-Train-Dev_Queries.tsv", "CT2022-Task2A-EN-Dev_QRELs.tsv"),
    ("Dev-Test", "CT2022-Task2A-EN-Dev-Test_Queries.tsv", "CT2022-Task2A-EN-Dev-Test_QRELs.tsv"),
)

Ranker = Callable[[Sequence[str]], list[list[str]]]


def read_queries(name: str) -> dict[str, str]:
    queries: dict[str, str] = {}
    with (DATA / name).open(encoding="utf-8") as handle:
        next(handle)  # header
        for line in handle:
            if line.strip():
                qid, text = line.rstrip("\n").split("\t", 1)
                queries[qid] = text
    return queries


def read_qrels(name: str) -> dict[str, set[str]]:
    qrels: dict[str, set[str]] = {}
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4 and parts[3] != "0":
                qrels.setdefault(parts[0], set()).add(parts[2])
    return qrels


def map_at_5(ranked: Mapping[str, Sequence[str]], qrels: Mapping[str, set[str]]) -> float:
    total = 0.0
    for qid, relevant in qrels.items():
        hits, precision = 0, 0.0
        for rank, claim_id in enumerate(ranked.get(qid, [])[:5], start=1):
            if claim_id in relevant:
                hits += 1
                precision += hits / rank
        total += precision / min(len(relevant), 5)
    return total / len(qrels)


def fuzzy_ranker(ids: Sequence[str], texts: Sequence[str]) -> Ranker:
    """Rank by rapidfuzz token_set_ratio against every claim (brute force, all cores)."""
    import numpy as np

    def rank(queries: Sequence[str]) -> list[list[str]]:
        scores = process.cdist(
            queries, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=-1
        )
        best = np.argsort(-scores, axis=1, kind="stable")[:, :5]
        return [[ids[j] for j in row] for row in best.tolist()]

    return rank


def main() -> int:
    if not DATA.is_dir():
        print(f"benchmark data not found: {DATA}", file=sys.stderr)
        return 2
    with (DATA / "vclaims.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    ids = [r["vclaim_id"] for r in rows]
    claims = [
        Claim(id=r["vclaim_id"], text=r["vclaim"], source="snopes", quote=r["vclaim"]) for r in rows
    ]
    titles = [r["title"] for r in rows]

    start = time.perf_counter()
    matcher = Matcher.build(claims, extra=titles)
    built = time.perf_counter() - start

    def claimcheck_rank(queries: Sequence[str]) -> list[list[str]]:
        return [[c.claim_id for c in found] for found in matcher.search_many(queries, 5)]

    def bm25_rank(queries: Sequence[str]) -> list[list[str]]:
        hits = matcher.index.top_many([matcher.parse(q)[0] for q in queries], 5)
        return [[ids[doc] for doc, _ in found] for found in hits]

    rankers: list[tuple[str, Ranker]] = [
        ("claimcheck Matcher (claim+title)", claimcheck_rank),
        ("  its BM25 stage alone", bm25_rank),
        ("rapidfuzz token_set_ratio, claim", fuzzy_ranker(ids, [r["vclaim"] for r in rows])),
        (
            "rapidfuzz token_set_ratio, claim+title",
            fuzzy_ranker(ids, [f"{r['vclaim']} {r['title']}" for r in rows]),
        ),
    ]
    splits = [(name, read_queries(q), read_qrels(r)) for name, q, r in SPLITS]
    table: list[list[str]] = []
    seconds: dict[str, float] = {}
    for label, rank in rankers:
        cells = [label]
        for _name, queries, qrels in splits:
            qids = [qid for qid in qrels if qid in queries]
            start = time.perf_counter()
            ranked = dict(zip(qids, rank([queries[q] for q in qids]), strict=True))
            seconds[label] = seconds.get(label, 0.0) + time.perf_counter() - start
            cells.append(f"{map_at_5(ranked, {q: qrels[q] for q in qids}):.4f}")
        cells.append(f"{seconds[label]:.1f}")
        table.append(cells)

    header = ["MAP@5", *(f"{name} ({sum(q in qs for q in qr)})" for name, qs, qr in splits)]
    header.append("seconds")
    widths = [max(len(row[i]) for row in [header, *table]) for i in range(len(header))]
    print(f"CheckThat! 2022 2A English, {len(claims):,} claims; Matcher.build {built:.1f} s")
    for row in [header, *table]:
        print(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print("organisers' n-gram baseline on Dev-Test: 0.818")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
