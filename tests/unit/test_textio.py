from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import InputError, RegistryError
from claimcheck.textio import read_text, write_atomic


def test_reads_utf8_and_drops_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffcafé\n".encode())
    assert read_text(path) == "café\n"


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(b"first line\nab\xffcd\n")
    with pytest.raises(InputError) as info:
        read_text(path)
    assert str(info.value) == f"{path}:2:3: not valid UTF-8 (byte 0xff)"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"PNG\x00\x01\x02")
    with pytest.raises(RegistryError, match="binary file"):
        read_text(path, error=RegistryError)


def test_empty_file_refused_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("  \n", encoding="utf-8")
    assert read_text(path) == "  \n"
    with pytest.raises(InputError, match="file is empty"):
        read_text(path, allow_empty=False)


def test_large_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="too large"):
        read_text(path, max_bytes=1024)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.md")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_write_atomic_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
