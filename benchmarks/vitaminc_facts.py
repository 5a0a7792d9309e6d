"""Measure `claimcheck.facts.compare` on VitaminC claim/evidence pairs (Schuster et al., 2021).

The proxy: a pair is predicted REFUTES when `compare(claim, evidence)` finds a conflict, SUPPORTS
otherwise (NOT ENOUGH INFO pairs are left out). Accuracy is reported on SUPPORTS and on REFUTES
pairs separately, for all pairs and for pairs whose claim contains a digit. The real slice is
split by the crc32 of `case_id`: rules were developed on the even half (and on the synthetic
file), so the odd half is the honest estimate. Throughput is compare() calls per second on fresh
(uncached) pairs.

Run: .venv/bin/python benchmarks/vitaminc_facts.py [--data DIR] [--errors LABEL]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck import facts, statement

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/bench/contradiction/vitaminc"
REAL = "vitaminc_real_dev_slice.jsonl"
SYNTHETIC = "vitaminc_synthetic_test.jsonl"
LABELS = ("SUPPORTS", "REFUTES")


@dataclass(frozen=True, slots=True)
class Pair:
    case_id: str
    claim: str
    evidence: str
    label: str
    page: str = ""  # the title of the Wikipedia page the evidence comes from

    @property
    def numeric(self) -> bool:
        return any(c.isdigit() for c in self.claim)

    @property
    def development(self) -> bool:
        return zlib.crc32(self.case_id.encode()) % 2 == 0


_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-COLON-": ":"}


def _title(page: str) -> str:
    """A page title as written: the data set spells brackets and colons as Penn Treebank
    tokens ("Barnyard -LRB-film-RRB-")."""
    for token, text in _BRACKETS.items():
        page = page.replace(token, text)
    return page.replace("_", " ")


def load(path: Path) -> list[Pair]:
    pairs: list[Pair] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["label"] in LABELS:
                pairs.append(
                    Pair(
                        record["case_id"],
                        record["claim"],
                        record["evidence"],
                        record["label"],
                        _title(record.get("page", "")),
                    )
                )
    return pairs


def predict(pair: Pair) -> str:
    return "REFUTES" if facts.compare(pair.claim, pair.evidence) else "SUPPORTS"


def accuracy(pairs: Iterable[Pair], label: str) -> tuple[float, int]:
    chosen = [p for p in pairs if p.label == label]
    if not chosen:
        return float("nan"), 0
    right = sum(predict(p) == label for p in chosen)
    return right / len(chosen), len(chosen)


def row(name: str, pairs: Sequence[Pair]) -> str:
    cells = [f"{name:<24}"]
    for subset in (pairs, [p for p in pairs if p.numeric]):
        for label in LABELS:
            value, count = accuracy(subset, label)
            cells.append(f"{value:>6.3f} ({count:>5})")
    return "  ".join(cells)


def throughput(pairs: Sequence[Pair], count: int, *, cached_reference: bool) -> float:
    """compare() calls per second on `count` pairs never seen before (caches cleared). With
    `cached_reference`, each evidence is read beforehand, as a registry claim is read once and
    then compared with many draft sentences."""
    sample = random.Random(7).sample(list(pairs), min(count, len(pairs)))
    statement.analyse.cache_clear()
    if cached_reference:
        for pair in sample:
            statement.analyse(pair.evidence)
    started = time.perf_counter()
    for pair in sample:
        facts.compare(pair.claim, pair.evidence)
    return len(sample) / (time.perf_counter() - started)


def show_errors(pairs: Sequence[Pair], label: str, limit: int) -> None:
    shown = 0
    for pair in pairs:
        if pair.label == label and predict(pair) != label:
            reasons = [r.message for r in facts.compare(pair.claim, pair.evidence)]
            print(f"C: {pair.claim}\nE: {pair.evidence[:300]}\n-> {reasons}\n")
            shown += 1
            if shown >= limit:
                return


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", choices=LABELS, help="print development errors on LABEL")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--synthetic", action="store_true", help="show synthetic errors")
    args = parser.parse_args(argv)
    real = load(args.data / REAL)
    synthetic = load(args.data / SYNTHETIC)
    gc.collect()
    gc.freeze()  # the 30,000 loaded records are not part of what compare() costs
    if args.errors:
        source = synthetic if args.synthetic else [p for p in real if p.development]
        numeric = [p for p in source if p.numeric]
        show_errors(random.Random(3).sample(numeric, len(numeric)), args.errors, args.limit)
        return 0
    header = f"{'split':<24}  {'all SUPPORTS':>14}  {'all REFUTES':>14}"
    header += f"  {'digit SUPPORTS':>14}  {'digit REFUTES':>14}"
    print(header)
    print(row("real (all)", real))
    print(row("real dev (crc32 even)", [p for p in real if p.development]))
    print(row("real held-out (odd)", [p for p in real if not p.development]))
    print(row("synthetic", synthetic))
    fresh = throughput(real, 5000, cached_reference=False)
    cached = throughput(real, 2000, cached_reference=True)
    print(f"\nthroughput: {fresh:,.0f} compare() calls/s on fresh real pairs, ", end="")
    print(f"{cached:,.0f}/s when the evidence was read before")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
