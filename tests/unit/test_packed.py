from __future__ import annotations

import json

import pytest

from claimcheck.packed import pack_floats, pack_ints, unpack_floats, unpack_ints


def test_round_trip_through_json() -> None:
    ints = [0, 1, -7, 2**31 - 1, -(2**31)]
    floats = [0.0, -1.5, 3.141592653589793, 1e300, 5e-324]
    data = json.loads(json.dumps({"i": pack_ints(ints), "f": pack_floats(floats)}))
    assert list(unpack_ints(data["i"])) == ints
    assert list(unpack_floats(data["f"])) == floats
    assert list(unpack_ints(pack_ints([]))) == []


def test_the_text_is_plain_ascii() -> None:
    assert pack_ints([1, 2, 3]).isascii()


@pytest.mark.parametrize("bad", ["not base64!", "AAAAAAA=", 12, None, ["AAAA"]])
def test_anything_else_is_a_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="packed array"):
        unpack_ints(bad)  # type: ignore[arg-type]


def test_a_length_that_is_not_whole_items_is_refused() -> None:
    with pytest.raises(ValueError, match="packed array"):
        unpack_floats(pack_ints([1]))
