"""show, search, init and config through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cli import run

REPO = Path(__file__).resolve().parents[2]
REGISTRY = ["--claims", str(REPO / "claims"), "--sources", str(REPO / "sources")]


def test_show_prints_claim_metadata_and_quote_in_context(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["show", "spp-511-prosecutors", *REGISTRY, "--no-color"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("claim   spp-511-prosecutors\n")
    assert "title     China Punishes Over 500 Prosecutors for Wrongful Convictions" in out
    assert "[[A total of 511 prosecutors have been held accountable" in out
    assert "quote in context (exact, characters " in out


def test_show_unknown_id_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["show", "spp-511-prosecutor", *REGISTRY]) == 2
    err = capsys.readouterr().err
    assert "no claim with id 'spp-511-prosecutor'; did you mean spp-511-prosecutors" in err


def test_search_lists_scored_matches(capsys: pytest.CaptureFixture[str]) -> None:
    text = "511 prosecutors were held accountable for wrongful convictions"
    assert run(["search", text, "-k", "3", *REGISTRY, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"][0]["claim_id"] == "spp-511-prosecutors"
    assert len(data["results"]) == 3
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)


def test_init_scaffolds_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".gitignore").write_text("# keep me\nbuild/\n", encoding="utf-8")
    assert run(["init", str(tmp_path)]) == 0
    for name in (
        ".claimcheck.toml",
        "claims/example.yaml",
        "sources/example-council-budget.txt",
        ".pre-commit-config.yaml",
    ):
        assert (tmp_path / name).is_file(), name
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == (
        "# keep me\nbuild/\n.claimcheck_cache/\n"
    )
    capsys.readouterr()
    args = ["--claims", str(tmp_path / "claims"), "--sources", str(tmp_path / "sources")]
    assert run(["audit", "--strict", *args]) == 0
    before = (tmp_path / ".claimcheck.toml").read_text(encoding="utf-8")
    assert run(["init", str(tmp_path)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert (tmp_path / ".claimcheck.toml").read_text(encoding="utf-8") == before


def test_config_shows_values_and_origins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claimcheck]\nfail_on = "unsourced"\n\n[[tool.claimcheck.overrides]]\n'
        'paths = ["opinion/**"]\nfail_on = "never"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert run(["config"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("fail_on"))
    assert "unsourced" in line
    assert "pyproject.toml" in line
    (tmp_path / "opinion").mkdir()
    assert run(["config", "opinion/col.md"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("fail_on"))
    assert "never" in line


def test_bad_config_value_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".claimcheck.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["config"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("claimcheck: error: ")
    assert ".claimcheck.toml" in err
    assert "fail_on" in err
    assert len(err.splitlines()) == 1


def test_version_and_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"]) == 0
    assert capsys.readouterr().out.startswith("claimcheck 0.")
    assert run(["verify", "--no-such-flag"]) == 2
    assert "No such option" in capsys.readouterr().err
