"""Verifying many files, in parallel worker processes when there are enough of them.

Workers are forked after the registry and its index are loaded, so each inherits them instead
of loading its own copy. Results come back in the order the files were given.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.api import Thresholds, verify_document
from claimcheck.collector import frozen
from claimcheck.models import Document
from claimcheck.parallel import can_fork, pool_of
from claimcheck.textio import read_text

if TYPE_CHECKING:
    from claimcheck.config import Config
    from claimcheck.registry import Registry

MIN_FILES_PER_WORKER = 4  # below this, starting workers costs more than it saves
CHUNK = 8

_STATE: list[tuple[Registry, Config]] = []  # what forked workers verify with


def display_path(path: Path) -> str:
    """A path as reported: relative to the cwd when below it, with forward slashes."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def verify_one(text: str, shown: str, path: Path, registry: Registry, config: Config) -> Document:
    """Verify one document with the settings that apply to its path."""
    here = config.for_path(path)
    thresholds = Thresholds(here.match_threshold, here.possible_threshold)
    return verify_document(text, registry, path=shown, thresholds=thresholds)


def _verify_path(path: Path) -> Document:
    registry, config = _STATE[0]
    return verify_one(read_text(path), display_path(path), path, registry, config)


def workers_for(files: int, jobs: int) -> int:
    """How many worker processes to use: at most `jobs` (0: one per core), none for few files."""
    wanted = jobs or os.cpu_count() or 1
    return max(1, min(wanted, files // MIN_FILES_PER_WORKER))


def verify_files(
    files: Sequence[Path],
    registry: Registry,
    config: Config,
    *,
    jobs: int = 0,
    progress: Callable[[int], None] | None = None,
) -> list[Document]:
    """Verify every file, in order. `progress` is called with the number of files just done."""
    workers = workers_for(len(files), jobs)
    if workers <= 1 or not can_fork():
        documents = []
        for path in files:
            documents.append(
                verify_one(read_text(path), display_path(path), path, registry, config)
            )
            if progress is not None:
                progress(1)
        return documents
    _ = registry.matcher  # build the index once, before forking, so workers share it
    _STATE[:] = [(registry, config)]
    try:
        with frozen(), pool_of(workers) as pool:
            documents = []
            for document in pool.map(_verify_path, files, chunksize=CHUNK):
                documents.append(document)
                if progress is not None:
                    progress(1)
            return documents
    finally:
        _STATE.clear()
