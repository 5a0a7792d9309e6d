"""Synthetic, deterministic benchmark data for `benchmarks/perf.py`.

Everything is derived from the CheckThat! 2022 2A data in `../shared/bench` (read, never copied
into the repository) with a fixed seed, and written to a directory the caller owns (a temporary
one):

- claims: the real verified claims (shuffled), then new claims until the wanted count is
  reached: two real claims spliced at a shared verb or connective ("A video shows" + "... shows
  a crocodile in a flooded street"), then perturbed (a word dropped, swapped or replaced, a
  number changed). Splicing keeps the registry realistic: perturbing copies of each real claim
  alone would give every claim about six near-duplicates (which `claimcheck audit` warns
  about), so that every sentence would match five claims at once. Each claim's quote is its
  fact-check subtitle (spliced and perturbed the same way), or its own text when the subtitle
  is too short, so the index has both a text and a quote per claim, as a hand-made registry
  does.
- a registry on disk: `claims/part-NNNN.yaml` (1,000 claims per file) and `sources/sNNNNN.txt`
  (the quotes of 50 claims as paragraphs, each occurring exactly once, so anchoring is exact).
  Smaller registries are prefixes of larger ones.
- drafts: sentences made from registry claims (mostly their texts, some their quotes, each
  perturbed) mixed with real tweets from the CheckThat! queries, one segmented sentence each.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from claimcheck.segment import segment

SEED = 20220
CLAIMS_PER_FILE = 1_000
CLAIMS_PER_SOURCE = 50
MIN_QUOTE_CHARS = 30  # shorter subtitles are not used as quotes
SENTENCES_PER_PARAGRAPH = 5
TWEET_SHARE = 0.15  # of draft sentences: real tweets (often no claim backs them)
QUOTE_SHARE = 0.15  # of draft sentences: made from a claim's quote rather than its text
DATASET = Path("claim-matching") / "checkthat2022-2a-en"
QUERY_FILES = ("CT2022-Task2A-EN-Train-Dev_Queries.tsv", "CT2022-Task2A-EN-Dev-Test_Queries.tsv")

# Words two claims are spliced at: the head of one claim, the tail of the other.
PIVOTS = frozenset(
    {
        "shows", "show", "was", "is", "are", "were", "has", "have", "had", "said", "says",
        "will", "would", "can", "after", "during", "because", "that", "who",
    }
)  # fmt: skip
_DIGITS = re.compile(r"\d+")
_TWEET_NOISE = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|@\w+|#|\s—\s.*\Z")
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class DataMissingError(Exception):
    """The benchmark data directory or one of its files is missing."""


@dataclass(frozen=True, slots=True)
class BaseClaim:
    text: str
    subtitle: str


@dataclass(frozen=True, slots=True)
class SynthClaim:
    id: str
    text: str
    quote: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """The real material everything else is made from."""

    claims: tuple[BaseClaim, ...]
    tweets: tuple[str, ...]  # single sentences from the query tweets
    vocabulary: tuple[str, ...]


def require(path: Path) -> Path:
    if not path.exists():
        raise DataMissingError(
            f"benchmark data not found: {path}\n"
            "perf.py reads ../shared/bench/ next to the repository (see benchmarks/README.md); "
            "pass --bench DIR to use another copy"
        )
    return path


def load_corpus(bench: Path) -> Corpus:
    """The verified claims (shuffled with the seed) and the tweet sentences."""
    folder = require(require(bench) / DATASET)
    with require(folder / "vclaims.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    claims = [BaseClaim(row["vclaim"].strip(), (row.get("subtitle") or "").strip()) for row in rows]
    random.Random(SEED).shuffle(claims)
    vocabulary = sorted({word for claim in claims for word in claim.text.split()})
    tweets = [s for name in QUERY_FILES for s in _tweet_sentences(require(folder / name))]
    return Corpus(tuple(claims), tuple(tweets), tuple(vocabulary))


def _tweet_sentences(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 2 or row[0] == "id":
                continue
            text = " ".join(_TWEET_NOISE.sub(" ", row[1]).split())
            for sentence in segment(text, "text"):
                if len(sentence.text.split()) >= 6 and sentence.text[-1] in ".?!":
                    yield sentence.text


def perturb(text: str, rng: random.Random, vocabulary: Sequence[str]) -> str:
    """One to three edits: drop a word, swap two words, change or add a number, replace a word."""
    words = text.split()
    for _ in range(rng.randint(1, 3)):
        roll, i = rng.random(), rng.randrange(len(words))
        if roll < 0.3 and len(words) > 3:
            del words[i]
        elif roll < 0.55 and len(words) > 1:
            j = rng.randrange(len(words))
            words[i], words[j] = words[j], words[i]
        elif roll < 0.8:
            numbered = [n for n, word in enumerate(words) if _DIGITS.search(word)]
            if numbered:
                n = rng.choice(numbered)
                words[n] = _DIGITS.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), words[n])
            else:
                words.insert(i, str(rng.randint(2, 2000)))
        else:
            words[i] = rng.choice(vocabulary)
    return " ".join(words)


def splice(head: str, tail: str, rng: random.Random) -> str:
    """The head of one text up to a pivot word both share, then the other's words after it;
    without a shared pivot, the first half of one and the second half of the other."""
    first, second = head.split(), tail.split()
    shared = [w for w in dict.fromkeys(first[1:-1]) if w in PIVOTS and w in second[1:-1]]
    if shared:
        pivot = rng.choice(shared)
        return " ".join(first[: first.index(pivot) + 1] + second[second.index(pivot) + 1 :])
    return " ".join(first[: len(first) // 2] + second[len(second) // 2 :])


def make_claims(corpus: Corpus, n_claims: int) -> list[SynthClaim]:
    """`n_claims` claims with distinct texts: the real ones first, then spliced, perturbed ones."""
    rng = random.Random(SEED + 1)
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for base in corpus.claims:
        if len(pairs) < n_claims and base.text not in seen:
            seen.add(base.text)
            pairs.append((base.text, _quote_for(base.text, base.subtitle)))
    by_pivot = _by_pivot(corpus.claims)
    while len(pairs) < n_claims:
        head = rng.choice(corpus.claims)
        pivots = sorted(PIVOTS.intersection(head.text.split()[1:-1]))
        tail = rng.choice(by_pivot[rng.choice(pivots)] if pivots else corpus.claims)
        text = perturb(splice(head.text, tail.text, rng), rng, corpus.vocabulary)
        if text in seen:
            continue
        seen.add(text)
        subtitle = (
            splice(head.subtitle, tail.subtitle, rng) if head.subtitle and tail.subtitle else ""
        )
        subtitle = perturb(subtitle, rng, corpus.vocabulary) if subtitle else ""
        pairs.append((text, _quote_for(text, subtitle)))
    return [SynthClaim(f"c{i:06d}", text, quote) for i, (text, quote) in enumerate(pairs)]


def _by_pivot(claims: Sequence[BaseClaim]) -> dict[str, list[BaseClaim]]:
    found: dict[str, list[BaseClaim]] = {pivot: [] for pivot in PIVOTS}
    for claim in claims:
        for word in PIVOTS.intersection(claim.text.split()[1:-1]):
            found[word].append(claim)
    return found


def _quote_for(text: str, subtitle: str) -> str:
    return subtitle if len(subtitle) >= MIN_QUOTE_CHARS and subtitle != text else text


def write_registry(claims: Sequence[SynthClaim], root: Path) -> tuple[Path, Path]:
    """Write `root/claims` and `root/sources`; return both directories."""
    claims_dir, sources_dir = root / "claims", root / "sources"
    claims_dir.mkdir(parents=True)
    sources_dir.mkdir()
    records: list[dict[str, str]] = []
    for start in range(0, len(claims), CLAIMS_PER_SOURCE):
        source_id = f"s{start // CLAIMS_PER_SOURCE:05d}"
        group = claims[start : start + CLAIMS_PER_SOURCE]
        quotes = _unique_quotes(group)
        (sources_dir / f"{source_id}.txt").write_text("\n\n".join(quotes) + "\n", encoding="utf-8")
        for claim, quote in zip(group, quotes, strict=True):
            records.append(
                {"id": claim.id, "claim": claim.text, "source": source_id, "quote": quote}
            )
    for start in range(0, len(records), CLAIMS_PER_FILE):
        document = {"claims": records[start : start + CLAIMS_PER_FILE]}
        text = yaml.dump(document, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=4096)
        path = claims_dir / f"part-{start // CLAIMS_PER_FILE:04d}.yaml"
        path.write_text(text, encoding="utf-8")
    return claims_dir, sources_dir


def _unique_quotes(group: Sequence[SynthClaim]) -> list[str]:
    """Each claim's quote, or a fallback, such that no paragraph contains another one: every
    quote then occurs exactly once in its source."""
    chosen: list[str] = []
    for claim in group:
        for option in (claim.quote, claim.text, f"{claim.text} (record {claim.id})"):
            if not any(option in other or other in option for other in chosen):
                chosen.append(option)
                break
    return chosen


def make_sentences(
    corpus: Corpus, claims: Sequence[SynthClaim], n_sentences: int, seed: int
) -> list[str]:
    """Draft sentences: perturbed claim texts and quotes, and tweets; each one sentence."""
    rng = random.Random(seed)
    sentences: list[str] = []
    while len(sentences) < n_sentences:
        roll = rng.random()
        if roll < TWEET_SHARE:
            candidate = perturb(rng.choice(corpus.tweets), rng, corpus.vocabulary)
        else:
            claim = rng.choice(claims)
            base = claim.quote if roll < TWEET_SHARE + QUOTE_SHARE else claim.text
            candidate = perturb(base, rng, corpus.vocabulary)
        candidate = candidate[0].upper() + candidate[1:]
        candidate = candidate if candidate[-1] in ".?!" else candidate + "."
        if _stands_alone(candidate, sentences):
            sentences.append(candidate)
    return sentences


def _stands_alone(candidate: str, sentences: Sequence[str]) -> bool:
    """Whether the candidate is one sentence, also after the sentence it follows in a paragraph
    (so the draft segments into exactly as many sentences as were made)."""
    if len(segment(candidate, "text")) != 1:
        return False
    if len(sentences) % SENTENCES_PER_PARAGRAPH == 0:
        return True
    return len(segment(f"{sentences[-1]} {candidate}", "text")) == 2


def as_draft(sentences: Sequence[str]) -> str:
    """Sentences as plain-text paragraphs of `SENTENCES_PER_PARAGRAPH`."""
    step = SENTENCES_PER_PARAGRAPH
    paragraphs = [" ".join(sentences[i : i + step]) for i in range(0, len(sentences), step)]
    return "\n\n".join(paragraphs) + "\n"
