from __future__ import annotations

import gc

from claimcheck.collector import frozen, paused


def test_the_collector_is_paused_and_then_restored() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_frozen_moves_live_objects_out_of_the_collectors_reach_and_back() -> None:
    assert gc.get_freeze_count() == 0
    with frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
