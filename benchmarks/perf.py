"""claimcheck's performance benchmarks: each target beside a baseline measured in the same run.

    .venv/bin/python benchmarks/perf.py [--quick] [--only NAME ...] [--bench DIR] [--keep]

Targets (NAME): startup, scale, load, batch, growth. The data is synthesised with a fixed seed from
the CheckThat! 2022 2A claims in ../shared/bench (never copied into the repository) into a
temporary directory: registries of 1k, 10k and 100k claims written as real claims/*.yaml and
sources/*.txt, and drafts of 100, 1,000 and 10,000 sentences (see `perf_data.py`). The result is
one Markdown table on stdout (progress goes to stderr); the exit code is 1 when a target fails and
2 when the benchmark data is missing or a measured command fails (an ERROR row).
`benchmarks/README.md` explains each row.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Any

from perf_data import (
    Corpus,
    DataMissingError,
    SynthClaim,
    as_draft,
    load_corpus,
    make_claims,
    make_sentences,
    write_registry,
)
from perf_measure import (
    MeasureError,
    bytecode_env,
    child,
    cpu_command,
    interleaved,
    median,
    run,
    time_call,
    time_command,
    wait_quiet,
)

from claimcheck.models import Label, Result
from claimcheck.registry import Registry

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench"
SIZES = (1_000, 10_000, 100_000)
LARGEST = SIZES[-1]
SCALE_SENTENCES = 10_000
GROWTH_SENTENCES = 1_000
SMALL_DRAFT = 100
BATCH_SENTENCES = 40
STARTUP_HELP_MAX = 7.0  # x python -c pass
STARTUP_VERIFY_MAX = 20.0
SCALE_MAX_S = 10.0
SCALE_MIN_SPEEDUP = 100.0
RECALL_MIN = 0.99
COLD_LOAD_MAX_S = 30.0
WARM_LOAD_MAX_S = 1.0
MEMORY_MAX_MB = 1536.0
BATCH_MIN_SPEEDUP = 1.7
GROWTH_MAX_EXPONENT = 0.5
OK_FINDINGS = frozenset({0, 1})  # verify exits 1 when it finds contradictions


@dataclass(frozen=True, slots=True)
class Plan:
    """How many repeats and samples a run takes."""

    startup_repeats: int
    repeats: int  # cheap medians
    heavy_repeats: int  # medians of runs that take seconds
    batch_repeats: int
    brute_sample: int  # sentences timed with brute-force cdist
    recall_sample: int  # sentences checked against exhaustive scoring
    batch_drafts: int
    cli_scale: bool  # also time the CLI on the 10k-sentence draft


FULL = Plan(9, 5, 3, 3, 24, 300, 1_000, True)
QUICK = Plan(5, 3, 1, 1, 6, 100, 200, False)


@dataclass(frozen=True, slots=True)
class Row:
    target: str
    measured: str
    baseline: str
    ratio: str
    limit: str
    result: str  # PASS, FAIL or info


@dataclass(frozen=True, slots=True)
class RegistryPaths:
    root: Path
    claims: Path
    sources: Path
    cache: Path


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def seconds(value: float) -> str:
    return f"{value * 1e3:.0f} ms" if value < 1 else f"{value:.2f} s"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def console_script() -> str:
    """The installed `claimcheck` script beside this interpreter (else on PATH)."""
    beside = Path(sys.executable).with_name("claimcheck")
    found = str(beside) if beside.is_file() else shutil.which("claimcheck")
    if found is None:
        raise MeasureError("the claimcheck console script is not installed (pip install -e .)")
    return found


class Workspace:
    """The synthetic data, made on first use in a temporary directory."""

    def __init__(self, bench: Path, tmp: Path, plan: Plan) -> None:
        self.bench, self.tmp, self.plan = bench, tmp, plan
        self.env = bytecode_env(tmp / "pycache")
        self.first_load: float | None = None  # cold load_cached + index build + cache write
        self.quiet_wait = 0.0  # how long to wait for other processes to finish, each time
        self.rounds = self.busy_rounds = 0

    def quiet(self) -> None:
        """Before a round of measurements: wait a while for the machine to be quiet, and count
        the rounds that started while other processes kept it busy."""
        if self.quiet_wait <= 0:
            return
        self.rounds += 1
        if not wait_quiet(self.quiet_wait):
            self.busy_rounds += 1

    @cached_property
    def corpus(self) -> Corpus:
        log("reading the CheckThat! claims and tweets")
        return load_corpus(self.bench)

    @cached_property
    def claims(self) -> list[SynthClaim]:
        log(f"synthesising {LARGEST:,} claims")
        return make_claims(self.corpus, LARGEST)

    def registry(self, size: int) -> RegistryPaths:
        """The registry of the first `size` claims, written once; its cache is not built."""
        root = self.tmp / f"registry-{size}"
        paths = RegistryPaths(root, root / "claims", root / "sources", root / ".claimcheck_cache")
        if not root.exists():
            log(f"writing the {size:,}-claim registry")
            write_registry(self.claims[:size], root)
        return paths

    def warm(self, size: int) -> RegistryPaths:
        """The registry with its on-disk cache built (in a child process)."""
        paths = self.registry(size)
        if not paths.cache.is_dir():
            log(f"building the cache of the {size:,}-claim registry")
            first = child("warm-load", str(paths.claims), str(paths.sources), str(paths.cache))
            if size == LARGEST:
                self.first_load = float(first["load_s"])
        return paths

    def draft(self, sentences: int, claims: int = LARGEST) -> Path:
        """A plain-text draft of `sentences` sentences made from the first `claims` claims."""
        path = self.tmp / "drafts" / f"draft-{sentences}-of-{claims}.txt"
        if not path.exists():
            made = make_sentences(self.corpus, self.claims[:claims], sentences, seed=sentences)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(as_draft(made), encoding="utf-8")
        return path

    def batch_dir(self) -> Path:
        """`plan.batch_drafts` Markdown drafts of 40 sentences on the bundled registry."""
        folder = self.tmp / "batch"
        if folder.exists():
            return folder
        log(f"writing {self.plan.batch_drafts:,} drafts for the batch run")
        bundled = Registry.load(REPO / "claims", REPO / "sources")
        claims = [SynthClaim(c.id, c.text, c.quote) for c in bundled.claims]
        folder.mkdir()
        for i in range(self.plan.batch_drafts):
            made = make_sentences(self.corpus, claims, BATCH_SENTENCES, seed=i)
            (folder / f"draft-{i:04d}.md").write_text(as_draft(made), encoding="utf-8")
        return folder


# --- start-up ---------------------------------------------------------------------------------


def startup(ws: Workspace) -> list[Row]:
    script = console_script()
    commands = {
        "pass": [sys.executable, "-c", "pass"],
        "help": [script, "--help"],
        "verify": [script, "verify", "examples/draft.md"],
    }
    for command in (*commands.values(), commands["verify"]):  # bytecode and registry cache
        run(command, cwd=REPO, env=ws.env, ok=OK_FINDINGS)
    log("timing start-up")
    times = interleaved(
        {
            name: partial(time_command, command, cwd=REPO, env=ws.env, ok=OK_FINDINGS)
            for name, command in commands.items()
        },
        ws.plan.startup_repeats,
        before=ws.quiet,
    )
    base = median(times["pass"])
    rows = [
        _startup_row("startup: claimcheck --help", median(times["help"]), base, STARTUP_HELP_MAX),
        _startup_row(
            "startup: verify examples/draft.md (warm cache)",
            median(times["verify"]),
            base,
            STARTUP_VERIFY_MAX,
        ),
    ]
    return [*rows, _numpy_row(script, ws)]


def _startup_row(name: str, value: float, base: float, limit: float) -> Row:
    ratio = value / base
    return Row(
        name,
        seconds(value),
        f"{seconds(base)} (python -c pass)",
        f"{ratio:.1f}x",
        f"<= {limit:g}x",
        verdict(ratio <= limit),
    )


def imported_modules(command: Sequence[str], env: dict[str, str]) -> list[str]:
    """Every module a command imports, from `python -X importtime`."""
    done = run([sys.executable, "-X", "importtime", *command], cwd=REPO, env=env)
    names = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.append(line.rsplit("|", 1)[1].strip())
    return names


def _numpy_row(script: str, ws: Workspace) -> Row:
    modules = imported_modules([script, "--help"], ws.env)
    numpy = sorted(m for m in modules if m == "numpy" or m.startswith("numpy."))
    return Row(
        "startup: --help imports numpy?",
        f"{'yes' if numpy else 'no'} ({len(modules)} modules)",
        "-",
        "-",
        "no numpy",
        verdict(not numpy),
    )


# --- scale ------------------------------------------------------------------------------------


def verify_runs(
    paths: RegistryPaths, text: str, repeats: int, quiet: Callable[[], None]
) -> tuple[list[float], list[Result], Registry]:
    """Time `verify_text` `repeats` times, each on a registry freshly loaded from the warm cache
    (as a CLI run would have it); the times, the last results and the last registry."""
    from claimcheck.api import verify_text
    from claimcheck.cache import load_cached

    times: list[float] = []
    results: list[Result] = []
    registry: Registry | None = None
    for _ in range(repeats):
        registry = None  # free the last one before loading the next
        quiet()
        registry = load_cached(paths.claims, paths.sources, paths.cache)
        start = time.perf_counter()
        results = verify_text(text, registry, kind="text")
        times.append(time.perf_counter() - start)
    assert registry is not None
    return times, results, registry


def scale(ws: Workspace) -> list[Row]:
    paths = ws.warm(LARGEST)
    draft = ws.draft(SCALE_SENTENCES)
    log(f"timing verify_text: {SCALE_SENTENCES:,} sentences x {LARGEST:,} claims")
    times, results, registry = verify_runs(
        paths, draft.read_text(encoding="utf-8"), ws.plan.heavy_repeats, ws.quiet
    )
    ours = median(times)
    matched = [r.sentence.text for r in results if r.label is not Label.SKIPPED]
    brute = brute_force_rate(registry, matched[: ws.plan.brute_sample], ws.quiet) * len(matched)
    speedup = brute / ours
    rows = [
        Row(
            f"scale: verify_text, {SCALE_SENTENCES:,} sentences x {LARGEST // 1000}k claims",
            seconds(ours),
            f"{seconds(brute)} (cdist partial_ratio, {len(matched):,} matched sentences)",
            f"{speedup:,.0f}x",
            f"<= {SCALE_MAX_S:g} s, >= {SCALE_MIN_SPEEDUP:g}x",
            verdict(ours <= SCALE_MAX_S and speedup >= SCALE_MIN_SPEEDUP),
        ),
        recall_row(registry, matched[: ws.plan.recall_sample]),
    ]
    del registry, results
    return rows + scale_cli_rows(ws, paths, ours)


def brute_force_rate(registry: Registry, sample: Sequence[str], quiet: Callable[[], None]) -> float:
    """Seconds per sentence for `rapidfuzz.process.cdist` of each sentence against every claim
    statement (text and quote, as the content-term strings rescoring aligns), with rescoring's
    scorer (`partial_ratio`) on all cores."""
    from rapidfuzz import fuzz, process

    from claimcheck.tokens import terms

    log(f"timing brute-force cdist on {len(sample)} sentences")
    choices = [statement for row in registry.matcher.statements for statement in row]
    queries = [" ".join(terms(sentence)) for sentence in sample]
    quiet()
    elapsed = time_call(
        lambda: process.cdist(queries, choices, scorer=fuzz.partial_ratio, workers=-1)
    )
    return elapsed / len(queries)


def recall_row(registry: Registry, sample: Sequence[str]) -> Row:
    """How often the index's best claim is the best claim by the matcher's own score over every
    claim, or ties with it. Exhaustive scoring is the same `search_many` with retrieval widened
    from `claimcheck.match.CANDIDATES` to every claim (a claim that shares no term scores 0)."""
    import claimcheck.match as match_module

    log(f"checking the index against exhaustive scoring on {len(sample)} sentences")
    matcher = registry.matcher
    found = matcher.search_many(sample, k=1)
    if not isinstance(getattr(match_module, "CANDIDATES", None), int):
        raise MeasureError("claimcheck.match.CANDIDATES is gone: update recall_row")
    saved, match_module.CANDIDATES = match_module.CANDIDATES, matcher.index.n_docs
    try:
        best = matcher.search_many(sample, k=1)
    finally:
        match_module.CANDIDATES = saved
    same = ties = 0
    for ours, exhaustive in zip(found, best, strict=True):
        if ours[:1] == exhaustive[:1]:
            same += 1
        elif ours and exhaustive and ours[0].score >= exhaustive[0].score:
            ties += 1  # another claim with the same best score
    share = (same + ties) / len(sample)
    return Row(
        "scale: index top-1 = exhaustive best",
        f"{share:.1%} of {len(sample)} ({ties} ties)",
        "exhaustive rescoring of every claim",
        "-",
        f">= {RECALL_MIN:.0%}",
        verdict(share >= RECALL_MIN),
    )


def scale_cli_rows(ws: Workspace, paths: RegistryPaths, library: float) -> list[Row]:
    """The end-to-end CLI on the 100k registry (warm cache): reported, not a target."""
    script = console_script()
    sizes = [SMALL_DRAFT, SCALE_SENTENCES] if ws.plan.cli_scale else [SMALL_DRAFT]
    rows = []
    for sentences in sizes:
        draft = ws.draft(sentences)
        command = [script, "verify", str(draft), "--claims", "claims", "--sources", "sources"]
        command += ["-q", "--exit-zero"]
        log(f"timing the CLI on {sentences:,} sentences x {LARGEST:,} claims")
        repeats = 1 if sentences > SMALL_DRAFT else ws.plan.repeats
        runs = interleaved(
            {"cli": partial(time_command, command, cwd=paths.root, env=ws.env)},
            repeats,
            before=ws.quiet,
        )
        value = median(runs["cli"])
        baseline = f"{seconds(library)} (verify_text)" if sentences > SMALL_DRAFT else "-"
        ratio = f"{value / library:.2f}x" if sentences > SMALL_DRAFT else "-"
        rows.append(
            Row(
                f"scale: CLI verify, {sentences:,} sentences x {LARGEST // 1000}k claims"
                + (" (1 run)" if repeats == 1 else ""),
                seconds(value),
                baseline,
                ratio,
                "-",
                "info",
            )
        )
    return rows


# --- registry loading ---------------------------------------------------------------------------


def load(ws: Workspace) -> list[Row]:
    paths = ws.warm(LARGEST)
    draft = ws.draft(SCALE_SENTENCES)
    log("timing cold loads (Registry.load in fresh processes)")
    cold = interleaved(
        {
            "load": lambda: child("cold-load", str(paths.claims), str(paths.sources)),
            "yaml": lambda: child("yaml-parse", str(paths.claims)),
        },
        ws.plan.heavy_repeats,
        before=ws.quiet,
    )
    log("measuring peak memory (cold load + verify in a fresh process)")
    memory = child("cold-load", str(paths.claims), str(paths.sources), str(draft))
    log("timing warm loads (load_cached, fresh processes)")
    warm = interleaved(
        {
            "load": lambda: child(
                "warm-load", str(paths.claims), str(paths.sources), str(paths.cache)
            ),
            "json": lambda: child("json-parse", str(paths.cache)),
        },
        ws.plan.repeats,
        before=ws.quiet,
    )
    rows = [_cold_row(cold), _warm_row(warm), _memory_row(memory)]
    if ws.first_load is not None:
        rows.append(
            Row(
                "load: first run (load + index build + cache write)",
                seconds(ws.first_load),
                "-",
                "-",
                "-",
                "info",
            )
        )
    return rows


Runs = dict[str, list[dict[str, Any]]]


def _medians(runs: list[dict[str, Any]], key: str = "load_s") -> float:
    return median([run[key] for run in runs])


def _cold_row(cold: Runs) -> Row:
    value, base = _medians(cold["load"]), _medians(cold["yaml"])
    return Row(
        f"load: cold Registry.load, {LARGEST // 1000}k claims",
        seconds(value),
        f"{seconds(base)} (yaml.load CSafeLoader only)",
        f"{value / base:.1f}x",
        f"<= {COLD_LOAD_MAX_S:g} s",
        verdict(value <= COLD_LOAD_MAX_S),
    )


def _warm_row(warm: Runs) -> Row:
    value, base = _medians(warm["load"]), _medians(warm["json"])
    size = warm["json"][0]["mb"]
    return Row(
        f"load: warm load_cached, {LARGEST // 1000}k claims",
        seconds(value),
        f"{seconds(base)} (stdlib json.loads of the {size:.0f} MB cache, no GC)",
        f"{value / base:.1f}x",
        f"<= {WARM_LOAD_MAX_S:g} s",
        verdict(value <= WARM_LOAD_MAX_S),
    )


def _memory_row(run: dict[str, Any]) -> Row:
    peak, workers = run["rss_mb"], run["children_rss_mb"]
    base = child("imports")["rss_mb"]
    return Row(
        f"load: peak RSS, cold load + verify {SCALE_SENTENCES // 1000}k sentences",
        f"{peak:,.0f} MB (workers {workers:,.0f} MB)",
        f"{base:,.0f} MB (imports only)",
        f"{peak / base:.1f}x",
        f"<= {MEMORY_MAX_MB:,.0f} MB",
        verdict(peak <= MEMORY_MAX_MB),
    )


# --- batch --------------------------------------------------------------------------------------


def batch(ws: Workspace) -> list[Row]:
    folder = ws.batch_dir()
    script = console_script()

    def command(jobs: int) -> list[str]:
        return [script, "verify", str(folder), "--claims", "claims", "--sources", "sources",
                "--jobs", str(jobs), "-q", "--exit-zero"]  # fmt: skip

    run(command(2), cwd=REPO, env=ws.env)  # warm: bytecode, registry cache, page cache
    log(f"timing a batch of {ws.plan.batch_drafts:,} drafts with --jobs 1 and --jobs 2")
    times = interleaved(
        {str(jobs): partial(cpu_command, command(jobs), cwd=REPO, env=ws.env) for jobs in (1, 2)},
        ws.plan.batch_repeats,
        before=ws.quiet,
    )
    one, two = median([t[0] for t in times["1"]]), median([t[0] for t in times["2"]])
    cpu_one, cpu_two = median([t[1] for t in times["1"]]), median([t[1] for t in times["2"]])
    return [
        Row(
            f"batch: {ws.plan.batch_drafts:,} drafts x {BATCH_SENTENCES} sentences, --jobs 2",
            f"{seconds(two)} (cpu {seconds(cpu_two)})",
            f"{seconds(one)} (--jobs 1, cpu {seconds(cpu_one)})",
            f"{one / two:.2f}x",
            f">= {BATCH_MIN_SPEEDUP:g}x",
            verdict(one / two >= BATCH_MIN_SPEEDUP),
        )
    ]


# --- growth -------------------------------------------------------------------------------------


def growth(ws: Workspace) -> list[Row]:
    text = ws.draft(GROWTH_SENTENCES, claims=SIZES[0]).read_text(encoding="utf-8")
    per_sentence: dict[int, float] = {}
    for size in SIZES:
        paths = ws.warm(size)
        log(f"timing verify_text: {GROWTH_SENTENCES:,} sentences x {size:,} claims")
        times, results, _ = verify_runs(paths, text, ws.plan.repeats, ws.quiet)
        per_sentence[size] = median(times) / len(results)
    base = per_sentence[SIZES[0]]
    rows = [
        Row(
            f"growth: verify_text, {GROWTH_SENTENCES:,} sentences x {size // 1000}k claims",
            f"{value * 1e3:.3f} ms/sentence",
            f"{base * 1e3:.3f} ms/sentence (1k claims)",
            f"{value / base:.2f}x",
            "-",
            "info",
        )
        for size, value in per_sentence.items()
    ]
    exponent = slope(
        [math.log(n) for n in per_sentence], [math.log(t) for t in per_sentence.values()]
    )
    rows.append(
        Row(
            "growth: exponent of time in claims (log-log fit)",
            f"{exponent:.2f}",
            "1.00 (linear)",
            "-",
            f"< {GROWTH_MAX_EXPONENT:g}",
            verdict(exponent < GROWTH_MAX_EXPONENT),
        )
    )
    return rows


def slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """The least-squares slope of ys on xs."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


