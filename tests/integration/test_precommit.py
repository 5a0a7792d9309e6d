"""The two pre-commit hooks of .pre-commit-hooks.yaml, run by the real pre-commit (`try-repo`) in
a throwaway article repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent))

pytestmark = pytest.mark.skipif(
    PRE_COMMIT is None or shutil.which("git") is None, reason="needs pre-commit and git"
)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("articles")
    shutil.copytree(REPO / "claims", root / "claims")
    shutil.copytree(REPO / "sources", root / "sources")
    (root / "clean.md").write_text(
        "China's top procuratorate said 511 prosecutors have been held accountable for "
        "wrongful convictions since 2018.\n",
        encoding="utf-8",
    )
    (root / "wrong.md").write_text(
        "China's top procuratorate said 611 prosecutors have been held accountable for "
        "wrongful convictions since 2018.\n",
        encoding="utf-8",
    )
    git(root, "init", "-q")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", ".")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "x")
    return root


def try_repo(cwd: Path, hook: str, *args: str) -> subprocess.CompletedProcess[str]:
    assert PRE_COMMIT is not None
    env = dict(os.environ)
    env["PRE_COMMIT_HOME"] = str(cwd.parent / "pre-commit-home")
    env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run(
        [PRE_COMMIT, "try-repo", str(REPO), hook, "--color", "never", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def test_clean_draft_passes(articles: Path) -> None:
    done = try_repo(articles, "claimcheck", "--files", "clean.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


def test_contradicted_draft_fails_with_the_finding(articles: Path) -> None:
    done = try_repo(articles, "claimcheck", "--files", "wrong.md")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "wrong.md:1:1: contradicted: spp-511-prosecutors" in done.stdout


def test_broken_claims_file_fails_the_audit(articles: Path) -> None:
    assert try_repo(articles, "claimcheck-audit", "--all-files").returncode == 0
    (articles / "claims" / "broken.yaml").write_text("claims:\n  - id: [oops\n", encoding="utf-8")
    done = try_repo(articles, "claimcheck-audit", "--files", "claims/broken.yaml")
    (articles / "claims" / "broken.yaml").unlink()
    assert done.returncode != 0
    assert "claims/broken.yaml:3:1: error: yaml-syntax" in done.stdout
