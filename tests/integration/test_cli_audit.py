"""`claimcheck audit` through the CLI: the bundled registry, a broken one, and bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cli import run

REPO = Path(__file__).resolve().parents[2]

GOOD_SOURCE = (
    "In 2020, 53-year-old Zhang Yuhuan was released from prison after he was wrongfully jailed "
    "for 27 years for murder.\n\nThe court said the ruling was final. The court said the ruling "
    "was final.\n"
)
BROKEN_CLAIMS = """\
source: court
claims:
  - id: released
    claim: Zhang Yuhuan was released from prison in 2020.
    quote: "In 2020, 53-year-old Zhang Yuhuan was released from prison"
  - id: released
    claim: Zhang Yuhuan was released.
    quote: "Zhang Yuhuan was released from prison"
  - id: orphan
    claim: The minister resigned in March.
    quote: "The minister of finance resigned in March after a long scandal."
  - id: twice
    claim: The court said the ruling was final.
    quote: "The court said the ruling was final."
  - id: elsewhere
    claim: Something happened.
    source: no-such-source
    quote: "Something happened somewhere at some time."
  - id: colour
    claim: Zhang Yuhuan was jailed for 27 years.
    quote: "he was wrongfully jailed for 27 years for murder"
    colour: red
"""


def registry(tmp_path: Path, claims: str, source: str = GOOD_SOURCE) -> list[str]:
    (tmp_path / "claims").mkdir(exist_ok=True)
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "claims" / "court.yaml").write_text(claims, encoding="utf-8")
    (tmp_path / "sources" / "court.txt").write_text(source, encoding="utf-8")
    return ["--claims", str(tmp_path / "claims"), "--sources", str(tmp_path / "sources")]


def test_bundled_registry_is_strictly_clean(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    assert run(["audit", "--strict"]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("0 errors, 0 warnings (clean)")


def test_broken_registry_reports_every_problem_with_its_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = registry(tmp_path, BROKEN_CLAIMS)
    assert run(["audit", *args]) == 1
    lines = capsys.readouterr().out.splitlines()
    path = str(tmp_path / "claims" / "court.yaml")
    expected = {
        f"{path}:6:5: error: duplicate-id [released]",
        f"{path}:9:5: error: orphaned-quote [orphan]",
        f"{path}:12:5: error: ambiguous-quote [twice]",
        f"{path}:15:5: error: unknown-source [elsewhere]",
        f"{path}:22:5: warning: unknown-key [colour]",
    }
    found = {
        line.split(": ", 3)[0] + ": " + line.split(": ", 3)[1] + ": " + line.split(": ", 3)[2]
        for line in lines[:-1]
    }
    assert expected <= found, lines
    assert lines[-1].endswith("(failed)")


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", "--format", "json", *registry(tmp_path, BROKEN_CLAIMS)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1
    assert data["ok"] is False
    codes = {f["code"] for f in data["findings"]}
    assert {"duplicate-id", "orphaned-quote", "ambiguous-quote", "unknown-source"} <= codes
    first = data["findings"][0]
    assert set(first) == {
        "severity",
        "code",
        "message",
        "path",
        "line",
        "column",
        "claim_id",
        "fix",
    }


def test_warnings_fail_only_when_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claims = (
        "source: court\nclaims:\n  - id: short\n    claim: Zhang Yuhuan was released.\n"
        "    quote: released from\n"
    )
    args = registry(tmp_path, claims)
    assert run(["audit", *args]) == 0
    assert run(["audit", "--strict", *args]) == 1
    assert "short-quote" in capsys.readouterr().out


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "malformed YAML": (b"claims:\n  - id: [oops\n", ":3:1: error: yaml-syntax"),
    "top-level list": (b"- id: a\n- id: b\n", ":1:1: error: bad-file"),
    "top-level scalar": (b"just words\n", ":1:1: error: bad-file"),
    "not UTF-8": (b"claims:\n  - id: caf\xe9\n", ":2:12: error: read"),
    "empty": (b"", ": error: read"),
    "binary": (b"\x89PNG\x00\x00", ":1: error: read"),
    "duplicate key": (b"claims: []\nclaims: []\n", ":2:1: error: yaml-syntax"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_input_is_one_line_exit_2_and_the_rest_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    content, fragment = BAD_FILES[case]
    good = (
        "source: court\nclaims:\n  - id: ok\n    claim: Zhang Yuhuan was released in 2020.\n"
        '    quote: "In 2020, 53-year-old Zhang Yuhuan was released from prison"\n'
    )
    args = registry(tmp_path, good)
    (tmp_path / "claims" / "bad.yaml").write_bytes(content)
    assert run(["audit", *args]) == 2
    out, err = capsys.readouterr()
    bad_lines = [line for line in out.splitlines() if "bad.yaml" in line]
    assert len(bad_lines) == 1, out
    assert fragment in bad_lines[0]
    assert "Traceback" not in out + err
    assert "1 claims in 2 files" in out  # the good file was still read


def test_fifty_megabyte_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = registry(tmp_path, "claims: []\n")
    with (tmp_path / "claims" / "huge.yaml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert run(["audit", *args]) == 2
    assert "huge.yaml: error: read: file is too large (50.0 MB" in capsys.readouterr().out


def test_missing_directory_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["audit", "--claims", str(tmp_path / "nope"), "--sources", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == f"claimcheck: error: {tmp_path / 'nope'}: claims directory does not exist\n"


def test_seed_style_ids_load_from_any_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = (REPO / "sources" / "sixthtone-2021-prosecutors-punished.txt").read_text(
        encoding="utf-8"
    )
    (tmp_path / "reg" / "c").mkdir(parents=True)
    (tmp_path / "reg" / "s").mkdir()
    (tmp_path / "reg" / "s" / "000_06972827eb4a4f0c.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "reg" / "c" / "a.yaml").write_text(
        "source: 000_06972827eb4a4f0c\nclaims:\n  - id: spp-511\n"
        "    claim: 511 prosecutors have been held accountable since 2018.\n"
        '    quote: "A total of 511 prosecutors have been held accountable for criminal cases '
        'dating back decades and were found to be wrongful convictions after retrial since 2018"\n',
        encoding="utf-8",
    )
    args = ["--claims", str(tmp_path / "reg" / "c"), "--sources", str(tmp_path / "reg" / "s")]
    assert run(["audit", "--strict", *args]) == 0
    capsys.readouterr()
    draft = tmp_path / "d.md"
    draft.write_text("Some 511 prosecutors have been held accountable since 2018.\n", "utf-8")
    assert run(["verify", str(draft), "--format", "json", "--no-cache", *args]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["claim_id"] == "spp-511"


def test_example_broken_registry(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    base = "examples/broken-registry"
    code = run(["audit", "--claims", f"{base}/claims", "--sources", f"{base}/sources"])
    assert code == 2  # broken.yaml is not valid YAML: a registry error, after the full report
    out = capsys.readouterr().out
    for expected in (
        f"{base}/claims/broken.yaml:5:1: error: yaml-syntax",
        f"{base}/claims/prosecutors.yaml:4:5: error: contradicting-claims [spp-511-prosecutors]",
        f"{base}/claims/prosecutors.yaml:12:5: error: offset-mismatch [spp-246-cases]",
        f"{base}/claims/prosecutors.yaml:18:5: error: quote-drift [spp-zhang-yuhuan]",
        f"{base}/claims/prosecutors.yaml:22:5: error: orphaned-quote [spp-gang-crimes]",
        f"{base}/claims/prosecutors.yaml:26:5: error: unknown-source [spp-minors]",
        f"{base}/claims/prosecutors.yaml:31:5: warning: short-quote [spp-editor]",
        f"{base}/claims/prosecutors.yaml:34:5: warning: unknown-key [spp-editor]",
    ):
        assert expected in out
