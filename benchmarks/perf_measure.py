"""Timing helpers for `benchmarks/perf.py`: medians, interleaved subprocess runs, child processes.

Targets and their baselines are measured in the same run and, where both are subprocesses,
interleaved (target, baseline, target, baseline, ...), so the load that other people put on the
machine falls on both alike.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

BENCHMARKS = Path(__file__).resolve().parent
CHILD = BENCHMARKS / "perf_child.py"
T = TypeVar("T")


class MeasureError(Exception):
    """A measured command failed."""


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def time_call(function: Callable[[], object]) -> float:
    """Wall time of one call, in seconds."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def run(
    command: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    ok: frozenset[int] = frozenset({0}),
) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing its output; MeasureError unless its exit code is in `ok`."""
    done = subprocess.run(
        list(command),
        cwd=cwd,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in ok:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise MeasureError(f"{' '.join(command)} exited {done.returncode}: {' | '.join(tail)}")
    return done


def time_command(
    command: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    ok: frozenset[int] = frozenset({0}),
) -> float:
    """Wall time of one run of a command (output captured), in seconds."""
    return cpu_command(command, cwd=cwd, env=env, ok=ok)[0]


def cpu_command(
    command: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    ok: frozenset[int] = frozenset({0}),
) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the command's worker processes included) of one
    run of a command, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run(command, cwd=cwd, env=env, ok=ok)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def interleaved(
    runs: Mapping[str, Callable[[], T]],
    repeats: int,
    before: Callable[[], object] | None = None,
) -> dict[str, list[T]]:
    """Call each measuring function `repeats` times, taking turns (and `before` ahead of each
    round); the results by name."""
    results: dict[str, list[T]] = {name: [] for name in runs}
    for _ in range(repeats):
        if before is not None:
            before()
        for name, function in runs.items():
            results[name].append(function())
    return results


def _cpu_jiffies() -> tuple[int, int] | None:
    """(busy, total) CPU time of the whole machine so far, from Linux's /proc/stat."""
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    values = [int(v) for v in fields]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return sum(values) - idle, sum(values)


def busy_share(seconds: float = 1.0) -> float | None:
    """The share of all cores that were busy over the next `seconds` (None where unknown)."""
    first = _cpu_jiffies()
    time.sleep(seconds)
    second = _cpu_jiffies()
    if first is None or second is None or second[1] == first[1]:
        return None
    return (second[0] - first[0]) / (second[1] - first[1])


def wait_quiet(limit: float, threshold: float = 0.2, settle: int = 3) -> bool:
    """Wait (at most `limit` seconds) until other processes have left the machine idle for
    `settle` seconds in a row (busy share under `threshold`). Call it while this benchmark runs
    nothing. True when the machine was quiet."""
    deadline, calm = time.monotonic() + limit, 0
    while time.monotonic() < deadline:
        share = busy_share(1.0)
        if share is None:
            return True
        calm = calm + 1 if share < threshold else 0
        if calm >= settle:
            return True
    return False


def child(task: str, *args: str, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Run `perf_child.py TASK ARGS...` in a fresh interpreter and return the JSON it prints."""
    done = run([sys.executable, str(CHILD), task, *args], cwd=BENCHMARKS.parent, env=env)
    try:
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError) as exc:
        raise MeasureError(f"perf_child.py {task} printed no result: {done.stdout!r}") from exc
    return result


def bytecode_env(prefix: Path) -> dict[str, str]:
    """The environment with bytecode caching on, written under `prefix` (not the repository or
    the virtualenv): start-up is measured as after `pip install`, which compiles bytecode, even
    where PYTHONDONTWRITEBYTECODE is set."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    return env
