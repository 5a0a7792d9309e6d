from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.batch import verify_files, workers_for
from claimcheck.config import load_config
from claimcheck.registry import Registry

REPO = Path(__file__).resolve().parents[2]


def test_workers_for() -> None:
    assert workers_for(3, 2) == 1  # too few files to be worth forking
    assert workers_for(100, 2) == 2
    assert workers_for(100, 1) == 1


def test_parallel_results_equal_serial_results_in_order(tmp_path: Path) -> None:
    draft = (REPO / "examples" / "draft.md").read_text(encoding="utf-8")
    files = []
    for i in range(10):
        path = tmp_path / f"d{i}.md"
        path.write_text(draft.replace("38 years", f"{30 + i} years"), encoding="utf-8")
        files.append(path)
    registry = Registry.load(REPO / "claims", REPO / "sources")
    config = load_config(tmp_path, {"claims": REPO / "claims", "sources": REPO / "sources"})
    ticks: list[int] = []
    serial = verify_files(files, registry, config, jobs=1)
    parallel = verify_files(files, registry, config, jobs=2, progress=ticks.append)
    assert parallel == serial
    assert [d.path for d in parallel] == [d.path for d in serial]
    assert sum(ticks) == len(files)


def test_the_progress_bar_leaves_the_process_able_to_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    from claimcheck.commands.verify import PROGRESS_MIN_FILES, _progress
    from claimcheck.parallel import can_fork

    terminal = io.StringIO()
    monkeypatch.setattr(terminal, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys, "stderr", terminal)
    before = can_fork()
    with _progress(PROGRESS_MIN_FILES) as tick:
        assert tick is not None  # a bar is shown ...
        tick(1)
        assert can_fork() == before  # ... and it runs no thread of its own
