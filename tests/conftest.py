"""Shared fixtures: small registries written into a temporary directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

SOURCE_TEXT = (
    "Court Frees Man After 27 Years\n\n"
    "In 2020, 53-year-old Zhang Yuhuan was released from prison after he was wrongfully jailed "
    "for 27 years for murder.\n\n"
    "A total of 511 prosecutors have been held accountable for wrongful convictions since 2018, "
    "the procuratorate said on Monday.\n"
)


@pytest.fixture
def make_registry(tmp_path: Path) -> Callable[..., tuple[Path, Path]]:
    """Write claims files and sources into tmp_path; returns (claims_dir, sources_dir)."""

    def make(claims: dict[str, str], sources: dict[str, str] | None = None) -> tuple[Path, Path]:
        claims_dir = tmp_path / "claims"
        sources_dir = tmp_path / "sources"
        claims_dir.mkdir(exist_ok=True)
        sources_dir.mkdir(exist_ok=True)
        for name, text in claims.items():
            path = claims_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for name, text in (sources if sources is not None else {"court": SOURCE_TEXT}).items():
            (sources_dir / (name if "." in name else f"{name}.txt")).write_text(
                text, encoding="utf-8"
            )
        return claims_dir, sources_dir

    return make
