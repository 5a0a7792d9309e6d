"""`claimcheck verify` end to end through the CLI's error boundary (`run`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cli import run

REPO = Path(__file__).resolve().parents[2]
REGISTRY = ["--claims", str(REPO / "claims"), "--sources", str(REPO / "sources"), "--no-cache"]

CONTRADICTED = (
    "A total of 611 prosecutors have been held accountable for wrongful convictions since 2018, "
    "China's top procuratorate said.\n"
)
SUPPORTED = (
    "China's top procuratorate said 511 prosecutors have been held accountable for wrongful "
    "convictions since 2018.\n"
)


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_contradiction_fails_with_a_parseable_line(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp / "draft.md", CONTRADICTED)
    assert run(["verify", "draft.md", *REGISTRY]) == 1
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("draft.md:1:1: contradicted: spp-511-prosecutors: ")
    assert 'draft says "611"' in first
    assert '"511"' in first
    assert "\x1b[" not in out  # not a terminal: no ANSI codes


def test_supported_draft_is_clean(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp / "draft.md", SUPPORTED)
    assert run(["verify", "draft.md", *REGISTRY]) == 0
    out = capsys.readouterr().out
    assert ": contradicted:" not in out
    assert ": unsourced:" not in out
    assert "supported         1" in out


def test_fail_on_and_exit_zero(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp / "draft.md", "The city of Springfield opened 14 new libraries in 2019.\n")
    assert run(["verify", "draft.md", *REGISTRY]) == 0
    assert run(["verify", "draft.md", *REGISTRY, "--fail-on", "unsourced"]) == 1
    write(in_tmp / "bad.md", CONTRADICTED)
    assert run(["verify", "bad.md", *REGISTRY, "--fail-on", "never"]) == 0
    assert run(["verify", "bad.md", *REGISTRY, "--exit-zero"]) == 0
    capsys.readouterr()


def test_stdin_with_reported_filename(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(CONTRADICTED))
    code = run(["verify", "-", "--stdin-filename", "story.md", "--format", "json", *REGISTRY])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["results"][0]["path"] == "story.md"
    assert data["results"][0]["label"] == "contradicted"


def test_json_lists_every_sentence(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp / "d.md", "# Notes\n\n" + SUPPORTED + "\nIs this fair?\n")
    run(["verify", "d.md", "--format", "json", *REGISTRY])
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1
    labels = [r["label"] for r in data["results"]]
    assert labels == ["skipped", "supported", "skipped"]
    supported = data["results"][1]
    assert supported["claim_id"] == "spp-511-prosecutors"
    assert supported["source"] == "sixthtone-2021-prosecutors-punished"
    assert supported["quote"].startswith("A total of 511 prosecutors")
    assert (supported["line"], supported["column"]) == (3, 1)
    assert data["summary"]["supported"] == 1


def test_directories_include_exclude_and_output(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp / "drafts" / "a.md", CONTRADICTED)
    write(in_tmp / "drafts" / "notes.txt", SUPPORTED)
    write(in_tmp / "drafts" / "old" / "b.md", CONTRADICTED)
    out = in_tmp / "report.json"
    code = run(
        ["verify", "drafts", "--exclude", "old", "--format", "json", "-o", str(out), *REGISTRY]
    )
    assert code == 1
    assert capsys.readouterr().out == ""
    paths = {r["path"] for r in json.loads(out.read_text(encoding="utf-8"))["results"]}
    assert paths == {"drafts/a.md", "drafts/notes.txt"}


def test_quiet_prints_findings_only(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp / "draft.md", CONTRADICTED + "\n" + SUPPORTED)
    run(["verify", "draft.md", "--quiet", *REGISTRY])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert ": contradicted: " in lines[0]


def test_all_lists_supported_and_skipped(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp / "draft.md", SUPPORTED + "\nIs this justice?\n")
    run(["verify", "draft.md", "--all", *REGISTRY])
    out = capsys.readouterr().out
    assert "draft.md:1:1: supported: spp-511-prosecutors" in out
    assert "draft.md:3:1: skipped:" in out


def test_suppression_keeps_the_exit_clean(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp / "draft.md", "<!-- claimcheck: ignore -- checked by phone -->\n" + CONTRADICTED)
    assert run(["verify", "draft.md", *REGISTRY]) == 0
    capsys.readouterr()
    run(["verify", "draft.md", "--format", "json", *REGISTRY])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["suppressed"]["reason"] == "checked by phone"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "missing.md"], "missing.md: no such file or directory"),
        (["verify", "draft.md", "--format", "pdf"], "format"),
        (["verify", "draft.md", "--fail-on", "sometimes"], "--fail-on: expected one of"),
        (["verify"], "give files or directories"),
        (["verify", "draft.md", "--claims", "nowhere"], "claims directory does not exist"),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    write(in_tmp / "draft.md", SUPPORTED)
    if "--claims" not in args:
        args = [*args, *REGISTRY]
    assert run(args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_bad_draft_bytes(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "draft.md").write_bytes(b"Fine line.\n\xff broken\n")
    assert run(["verify", "draft.md", *REGISTRY]) == 2
    assert capsys.readouterr().err.strip() == (
        "claimcheck: error: draft.md:2:1: not valid UTF-8 (byte 0xff)"
    )


def test_github_format_and_step_summary(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = in_tmp / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    write(in_tmp / "draft.md", CONTRADICTED)
    assert run(["verify", "draft.md", "--format", "github", *REGISTRY]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=draft.md,line=1,")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n")
    assert "contradicted" in text.lower()
