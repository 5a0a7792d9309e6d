"""Compare sentence segmenters on accuracy and speed, and time claimcheck's whole segment().

Accuracy: the tricky cases in tests/unit/sentence_cases.py (a case counts when every sentence
is right). Speed: sentences per second on the five articles in sources/, split into paragraphs
and repeated. pysbd is measured if it is installed.

    .venv/bin/python benchmarks/segmenters.py [--repeat 40]
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.segment import segment, split_sentences

ROOT = Path(__file__).resolve().parent.parent
Splitter = Callable[[str], list[str]]


def load_cases() -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    spec = importlib.util.spec_from_file_location(
        "sentence_cases", ROOT / "tests" / "unit" / "sentence_cases.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SENTENCE_CASES, module.HELD_OUT_CASES


def claimcheck_splitter(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(text: str) -> list[str]:
        # pysbd ends a sentence at every line break; unwrap lines first (offsets stay the same).
        spans = segmenter.segment(text.replace("\n", " "))
        return [text[span.start : span.end].strip() for span in spans]

    return split


def paragraphs(repeat: int) -> list[str]:
    """The source articles as paragraphs of single-spaced text, `repeat` times over."""
    found: list[str] = []
    for path in sorted((ROOT / "sources").glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            text = " ".join(block.split())
            if text:
                found.append(text)
    return found * repeat


def accuracy(split: Splitter, cases: list[tuple[str, list[str]]]) -> tuple[int, list[str]]:
    misses = [text for text, expected in cases if split(text) != expected]
    return len(cases) - len(misses), misses


def speed(split: Splitter, texts: list[str]) -> tuple[int, float]:
    """(sentences, best seconds of three runs)."""
    best, count = float("inf"), 0
    for _ in range(3):
        began = time.perf_counter()
        count = sum(len(split(text)) for text in texts)
        best = min(best, time.perf_counter() - began)
    return count, best


def pipeline(repeat: int) -> tuple[int, float]:
    """segment() on one Markdown draft made of the articles: (sentences, seconds)."""
    document = "\n\n".join(paragraphs(repeat))
    best, count = float("inf"), 0
    for _ in range(3):
        began = time.perf_counter()
        count = len(segment(document, "markdown"))
        best = min(best, time.perf_counter() - began)
    return count, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40, help="copies of the articles")
    args = parser.parse_args()
    tuned, held_out = load_cases()
    splitters: dict[str, Splitter | None] = {
        "claimcheck regex + abbreviations": claimcheck_splitter,
        "pysbd 0.3 (en, clean=False)": pysbd_splitter(),
    }
    print(
        f"{'segmenter':<36} {'tricky':>7} {'held-out':>8} {'sentences':>10} {'seconds':>8}"
        f" {'sent/s':>9}"
    )
    for name, split in splitters.items():
        if split is None:
            print(f"{name:<36} not installed")
            continue
        right, misses = accuracy(split, tuned)
        right_held, misses_held = accuracy(split, held_out)
        # pysbd is slow: give it fewer copies so the run stays short; the rate is what counts.
        repeat = args.repeat if split is claimcheck_splitter else max(1, args.repeat // 10)
        count, seconds = speed(split, paragraphs(repeat))
        score, score_held = f"{right}/{len(tuned)}", f"{right_held}/{len(held_out)}"
        print(
            f"{name:<36} {score:>7} {score_held:>8} {count:>10} {seconds:>8.3f}"
            f" {count / seconds:>9.0f}"
        )
        for text in misses + misses_held:
            print(f"    missed: {text!r}")
    count, seconds = pipeline(args.repeat)
    name = "segment() on a Markdown draft"
    print(f"{name:<36} {'':>7} {'':>8} {count:>10} {seconds:>8.3f} {count / seconds:>9.0f}")


if __name__ == "__main__":
    main()
