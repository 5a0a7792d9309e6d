"""The installed console script and `python -m claimcheck`, as a subprocess: exit codes and
streams, as a pre-commit hook or CI job sees them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = shutil.which("claimcheck", path=str(Path(sys.executable).parent))


def claimcheck(
    *args: str, stdin: str | None = None, cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    assert SCRIPT is not None, "the claimcheck console script is not installed beside python"
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_STEP_SUMMARY", "NO_COLOR")}
    return subprocess.run(
        [SCRIPT, *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_bundled_example_has_contradictions() -> None:
    done = claimcheck("verify", "examples/draft.md", "--no-cache")
    assert done.returncode == 1
    assert "examples/draft.md:" in done.stdout
    assert ": contradicted: " in done.stdout
    assert done.stderr == ""


def test_clean_stdin_exits_zero() -> None:
    text = "China's top procuratorate said 511 prosecutors have been held accountable since 2018.\n"
    done = claimcheck("verify", "-", "--stdin-filename", "x.md", "--no-cache", stdin=text)
    assert done.returncode == 0, done.stdout + done.stderr


def test_usage_error_exits_two_without_traceback() -> None:
    done = claimcheck("verify", "does-not-exist.md")
    assert done.returncode == 2
    assert done.stderr.strip() == "claimcheck: error: does-not-exist.md: no such file or directory"


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("claimcheck ")


def test_audit_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("claims:\n  - id: [broken\n", encoding="utf-8")
    done = claimcheck("audit", cwd=tmp_path)
    assert done.returncode == 2
    assert "claims/a.yaml:3:1: error: yaml-syntax" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX signals")
def test_interrupt_exits_130(tmp_path: Path) -> None:
    import signal
    import time

    assert SCRIPT is not None
    proc = subprocess.Popen(
        [SCRIPT, "verify", "-", "--no-cache"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    time.sleep(1.0)  # waiting for stdin
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err
