"""Tests for claimcheck.globs: glob matching and expanding paths into files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.globs import globmatch, iter_files, match_file, match_under


@pytest.mark.parametrize(
    ("path", "pattern"),
    [
        ("a.md", "*.md"),
        (".hidden.md", "*.md"),
        ("a.md", "**/*.md"),
        ("x/y/a.md", "**/*.md"),
        ("drafts/a.md", "drafts/*"),
        ("drafts/x/y.md", "drafts/**"),
        ("a/b", "a/**/b"),
        ("a/x/y/b", "a/**/b"),
        ("a/x/b", "a/*/b"),
        ("ab.md", "a?.md"),
        ("a1.md", "a[0-9].md"),
        ("ax.md", "a[!0-9].md"),
        ("a].md", "a[]].md"),
        ("a[.md", "a[.md"),
        ("a+b(c).md", "a+b(c).md"),
        ("anything/at/all", "**"),
    ],
)
def test_globmatch_matches(path: str, pattern: str) -> None:
    assert globmatch(path, pattern)


@pytest.mark.parametrize(
    ("path", "pattern"),
    [
        ("x/a.md", "*.md"),  # `*` never crosses `/`
        ("drafts/x/y.md", "drafts/*"),
        ("drafts", "drafts/**"),
        ("a/x/c", "a/**/b"),
        ("a/x/y/b", "a/*/b"),
        ("a/b", "a?b"),  # `?` never matches `/`
        ("ax.md", "a[0-9].md"),
        ("a1.md", "a[!0-9].md"),
        ("a.markdown", "*.md"),
        ("A.md", "a.md"),  # case-sensitive
        ("abmd", "ab.md"),  # `.` is literal
    ],
)
def test_globmatch_rejects(path: str, pattern: str) -> None:
    assert not globmatch(path, pattern)


def test_match_file_without_slash_matches_a_name_at_any_depth() -> None:
    assert match_file("a/b/c.md", "*.md")
    assert match_file("a/b/c.md", "**/*.md")
    assert not match_file("a/b/c.md", "b/*.md")  # a pattern with a slash is anchored
    assert match_file("b/c.md", "./b/*.md")
    assert match_file("b/c.md", "/b/*.md")


def test_match_under_matches_parent_directories() -> None:
    assert match_under("node_modules/pkg/a.md", "node_modules")
    assert match_under("x/node_modules/a.md", "node_modules")
    assert match_under("drafts/old/a.md", "drafts/old")
    assert match_under("drafts/old/a.md", "drafts/old/")
    assert match_under("drafts/old/a.md", "drafts/**")
    assert not match_under("x/drafts/old/a.md", "drafts/old")
    assert not match_under("drafts/older/a.md", "drafts/old")


def test_match_under_skips_named_segments() -> None:
    assert not match_under("build/a.md", "build", skip=1)
    assert match_under("build/build/a.md", "build", skip=1)
    assert not match_under("drafts/old/a.md", "drafts/old", skip=2)


def _tree(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n", encoding="utf-8")


INCLUDE = ("**/*.md", "**/*.txt")
EXCLUDE = (".git", "node_modules", "drafts/old")


def test_iter_files_expands_directories_sorted(tmp_path: Path) -> None:
    _tree(tmp_path, "b.md", "a.md", "sub/c.txt", "sub/d.png", "a/z.md")
    files = iter_files([tmp_path], INCLUDE, EXCLUDE, tmp_path)
    rel = [path.relative_to(tmp_path).as_posix() for path in files]
    assert rel == ["a/z.md", "a.md", "b.md", "sub/c.txt"]  # segment by segment


def test_iter_files_applies_exclude(tmp_path: Path) -> None:
    _tree(tmp_path, "a.md", ".git/x.md", "node_modules/p/r.md", "drafts/old/o.md", "drafts/n.md")
    files = iter_files([tmp_path], INCLUDE, EXCLUDE, tmp_path)
    assert [path.relative_to(tmp_path).as_posix() for path in files] == ["a.md", "drafts/n.md"]


def test_iter_files_keeps_explicit_files_and_dedupes(tmp_path: Path) -> None:
    _tree(tmp_path, "a.md", "notes.rst", "node_modules/x.md")
    given = [tmp_path / "notes.rst", tmp_path / "node_modules/x.md", tmp_path, tmp_path / "a.md"]
    files = iter_files(given, INCLUDE, EXCLUDE, tmp_path)
    assert files == [tmp_path / "notes.rst", tmp_path / "node_modules/x.md", tmp_path / "a.md"]


def test_iter_files_walks_an_explicitly_named_excluded_directory(tmp_path: Path) -> None:
    _tree(tmp_path, "drafts/old/o.md", "drafts/old/node_modules/n.md")
    files = iter_files([tmp_path / "drafts/old"], INCLUDE, EXCLUDE, tmp_path)
    assert files == [tmp_path / "drafts/old/o.md"]


def test_iter_files_anchored_patterns_use_root(tmp_path: Path) -> None:
    _tree(tmp_path, "drafts/old/o.md", "drafts/new.md")
    files = iter_files([tmp_path / "drafts"], INCLUDE, EXCLUDE, tmp_path)
    assert files == [tmp_path / "drafts/new.md"]


def test_iter_files_outside_root_matches_relative_to_the_directory(tmp_path: Path) -> None:
    _tree(tmp_path, "other/drafts/old/o.md", "other/a.md")
    files = iter_files([tmp_path / "other"], INCLUDE, EXCLUDE, tmp_path / "repo")
    assert files == [tmp_path / "other/a.md"]


def test_iter_files_keeps_relative_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, "docs/a.md", "docs/sub/b.md")
    monkeypatch.chdir(tmp_path)
    files = iter_files([Path("docs")], INCLUDE, EXCLUDE, Path())
    assert files == [Path("docs/a.md"), Path("docs/sub/b.md")]


def test_iter_files_does_not_follow_symlinks_out_of_the_tree(tmp_path: Path) -> None:
    _tree(tmp_path, "outside/secret.md", "tree/a.md", "tree/sub/b.md")
    tree = tmp_path / "tree"
    os.symlink(tmp_path / "outside", tree / "linkdir", target_is_directory=True)
    os.symlink(tmp_path / "outside/secret.md", tree / "linkfile.md")
    os.symlink(tree / "sub/b.md", tree / "inside.md")
    os.symlink(tree, tree / "sub/loop", target_is_directory=True)
    files = iter_files([tree], INCLUDE, EXCLUDE, tree)
    assert files == [tree / "a.md", tree / "sub/b.md"]


def test_iter_files_keeps_a_symlink_to_an_excluded_file_inside(tmp_path: Path) -> None:
    _tree(tmp_path, "node_modules/real.md")
    os.symlink(tmp_path / "node_modules/real.md", tmp_path / "alias.md")
    assert iter_files([tmp_path], INCLUDE, EXCLUDE, tmp_path) == [tmp_path / "alias.md"]


def test_iter_files_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        iter_files([tmp_path / "nope.md"], INCLUDE, EXCLUDE, tmp_path)
