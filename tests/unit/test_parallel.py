from __future__ import annotations

from collections.abc import Sequence

import pytest

from claimcheck import parallel


def _squares(chunk: Sequence[int]) -> list[int]:
    return [n * n for n in chunk]


def _nested(chunk: Sequence[int]) -> list[bool]:
    return [parallel.can_fork() for _ in chunk]


def _forks() -> bool:
    return parallel.worker_count(2) > 1


def test_map_chunks_joins_the_chunks_in_order() -> None:
    items = list(range(101))
    assert parallel.map_chunks(_squares, items, 2) == [n * n for n in items]


def test_one_worker_or_one_item_runs_in_this_process() -> None:
    calls: list[int] = []

    def record(chunk: Sequence[int]) -> list[int]:
        calls.append(len(chunk))
        return list(chunk)

    assert parallel.map_chunks(record, [1, 2, 3], 1) == [1, 2, 3]
    assert parallel.map_chunks(record, [7], 4) == [7]
    assert calls == [3, 1]


def test_workers_never_fork_again() -> None:
    if not _forks():
        pytest.skip("no forked workers on this machine")
    assert parallel.map_chunks(_nested, list(range(20)), 2) == [False] * 20
    assert parallel.can_fork()


def test_worker_count_respects_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MAX_WORKERS", 3)
    if not parallel.can_fork():
        assert parallel.worker_count(16) == 1
    else:
        assert parallel.worker_count(16) == 3
        assert parallel.worker_count(2) == 2


def _dies(chunk: Sequence[int]) -> list[int]:
    import os

    os._exit(1)  # as the out-of-memory killer would end it


def test_a_worker_that_dies_fails_the_run_with_one_clear_error() -> None:
    from claimcheck.errors import WorkerError

    if not _forks():
        pytest.skip("no forked workers on this machine")
    with pytest.raises(WorkerError, match="worker process died"):
        parallel.map_chunks(_dies, list(range(8)), 2)
