"""Tests for claimcheck.config: discovery, validation, flags, origins and per-path overrides."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from claimcheck.config import (
    DEFAULT_EXCLUDE,
    DEFAULT_INCLUDE,
    Config,
    FailOn,
    Settings,
    describe,
    find_config_file,
    load_config,
)
from claimcheck.errors import ConfigError
from claimcheck.models import Label


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty repository (a directory with .git) that is also the cwd."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    monkeypatch.chdir(root)
    return root


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pyproject(root: Path, body: str) -> Path:
    return write(root / "pyproject.toml", f'[project]\nname = "x"\n\n[tool.claimcheck]\n{body}')


def error_of(root: Path, **flags: object) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(root, flags)
    return str(info.value)


# -- discovery ---------------------------------------------------------------------------------


def test_no_config_file_gives_defaults_relative_to_cwd(repo: Path) -> None:
    config = load_config(repo / "drafts")
    assert config.path is None
    assert config.root == repo
    assert config.settings == Settings(
        claims=repo / "claims",
        sources=repo / "sources",
        cache_dir=repo / ".claimcheck_cache",
        cache=True,
        fail_on=FailOn.CONTRADICTED,
        match_threshold=None,
        possible_threshold=None,
        include=DEFAULT_INCLUDE,
        exclude=DEFAULT_EXCLUDE,
        format="text",
        jobs=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
    )
    assert set(config.origins.values()) == {"default"}
    assert config.overrides == ()


def test_walks_up_from_a_file(repo: Path) -> None:
    found = write(repo / ".claimcheck.toml", 'fail_on = "never"\n')
    draft = write(repo / "a/b/draft.md", "x\n")
    assert find_config_file(draft) == found
    assert find_config_file(repo / "a/b") == found
    assert load_config(draft).settings.fail_on is FailOn.NEVER


def test_claimcheck_toml_wins_over_pyproject_in_one_directory(repo: Path) -> None:
    pyproject(repo, 'fail_on = "never"\n')
    own = write(repo / ".claimcheck.toml", 'fail_on = "unsourced"\n')
    assert find_config_file(repo) == own


def test_nearer_directory_wins(repo: Path) -> None:
    write(repo / ".claimcheck.toml", 'fail_on = "never"\n')
    near = pyproject(repo / "sub", 'fail_on = "unsourced"\n')
    assert find_config_file(repo / "sub") == near


def test_pyproject_without_table_is_ignored(repo: Path) -> None:
    top = pyproject(repo, 'format = "json"\n')
    write(repo / "sub/pyproject.toml", '[project]\nname = "sub"\n[tool.other]\nx = 1\n')
    assert find_config_file(repo / "sub") == top


def test_walk_stops_at_the_repository_root(tmp_path: Path, repo: Path) -> None:
    write(tmp_path / ".claimcheck.toml", 'fail_on = "never"\n')
    assert find_config_file(repo / "sub") is None
    assert load_config(repo).settings.fail_on is FailOn.CONTRADICTED


def test_git_file_also_marks_a_root(tmp_path: Path) -> None:
    write(tmp_path / ".claimcheck.toml", 'fail_on = "never"\n')
    write(tmp_path / "worktree/.git", "gitdir: elsewhere\n")
    assert find_config_file(tmp_path / "worktree") is None


def test_config_in_the_repository_root_itself_is_found(repo: Path) -> None:
    found = write(repo / ".claimcheck.toml", "")
    assert find_config_file(repo / "deep/er") == found


def test_explicit_config_file_skips_discovery(repo: Path, tmp_path: Path) -> None:
    write(repo / ".claimcheck.toml", 'fail_on = "never"\n')
    other = write(tmp_path / "elsewhere/settings.toml", 'fail_on = "unsourced"\nclaims = "c"\n')
    config = load_config(repo, config_file=other)
    assert config.path == other
    assert config.settings.fail_on is FailOn.UNSOURCED
    assert config.settings.claims == tmp_path / "elsewhere/c"


def test_explicit_pyproject_needs_the_table(repo: Path) -> None:
    path = write(repo / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.claimcheck\]: no \["):
        load_config(repo, config_file=path)


def test_explicit_missing_config_file(repo: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(repo, config_file=repo / "missing.toml")


# -- values, paths, flags and origins ----------------------------------------------------------


def test_file_values_and_relative_paths(repo: Path) -> None:
    pyproject(
        repo / "site",
        'claims = "../registry/claims"\nsources = "/abs/src"\ncache_dir = "~/cc"\n'
        'cache = false\nfail_on = "unsourced"\nmatch_threshold = 90\npossible_threshold = 70.5\n'
        'include = ["*.md"]\nexclude = []\nformat = "sarif"\njobs = 4\n',
    )
    settings = load_config(repo / "site").settings
    assert settings.claims == repo / "registry/claims"
    assert settings.sources == Path("/abs/src")
    assert settings.cache_dir == Path("~/cc").expanduser().resolve()
    assert settings.cache is False
    assert settings.fail_on is FailOn.UNSOURCED
    assert (settings.match_threshold, settings.possible_threshold) == (90.0, 70.5)
    assert (settings.include, settings.exclude) == (("*.md",), ())
    assert (settings.format, settings.jobs) == ("sarif", 4)


def test_jobs_zero_means_every_core(repo: Path) -> None:
    write(repo / ".claimcheck.toml", "jobs = 0\n")
    assert load_config(repo).settings.jobs >= 1


def test_flags_override_the_file_and_name_their_origin(repo: Path, tmp_path: Path) -> None:
    path = pyproject(repo / "site", 'fail_on = "never"\nformat = "json"\nclaims = "reg"\n')
    flags = {"fail_on": "unsourced", "cache": False, "claims": "mine", "format": None}
    config = load_config(repo / "site", flags)
    assert config.settings.fail_on is FailOn.UNSOURCED
    assert config.settings.format == "json"  # a None flag was not given
    assert config.settings.claims == repo / "mine"  # flags are relative to the cwd
    assert config.origins["fail_on"] == "command line (--fail-on)"
    assert config.origins["cache"] == "command line (--no-cache)"
    assert config.origins["format"] == f"{path} [tool.claimcheck]"
    assert config.origins["sources"] == "default"


def test_origin_of_a_claimcheck_toml(repo: Path) -> None:
    path = write(repo / ".claimcheck.toml", "jobs = 2\n")
    assert load_config(repo).origins["jobs"] == str(path)


def test_unknown_flag_is_a_programming_error(repo: Path) -> None:
    with pytest.raises(ValueError, match="unknown setting 'fail-on'"):
        load_config(repo, {"fail-on": "never"})


def test_describe_rows(repo: Path) -> None:
    path = write(
        repo / ".claimcheck.toml",
        'include = ["*.md"]\n[[overrides]]\npaths = ["op/**"]\nfail_on = "never"\n',
    )
    rows = describe(load_config(repo, {"match_threshold": 88}))
    table = {key: (value, origin) for key, value, origin in rows}
    assert [row[0] for row in rows][:11] == [f.name for f in dataclasses.fields(Settings)]
    assert table["include"] == ('["*.md"]', str(path))
    assert table["match_threshold"] == ("88", "command line (--match-threshold)")
    assert table["possible_threshold"] == ("(engine default)", "default")
    assert table["cache"] == ("true", "default")
    assert table["claims"] == (str(repo / "claims"), "default")
    assert table["overrides[1]"] == ('paths = ["op/**"], fail_on = never', f"{path} overrides[1]")


def test_describe_for_a_path_shows_the_override_as_origin(repo: Path) -> None:
    path = write(
        repo / ".claimcheck.toml",
        '[[overrides]]\npaths = ["op/**"]\nfail_on = "never"\nmatch_threshold = 95\n',
    )
    config = load_config(repo, {"match_threshold": 88})
    table = {key: (value, origin) for key, value, origin in describe(config, repo / "op/a.md")}
    assert table["fail_on"] == ("never", f"{path} overrides[1]")
    assert table["match_threshold"] == ("88", "command line (--match-threshold)")
    assert describe(config, repo / "news/a.md")[4] == ("fail_on", "contradicted", "default")


# -- overrides ---------------------------------------------------------------------------------


OVERRIDES = """\
fail_on = "unsourced"
match_threshold = 80

