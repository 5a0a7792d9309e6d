"""Mapping a function over a large batch in forked worker processes.

The function is handed to the workers by forking, not by pickling: each child inherits the
registry, its index and everything else the function closes over, and only the batch's items and
the results cross a pipe. A worker never forks again, and nothing forks when this process runs
other threads (a child could inherit a lock held mid-operation) or the platform cannot fork.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

from claimcheck.collector import frozen
from claimcheck.errors import WorkerError

Item = TypeVar("Item")
Out = TypeVar("Out")

MAX_WORKERS = 8
CHUNKS_PER_WORKER = 4  # smaller chunks even out slow and fast ones

_TASKS: list[Callable[[Sequence[Any]], list[Any]]] = []  # what forked workers run
_CHILD = [False]  # True in a worker process: workers never fork


def mark_child() -> None:
    """Pool initializer: this process is a worker, so work it is handed runs serially."""
    _CHILD[0] = True


def can_fork() -> bool:
    """Whether this process may start forked workers now."""
    return (
        not _CHILD[0]
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def worker_count(limit: int = 0) -> int:
    """How many workers to use: `limit` (0: one per core), at most `MAX_WORKERS`, and one
    where this process cannot fork."""
    if not can_fork():
        return 1
    return max(1, min(limit or os.cpu_count() or 1, MAX_WORKERS))


def map_chunks(
    function: Callable[[Sequence[Item]], list[Out]], items: Sequence[Item], workers: int
) -> list[Out]:
    """`function(items)`, computed chunk by chunk in `workers` forked processes and joined in
    order. `function` must map a chunk to one output per item, in order."""
    if workers < 2 or len(items) < 2 or not can_fork():
        return function(items)
    size = -(-len(items) // (workers * CHUNKS_PER_WORKER))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    _TASKS.append(function)
    try:
        with frozen(), pool_of(workers) as pool:
            parts = list(pool.map(_run_chunk, chunks))
    finally:
        _TASKS.pop()
    return [out for part in parts for out in part]


@contextmanager
def pool_of(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Forked worker processes (marked as workers). A worker that dies (killed, out of memory)
    fails the run with a WorkerError instead of leaving it waiting."""
    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=mark_child) as pool:
            yield pool
    except BrokenProcessPool:
        raise WorkerError(
            "a worker process died before it finished (out of memory? try --jobs 1)"
        ) from None


def _run_chunk(chunk: Sequence[Any]) -> list[Any]:
    return _TASKS[-1](chunk)