# --- the run ------------------------------------------------------------------------------------

TARGETS: dict[str, Callable[[Workspace], list[Row]]] = {
    "startup": startup,
    "scale": scale,
    "load": load,
    "batch": batch,
    "growth": growth,
}
HEADER = Row("target", "measured (median)", "baseline (same run)", "ratio", "limit", "result")


def table(rows: Sequence[Row]) -> str:
    """The rows as one Markdown table."""
    cells = [
        [row.target, row.measured, row.baseline, row.ratio, row.limit, row.result]
        for row in [HEADER, *rows]
    ]
    widths = [max(len(line[i]) for line in cells) for i in range(len(cells[0]))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
        for line in cells
    ]
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([lines[0], rule, *lines[1:]])


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and samples")
    parser.add_argument(
        "--only", action="append", choices=sorted(TARGETS), help="run only this target (repeatable)"
    )
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark data dir")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=20.0,
        metavar="S",
        help="before each round of measurements, wait up to S seconds for other processes to "
        "leave the machine idle (0: never wait; default 20)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    plan = QUICK if args.quick else FULL
    tmp = Path(tempfile.mkdtemp(prefix="claimcheck-perf-"))
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    try:
        ws = Workspace(args.bench, tmp, plan)
        ws.quiet_wait = args.wait_quiet
        ws.corpus  # noqa: B018  (fail early when the data is missing)
        rows = [row for name in args.only or TARGETS for row in run_target(name, ws)]
    except DataMissingError as exc:
        print(f"perf.py: error: {exc}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            log(f"data kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.perf_counter() - started
    log(f"done in {elapsed:.0f} s")
    print(table([*rows, machine_row(ws, elapsed, load_before)]))
    results = {row.result for row in rows}
    return 2 if "ERROR" in results else 1 if "FAIL" in results else 0


def machine_row(ws: Workspace, elapsed: float, load_before: float) -> Row:
    """The machine and how busy it was: other processes' load makes every number noisier."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    busy = f", {ws.busy_rounds}/{ws.rounds} rounds started busy" if ws.rounds else ""
    return Row(
        f"machine: {cores} cores, Python {platform.python_version()}",
        f"run took {elapsed / 60:.1f} min",
        f"load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}{busy}",
        "-",
        "-",
        "info",
    )


def run_target(name: str, ws: Workspace) -> list[Row]:
    """A target's rows, or one ERROR row when a measured command failed."""
    try:
        return TARGETS[name](ws)
    except MeasureError as exc:
        log(f"{name}: {exc}")
        return [Row(f"{name}: error", str(exc)[:60], "-", "-", "-", "ERROR")]


if __name__ == "__main__":
    raise SystemExit(main())
