"""typer's CliRunner against the app object: exit codes and exact output in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

REPO = Path(__file__).resolve().parents[2]
REGISTRY = ["--claims", str(REPO / "claims"), "--sources", str(REPO / "sources"), "--no-cache"]
DRAFT = (
    "# Briefing\n\n"
    "A total of 611 prosecutors have been held accountable for wrongful convictions since 2018.\n"
)


def test_verify_exact_plain_output_and_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.md").write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", "draft.md", "--quiet", *REGISTRY])
    assert result.exit_code == 1
    assert result.output == (
        'draft.md:3:1: contradicted: spp-511-prosecutors: draft says "611", source says "511"\n'
    )


def test_verify_json_through_stdin() -> None:
    result = CliRunner().invoke(
        app,
        ["verify", "-", "--stdin-filename", "in.md", "--format", "json", *REGISTRY],
        input=DRAFT,
    )
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert [(r["line"], r["label"]) for r in data["results"]] == [
        (1, "skipped"),
        (3, "contradicted"),
    ]
    assert data["results"][1]["reasons"][0] == {
        "kind": "number",
        "draft": "611",
        "claim": "511",
        "message": 'draft says "611", source says "511"',
        "span": [11, 14],
    }


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("verify", "audit", "show", "search", "init", "config", "eval"):
        assert command in result.output
