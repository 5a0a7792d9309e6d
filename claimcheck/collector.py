"""Keeping Python's cyclic garbage collector away from a large registry.

A registry of 100,000 claims is hundreds of thousands of small records that hold no reference
cycles. With it in memory, every automatic collection walks all of it, costs seconds over a long
run and frees nothing; reference counting frees whatever is dropped.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """Move every object alive now out of the collector's reach while workers are forked, so a
    collection in a child does not touch (and so copy) the pages the parent shares with it."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector. Loading or verifying against a large registry
    allocates hundreds of thousands of records that hold no reference cycles, and with the
    registry in memory every automatic collection walks all of it: collections cost time and
    free nothing. Reference counting still frees what is dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
