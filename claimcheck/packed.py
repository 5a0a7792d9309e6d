"""Number arrays as compact text for the JSON cache: little-endian machine values in base64.

Reading a packed array is one base64 decode and a copy, where a JSON list of a million numbers
is a million parsed objects. The text holds only numbers: nothing in it can execute.
"""

from __future__ import annotations

import array
import base64
import binascii
import sys
from collections.abc import Iterable

INT = "i"  # 32-bit signed integers
FLOAT = "d"  # 64-bit floats


def pack_ints(values: Iterable[int]) -> str:
    """32-bit integers as text."""
    return _pack(array.array(INT, values))


def pack_floats(values: Iterable[float]) -> str:
    """64-bit floats as text."""
    return _pack(array.array(FLOAT, values))


def unpack_ints(text: str) -> array.array[int]:
    """What `pack_ints` wrote; raises ValueError for anything else."""
    items: array.array[int] = array.array(INT)
    _fill(items, text)
    return items


def unpack_floats(text: str) -> array.array[float]:
    """What `pack_floats` wrote; raises ValueError for anything else."""
    items: array.array[float] = array.array(FLOAT)
    _fill(items, text)
    return items


def _pack(items: array.array[int] | array.array[float]) -> str:
    if sys.byteorder != "little":
        items.byteswap()
    return base64.b64encode(items.tobytes()).decode("ascii")


def _fill(items: array.array[int] | array.array[float], text: str) -> None:
    if not isinstance(text, str):
        raise ValueError("a packed array is text")
    try:
        items.frombytes(base64.b64decode(text.encode("ascii"), validate=True))
    except (ValueError, binascii.Error) as exc:  # also a length that is not whole items
        raise ValueError(f"not a packed array ({exc})") from None
    if sys.byteorder != "little":
        items.byteswap()
