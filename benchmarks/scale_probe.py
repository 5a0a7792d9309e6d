"""Scale probe for claim matching: a synthetic 100k-claim registry and a 10k-sentence draft.

Quick, not the final performance suite. Run:

    /work/venv/bin/python benchmarks/scale_probe.py [--claims 100000] [--sentences 10000]

The registry is the CheckThat! 2022 2A claims (read from ../shared/bench, never copied) plus
perturbed copies of them (words swapped, dropped or replaced, numbers changed), made with a fixed
seed; the draft is perturbed registry claims. It reports:

- build time, `state()` -> JSON -> `from_state` load time, and warm `search_many` time;
- the pure-Python retrieval rate on a sample (what the index costs without numpy);
- brute-force `rapidfuzz.process.cdist` (all cores) over every claim on a sample, with the
  scorer the rescoring aligns with (`partial_ratio`) and with `token_set_ratio`, extrapolated to
  the whole draft, and the speed ratio;
- agreement: on a sample, how often `search` returns the claim that the rescoring scorer ranks
  best when it scores *every* claim that shares a term with the sentence (exhaustive), and how
  often the claim a sentence was made from is ranked first.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

import claimcheck.index as index_module
from claimcheck.match import Matcher
from claimcheck.models import Claim
from claimcheck.tokens import terms

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
VCLAIMS = BENCH / "claim-matching" / "checkthat2022-2a-en" / "vclaims.jsonl"
SEED = 20220
DIGITS = re.compile(r"\d+")


def perturb(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    """One to three edits: drop a word, swap two words, change or add a number, replace a word."""
    words = text.split()
    for _ in range(rng.randint(1, 3)):
        if not words:
            break
        roll, i = rng.random(), rng.randrange(len(words))
        if roll < 0.3 and len(words) > 3:
            del words[i]
        elif roll < 0.55 and len(words) > 1:
            j = rng.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        elif roll < 0.8:
            numbered = [n for n, w in enumerate(words) if DIGITS.search(w)]
            if numbered:
                n = rng.choice(numbered)
                words[n] = DIGITS.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), words[n])
            else:
                words.insert(i, str(rng.randint(2, 2000)))
        else:
            words[i] = rng.choice(vocabulary)
    return " ".join(words)


def make_data(n_claims: int, n_sentences: int) -> tuple[list[Claim], list[str], list[int]]:
    """The registry, the draft sentences and, per sentence, the claim it was made from."""
    rng = random.Random(SEED)
    with VCLAIMS.open(encoding="utf-8") as handle:
        base = [json.loads(line)["vclaim"] for line in handle if line.strip()]
    vocabulary = sorted({w for text in base for w in text.split()})
    texts = list(base[:n_claims])
    while len(texts) < n_claims:
        texts.append(perturb(rng.choice(base), rng, vocabulary))
    claims = [Claim(id=f"c{i}", text=t, source="synthetic", quote=t) for i, t in enumerate(texts)]
    origins = [rng.randrange(len(texts)) for _ in range(n_sentences)]
    sentences = [perturb(texts[i], rng, vocabulary) for i in origins]
    return claims, sentences, origins


def timed(label: str, rows: list[tuple[str, str]], start: float) -> float:
    elapsed = time.perf_counter() - start
    rows.append((label, f"{elapsed:.2f} s"))
    return elapsed


def exhaustive_best(matcher: Matcher, sentence: str) -> tuple[str, float] | None:
    """The claim the rescoring scorer ranks first when it scores every claim sharing a term."""
    query, unknown = matcher.parse(sentence)
    every = matcher.index.top(query, matcher.index.n_docs)
    found = matcher._rescore(query, every, 1, unknown)  # the same scorer, over all candidates
    return (found[0].claim_id, found[0].score) if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--brute-sample", type=int, default=40)
    parser.add_argument("--agree-sample", type=int, default=500)
    args = parser.parse_args()
    if not VCLAIMS.is_file():
        print(f"benchmark data not found: {VCLAIMS}", file=sys.stderr)
        return 2
    rows: list[tuple[str, str]] = []
    claims, sentences, origins = make_data(args.claims, args.sentences)
    rows.append(("registry / draft", f"{len(claims):,} claims / {len(sentences):,} sentences"))

    start = time.perf_counter()
    matcher = Matcher.build(claims)
    timed("Matcher.build", rows, start)
    blob = json.dumps(matcher.state())
    rows.append(("state() as JSON", f"{len(blob) / 1e6:.1f} MB"))
    start = time.perf_counter()
    loaded = Matcher.from_state(json.loads(blob), claims)
    timed("json.loads + Matcher.from_state", rows, start)

    loaded.search_many(sentences[:200], 5)  # warm: numpy scorer set up
    start = time.perf_counter()
    results = loaded.search_many(sentences, 5)
    ours = timed("search_many (warm, k=5)", rows, start)
    rows.append(("  per sentence", f"{ours / len(sentences) * 1e3:.3f} ms"))

    sample = sentences[: min(1000, len(sentences))]
    queries = [loaded.parse(s)[0] for s in sample]
    start = time.perf_counter()
    pure = [loaded.index.top(q, 50) for q in queries]
    python_rate = (time.perf_counter() - start) / len(sample)
    vector = loaded.index.top_many(queries, 50)
    rows.append(
        (
            "retrieval only, top 50: pure Python",
            f"{python_rate * 1e3:.3f} ms/sentence (x{len(sentences):,}: "
            f"{python_rate * len(sentences):.1f} s)",
        )
    )
    start = time.perf_counter()
    loaded.index.top_many(queries, 50)
    numpy_rate = (time.perf_counter() - start) / len(sample)
    rows.append(
        (
            f"retrieval only, top 50: numpy (>= {index_module.VECTOR_MIN_DOCS:,} claims)",
            f"{numpy_rate * 1e3:.3f} ms/sentence, same results: {pure == vector}",
        )
    )

    claim_texts = [" ".join(terms(c.text)) for c in claims]
    brute = [" ".join(q) for q in queries[: args.brute_sample]]
    for scorer in (fuzz.partial_ratio, fuzz.token_set_ratio):
        start = time.perf_counter()
        process.cdist(brute, claim_texts, scorer=scorer, workers=-1)
        rate = (time.perf_counter() - start) / len(brute)
        total = rate * len(sentences)
        rows.append(
            (
                f"brute force cdist {scorer.__name__} (all cores)",
                f"{rate * 1e3:.1f} ms/sentence -> {total:,.0f} s for the draft "
                f"({total / ours:,.0f}x slower)",
            )
        )

    agree = same_score = 0
    checked = sentences[: args.agree_sample]
    for sentence, found in zip(checked, results, strict=False):
        best = exhaustive_best(loaded, sentence)
        if best is None or (found and found[0].claim_id == best[0]):
            agree += 1
        elif found and found[0].score >= best[1]:
            same_score += 1  # a tie: another claim with the same best score
    rows.append(
        (
            "top-1 = exhaustive rescoring best",
            f"{agree / len(checked):.2%} (+{same_score / len(checked):.2%} ties) "
            f"of {len(checked)} sentences",
        )
    )
    ids = {c.id: i for i, c in enumerate(claims)}
    texts = [c.text for c in claims]
    ranks = [
        next((r for r, c in enumerate(found) if texts[ids[c.claim_id]] == texts[origin]), None)
        for found, origin in zip(results, origins, strict=True)
    ]
    first = sum(1 for r in ranks if r == 0) / len(ranks)
    top5 = sum(1 for r in ranks if r is not None) / len(ranks)
    rows.append(("source claim (or an equal text) ranked 1st / top 5", f"{first:.2%} / {top5:.2%}"))

    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