[[tool.claimcheck.overrides]]
paths = ["drafts/opinion/**"]
fail_on = "never"
match_threshold = 90

[[tool.claimcheck.overrides]]
paths = ["*.txt", "drafts/opinion/strict"]
fail_on = "contradicted"
"""


def test_overrides_apply_by_path_later_ones_win(repo: Path) -> None:
    pyproject(repo, OVERRIDES)
    config = load_config(repo)
    plain = config.for_path(repo / "drafts/news/a.md")
    assert plain == config.settings
    opinion = config.for_path(repo / "drafts/opinion/a.md")
    assert (opinion.fail_on, opinion.match_threshold) == (FailOn.NEVER, 90.0)
    strict = config.for_path(repo / "drafts/opinion/strict/a.md")
    assert (strict.fail_on, strict.match_threshold) == (FailOn.CONTRADICTED, 90.0)
    text = config.for_path(repo / "deep/notes.txt")
    assert (text.fail_on, text.match_threshold) == (FailOn.CONTRADICTED, 80.0)


def test_override_paths_are_relative_to_the_config_file(repo: Path, tmp_path: Path) -> None:
    pyproject(repo / "site", OVERRIDES)
    config = load_config(repo / "site")
    assert config.for_path(repo / "site/drafts/opinion/a.md").fail_on is FailOn.NEVER
    assert config.for_path(repo / "drafts/opinion/a.md").fail_on is FailOn.UNSOURCED
    assert config.for_path(tmp_path / "outside.txt").fail_on is FailOn.UNSOURCED


def test_override_paths_accept_relative_checked_paths(repo: Path) -> None:
    pyproject(repo, OVERRIDES)
    config = load_config(repo)
    assert config.for_path(Path("drafts/opinion/a.md")).fail_on is FailOn.NEVER


def test_flags_win_over_overrides(repo: Path) -> None:
    pyproject(repo, OVERRIDES)
    config = load_config(repo, {"fail_on": "unsourced"})
    settings = config.for_path(repo / "drafts/opinion/a.md")
    assert (settings.fail_on, settings.match_threshold) == (FailOn.UNSOURCED, 90.0)


def test_combined_overrides_that_invert_thresholds(repo: Path) -> None:
    write(
        repo / ".claimcheck.toml",
        '[[overrides]]\npaths = ["a/**"]\nmatch_threshold = 50\n'
        '[[overrides]]\npaths = ["**/b.md"]\npossible_threshold = 60\n',
    )
    config = load_config(repo)
    assert config.for_path(repo / "x/b.md").possible_threshold == 60.0
    with pytest.raises(ConfigError, match=r"must not exceed match_threshold \(50\)"):
        config.for_path(repo / "a/b.md")


def test_fail_on_labels() -> None:
    assert FailOn.CONTRADICTED.fails(Label.CONTRADICTED)
    assert not FailOn.CONTRADICTED.fails(Label.UNSOURCED)
    assert FailOn.UNSOURCED.fails(Label.UNSOURCED)
    assert FailOn.UNSOURCED.fails(Label.CONTRADICTED)
    assert not FailOn.UNSOURCED.fails(Label.SKIPPED)
    assert not any(FailOn.NEVER.fails(label) for label in Label)


# -- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('fail_on = "sometimes"', "fail_on: expected one of contradicted, unsourced, never, got "
         "'sometimes'"),
        ('fail-on = "never"', "fail-on: unknown key; did you mean 'fail_on'?"),
        ('match_treshold = 90', "match_treshold: unknown key; did you mean 'match_threshold'?"),
        ("zzz = 1", "zzz: unknown key; known keys: claims, sources"),
        ('claims = ""', "claims: expected a path (a non-empty string), got ''"),
        ("claims = 3", "claims: expected a path (a non-empty string), got 3"),
        ('cache = "yes"', "cache: expected true or false, got 'yes'"),
        ("match_threshold = 150", "match_threshold: expected a number from 0 to 100, got 150"),
        ("possible_threshold = -1", "possible_threshold: expected a number from 0 to 100, got -1"),
        ("match_threshold = nan", "match_threshold: expected a number from 0 to 100, got nan"),
        ("match_threshold = true", "match_threshold: expected a number from 0 to 100, got true"),
        ("match_threshold = 60\npossible_threshold = 70",
         "possible_threshold: possible_threshold (70) must not exceed match_threshold (60)"),
        ('include = "**/*.md"', "include: expected an array of glob strings, got '**/*.md'"),
        ('exclude = ["a", 1]', "exclude: expected an array of glob strings, got 1 in it"),
        ('exclude = [""]', "exclude: expected an array of glob strings, got '' in it"),
        ('format = "xml"', "format: expected one of text, json, sarif, github, html, got 'xml'"),
        ("jobs = -1", "jobs: expected an integer >= 1, or 0 for one per core, got -1"),
        ("jobs = 1.5", "jobs: expected an integer >= 1, or 0 for one per core, got 1.5"),
        ("jobs = {}", "jobs: expected an integer >= 1, or 0 for one per core, got a table"),
        ("overrides = 3", "overrides: expected an array of tables, got 3"),
        ("overrides = [1]", "overrides: expected an array of tables, got an array"),
        ('overrides = [{fail_on = "never"}]',
         "overrides[1].paths: missing; an override needs paths = [globs]"),
        ('overrides = [{paths = "a"}]',
         "overrides[1].paths: expected an array of glob strings, got 'a'"),
        ('overrides = [{paths = ["a"], format = "json"}]',
         "overrides[1].format: unknown key; known keys: paths, fail_on"),
        ('overrides = [{paths = ["a"], failon = "never"}]',
         "overrides[1].failon: unknown key; did you mean 'fail_on'?"),
        ('overrides = [{paths = ["a"], fail_on = "x"}]',
         "overrides[1].fail_on: expected one of contradicted"),
        ('match_threshold = 60\noverrides = [{paths = ["a"], possible_threshold = 61}]',
         "overrides[1].possible_threshold: possible_threshold (61) must not exceed"),
    ],
)  # fmt: skip
def test_invalid_values_name_file_and_key(repo: Path, body: str, message: str) -> None:
    pyproject(repo, body + "\n")
    assert error_of(repo).startswith("pyproject.toml:")
    assert f": [tool.claimcheck] {message}" in error_of(repo)
    write(repo / ".claimcheck.toml", body + "\n")
    assert error_of(repo).startswith(".claimcheck.toml:")
    assert f": {message}" in error_of(repo)


def test_errors_give_the_line_of_the_key(repo: Path) -> None:
    pyproject(repo, 'format = "text"\nfail_on = "sometimes"\n')
    assert error_of(repo).startswith("pyproject.toml:6: [tool.claimcheck] fail_on: expected")
    write(
        repo / ".claimcheck.toml",
        'jobs = 1\n\n[[overrides]]\npaths = ["a"]\n\n[[overrides]]\npaths = ["b"]\nfail_on = 1\n',
    )
    assert error_of(repo).startswith(".claimcheck.toml:8: overrides[2].fail_on: expected")


def test_error_path_is_absolute_outside_the_cwd(repo: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "other/.claimcheck.toml", "jobs = -2\n")
    with pytest.raises(ConfigError) as info:
        load_config(repo, config_file=path)
    assert (
        str(info.value)
        == f"{path}:1: jobs: expected an integer >= 1, or 0 for one per core, got -2"
    )
    assert info.value.location is not None
    assert info.value.location.path == str(path)


def test_values_overridden_by_flags_are_still_checked(repo: Path) -> None:
    write(repo / ".claimcheck.toml", 'fail_on = "sometimes"\n')
    assert "fail_on: expected one of" in error_of(repo, fail_on="never")


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        ({"fail_on": "sometimes"}, "--fail-on: expected one of contradicted, unsourced, never"),
        ({"jobs": -1}, "--jobs: expected an integer >= 1"),
        ({"match_threshold": 101.0}, "--match-threshold: expected a number from 0 to 100"),
        ({"format": "xml"}, "--format: expected one of text"),
        ({"include": "*.md"}, "--include: expected an array of glob strings"),
        ({"match_threshold": 50, "possible_threshold": 60}, "--match-threshold: possible_thr"),
    ],
)
def test_invalid_flags(repo: Path, flags: dict[str, object], message: str) -> None:
    assert error_of(repo, **flags).startswith(message)


def test_flag_threshold_conflicting_with_the_file_blames_the_flag(repo: Path) -> None:
    write(repo / ".claimcheck.toml", "possible_threshold = 70\n")
    assert error_of(repo, match_threshold=60).startswith("--match-threshold: possible_thr")
    write(repo / ".claimcheck.toml", "match_threshold = 75\n")
    assert error_of(repo, possible_threshold=80) == (
        "--possible-threshold: possible_threshold (80) must not exceed match_threshold (75)"
    )


def test_toml_syntax_error_gives_line_and_column(repo: Path) -> None:
    write(repo / ".claimcheck.toml", 'jobs = 1\nfail_on = "never\n')
    message = error_of(repo)
    assert message.startswith(".claimcheck.toml:2:")
    assert "invalid TOML: " in message
    assert "(at line" not in message


def test_toml_syntax_error_in_a_pyproject_without_our_table(repo: Path) -> None:
    write(repo / "pyproject.toml", "[project\n")
    assert error_of(repo).startswith("pyproject.toml:1:")


def test_tool_claimcheck_must_be_a_table(repo: Path) -> None:
    write(repo / "pyproject.toml", "[tool]\nclaimcheck = 3\n")
    assert error_of(repo) == "pyproject.toml: [tool.claimcheck]: must be a table"


def test_non_utf8_config_file(repo: Path) -> None:
    (repo / ".claimcheck.toml").write_bytes(b'fail_on = "n\xe9ver"\n')
    message = error_of(repo)
    assert "not valid UTF-8" in message
    assert ".claimcheck.toml:1:" in message


def test_config_is_immutable(repo: Path) -> None:
    config = load_config(repo)
    assert isinstance(config, Config)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.path = repo  # type: ignore[misc]


def test_every_key_is_documented() -> None:
    import claimcheck.config

    docs = (Path(__file__).parents[2] / "docs/configuration.md").read_text(encoding="utf-8")
    module = claimcheck.config.__doc__ or ""
    for key in [f.name for f in dataclasses.fields(Settings)] + ["overrides"]:
        assert f"| `{key}` |" in docs, key
        assert f"`{key}`" in module, key
