"""Accuracy on outside data, through the product's own code paths. Prints one table.

Run from the repository root:

    .venv/bin/python benchmarks/accuracy.py            # everything (a few minutes)
    .venv/bin/python benchmarks/accuracy.py --quick    # a deterministic sample of each data set

Reads ../shared/bench (never copied into the repository):

- CheckThat! 2022 2A (English), Dev-Test: MAP@5 of `Registry.search` over a registry whose claims
  are the 14,231 Snopes claims, each with its article title as the quote (claim + title); beside
  it, in the same run, the rapidfuzz-only baseline (token_set_ratio over claim + title).
- VitaminC: each pair's evidence is registered as the only claim and the pair's claim is verified
  against it with `verify_text`; SUPPORTS is right when the sentence is labelled supported, REFUTES
  when it is labelled contradicted (unsourced or skipped is wrong for both). Real and synthetic
  sets, overall and for claims that contain a digit.
- ClaimBuster three-class: the share of non-factual (-1) and of check-worthy (1) sentences that
  the check-worthiness rules skip.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from vitaminc_facts import Pair, load

from claimcheck.api import verify_text
from claimcheck.checkworthy import assess
from claimcheck.models import Claim, Label, Sentence, Source, SourceMeta
from claimcheck.registry import Registry

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
CHECKTHAT = BENCH / "claim-matching" / "checkthat2022-2a-en"
VITAMINC = BENCH / "contradiction" / "vitaminc"
CLAIMBUSTER = BENCH / "checkworthiness" / "claimbuster" / "claimbuster_three_class.json"
QUICK_SHARE = 8  # --quick keeps one record in this many (by crc32 of its id)


@dataclass(frozen=True, slots=True)
class Row:
    measure: str
    value: float
    n: int
    target: str = ""
    passed: bool | None = None


def sampled(key: str, quick: bool) -> bool:
    return not quick or zlib.crc32(key.encode("utf-8")) % QUICK_SHARE == 0


# -- CheckThat -----------------------------------------------------------------------------------


def checkthat(quick: bool) -> list[Row]:
    from checkthat import fuzzy_ranker, map_at_5, read_qrels, read_queries

    with (CHECKTHAT / "vclaims.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    claims = [
        Claim(id=r["vclaim_id"], text=r["vclaim"], source=f"snopes-{i}", quote=r["title"])
        for i, r in enumerate(rows)
    ]
    registry = Registry.from_claims(claims)
    queries = read_queries("CT2022-Task2A-EN-Dev-Test_Queries.tsv")
    qrels = {
        qid: relevant
        for qid, relevant in read_qrels("CT2022-Task2A-EN-Dev-Test_QRELs.tsv").items()
        if qid in queries and sampled(qid, quick)
    }
    qids = sorted(qrels)
    texts = [queries[q] for q in qids]
    found = registry.matcher.search_many(texts, 5)
    ours = {q: [c.claim_id for c in hits] for q, hits in zip(qids, found, strict=True)}
    baseline_rank = fuzzy_ranker(
        [r["vclaim_id"] for r in rows], [f"{r['vclaim']} {r['title']}" for r in rows]
    )
    baseline = dict(zip(qids, baseline_rank(texts), strict=True))
    score = map_at_5(ours, qrels)
    return [
        Row("CheckThat 2A Dev-Test MAP@5, registry.search (claim+title)", score, len(qids),
            ">= 0.85", score >= 0.85),
        Row("  baseline: rapidfuzz token_set_ratio (claim+title)", map_at_5(baseline, qrels),
            len(qids)),
    ]  # fmt: skip


# -- VitaminC ------------------------------------------------------------------------------------


def load_pairs(name: str, quick: bool) -> list[Pair]:
    return [p for p in load(VITAMINC / name) if sampled(p.case_id, quick)]


def verdict(pair: Pair) -> str:
    """What claimcheck says about the claim, with the evidence as the only registered claim."""
    source = Source("page", pair.evidence, SourceMeta(title=pair.page or None))
    registry = Registry.from_claims(
        [Claim(id="evidence", text=pair.evidence, source="page", quote=pair.evidence)],
        {"page": source},
    )
    labels = {r.label for r in verify_text(pair.claim, registry, kind="text")}
    if Label.CONTRADICTED in labels:
        return "REFUTES"
    if Label.SUPPORTED in labels:
        return "SUPPORTS"
    return "NOT ENOUGH INFO"


def vitaminc(quick: bool) -> list[Row]:
    rows: list[Row] = []
    for title, name in (
        ("real", "vitaminc_real_dev_slice.jsonl"),
        ("synthetic", "vitaminc_synthetic_test.jsonl"),
    ):
        pairs = load_pairs(name, quick)
        said = [verdict(p) for p in pairs]
        judged = list(zip(pairs, said, strict=True))
        for subset, chosen in (
            ("all", judged),
            ("with a number", [j for j in judged if j[0].numeric]),
        ):
            for label in ("SUPPORTS", "REFUTES"):
                group = [said for pair, said in chosen if pair.label == label]
                right = sum(s == label for s in group) / len(group) if group else 0.0
                target = ">= 0.75" if title == "real" and subset == "with a number" else ""
                rows.append(
                    Row(f"VitaminC {title}, {subset}: {label} accuracy", right, len(group),
                        target, right >= 0.75 if target else None)
                )  # fmt: skip
        unmatched = sum(v == "NOT ENOUGH INFO" for v in said) / max(len(said), 1)
        rows.append(Row(f"  VitaminC {title}: claim not matched or skipped", unmatched, len(said)))
    return rows


# -- ClaimBuster ---------------------------------------------------------------------------------


def claimbuster(quick: bool) -> list[Row]:
    records = json.loads(CLAIMBUSTER.read_text(encoding="utf-8"))
    kept = [r for r in records if sampled(str(r["sentence_id"]), quick)]
    rows = []
    for label, name, target in (
        (-1, "non-factual (-1)", ""),
        (1, "check-worthy (1)", "<= 0.05"),
    ):
        group = [r for r in kept if int(r["label"]) == label]
        share = sum(assess(_sentence(r["Text"] if "Text" in r else r["text"])) is not None
                    for r in group) / len(group)  # fmt: skip
        rows.append(
            Row(f"ClaimBuster: share of {name} sentences skipped", share, len(group), target,
                share <= 0.05 if target else None)
        )  # fmt: skip
    return rows


def _sentence(text: str) -> Sentence:
    return Sentence.alone(text)


# -- the table -----------------------------------------------------------------------------------


def render(rows: Iterable[Row]) -> str:
    table = [("measure", "value", "n", "target", "")]
    for row in rows:
        verdict_text = "" if row.passed is None else ("PASS" if row.passed else "FAIL")
        table.append((row.measure, f"{row.value:.3f}", f"{row.n:,}", row.target, verdict_text))
    widths = [max(len(r[i]) for r in table) for i in range(5)]
    lines = []
    for r in table:
        rest = (c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True))
        cells = [r[0].ljust(widths[0]), *rest]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one record in 8 of each data set")
    parser.add_argument(
        "--only", choices=("checkthat", "vitaminc", "claimbuster"), help="run one data set"
    )
    args = parser.parse_args(argv)
    if not BENCH.is_dir():
        print(f"benchmark data not found: {BENCH}", file=sys.stderr)
        return 2
    rows: list[Row] = []
    runs = (("checkthat", checkthat), ("vitaminc", vitaminc), ("claimbuster", claimbuster))
    for name, run in runs:
        if args.only in (None, name):
            rows.extend(run(args.quick))
    print(render(rows))
    return 0 if all(r.passed is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
